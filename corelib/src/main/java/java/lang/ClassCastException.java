/*
 * Thrown by a failed checkcast (the runtime builds the message).
 * Constructors mirror the JDK's so getMessage()/getCause() behave the same.
 */
package java.lang;

public class ClassCastException extends RuntimeException {
    public ClassCastException() {
        super();
    }

    public ClassCastException(String message) {
        super(message);
    }
}
