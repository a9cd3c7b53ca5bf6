/* A FileSystemException of one kind (see FileSystemException for the message). */
package java.nio.file;

public class DirectoryNotEmptyException extends FileSystemException {
    public DirectoryNotEmptyException(String file) {
        super(file);
    }
}
