/*
 * Bytes from a file or a file descriptor, read with read(2) (exo.rt.Posix). Opening a
 * missing file, a directory or a file without permission throws FileNotFoundException with
 * the JDK's "path (reason)". Reading standard input first flushes standard output, so that
 * a prompt printed without a newline shows before the program waits.
 */
package java.io;

import exo.rt.Posix;
import exo.rt.Streams;
import java.util.Objects;

public class FileInputStream extends InputStream {
    private final FileDescriptor fd;
    private final String path;
    private boolean closed;

    public FileInputStream(String name) throws FileNotFoundException {
        this(name != null ? new File(name) : null);
    }

    public FileInputStream(File file) throws FileNotFoundException {
        if (file == null) {
            throw new NullPointerException();
        }
        String name = file.getPath();
        if (file.isInvalid()) {
            throw new FileNotFoundException("Invalid file path");
        }
        this.path = name;
        this.fd = new FileDescriptor(open(name));
    }

    public FileInputStream(FileDescriptor fdObj) {
        if (fdObj == null) {
            throw new NullPointerException();
        }
        this.fd = fdObj;
        this.path = null;
    }

    static int open(String name) throws FileNotFoundException {
        int r = Posix.open(name, Posix.O_RDONLY, 0);
        if (r < 0) {
            throw new FileNotFoundException(name + " (" + Posix.strerror(-r) + ")");
        }
        byte[] st = new byte[Posix.STAT_SIZE];
        if (Posix.fstat(r, st) == 0 && (Posix.statMode(st) & Posix.S_IFMT) == Posix.S_IFDIR) {
            Posix.close(r);
            throw new FileNotFoundException(name + " (Is a directory)");
        }
        return r;
    }

    private void ensureOpen() throws IOException {
        if (closed || fd.fd < 0) {
            throw new IOException("Stream Closed");
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        ensureOpen();
        if (fd.fd == 0) {
            Streams.flushAll();
        }
        int n = Posix.read(fd.fd, b, off, len);
        if (n < 0) {
            throw new IOException(Posix.strerror(-n));
        }
        return n == 0 ? -1 : n;
    }

    @Override
    public byte[] readAllBytes() throws IOException {
        ensureOpen();
        return super.readAllBytes();
    }

    @Override
    public long skip(long n) throws IOException {
        ensureOpen();
        long cur = Posix.lseek(fd.fd, 0, Posix.SEEK_CUR);
        if (cur < 0 || n <= 0) {
            return super.skip(n);   // a pipe or a terminal: read and drop
        }
        long end = Posix.lseek(fd.fd, 0, Posix.SEEK_END);
        long target = Math.min(cur + n, Math.max(end, cur));
        Posix.lseek(fd.fd, target, Posix.SEEK_SET);
        return target - cur;
    }

    @Override
    public int available() throws IOException {
        ensureOpen();
        long cur = Posix.lseek(fd.fd, 0, Posix.SEEK_CUR);
        if (cur < 0) {
            return 0;
        }
        long end = Posix.lseek(fd.fd, 0, Posix.SEEK_END);
        Posix.lseek(fd.fd, cur, Posix.SEEK_SET);
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, end - cur));
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
