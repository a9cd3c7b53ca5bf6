/*
 * Making BigIntegers from strings and bytes, with the JDK's errors: the sign, leading zeros
 * skipped, then groups of digits each read with Integer.parseInt (so a bad digit reports
 * 'For input string: "<group>"'), "Zero length BigInteger", "Illegal embedded sign
 * character", "Radix out of range".
 */
package java.math;

import exo.rt.MagMath;

final class BigParse {
    private BigParse() {}

    /** Digits of radix that always fit in an int. */
    static int digitsPerInt(int radix) {
        int d = 0;
        long p = 1;
        while (p * radix < (1L << 31)) {
            p *= radix;
            d++;
        }
        return d;
    }

    static BigInteger parse(String val, int radix) {
        int cursor = 0;
        int len = val.length();
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw new NumberFormatException("Radix out of range");
        }
        if (len == 0) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        int sign = 1;
        int index1 = val.lastIndexOf('-');
        int index2 = val.lastIndexOf('+');
        if (index1 >= 0) {
            if (index1 != 0 || index2 >= 0) {
                throw new NumberFormatException("Illegal embedded sign character");
            }
            sign = -1;
            cursor = 1;
        } else if (index2 >= 0) {
            if (index2 != 0) {
                throw new NumberFormatException("Illegal embedded sign character");
            }
            cursor = 1;
        }
        if (cursor == len) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        while (cursor < len && Character.digit(val.charAt(cursor), radix) == 0) {
            cursor++;
        }
        if (cursor == len) {
            return BigInteger.ZERO;
        }
        int numDigits = len - cursor;
        int per = digitsPerInt(radix);
        int groupRadix = 1;
        for (int i = 0; i < per; i++) {
            groupRadix *= radix;
        }
        int first = numDigits % per;
        if (first == 0) {
            first = per;
        }
        int[] mag = MagMath.of(Integer.parseInt(val.substring(cursor, cursor + first), radix));
        cursor += first;
        while (cursor < len) {
            String group = val.substring(cursor, cursor + per);
            cursor += per;
            int g = Integer.parseInt(group, radix);
            if (g < 0) {
                throw new NumberFormatException("Illegal digit");
            }
            mag = MagMath.mulAddSmall(mag, groupRadix, g);
        }
        return new BigInteger(sign, mag);
    }

    static BigInteger fromMagnitude(int signum, byte[] b, int off, int len) {
        if (signum < -1 || signum > 1) {
            throw new NumberFormatException("Invalid signum value");
        }
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        int[] mag = wordsOf(b, off, len, false);
        if (mag.length > 0 && signum == 0) {
            throw new NumberFormatException("signum-magnitude mismatch");
        }
        return new BigInteger(signum, mag);
    }

    static BigInteger fromTwosComplement(byte[] b, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        boolean negative = b[off] < 0;
        int[] words = wordsOf(b, off, len, negative);
        if (!negative) {
            return new BigInteger(1, words);
        }
        // words holds the value sign-extended to a whole number of words: negate it.
        int[] neg = new int[words.length];
        long carry = 1;
        for (int i = 0; i < words.length; i++) {
            long v = (~words[i] & 0xFFFFFFFFL) + carry;
            neg[i] = (int) v;
            carry = v >>> 32;
        }
        return new BigInteger(-1, MagMath.trim(neg));
    }

    /** Big-endian bytes as little-endian words (sign-extended with 0xFF when fill). */
    private static int[] wordsOf(byte[] b, int off, int len, boolean fill) {
        int n = (len + 3) / 4;
        int[] w = new int[n];
        for (int i = 0; i < n * 4; i++) {
            int bi = off + len - 1 - i;
            int v = bi >= off ? b[bi] & 0xFF : (fill ? 0xFF : 0);
            w[i / 4] |= v << (8 * (i % 4));
        }
        return fill ? w : MagMath.trim(w);
    }
}
