/*
 * Thrown by String and StringBuilder for a bad index. Those classes build the JDK's exact
 * messages ("begin 2, end 1, length 3", "index 5, length 3") and pass them in.
 */
package java.lang;

public class StringIndexOutOfBoundsException extends IndexOutOfBoundsException {
    public StringIndexOutOfBoundsException() {
        super();
    }

    public StringIndexOutOfBoundsException(String message) {
        super(message);
    }

    public StringIndexOutOfBoundsException(int index) {
        super("String index out of range: " + index);
    }
}
