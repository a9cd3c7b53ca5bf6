/*
 * The file descriptors behind System.out and System.err: 8 KiB buffers emptied through
 * VM.write. Writing to stderr first flushes stdout so the two interleave as on the JVM.
 * The runtime calls flushAll() when the program ends, at System.exit and before printing an
 * uncaught exception.
 */
package exo.rt;

import java.io.OutputStream;

public final class Streams {
    private Streams() {}

    public static final FdOutputStream STDOUT = new FdOutputStream(1, null);
    public static final FdOutputStream STDERR = new FdOutputStream(2, STDOUT);

    /** Flushes both standard streams; safe to call at any time, any number of times. */
    public static void flushAll() {
        STDOUT.flush();
        STDERR.flush();
    }

    /** A buffered stream over a file descriptor. */
    public static final class FdOutputStream extends OutputStream {
        private final int fd;
        private final FdOutputStream flushFirst;   // stream to flush before writing here
        private final byte[] buf = new byte[8192];
        private int count;

        FdOutputStream(int fd, FdOutputStream flushFirst) {
            this.fd = fd;
            this.flushFirst = flushFirst;
        }

        @Override
        public void write(int b) {
            if (flushFirst != null) {
                flushFirst.flush();
            }
            if (count == buf.length) {
                flush();
            }
            buf[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if ((off | len) < 0 || len > b.length - off) {
                throw new IndexOutOfBoundsException("Range [" + off + ", " + off + " + " + len
                        + ") out of bounds for length " + b.length);
            }
            if (flushFirst != null) {
                flushFirst.flush();
            }
            if (len > buf.length - count) {
                flush();
                if (len >= buf.length) {
                    VM.write(fd, b, off, len);   // too big to buffer: write through
                    return;
                }
            }
            System.arraycopy(b, off, buf, count, len);
            count += len;
        }

        @Override
        public void flush() {
            if (count > 0) {
                int n = count;
                count = 0;
                VM.write(fd, buf, 0, n);
            }
        }

        @Override
        public void close() {
            flush();
        }
    }
}
