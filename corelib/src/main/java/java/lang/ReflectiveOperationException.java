/*
 * Common base of the reflection exceptions (kept for API compatibility; no reflection here).
 * Constructors mirror the JDK's so getMessage()/getCause() behave the same.
 */
package java.lang;

public class ReflectiveOperationException extends Exception {
    public ReflectiveOperationException() {
        super();
    }

    public ReflectiveOperationException(String message) {
        super(message);
    }

    public ReflectiveOperationException(String message, Throwable cause) {
        super(message, cause);
    }

    public ReflectiveOperationException(Throwable cause) {
        super(cause);
    }
}
