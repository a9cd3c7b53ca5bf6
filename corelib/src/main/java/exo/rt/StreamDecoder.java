/*
 * Bytes from an InputStream turned into chars, chunk by chunk, for InputStreamReader: the
 * bytes of a character split between two reads are kept for the next one; malformed input
 * becomes U+FFFD as in the JDK's readers, or, for a strict decoder (Files.newBufferedReader,
 * readAllLines), a MalformedInputException once the chars before it have been read.
 */
package exo.rt;

import java.io.IOException;
import java.io.InputStream;

public final class StreamDecoder {
    private final InputStream in;
    private int codec;
    private final byte[] bytes = new byte[8192];
    private int kept;            // undecoded bytes at the start of bytes
    private char[] chars = new char[0];
    private int charPos;
    private boolean eof, started;
    private final boolean strict;
    private int malformedLength;   // strict: an error to throw at the next fill

    public StreamDecoder(InputStream in, int codec) {
        this(in, codec, false);
    }

    public StreamDecoder(InputStream in, int codec, boolean strict) {
        this.in = in;
        this.codec = codec;
        this.strict = strict;
    }

    public String charsetName() {
        return Codecs.NAMES[codec];
    }

    /** Reads up to len chars into cbuf; -1 at the end of input. */
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (charPos >= chars.length) {
            if (eof && malformedLength == 0) {
                return -1;
            }
            fill();
        }
        int n = Math.min(len, chars.length - charPos);
        System.arraycopy(chars, charPos, cbuf, off, n);
        charPos += n;
        return n;
    }

    /** Whether chars are available without blocking. */
    public boolean ready() throws IOException {
        return charPos < chars.length || (!eof && in.available() > 0);
    }

    private void fill() throws IOException {
        if (malformedLength > 0) {
            throw new java.nio.charset.MalformedInputException(malformedLength);
        }
        int n = in.read(bytes, kept, bytes.length - kept);
        int end = kept;
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
        int start = 0;
        if (!started && codec == Codecs.UTF_16 && end >= 2) {
            started = true;
            int bom = ((bytes[0] & 0xFF) << 8) | (bytes[1] & 0xFF);
            codec = bom == 0xFFFE ? Codecs.UTF_16LE : Codecs.UTF_16BE;
            if (bom == 0xFEFF || bom == 0xFFFE) {
                start = 2;
            }
        }
        int tail = eof ? 0 : incomplete(start, end);
        if (strict) {
            long bad = Codecs.firstMalformed(codec, bytes, start, end - tail - start);
            if (bad >= 0) {
                malformedLength = (int) bad;
                tail = end - start - (int) (bad >>> 32);   // decode up to the error only
                eof = false;
            }
        }
        chars = Codecs.decode(codec, bytes, start, end - tail - start);
        charPos = 0;
        System.arraycopy(bytes, end - tail, bytes, 0, tail);
        kept = tail;
    }

    private int incomplete(int start, int end) {
        switch (codec) {
            case Codecs.UTF_8: return Utf8.incompleteTail(bytes, start, end);
            case Codecs.UTF_16: case Codecs.UTF_16BE: case Codecs.UTF_16LE: return (end - start) % 2;
            default: return 0;
        }
    }
}
