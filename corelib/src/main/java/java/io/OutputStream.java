/* A sink of bytes. Subclasses implement write(int); the array forms loop over it by default. */
package java.io;

public abstract class OutputStream implements Closeable, Flushable {
    public OutputStream() {}

    /** A stream that discards everything (until closed, after which writes throw). */
    public static OutputStream nullOutputStream() {
        return new OutputStream() {
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                if (closed) {
                    throw new IOException("Stream closed");
                }
            }

            @Override
            public void close() {
                closed = true;
            }
        };
    }

    public abstract void write(int b) throws IOException;

    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    public void write(byte[] b, int off, int len) throws IOException {
        checkFromIndexSize(off, len, b.length);
        for (int i = 0; i < len; i++) {
            write(b[off + i]);
        }
    }

    /** The JDK's bounds check for (array, offset, length) arguments, with its message. */
    static void checkFromIndexSize(int off, int len, int length) {
        if ((off | len) < 0 || len > length - off) {
            throw new IndexOutOfBoundsException("Range [" + off + ", " + off + " + " + len
                    + ") out of bounds for length " + length);
        }
    }

    public void flush() throws IOException {
    }

    public void close() throws IOException {
    }
}
