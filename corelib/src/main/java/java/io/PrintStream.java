/*
 * Text output over an OutputStream: chars are encoded as UTF-8 into a small scratch buffer
 * that is handed to the stream in chunks. Errors never throw; they set checkError(). With
 * autoFlush, println, newline chars and byte-array writes flush, as in the JDK. System.out
 * is not auto-flushing (its buffer is flushed at exit by exo.rt.Streams); System.err is.
 * Every public method holds the stream's monitor, as in the JDK, so that threads printing at
 * once do not mix their bytes within a call.
 */
package java.io;

import java.util.Formatter;
import java.util.Locale;

public class PrintStream extends FilterOutputStream implements Appendable, Closeable {
    private final boolean autoFlush;
    private boolean trouble;
    private boolean closing;
    private final byte[] scratch = new byte[512];
    private int pending;          // bytes of scratch not yet written
    private char highSurrogate;   // a high surrogate waiting for its low half, or 0

    public PrintStream(OutputStream out) {
        this(out, false);
    }

    public PrintStream(OutputStream out, boolean autoFlush) {
        super(requireNonNull(out));
        this.autoFlush = autoFlush;
    }

    private static OutputStream requireNonNull(OutputStream out) {
        if (out == null) {
            throw new NullPointerException("Null output stream");
        }
        return out;
    }

    // ---- byte level ----

    private void drain() {
        if (pending > 0) {
            try {
                out.write(scratch, 0, pending);
            } catch (IOException e) {
                trouble = true;
            }
            pending = 0;
        }
    }

    private void put(int b) {
        if (pending == scratch.length) {
            drain();
        }
        scratch[pending++] = (byte) b;
    }

    private void encode(char c) {
        if (highSurrogate != 0) {
            char high = highSurrogate;
            highSurrogate = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                put(0xF0 | (cp >> 18));
                put(0x80 | ((cp >> 12) & 0x3F));
                put(0x80 | ((cp >> 6) & 0x3F));
                put(0x80 | (cp & 0x3F));
                return;
            }
            put('?');   // unpaired high surrogate
        }
        if (c < 0x80) {
            put(c);
        } else if (c < 0x800) {
            put(0xC0 | (c >> 6));
            put(0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            highSurrogate = c;
        } else if (Character.isLowSurrogate(c)) {
            put('?');
        } else {
            put(0xE0 | (c >> 12));
            put(0x80 | ((c >> 6) & 0x3F));
            put(0x80 | (c & 0x3F));
        }
    }

    private void flushIfAuto() {
        if (autoFlush) {
            flush();
        }
    }

    @Override
    public synchronized void flush() {
        drain();
        try {
            out.flush();
        } catch (IOException e) {
            trouble = true;
        }
    }

    @Override
    public synchronized void close() {
        if (closing) {
            return;
        }
        closing = true;
        flush();
        try {
            out.close();
        } catch (IOException e) {
            trouble = true;
        }
    }

    public synchronized boolean checkError() {
        flush();
        return trouble;
    }

    protected void setError() {
        trouble = true;
    }

    protected void clearError() {
        trouble = false;
    }

    @Override
    public synchronized void write(int b) {
        put(b);
        if (b == '\n' && autoFlush) {
            flush();
        }
    }

    @Override
    public synchronized void write(byte[] buf, int off, int len) {
        checkFromIndexSize(off, len, buf.length);
        drain();
        try {
            out.write(buf, off, len);
        } catch (IOException e) {
            trouble = true;
        }
        flushIfAuto();
    }

    @Override
    public synchronized void write(byte[] buf) throws IOException {
        write(buf, 0, buf.length);
    }

    public synchronized void writeBytes(byte[] buf) {
        write(buf, 0, buf.length);
    }

    // ---- text ----

    private void writeText(String s) {
        int n = s.length();
        boolean newline = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            newline |= c == '\n';
            encode(c);
        }
        drain();
        if (newline) {
            flushIfAuto();
        }
    }

    private void writeText(char[] s) {
        boolean newline = false;
        for (char c : s) {
            newline |= c == '\n';
            encode(c);
        }
        drain();
        if (newline) {
            flushIfAuto();
        }
    }

    private void newLine() {
        encode('\n');
        drain();
        flushIfAuto();
    }

    public synchronized void print(boolean b) {
        writeText(b ? "true" : "false");
    }

    public synchronized void print(char c) {
        encode(c);
        drain();
        if (c == '\n') {
            flushIfAuto();
        }
    }

    public synchronized void print(int i) {
        writeText(String.valueOf(i));
    }

    public synchronized void print(long l) {
        writeText(String.valueOf(l));
    }

    public synchronized void print(float f) {
        writeText(String.valueOf(f));
    }

    public synchronized void print(double d) {
        writeText(String.valueOf(d));
    }

    public synchronized void print(char[] s) {
        writeText(s);
    }

    public synchronized void print(String s) {
        writeText(s == null ? "null" : s);
    }

    public synchronized void print(Object obj) {
        writeText(String.valueOf(obj));
    }

    public synchronized void println() {
        newLine();
    }

    public synchronized void println(boolean x) {
        print(x);
        newLine();
    }

    public synchronized void println(char x) {
        print(x);
        newLine();
    }

    public synchronized void println(int x) {
        print(x);
        newLine();
    }

    public synchronized void println(long x) {
        print(x);
        newLine();
    }

    public synchronized void println(float x) {
        print(x);
        newLine();
    }

    public synchronized void println(double x) {
        print(x);
        newLine();
    }

    public synchronized void println(char[] x) {
        print(x);
        newLine();
    }

    public synchronized void println(String x) {
        print(x);
        newLine();
    }

    public synchronized void println(Object x) {
        String s = String.valueOf(x);
        print(s);
        newLine();
    }

    /** Formats straight into this stream, so text before a bad specifier is printed, as in the JDK. */
    public synchronized PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    public synchronized PrintStream printf(Locale l, String format, Object... args) {
        return format(l, format, args);
    }

    public synchronized PrintStream format(String format, Object... args) {
        new Formatter(this).format(format, args);
        return this;
    }

    public synchronized PrintStream format(Locale l, String format, Object... args) {
        print(String.format(l, format, args));
        return this;
    }

    @Override
    public synchronized PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    @Override
    public synchronized PrintStream append(CharSequence csq, int start, int end) {
        if (csq == null) {
            csq = "null";
        }
        return append(csq.subSequence(start, end));
    }

    @Override
    public synchronized PrintStream append(char c) {
        print(c);
        return this;
    }
}
