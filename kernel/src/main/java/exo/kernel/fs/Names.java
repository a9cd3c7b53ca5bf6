/*
 * File names and paths as Strings. Linux names are byte strings (any byte but '/' and NUL), so
 * the file layer holds them as Strings with one char per byte (0-255): every name round-trips
 * exactly, hashing and comparison come from String, and the syscall layer converts with
 * fromBytes/bytes. UTF-8 text therefore appears as its bytes, one char each.
 */
package exo.kernel.fs;

public final class Names {
    private Names() {}

    public static String fromBytes(byte[] b, int off, int len) {
        char[] c = new char[len];
        for (int i = 0; i < len; i++) {
            c[i] = (char) (b[off + i] & 0xFF);
        }
        return new String(c);
    }

    public static String fromBytes(byte[] b) {
        return fromBytes(b, 0, b.length);
    }

    /** The bytes of a name or path (chars above 255 keep their low byte: they cannot occur). */
    public static byte[] bytes(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        return b;
    }
}
