/* FileDescriptor.sync could not force the data to the device. */
package java.io;

public class SyncFailedException extends IOException {

    public SyncFailedException(String message) {
        super(message);
    }
}
