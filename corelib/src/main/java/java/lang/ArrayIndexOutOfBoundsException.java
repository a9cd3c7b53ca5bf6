/*
 * Thrown for an array index out of range. The runtime's array checks build the message
 * "Index 5 out of bounds for length 3" themselves; the (int) constructor keeps the JDK's
 * older "Array index out of range: 5" text.
 */
package java.lang;

public class ArrayIndexOutOfBoundsException extends IndexOutOfBoundsException {
    public ArrayIndexOutOfBoundsException() {
        super();
    }

    public ArrayIndexOutOfBoundsException(String message) {
        super(message);
    }

    public ArrayIndexOutOfBoundsException(int index) {
        super("Array index out of range: " + index);
    }
}
