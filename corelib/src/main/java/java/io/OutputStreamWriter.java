/* Chars encoded onto a byte stream (UTF-8 by default, or a named charset), buffered. */
package java.io;

import exo.rt.Codecs;
import java.nio.charset.Charset;

public class OutputStreamWriter extends Writer {
    private final OutputStream out;
    private final int codec;
    private final char[] buf = new char[8192];
    private int count;
    private boolean closed;

    public OutputStreamWriter(OutputStream out, String charsetName) throws UnsupportedEncodingException {
        super(out);
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        int id = Codecs.lookup(charsetName);
        if (id < 0) {
            throw new UnsupportedEncodingException(charsetName);
        }
        this.out = out;
        this.codec = id;
    }

    public OutputStreamWriter(OutputStream out) {
        super(out);
        this.out = out;
        this.codec = Codecs.UTF_8;
    }

    public OutputStreamWriter(OutputStream out, Charset cs) {
        super(out);
        if (cs == null) {
            throw new NullPointerException("charset");
        }
        this.out = out;
        this.codec = Codecs.of(cs);
    }

    public String getEncoding() {
        String n = Codecs.NAMES[codec];
        return n.equals("UTF-8") ? "UTF8" : n.equals("ISO-8859-1") ? "ISO8859_1" : n.equals("US-ASCII") ? "ASCII" : n;
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
    }

    /** Encodes the buffer, keeping a trailing high surrogate for the next write. */
    private void flushBuffer() throws IOException {
        int n = count;
        if (n > 0 && Character.isHighSurrogate(buf[n - 1])) {
            n--;
        }
        if (n > 0) {
            byte[] bytes = Codecs.encode(codec, buf, 0, n);
            out.write(bytes, 0, bytes.length);
            System.arraycopy(buf, n, buf, 0, count - n);
            count -= n;
        }
    }

    @Override
    public void write(int c) throws IOException {
        ensureOpen();
        if (count == buf.length) {
            flushBuffer();
        }
        buf[count++] = (char) c;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, cbuf.length);
        ensureOpen();
        while (len > 0) {
            if (count == buf.length) {
                flushBuffer();
            }
            int n = Math.min(len, buf.length - count);
            System.arraycopy(cbuf, off, buf, count, n);
            count += n;
            off += n;
            len -= n;
        }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, str.length());
        ensureOpen();
        while (len > 0) {
            if (count == buf.length) {
                flushBuffer();
            }
            int n = Math.min(len, buf.length - count);
            str.getChars(off, off + n, buf, count);
            count += n;
            off += n;
            len -= n;
        }
    }

    @Override
    public void flush() throws IOException {
        ensureOpen();
        flushBuffer();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            flushBuffer();
            if (count > 0) {   // a lone high surrogate at the very end
                byte[] bytes = Codecs.encode(codec, buf, 0, count);
                out.write(bytes, 0, bytes.length);
                count = 0;
            }
            out.flush();
        } finally {
            closed = true;
            out.close();
        }
    }
}
