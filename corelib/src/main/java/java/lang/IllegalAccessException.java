/*
 * Reflection exception kept for API compatibility.
 * Constructors mirror the JDK's so getMessage()/getCause() behave the same.
 */
package java.lang;

public class IllegalAccessException extends ReflectiveOperationException {
    public IllegalAccessException() {
        super();
    }

    public IllegalAccessException(String message) {
        super(message);
    }
}
