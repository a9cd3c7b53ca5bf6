/*
 * Reflection exception kept for API compatibility.
 * Constructors mirror the JDK's so getMessage()/getCause() behave the same.
 */
package java.lang;

public class InstantiationException extends ReflectiveOperationException {
    public InstantiationException() {
        super();
    }

    public InstantiationException(String message) {
        super(message);
    }
}
