/* A char conversion problem in a reader or writer. */
package java.io;

public class CharConversionException extends IOException {
    public CharConversionException() {
        super();
    }

    public CharConversionException(String message) {
        super(message);
    }
}
