/*
 * How exo.sys turns Java strings into the bytes the kernel takes (paths, argv, environment) and
 * back. The default is UTF-8. A program that must pass arbitrary bytes through unchanged (the
 * shell: file names and arguments need not be valid UTF-8) calls useByteStrings(): each char
 * 0-255 is then one byte, and bytes come back as chars 0-255.
 */
package exo.sys;

public final class Text {
    private Text() {}

    private static boolean byteStrings;

    /** From now on, strings are byte strings (one char per byte) in both directions. */
    public static void useByteStrings() {
        byteStrings = true;
    }

    public static boolean byteStrings() {
        return byteStrings;
    }

    /** s encoded, followed by a NUL (the kernel's C string). */
    public static byte[] cString(String s) {
        byte[] b = encode(s);
        byte[] out = new byte[b.length + 1];
        System.arraycopy(b, 0, out, 0, b.length);
        return out;
    }

    public static byte[] encode(String s) {
        if (byteStrings) {
            byte[] b = new byte[s.length()];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) s.charAt(i);
            }
            return b;
        }
        return utf8(s);
    }

    public static String decode(byte[] b, int off, int len) {
        if (byteStrings) {
            char[] c = new char[len];
            for (int i = 0; i < len; i++) {
                c[i] = (char) (b[off + i] & 0xFF);
            }
            return new String(c);
        }
        return new String(b, off, len);   // UTF-8, malformed bytes become U+FFFD
    }

    /** The bytes up to the first NUL (or the end). */
    public static String decodeC(byte[] b, int off) {
        int end = off;
        while (end < b.length && b[end] != 0) {
            end++;
        }
        return decode(b, off, end - off);
    }

    private static byte[] utf8(String s) {
        return exo.rt.Utf8.encode(s.toCharArray());
    }
}
