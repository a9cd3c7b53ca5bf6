/*
 * Thrown when a static initialiser throws: the runtime wraps the exception with the
 * (Throwable) constructor, which leaves the message null and sets the cause, as the JDK does.
 */
package java.lang;

public class ExceptionInInitializerError extends LinkageError {
    public ExceptionInInitializerError() {
        super();
    }

    public ExceptionInInitializerError(Throwable thrown) {
        super(null, thrown);
    }

    public ExceptionInInitializerError(String message) {
        super(message, null);
    }

    public Throwable getException() {
        return getCause();
    }
}
