/*
 * Thrown when a method is called at a time it does not allow.
 * Constructors mirror the JDK's so getMessage()/getCause() behave the same.
 */
package java.lang;

public class IllegalStateException extends RuntimeException {
    public IllegalStateException() {
        super();
    }

    public IllegalStateException(String message) {
        super(message);
    }

    public IllegalStateException(String message, Throwable cause) {
        super(message, cause);
    }

    public IllegalStateException(Throwable cause) {
        super(cause);
    }
}
