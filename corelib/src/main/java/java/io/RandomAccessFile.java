/*
 * A file read and written at any position: seek/getFilePointer/length/setLength, bytes, and
 * big-endian primitives (DataInput/DataOutput) with EOFException at a short read. Modes "r"
 * and "rw" ("rws"/"rwd" also sync on each write). Unbuffered, as in the JDK.
 */
package java.io;

import exo.rt.Posix;

public class RandomAccessFile implements DataOutput, DataInput, Closeable {
    private final FileDescriptor fd;
    private final boolean sync;
    private boolean closed;

    public RandomAccessFile(String name, String mode) throws FileNotFoundException {
        this(name != null ? new File(name) : null, mode);
    }

    public RandomAccessFile(File file, String mode) throws FileNotFoundException {
        String name = file != null ? file.getPath() : null;
        int flags;
        switch (mode) {
            case "r": flags = Posix.O_RDONLY; break;
            case "rw": case "rws": case "rwd": flags = Posix.O_RDWR | Posix.O_CREAT; break;
            default:
                throw new IllegalArgumentException("Illegal mode \"" + mode + "\" must be one of \"r\", \"rw\", \"rws\", or \"rwd\"");
        }
        if (name == null) {
            throw new NullPointerException();
        }
        if (file.isInvalid()) {
            throw new FileNotFoundException("Invalid file path");
        }
        int r = Posix.open(name, flags, 0666);
        if (r < 0) {
            throw new FileNotFoundException(name + " (" + Posix.strerror(-r) + ")");
        }
        this.fd = new FileDescriptor(r);
        this.sync = mode.length() == 3;
    }

    public final FileDescriptor getFD() throws IOException {
        return fd;
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream Closed");
        }
    }

    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xFF;
    }

    public int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        ensureOpen();
        if (len == 0) {
            return 0;
        }
        int n = Posix.read(fd.fd, b, off, len);
        if (n < 0) {
            throw new IOException(Posix.strerror(-n));
        }
        return n == 0 ? -1 : n;
    }

    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    public final void readFully(byte[] b) throws IOException {
        readFully(b, 0, b.length);
    }

    public final void readFully(byte[] b, int off, int len) throws IOException {
        int n = 0;
        while (n < len) {
            int count = read(b, off + n, len - n);
            if (count < 0) {
                throw new EOFException();
            }
            n += count;
        }
    }

    public int skipBytes(int n) throws IOException {
        if (n <= 0) {
            return 0;
        }
        long pos = getFilePointer(), len = length();
        long newpos = Math.min(pos + n, len);
        seek(newpos);
        return (int) (newpos - pos);
    }

    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    public void write(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        ensureOpen();
        while (len > 0) {
            int n = Posix.write(fd.fd, b, off, len);
            if (n < 0) {
                throw new IOException(Posix.strerror(-n));
            }
            off += n;
            len -= n;
        }
        if (sync) {
            Posix.fsync(fd.fd);
        }
    }

    public long getFilePointer() throws IOException {
        ensureOpen();
        return Posix.lseek(fd.fd, 0, Posix.SEEK_CUR);
    }

    public void seek(long pos) throws IOException {
        ensureOpen();
        if (pos < 0) {
            throw new IOException("Negative seek offset");
        }
        Posix.lseek(fd.fd, pos, Posix.SEEK_SET);
    }

    public long length() throws IOException {
        ensureOpen();
        byte[] st = new byte[Posix.STAT_SIZE];
        Posix.fstat(fd.fd, st);
        return Posix.statSize(st);
    }

    public void setLength(long newLength) throws IOException {
        ensureOpen();
        long pos = getFilePointer();
        int r = Posix.ftruncate(fd.fd, newLength);
        if (r < 0) {
            throw new IOException(Posix.strerror(-r));
        }
        if (pos > newLength) {
            seek(newLength);
        }
    }

    public void close() throws IOException {
        if (!closed) {
            closed = true;
            Posix.close(fd.fd);
            fd.fd = -1;
        }
    }

    private int next() throws IOException {
        int ch = read();
        if (ch < 0) {
            throw new EOFException();
        }
        return ch;
    }

    public final boolean readBoolean() throws IOException {
        return next() != 0;
    }

    public final byte readByte() throws IOException {
        return (byte) next();
    }

    public final int readUnsignedByte() throws IOException {
        return next();
    }

    public final short readShort() throws IOException {
        return (short) readUnsignedShort();
    }

    public final int readUnsignedShort() throws IOException {
        byte[] b = new byte[2];
        readFully(b);
        return ((b[0] & 0xFF) << 8) | (b[1] & 0xFF);
    }

    public final char readChar() throws IOException {
        return (char) readUnsignedShort();
    }

    public final int readInt() throws IOException {
        byte[] b = new byte[4];
        readFully(b);
        return ((b[0] & 0xFF) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
    }

    public final long readLong() throws IOException {
        return ((long) readInt() << 32) + (readInt() & 0xFFFFFFFFL);
    }

    public final float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    public final double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    public final String readLine() throws IOException {
        StringBuilder input = new StringBuilder();
        int c = -1;
        boolean eol = false;
        while (!eol) {
            switch (c = read()) {
                case -1:
                case '\n':
                    eol = true;
                    break;
                case '\r':
                    eol = true;
                    long cur = getFilePointer();
                    if (read() != '\n') {
                        seek(cur);
                    }
                    break;
                default:
                    input.append((char) c);
                    break;
            }
        }
        if ((c == -1) && (input.length() == 0)) {
            return null;
        }
        return input.toString();
    }

    public final String readUTF() throws IOException {
        return DataStreams.readUTF(this);
    }

    public final void writeBoolean(boolean v) throws IOException {
        write(v ? 1 : 0);
    }

    public final void writeByte(int v) throws IOException {
        write(v);
    }

    public final void writeShort(int v) throws IOException {
        write(new byte[] {(byte) (v >>> 8), (byte) v}, 0, 2);
    }

    public final void writeChar(int v) throws IOException {
        writeShort(v);
    }

    public final void writeInt(int v) throws IOException {
        write(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v}, 0, 4);
    }

    public final void writeLong(long v) throws IOException {
        writeInt((int) (v >>> 32));
        writeInt((int) v);
    }

    public final void writeFloat(float v) throws IOException {
        writeInt(Float.floatToIntBits(v));
    }

    public final void writeDouble(double v) throws IOException {
        writeLong(Double.doubleToLongBits(v));
    }

    public final void writeBytes(String s) throws IOException {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        write(b, 0, b.length);
    }

    public final void writeChars(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            writeChar(s.charAt(i));
        }
    }

    public final void writeUTF(String str) throws IOException {
        byte[] b = DataStreams.encodeUTF(str);
        write(b, 0, b.length);
    }
}
