/*
 * Linkage error kept for API compatibility.
 * Constructors mirror the JDK's so getMessage()/getCause() behave the same.
 */
package java.lang;

public class NoSuchFieldError extends IncompatibleClassChangeError {
    public NoSuchFieldError() {
        super();
    }

    public NoSuchFieldError(String message) {
        super(message);
    }
}
