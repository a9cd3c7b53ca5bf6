/*
 * UTF-8, the default charset: String(byte[]) decodes with it and getBytes()/PrintStream encode
 * with it. Malformed input decodes to U+FFFD per maximal invalid subpart and unpaired
 * surrogates encode as '?', both as the JDK does. Plain Java, tested on the host (Utf8Test).
 */
package exo.rt;

public final class Utf8 {
    private Utf8() {}

    private static final char REPLACEMENT = '\uFFFD';

    public static char[] decode(byte[] b, int off, int len) {
        int end = off + len;
        int i = off;
        while (i < end && b[i] >= 0) {
            i++;
        }
        char[] out = new char[len];   // UTF-8 never yields more chars than bytes
        for (int k = off; k < i; k++) {
            out[k - off] = (char) b[k];
        }
        int n = i - off;
        while (i < end) {
            int b0 = b[i] & 0xff;
            if (b0 < 0x80) {
                out[n++] = (char) b0;
                i++;
            } else if (b0 < 0xC2 || b0 > 0xF4) {
                out[n++] = REPLACEMENT;   // stray continuation byte or a lead byte never valid
                i++;
            } else if (b0 < 0xE0) {
                if (i + 1 < end && isContinuation(b[i + 1], 0x80, 0xBF)) {
                    out[n++] = (char) (((b0 & 0x1F) << 6) | (b[i + 1] & 0x3F));
                    i += 2;
                } else {
                    out[n++] = REPLACEMENT;
                    i++;
                }
            } else if (b0 < 0xF0) {
                int lo = b0 == 0xE0 ? 0xA0 : 0x80;   // no overlong forms
                int valid = validPrefix(b, i, end, 3, lo, 0xBF);
                char c = REPLACEMENT;
                if (valid == 3) {
                    c = (char) (((b0 & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F));
                }
                // An encoded surrogate is one malformed 3-byte sequence, as the JDK sees it.
                out[n++] = Character.isSurrogate(c) ? REPLACEMENT : c;
                i += valid;
            } else {
                int lo = b0 == 0xF0 ? 0x90 : 0x80;   // no overlong forms
                int hi = b0 == 0xF4 ? 0x8F : 0xBF;   // nothing above U+10FFFF
                int valid = validPrefix(b, i, end, 4, lo, hi);
                if (valid == 4) {
                    int cp = ((b0 & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6)
                            | (b[i + 3] & 0x3F);
                    out[n++] = Character.highSurrogate(cp);
                    out[n++] = Character.lowSurrogate(cp);
                } else {
                    out[n++] = REPLACEMENT;
                }
                i += valid;
            }
        }
        if (n == out.length) {
            return out;
        }
        char[] trimmed = new char[n];
        System.arraycopy(out, 0, trimmed, 0, n);
        return trimmed;
    }

    private static boolean isContinuation(byte b, int lo, int hi) {
        int v = b & 0xff;
        return v >= lo && v <= hi;
    }

    // How many bytes of the size-byte sequence at i are well formed (the whole sequence, or
    // the maximal invalid subpart that one U+FFFD replaces, at least 1).
    private static int validPrefix(byte[] b, int i, int end, int size, int lo, int hi) {
        if (i + 1 >= end || !isContinuation(b[i + 1], lo, hi)) {
            return 1;
        }
        int k = 2;
        while (k < size && i + k < end && isContinuation(b[i + k], 0x80, 0xBF)) {
            k++;
        }
        return k;
    }

    /** Number of UTF-8 bytes of v[from..to). */
    public static int encodedLength(char[] v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = v[i];
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(v[i + 1])) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                n += 1;
            } else {
                n += 3;
            }
        }
        return n;
    }

    public static byte[] encode(char[] v) {
        byte[] out = new byte[encodedLength(v, 0, v.length)];
        encode(v, 0, v.length, out, 0);
        return out;
    }

    /** Encodes v[from..to) into out at pos (room checked by the caller); returns the new pos. */
    public static int encode(char[] v, int from, int to, byte[] out, int pos) {
        for (int i = from; i < to; i++) {
            char c = v[i];
            if (c < 0x80) {
                out[pos++] = (byte) c;
            } else if (c < 0x800) {
                out[pos++] = (byte) (0xC0 | (c >> 6));
                out[pos++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(v[i + 1])) {
                int cp = Character.toCodePoint(c, v[++i]);
                out[pos++] = (byte) (0xF0 | (cp >> 18));
                out[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[pos++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                out[pos++] = '?';
            } else {
                out[pos++] = (byte) (0xE0 | (c >> 12));
                out[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[pos++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return pos;
    }

    /**
     * How many bytes at the end of b[off, end) begin a sequence that the next bytes may
     * complete (a stream decoder keeps them for its next chunk); 0 if the chunk ends cleanly.
     */
    public static int incompleteTail(byte[] b, int off, int end) {
        for (int back = 1; back <= 3 && end - back >= off; back++) {
            int v = b[end - back] & 0xff;
            if (v < 0x80) {
                return 0;
            }
            if (v >= 0xC0) {
                int size = v >= 0xF0 ? 4 : v >= 0xE0 ? 3 : 2;
                return size > back ? back : 0;
            }
        }
        return 0;
    }

    /**
     * The first malformed sequence in b[off, off + len): its index and length packed as
     * (index << 32 | length), or -1 when the bytes are well-formed UTF-8. The lengths are the
     * JDK's strict decoder's (MalformedInputException "Input length = length"): a bad second
     * byte is 1, a bad third byte 2, a bad fourth byte 3, an encoded surrogate 3, and a
     * sequence cut by the end of input counts the bytes that are there.
     */
    public static long firstMalformed(byte[] b, int off, int len) {
        int end = off + len;
        int i = off;
        while (i < end) {
            int b0 = b[i] & 0xff;
            if (b0 < 0x80) {
                i++;
                continue;
            }
            int size = b0 < 0xC2 || b0 > 0xF4 ? 0 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
            int bad = size == 0 ? 1 : malformedLength(b, i, end, b0, size);
            if (bad > 0) {
                return ((long) (i - off) << 32) | bad;
            }
            i += size;
        }
        return -1;
    }

    /** 0 if the size-byte sequence at i is well formed, else the JDK's malformed length. */
    private static int malformedLength(byte[] b, int i, int end, int b0, int size) {
        int have = end - i;
        if (have < 2) {
            return 1;
        }
        int b1 = b[i + 1] & 0xff;
        boolean secondOk = size == 2 ? (b1 & 0xC0) == 0x80
                : size == 3 ? (b1 & 0xC0) == 0x80 && !(b0 == 0xE0 && b1 < 0xA0)
                : (b1 & 0xC0) == 0x80 && !(b0 == 0xF0 && b1 < 0x90) && !(b0 == 0xF4 && b1 > 0x8F);
        if (!secondOk) {
            return 1;
        }
        if (size == 2) {
            return 0;
        }
        if (have < 3) {
            return 2;
        }
        if ((b[i + 2] & 0xC0) != 0x80) {
            return 2;
        }
        if (size == 3) {
            return b0 == 0xED && b1 >= 0xA0 ? 3 : 0;   // an encoded surrogate
        }
        if (have < 4) {
            return 3;
        }
        return (b[i + 3] & 0xC0) != 0x80 ? 3 : 0;
    }
}
