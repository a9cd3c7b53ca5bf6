/* A FileSystemException of one kind (see FileSystemException for the message). */
package java.nio.file;

public class NotDirectoryException extends FileSystemException {
    public NotDirectoryException(String file) {
        super(file);
    }
}
