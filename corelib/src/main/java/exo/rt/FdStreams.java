/*
 * Byte streams over a file descriptor that java.nio.file.Files opened (newInputStream,
 * newOutputStream, the readers and writers built on them). Read errors are IOExceptions with
 * the system's reason ("Is a directory"); close closes the descriptor once.
 */
package exo.rt;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

public final class FdStreams {
    private FdStreams() {}

    public static InputStream input(int fd) {
        return new InputStream() {
            private boolean closed;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                Objects.checkFromIndexSize(off, len, b.length);
                if (closed) {
                    throw new IOException("Stream closed");
                }
                if (len == 0) {
                    return 0;
                }
                int n = Posix.read(fd, b, off, len);
                if (n < 0) {
                    throw new IOException(Posix.strerror(-n));
                }
                return n == 0 ? -1 : n;
            }

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    Posix.close(fd);
                }
            }
        };
    }

    public static OutputStream output(int fd) {
        return new OutputStream() {
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                Objects.checkFromIndexSize(off, len, b.length);
                if (closed) {
                    throw new IOException("Stream closed");
                }
                while (len > 0) {
                    int n = Posix.write(fd, b, off, len);
                    if (n < 0) {
                        throw new IOException(Posix.strerror(-n));
                    }
                    off += n;
                    len -= n;
                }
            }

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    Posix.close(fd);
                }
            }
        };
    }
}
