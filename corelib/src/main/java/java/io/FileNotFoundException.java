/* A file that cannot be opened; the message is "path (reason)" as in the JDK. */
package java.io;

public class FileNotFoundException extends IOException {
    public FileNotFoundException() {
        super();
    }

    public FileNotFoundException(String message) {
        super(message);
    }
}
