/* Bytes that are not modified UTF-8 (DataInputStream.readUTF). */
package java.io;

public class UTFDataFormatException extends IOException {
    public UTFDataFormatException() {
        super();
    }

    public UTFDataFormatException(String message) {
        super(message);
    }
}
