/*
 * The chars a Scanner has read from its source and not consumed yet: a growable buffer
 * refilled from the Readable on demand (the scanner asks for more whenever a match might
 * continue past what it has), and compacted as tokens are consumed, so a long input is
 * read in chunks and never held whole.
 */
package java.util;

import java.io.IOException;
import java.io.Reader;
import java.nio.CharBuffer;

final class ScannerSource {
    private final Readable source;
    char[] buf = new char[1024];
    int pos;        // next unconsumed char
    int end;        // chars held
    boolean eof;
    int version;    // changes whenever buf's contents or end change
    IOException lastException;

    ScannerSource(Readable source) {
        this.source = source;
    }

    ScannerSource(String s) {
        this.source = null;
        this.buf = s.toCharArray();
        this.end = buf.length;
        this.eof = true;
    }

    /** Reads more input; false at the end of the source (or after an IOException). */
    boolean fill() {
        if (eof) {
            return false;
        }
        version++;
        if (pos > 0 && pos >= buf.length / 2) {
            System.arraycopy(buf, pos, buf, 0, end - pos);
            end -= pos;
            pos = 0;
        }
        if (end == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n;
        try {
            if (source instanceof Reader) {
                n = ((Reader) source).read(buf, end, buf.length - end);
            } else {
                CharBuffer cb = CharBuffer.wrap(buf, end, buf.length - end);
                n = source.read(cb);
            }
        } catch (IOException e) {
            lastException = e;
            n = -1;
        }
        if (n < 0) {
            eof = true;
            return false;
        }
        end += n;
        return true;
    }

    /** Makes sure at least one char is available at i; false at the end of input. */
    boolean has(int i) {
        while (i >= end) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }
}
