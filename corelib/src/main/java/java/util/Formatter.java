/*
 * java.util.Formatter: printf-style formatting for String.format, PrintStream.printf and
 * direct use. A thin shell: the parsing and printing live in exo.rt.FormatEngine (so that the
 * host tests can compare them with the JDK); this class holds the destination, the locale
 * (ignored: output is always US-style) and the closed / last-IOException state.
 */
package java.util;

import exo.rt.FormatEngine;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.PrintStream;

public final class Formatter implements Closeable, Flushable {
    /** Stateless, so shared; it throws java.util's package-private index exception. */
    private static final FormatEngine ENGINE = new FormatEngine() {
        @Override
        protected RuntimeException illegalArgumentIndex(int index) {
            return new IllegalFormatArgumentIndexException(index);
        }
    };

    private Appendable a;
    private final Locale l;
    private IOException lastException;

    public Formatter() {
        this(new StringBuilder(), Locale.getDefault());
    }

    public Formatter(Appendable a) {
        this(a, Locale.getDefault());
    }

    public Formatter(Locale l) {
        this(new StringBuilder(), l);
    }

    public Formatter(Appendable a, Locale l) {
        this.a = a == null ? new StringBuilder() : a;
        this.l = l;
    }

    public Formatter(PrintStream ps) {
        if (ps == null) {
            throw new NullPointerException();
        }
        this.a = ps;
        this.l = Locale.getDefault();
    }

    private void ensureOpen() {
        if (a == null) {
            throw new FormatterClosedException();
        }
    }

    public Locale locale() {
        ensureOpen();
        return l;
    }

    public Appendable out() {
        ensureOpen();
        return a;
    }

    @Override
    public String toString() {
        ensureOpen();
        return a.toString();
    }

    @Override
    public void flush() {
        ensureOpen();
        if (a instanceof Flushable) {
            try {
                ((Flushable) a).flush();
            } catch (IOException e) {
                lastException = e;
            }
        }
    }

    @Override
    public void close() {
        if (a == null) {
            return;
        }
        try {
            if (a instanceof Closeable) {
                ((Closeable) a).close();
            }
        } catch (IOException e) {
            lastException = e;
        } finally {
            a = null;
        }
    }

    public IOException ioException() {
        return lastException;
    }

    public Formatter format(String format, Object... args) {
        return format(l, format, args);
    }

    public Formatter format(Locale l, String format, Object... args) {
        ensureOpen();
        try {
            ENGINE.format(a, format, args);
        } catch (IOException e) {
            lastException = e;
        }
        return this;
    }
}
