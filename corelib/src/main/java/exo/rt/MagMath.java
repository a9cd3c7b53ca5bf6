/*
 * Arithmetic on magnitudes (unsigned big integers) for java.math.BigInteger: little-endian
 * int[] words with no leading zero word (zero is the empty array). Multiplication is
 * schoolbook below KARATSUBA_THRESHOLD words and Karatsuba above; division is Knuth's
 * Algorithm D. Plain Java over arrays, tested on the host against the JDK (MagMathTest).
 */
package exo.rt;

public final class MagMath {
    private MagMath() {}

    static final long MASK = 0xFFFFFFFFL;
    public static final int[] ZERO = new int[0];
    /** Below this many words (of the shorter factor) schoolbook multiplication is faster. */
    static final int KARATSUBA_THRESHOLD = 40;

    /** a without its leading zero words (a itself when there are none). */
    public static int[] trim(int[] a) {
        int n = a.length;
        while (n > 0 && a[n - 1] == 0) {
            n--;
        }
        return n == a.length ? a : java.util.Arrays.copyOf(a, n);
    }

    public static int[] of(long v) {
        if (v == 0) {
            return ZERO;
        }
        int hi = (int) (v >>> 32);
        return hi == 0 ? new int[] {(int) v} : new int[] {(int) v, hi};
    }

    public static int compare(int[] a, int[] b) {
        if (a.length != b.length) {
            return a.length < b.length ? -1 : 1;
        }
        for (int i = a.length - 1; i >= 0; i--) {
            if (a[i] != b[i]) {
                return (a[i] & MASK) < (b[i] & MASK) ? -1 : 1;
            }
        }
        return 0;
    }

    public static int[] add(int[] a, int[] b) {
        if (a.length < b.length) {
            int[] t = a;
            a = b;
            b = t;
        }
        int[] r = new int[a.length + 1];
        long carry = 0;
        int i = 0;
        for (; i < b.length; i++) {
            long s = (a[i] & MASK) + (b[i] & MASK) + carry;
            r[i] = (int) s;
            carry = s >>> 32;
        }
        for (; i < a.length; i++) {
            long s = (a[i] & MASK) + carry;
            r[i] = (int) s;
            carry = s >>> 32;
        }
        r[i] = (int) carry;
        return trim(r);
    }

    /** a - b, for a >= b. */
    public static int[] sub(int[] a, int[] b) {
        int[] r = new int[a.length];
        long borrow = 0;
        int i = 0;
        for (; i < b.length; i++) {
            long d = (a[i] & MASK) - (b[i] & MASK) - borrow;
            r[i] = (int) d;
            borrow = (d >> 32) & 1;
        }
        for (; i < a.length; i++) {
            long d = (a[i] & MASK) - borrow;
            r[i] = (int) d;
            borrow = (d >> 32) & 1;
        }
        return trim(r);
    }

    /** a * m + add, for unsigned 32-bit m and add. */
    public static int[] mulAddSmall(int[] a, int m, int add) {
        long mm = m & MASK;
        long carry = add & MASK;
        int[] r = new int[a.length + 1];
        for (int i = 0; i < a.length; i++) {
            long p = (a[i] & MASK) * mm + carry;
            r[i] = (int) p;
            carry = p >>> 32;
        }
        r[a.length] = (int) carry;
        return trim(r);
    }

