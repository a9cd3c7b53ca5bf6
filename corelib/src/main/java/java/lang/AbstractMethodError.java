/*
 * Thrown when an abstract method is called.
 * Constructors mirror the JDK's so getMessage()/getCause() behave the same.
 */
package java.lang;

public class AbstractMethodError extends IncompatibleClassChangeError {
    public AbstractMethodError() {
        super();
    }

    public AbstractMethodError(String message) {
        super(message);
    }
}
