/*
 * Thrown by operations an object does not support (immutable collections, unsupported regexes).
 * Constructors mirror the JDK's so getMessage()/getCause() behave the same.
 */
package java.lang;

public class UnsupportedOperationException extends RuntimeException {
    public UnsupportedOperationException() {
        super();
    }

    public UnsupportedOperationException(String message) {
        super(message);
    }

    public UnsupportedOperationException(String message, Throwable cause) {
        super(message, cause);
    }

    public UnsupportedOperationException(Throwable cause) {
        super(cause);
    }
}
