/* A FileSystemException of one kind (see FileSystemException for the message). */
package java.nio.file;

public class AtomicMoveNotSupportedException extends FileSystemException {
    public AtomicMoveNotSupportedException(String source, String target, String reason) {
        super(source, target, reason);
    }
}
