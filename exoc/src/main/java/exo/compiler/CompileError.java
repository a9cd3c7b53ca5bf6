/*
 * The one error a user of exoc sees: an unsupported construct, a missing class or member,
 * or a failing C compiler. The message always says where (class, method, line) and what.
 */
package exo.compiler;

public class CompileError extends Exception {
    public CompileError(String message) {
        super(message);
    }

    public CompileError(String message, Throwable cause) {
        super(message, cause);
    }
}
