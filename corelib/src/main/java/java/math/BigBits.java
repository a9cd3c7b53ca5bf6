/*
 * BigInteger's bitwise operations on infinite two's complement: both operands are written
 * out as sign-extended words one longer than the longer magnitude, combined word by word,
 * and the result read back; and toByteArray, the minimal big-endian two's complement bytes.
 */
package java.math;

import exo.rt.MagMath;

final class BigBits {
    private BigBits() {}

    /** value in n little-endian words of two's complement. */
    static int[] twos(BigInteger v, int n) {
        int[] w = new int[n];
        System.arraycopy(v.mag, 0, w, 0, Math.min(v.mag.length, n));
        if (v.signum < 0) {
            long carry = 1;
            for (int i = 0; i < n; i++) {
                long x = (~w[i] & 0xFFFFFFFFL) + carry;
                w[i] = (int) x;
                carry = x >>> 32;
            }
        }
        return w;
    }

    static BigInteger fromTwos(int[] w) {
        boolean negative = w.length > 0 && w[w.length - 1] < 0;
        if (!negative) {
            return new BigInteger(1, MagMath.trim(w));
        }
        int[] m = new int[w.length];
        long carry = 1;
        for (int i = 0; i < w.length; i++) {
            long x = (~w[i] & 0xFFFFFFFFL) + carry;
            m[i] = (int) x;
            carry = x >>> 32;
        }
        return new BigInteger(-1, MagMath.trim(m));
    }

    /** op: 0 and, 1 or, 2 xor, 3 and-not. */
    static BigInteger op(BigInteger a, BigInteger b, int op) {
        int n = Math.max(a.mag.length, b.mag.length) + 1;
        int[] x = twos(a, n), y = twos(b, n);
        for (int i = 0; i < n; i++) {
            switch (op) {
                case 0: x[i] &= y[i]; break;
                case 1: x[i] |= y[i]; break;
                case 2: x[i] ^= y[i]; break;
                default: x[i] &= ~y[i]; break;
            }
        }
        return fromTwos(x);
    }

    static boolean testBit(BigInteger v, int n) {
        int words = (n >>> 5) + 1;
        int[] w = twos(v, Math.max(words, v.mag.length + 1));
        return ((w[n >>> 5] >>> (n & 31)) & 1) != 0;
    }

    static byte[] toByteArray(BigInteger v) {
        int byteLen = v.bitLength() / 8 + 1;
        int[] w = twos(v, (byteLen + 3) / 4 + 1);
        byte[] out = new byte[byteLen];
        for (int i = 0; i < byteLen; i++) {
            out[byteLen - 1 - i] = (byte) (w[i / 4] >>> (8 * (i % 4)));
        }
        return out;
    }
}
