/*
 * An open file descriptor of the process: in (0), out (1), err (2), or one a file stream
 * opened. valid() is false once the stream that owns it has closed it.
 */
package java.io;

public final class FileDescriptor {
    int fd;

    public FileDescriptor() {
        fd = -1;
    }

    FileDescriptor(int fd) {
        this.fd = fd;
    }

    public static final FileDescriptor in = new FileDescriptor(0);
    public static final FileDescriptor out = new FileDescriptor(1);
    public static final FileDescriptor err = new FileDescriptor(2);

    public boolean valid() {
        return fd >= 0;
    }

    public void sync() throws SyncFailedException {
        if (fd < 0 || exo.rt.Posix.fsync(fd) < 0) {
            throw new SyncFailedException("sync failed");
        }
    }
}
