/* The end of input was reached before a complete value (DataInputStream, RandomAccessFile). */
package java.io;

public class EOFException extends IOException {
    public EOFException() {
        super();
    }

    public EOFException(String message) {
        super(message);
    }
}
