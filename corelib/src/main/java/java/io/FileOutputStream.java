/*
 * Bytes to a file (created or truncated, or appended to) or to a file descriptor, written
 * with write(2) through exo.rt.Posix, unbuffered as in the JDK. Errors opening it are
 * FileNotFoundException("path (reason)").
 */
package java.io;

import exo.rt.Posix;
import java.util.Objects;

public class FileOutputStream extends OutputStream {
    private final FileDescriptor fd;
    private final String path;
    private boolean closed;

    public FileOutputStream(String name) throws FileNotFoundException {
        this(name != null ? new File(name) : null, false);
    }

    public FileOutputStream(String name, boolean append) throws FileNotFoundException {
        this(name != null ? new File(name) : null, append);
    }

    public FileOutputStream(File file) throws FileNotFoundException {
        this(file, false);
    }

    public FileOutputStream(File file, boolean append) throws FileNotFoundException {
        if (file == null) {
            throw new NullPointerException();
        }
        String name = file.getPath();
        if (file.isInvalid()) {
            throw new FileNotFoundException("Invalid file path");
        }
        this.path = name;
        int flags = Posix.O_WRONLY | Posix.O_CREAT | (append ? Posix.O_APPEND : Posix.O_TRUNC);
        int r = Posix.open(name, flags, 0666);
        if (r < 0) {
            throw new FileNotFoundException(name + " (" + Posix.strerror(-r) + ")");
        }
        this.fd = new FileDescriptor(r);
    }

    public FileOutputStream(FileDescriptor fdObj) {
        if (fdObj == null) {
            throw new NullPointerException();
        }
        this.fd = fdObj;
        this.path = null;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (closed || fd.fd < 0) {
            throw new IOException("Stream Closed");
        }
        if (fd.fd == 2 || fd.fd == 1) {
            exo.rt.Streams.flushAll();   // keep the order of System.out/err and direct writes
        }
        while (len > 0) {
            int n = Posix.write(fd.fd, b, off, len);
            if (n < 0) {
                throw new IOException(Posix.strerror(-n));
            }
            off += n;
            len -= n;
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (path != null && fd.fd >= 0) {
            Posix.close(fd.fd);
            fd.fd = -1;
        }
    }

    public final FileDescriptor getFD() throws IOException {
        return fd;
    }
}
