/*
 * Number formatting for kernel messages without String.format (which exoc's core library keeps
 * out of the kernel): hexadecimal with or without padding, right-aligned decimals, and byte
 * sizes in KiB/MiB. Used by the log, the panic report and the boot messages.
 */
package exo.kernel.util;

public final class Fmt {
    private Fmt() {}

    private static final String DIGITS = "0123456789abcdef";

    /** "0x" followed by the shortest hexadecimal form (the value read as unsigned). */
    public static String hex(long value) {
        int digits = 1;
        while (digits < 16 && (value >>> (4 * digits)) != 0) {
            digits++;
        }
        return hex(value, digits);
    }

    /** "0x" followed by exactly 16 hexadecimal digits. */
    public static String hex16(long value) {
        return hex(value, 16);
    }

    /** "0x" followed by the low `digits` hexadecimal digits of value, zero-padded. */
    public static String hex(long value, int digits) {
        char[] out = new char[digits + 2];
        out[0] = '0';
        out[1] = 'x';
        for (int i = 0; i < digits; i++) {
            out[digits + 1 - i] = DIGITS.charAt((int) ((value >>> (4 * i)) & 0xF));
        }
        return new String(out);
    }

    /** Decimal value right-aligned in a field of `width` characters. */
    public static String pad(long value, int width) {
        String s = Long.toString(value);
        StringBuilder sb = new StringBuilder();
        for (int i = s.length(); i < width; i++) {
            sb.append(' ');
        }
        return sb.append(s).toString();
    }

    /** Decimal value left-padded with zeros to `width` digits (non-negative values). */
    public static String zeros(long value, int width) {
        String s = Long.toString(value);
        StringBuilder sb = new StringBuilder();
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s).toString();
    }

    /** A byte count in the largest unit that keeps it whole-ish: "640 KiB", "127 MiB". */
    public static String size(long bytes) {
        if (bytes >= (1L << 30) && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GiB";
        }
        if (bytes >= (1L << 20)) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes >= (1L << 10)) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " bytes";
    }
}
