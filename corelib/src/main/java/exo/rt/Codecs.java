/*
 * The charsets the core library knows (UTF-8, ISO-8859-1, US-ASCII, UTF-16, UTF-16BE,
 * UTF-16LE) as array conversions: lenient ones that replace what cannot be decoded or
 * encoded (U+FFFD, '?'), as String and the readers/writers do, and the checks the strict
 * paths (Files.readAllLines, Files.writeString) use to throw MalformedInputException or
 * UnmappableCharacterException with the JDK's "Input length = n".
 */
package exo.rt;

import java.nio.charset.Charset;
import java.nio.charset.UnsupportedCharsetException;

public final class Codecs {
    private Codecs() {}

    public static final int UTF_8 = 0, ISO_8859_1 = 1, US_ASCII = 2, UTF_16 = 3, UTF_16BE = 4, UTF_16LE = 5;
    public static final String[] NAMES = {"UTF-8", "ISO-8859-1", "US-ASCII", "UTF-16", "UTF-16BE", "UTF-16LE"};

    /** The codec id for a charset name or alias, or -1. */
    public static int lookup(String name) {
        String n = name.toUpperCase().replace('_', '-');
        switch (n) {
            case "UTF-8": case "UTF8": return UTF_8;
            case "ISO-8859-1": case "ISO8859-1": case "LATIN1": case "ISO-LATIN-1": case "8859-1": case "L1":
            case "CP819": case "IBM819": case "ISO8859_1": return ISO_8859_1;
            case "US-ASCII": case "ASCII": case "ISO646-US": case "DEFAULT": case "646": return US_ASCII;
            case "UTF-16": case "UTF16": return UTF_16;
            case "UTF-16BE": case "UNICODEBIGUNMARKED": case "X-UTF-16BE": return UTF_16BE;
            case "UTF-16LE": case "UNICODELITTLEUNMARKED": case "X-UTF-16LE": return UTF_16LE;
            default: return -1;
        }
    }

    public static int of(Charset cs) {
        int id = lookup(cs.name());
        if (id < 0) {
            throw new UnsupportedCharsetException(cs.name());
        }
        return id;
    }

    /** Decodes, replacing malformed input with U+FFFD. */
    public static char[] decode(int id, byte[] b, int off, int len) {
        switch (id) {
            case UTF_8: return Utf8.decode(b, off, len);
            case ISO_8859_1: {
                char[] out = new char[len];
                for (int i = 0; i < len; i++) {
                    out[i] = (char) (b[off + i] & 0xFF);
                }
                return out;
            }
            case US_ASCII: {
                char[] out = new char[len];
                for (int i = 0; i < len; i++) {
                    out[i] = b[off + i] >= 0 ? (char) b[off + i] : '\uFFFD';
                }
                return out;
            }
            default: return decode16(id, b, off, len);
        }
    }

    private static char[] decode16(int id, byte[] b, int off, int len) {
        boolean little = id == UTF_16LE;
        int i = off, end = off + len;
        if (id == UTF_16 && len >= 2) {
            int bom = ((b[off] & 0xFF) << 8) | (b[off + 1] & 0xFF);
            if (bom == 0xFEFF || bom == 0xFFFE) {
                little = bom == 0xFFFE;
                i += 2;
            }
        }
        char[] out = new char[(end - i + 1) / 2];
        int n = 0;
        for (; i + 1 < end; i += 2) {
            int hi = b[i] & 0xFF, lo = b[i + 1] & 0xFF;
            out[n++] = (char) (little ? (lo << 8) | hi : (hi << 8) | lo);
        }
        if (i < end) {
            out[n++] = '\uFFFD';
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** Encodes, replacing what the charset cannot represent with '?'. */
    public static byte[] encode(int id, char[] c, int off, int len) {
        switch (id) {
            case UTF_8: {
                int n = Utf8.encodedLength(c, off, off + len);
                byte[] out = new byte[n];
                Utf8.encode(c, off, off + len, out, 0);
                return out;
            }
            case ISO_8859_1: case US_ASCII: {
                int max = id == ISO_8859_1 ? 0xFF : 0x7F;
                byte[] out = new byte[len];
                int n = 0;
                for (int i = off; i < off + len; i++) {
                    char ch = c[i];
                    if (Character.isHighSurrogate(ch) && i + 1 < off + len && Character.isLowSurrogate(c[i + 1])) {
                        i++;   // one '?' for the pair
                        out[n++] = '?';
                    } else {
                        out[n++] = ch <= max ? (byte) ch : (byte) '?';
                    }
                }
                return n == len ? out : java.util.Arrays.copyOf(out, n);
            }
            default: {
                boolean bom = id == UTF_16;
                boolean little = id == UTF_16LE;
                byte[] out = new byte[2 * len + (bom ? 2 : 0)];
                int n = 0;
                if (bom) {
                    out[n++] = (byte) 0xFE;
                    out[n++] = (byte) 0xFF;
                }
                for (int i = off; i < off + len; i++) {
                    char ch = c[i];
                    out[n++] = (byte) (little ? ch : ch >> 8);
                    out[n++] = (byte) (little ? ch >> 8 : ch);
                }
                return out;
            }
        }
    }

    /** The first undecodable sequence, packed (index << 32 | length), or -1. */
    public static long firstMalformed(int id, byte[] b, int off, int len) {
        switch (id) {
            case UTF_8: return Utf8.firstMalformed(b, off, len);
            case US_ASCII:
                for (int i = 0; i < len; i++) {
                    if (b[off + i] < 0) {
                        return ((long) i << 32) | 1;
                    }
                }
                return -1;
            case ISO_8859_1: return -1;
            default: return len % 2 == 0 ? -1 : ((long) (len - 1) << 32) | 1;
        }
    }

    /** The first char the charset cannot encode, packed (index << 32 | length), or -1. */
    public static long firstUnmappable(int id, char[] c, int off, int len) {
        for (int i = 0; i < len; i++) {
            char ch = c[off + i];
            if (Character.isSurrogate(ch)) {
                boolean pair = Character.isHighSurrogate(ch) && i + 1 < len && Character.isLowSurrogate(c[off + i + 1]);
                if (!pair) {
                    return ((long) i << 32) | 1;   // malformed in every charset
                }
                if (id == ISO_8859_1 || id == US_ASCII) {
                    return ((long) i << 32) | 2;
                }
                i++;
            } else if ((id == ISO_8859_1 && ch > 0xFF) || (id == US_ASCII && ch > 0x7F)) {
                return ((long) i << 32) | 1;
            }
        }
        return -1;
    }
}