    public static int[] mul(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return ZERO;
        }
        if (Math.min(a.length, b.length) < KARATSUBA_THRESHOLD) {
            int[] r = new int[a.length + b.length];
            mulInto(a, a.length, b, b.length, r, 0);
            return trim(r);
        }
        return trim(karatsuba(a, b));
    }

    /** r[off..] += x * y (schoolbook); r must be zero there and long enough. */
    private static void mulInto(int[] x, int xn, int[] y, int yn, int[] r, int off) {
        for (int i = 0; i < xn; i++) {
            long xi = x[i] & MASK;
            if (xi == 0) {
                continue;
            }
            long carry = 0;
            for (int j = 0; j < yn; j++) {
                long p = xi * (y[j] & MASK) + (r[off + i + j] & MASK) + carry;
                r[off + i + j] = (int) p;
                carry = p >>> 32;
            }
            int k = off + i + yn;
            while (carry != 0) {
                long s = (r[k] & MASK) + carry;
                r[k++] = (int) s;
                carry = s >>> 32;
            }
        }
    }

    /** Karatsuba: split both at half the longer length, three half-size products. */
    private static int[] karatsuba(int[] a, int[] b) {
        int half = (Math.max(a.length, b.length) + 1) / 2;
        int[] a0 = low(a, half), a1 = high(a, half);
        int[] b0 = low(b, half), b1 = high(b, half);
        int[] z0 = mul(a0, b0);
        int[] z2 = mul(a1, b1);
        int[] z1 = sub(sub(mul(add(a0, a1), add(b0, b1)), z0), z2);
        int[] r = new int[a.length + b.length + 1];
        addShifted(r, z0, 0);
        addShifted(r, z1, half);
        addShifted(r, z2, 2 * half);
        return r;
    }

    private static int[] low(int[] a, int n) {
        return trim(java.util.Arrays.copyOf(a, Math.min(n, a.length)));
    }

    private static int[] high(int[] a, int n) {
        return a.length <= n ? ZERO : java.util.Arrays.copyOfRange(a, n, a.length);
    }

    private static void addShifted(int[] r, int[] x, int shift) {
        long carry = 0;
        int i = 0;
        for (; i < x.length; i++) {
            long s = (r[shift + i] & MASK) + (x[i] & MASK) + carry;
            r[shift + i] = (int) s;
            carry = s >>> 32;
        }
        for (int k = shift + i; carry != 0; k++) {
            long s = (r[k] & MASK) + carry;
            r[k] = (int) s;
            carry = s >>> 32;
        }
    }

    /** a / d and a % d for an unsigned 32-bit divisor d != 0; the remainder in rem[0]. */
    public static int[] divSmall(int[] a, int d, long[] rem) {
        long dd = d & MASK;
        int[] q = new int[a.length];
        long r = 0;
        for (int i = a.length - 1; i >= 0; i--) {
            long cur = (r << 32) | (a[i] & MASK);
            long qi = Long.divideUnsigned(cur, dd);
            q[i] = (int) qi;
            r = cur - qi * dd;
        }
        rem[0] = r;
        return trim(q);
    }

    /** {quotient, remainder} of a / b (b non-zero), Knuth's Algorithm D. */
    public static int[][] divRem(int[] a, int[] b) {
        if (compare(a, b) < 0) {
            return new int[][] {ZERO, a};
        }
        if (b.length == 1) {
            long[] rem = new long[1];
            int[] q = divSmall(a, b[0], rem);
            return new int[][] {q, of(rem[0])};
        }
        if (a.length == b.length) {
            return divOneWordQuotient(a, b);
        }
        int s = Integer.numberOfLeadingZeros(b[b.length - 1]);
        int[] v = shiftLeftWords(b, s, b.length);
        int[] u = shiftLeftWords(a, s, a.length + 1);
        int n = b.length, m = a.length - n;
        int[] q = new int[m + 1];
        long vTop = v[n - 1] & MASK, vNext = v[n - 2] & MASK;
        for (int j = m; j >= 0; j--) {
            long num = ((u[j + n] & MASK) << 32) | (u[j + n - 1] & MASK);
            long qhat = Long.divideUnsigned(num, vTop);
            long rhat = num - qhat * vTop;
            while (qhat > MASK || Long.compareUnsigned(qhat * vNext, (rhat << 32) | (u[j + n - 2] & MASK)) > 0) {
                qhat--;
                rhat += vTop;
                if (rhat > MASK) {
                    break;
                }
            }
            // u[j..j+n] -= qhat * v
            long borrow = 0, carry = 0;
            for (int i = 0; i < n; i++) {
                long p = qhat * (v[i] & MASK) + carry;
                carry = p >>> 32;
                long t = (u[i + j] & MASK) - (p & MASK) - borrow;
                u[i + j] = (int) t;
                borrow = (t >> 32) & 1;
            }
            long t = (u[j + n] & MASK) - carry - borrow;
            u[j + n] = (int) t;
            if (t < 0) {   // qhat was one too big: add v back
                qhat--;
                long c = 0;
                for (int i = 0; i < n; i++) {
                    long sum = (u[i + j] & MASK) + (v[i] & MASK) + c;
                    u[i + j] = (int) sum;
                    c = sum >>> 32;
                }
                u[j + n] += (int) c;
            }
            q[j] = (int) qhat;
        }
        int[] r = shiftRightWords(u, s, n);
        return new int[][] {trim(q), r};
    }

    /**
     * a / b when both have the same length (so the quotient is below 2^32): the quotient is
     * estimated from the top 64 bits of each, then corrected by at most a few additions or
     * subtractions of b, without the normalising copies of Algorithm D.
     */
    private static int[][] divOneWordQuotient(int[] a, int[] b) {
        int n = a.length;
        // Align on a's top bit: b <= a, so neither loses bits, and bt >= 2^32 keeps the
        // estimate within a few units of the quotient.
        int s = Integer.numberOfLeadingZeros(a[n - 1]);
        long at = top64(a, n, s), bt = top64(b, n, s);
        // floor(at / (bt + 1)) never exceeds the true quotient: then add b back as needed.
        long qhat = bt == -1L ? 0 : Long.divideUnsigned(at, bt + 1);
        int[] r = new int[n];
        long borrow = 0, carry = 0;
        for (int i = 0; i < n; i++) {
            long p = qhat * (b[i] & MASK) + carry;
            carry = p >>> 32;
            long t = (a[i] & MASK) - (p & MASK) - borrow;
            r[i] = (int) t;
            borrow = (t >> 32) & 1;
        }
        while (compareWords(r, b) >= 0) {   // the estimate was low by at most a few units
            subtractInPlace(r, b);
            qhat++;
        }
        return new int[][] {of(qhat), trim(r)};
    }

    /** The top 64 bits of the n-word value a shifted left by s bits. */
    private static long top64(int[] a, int n, int s) {
        long hi = ((a[n - 1] & MASK) << 32) | (a[n - 2] & MASK);
        if (s == 0) {
            return hi;
        }
        long next = n >= 3 ? a[n - 3] & MASK : 0;
        return (hi << s) | (next >>> (32 - s));
    }

    private static int compareWords(int[] r, int[] b) {
        for (int i = r.length - 1; i >= 0; i--) {
            int x = i < b.length ? b[i] : 0;
            if (r[i] != x) {
                return (r[i] & MASK) < (x & MASK) ? -1 : 1;
            }
        }
        return 0;
    }

    private static void subtractInPlace(int[] r, int[] b) {
        long borrow = 0;
        for (int i = 0; i < r.length; i++) {
            long t = (r[i] & MASK) - (i < b.length ? b[i] & MASK : 0) - borrow;
            r[i] = (int) t;
            borrow = (t >> 32) & 1;
        }
    }

    /** a << bits (bits < 32) into an array of length len. */
    private static int[] shiftLeftWords(int[] a, int bits, int len) {
        int[] r = new int[len];
        if (bits == 0) {
            System.arraycopy(a, 0, r, 0, a.length);
            return r;
        }
        int carry = 0;
        for (int i = 0; i < a.length; i++) {
            r[i] = (a[i] << bits) | carry;
            carry = a[i] >>> (32 - bits);
        }
        if (a.length < len) {
            r[a.length] = carry;
        }
        return r;
    }

    /** The low n words of a, >> bits (bits < 32), trimmed; a[n] (zero after division) may feed in. */
    private static int[] shiftRightWords(int[] a, int bits, int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            long v = a[i] & MASK;
            if (i + 1 < a.length) {
                v |= (a[i + 1] & MASK) << 32;
            }
            r[i] = (int) (v >>> bits);
        }
        return trim(r);
    }

    public static int[] shiftLeft(int[] a, int n) {
        if (a.length == 0 || n == 0) {
            return a;
        }
        int words = n >>> 5, bits = n & 31;
        int[] r = new int[a.length + words + 1];
        for (int i = 0; i < a.length; i++) {
            long v = (a[i] & MASK) << bits;
            r[i + words] |= (int) v;
            r[i + words + 1] |= (int) (v >>> 32);
        }
        return trim(r);
    }

    public static int[] shiftRight(int[] a, int n) {
        int words = n >>> 5, bits = n & 31;
        if (words >= a.length) {
            return ZERO;
        }
        int[] r = new int[a.length - words];
        for (int i = 0; i < r.length; i++) {
            long v = a[i + words] & MASK;
            if (i + words + 1 < a.length) {
                v |= (a[i + words + 1] & MASK) << 32;
            }
            r[i] = (int) (v >>> bits);
        }
        return trim(r);
    }

    public static int bitLength(int[] a) {
        return a.length == 0 ? 0 : 32 * (a.length - 1) + (32 - Integer.numberOfLeadingZeros(a[a.length - 1]));
    }

    public static boolean testBit(int[] a, int n) {
        int w = n >>> 5;
        return w < a.length && ((a[w] >>> (n & 31)) & 1) != 0;
    }

    /** The digits of a in radix (2..36), most significant first; "0" for zero. */
    public static String toString(int[] a, int radix) {
        if (a.length == 0) {
            return "0";
        }
        int digitsPerChunk = 1;
        long chunk = radix;
        while (chunk * radix <= Integer.MAX_VALUE) {
            chunk *= radix;
            digitsPerChunk++;
        }
        java.util.ArrayList<Integer> chunks = new java.util.ArrayList<>();
        long[] rem = new long[1];
        int[] cur = a;
        while (cur.length > 0) {
            cur = divSmall(cur, (int) chunk, rem);
            chunks.add((int) rem[0]);
        }
        StringBuilder sb = new StringBuilder(chunks.size() * digitsPerChunk);
        sb.append(Integer.toString(chunks.get(chunks.size() - 1), radix));
        for (int i = chunks.size() - 2; i >= 0; i--) {
            String s = Integer.toString(chunks.get(i), radix);
            for (int k = s.length(); k < digitsPerChunk; k++) {
                sb.append('0');
            }
            sb.append(s);
        }
        return sb.toString();
    }
}
