/*
 * A small mutable natural number (unsigned big integer) for exact decimal <-> binary
 * conversion. FloatDigits uses it to generate the digits of doubles whose scaled values do not
 * fit in a long, and FloatParser uses it to decide the correct rounding of long or extreme
 * decimal strings. Only the handful of operations those two need exist: multiply by a small
 * factor or a power of five, shift left, add, subtract, compare.
 *
 * Magnitude is little-endian 32-bit words in mag[0..len); len == 0 means zero. Every word at
 * index >= len is zero, so the array can be reused as the number grows.
 */
package exo.rt;

final class BigNat {
    private static final long MASK = 0xFFFFFFFFL;
    /** 5^13, the largest power of five below 2^31: one multiplication step of mulPow5. */
    private static final int FIVE_13 = 1220703125;

    private int[] mag;
    private int len;

    BigNat(long value) {
        mag = new int[8];
        mag[0] = (int) value;
        mag[1] = (int) (value >>> 32);
        len = 2;
        trim();
    }

    BigNat copy() {
        BigNat c = new BigNat(0);
        c.mag = new int[mag.length];
        System.arraycopy(mag, 0, c.mag, 0, len);
        c.len = len;
        return c;
    }

    boolean isZero() {
        return len == 0;
    }

    /** Number of significant bits (0 for zero). */
    int bitLength() {
        if (len == 0) {
            return 0;
        }
        return 32 * (len - 1) + 32 - WordBits.nlz32(mag[len - 1]);
    }

    /** Bit {@code i} (0 = least significant). */
    boolean testBit(int i) {
        int w = i >>> 5;
        return w < len && ((mag[w] >>> (i & 31)) & 1) != 0;
    }

    /** True if any bit below position {@code n} is set. */
    boolean anyBitBelow(int n) {
        int w = n >>> 5;
        for (int i = 0; i < w && i < len; i++) {
            if (mag[i] != 0) {
                return true;
            }
        }
        return w < len && (n & 31) != 0 && (mag[w] << (32 - (n & 31))) != 0;
    }

    /** The 64 bits starting at bit {@code from} (bits above the number are zero). */
    long bitsFrom(int from) {
        int w = from >>> 5;
        int b = from & 31;
        long low = (w < len ? mag[w] & MASK : 0) | ((w + 1 < len ? mag[w + 1] & MASK : 0) << 32);
        long high = w + 2 < len ? mag[w + 2] & MASK : 0;
        return b == 0 ? low : (low >>> b) | (high << (64 - b));
    }

    private void ensure(int words) {
        if (words > mag.length) {
            int[] bigger = new int[WordBits.max(words, mag.length * 2)];
            System.arraycopy(mag, 0, bigger, 0, len);
            mag = bigger;
        }
    }

    private void trim() {
        while (len > 0 && mag[len - 1] == 0) {
            len--;
        }
    }

    // Hot loops copy mag and len into locals: compiled code then need not reload the fields
    // after every array store.

    /** this = this * factor + addend, for 0 < factor < 2^32 and 0 <= addend < 2^32. */
    BigNat mulAdd(int factor, int addend) {
        long f = factor & MASK;
        long carry = addend & MASK;
        int[] m = mag;
        int n = len;
        for (int i = 0; i < n; i++) {
            long p = (m[i] & MASK) * f + carry;
            m[i] = (int) p;
            carry = p >>> 32;
        }
        if (carry != 0) {
            ensure(len + 1);
            mag[len++] = (int) carry;
        }
        return this;
    }

    BigNat mulPow5(int n) {
        while (n >= 13) {
            mulAdd(FIVE_13, 0);
            n -= 13;
        }
        if (n > 0) {
            int p = 1;
            for (int i = 0; i < n; i++) {
                p *= 5;
            }
            mulAdd(p, 0);
        }
        return this;
    }

    BigNat shiftLeft(int n) {
        if (len == 0 || n == 0) {
            return this;
        }
        int words = n >>> 5;
        int bits = n & 31;
        ensure(len + words + 1);
        if (bits == 0) {
            for (int i = len - 1; i >= 0; i--) {
                mag[i + words] = mag[i];
            }
        } else {
            mag[len + words] = mag[len - 1] >>> (32 - bits);
            for (int i = len - 1; i > 0; i--) {
                mag[i + words] = (mag[i] << bits) | (mag[i - 1] >>> (32 - bits));
            }
            mag[words] = mag[0] << bits;
        }
        for (int i = 0; i < words; i++) {
            mag[i] = 0;
        }
        len += words + 1;
        trim();
        return this;
    }

    /** this = this - other; requires this >= other. */
    BigNat subtract(BigNat other) {
        int[] m = mag;
        int[] o = other.mag;
        int n = len;
        int on = other.len;
        long borrow = 0;
        for (int i = 0; i < n; i++) {
            long d = (m[i] & MASK) - (i < on ? o[i] & MASK : 0) - borrow;
            m[i] = (int) d;
            borrow = d >>> 63;
        }
        trim();
        return this;
    }

    /** Sign of this - other. */
    int compareTo(BigNat other) {
        if (len != other.len) {
            return len < other.len ? -1 : 1;
        }
        int[] m = mag;
        int[] o = other.mag;
        for (int i = len - 1; i >= 0; i--) {
            if (m[i] != o[i]) {
                return (m[i] & MASK) < (o[i] & MASK) ? -1 : 1;
            }
        }
        return 0;
    }

    /** Sign of (a + b) - this, computed without allocating. */
    int compareSum(BigNat a, BigNat b) {
        // Usually the top 62 bits decide: with A, B, C the numbers shifted right by k,
        // a + b lies in [(A + B) 2^k, (A + B + 2) 2^k) and this in [C 2^k, (C + 1) 2^k).
        int k = WordBits.max(0, WordBits.max(bitLength(), WordBits.max(a.bitLength(), b.bitLength())) - 62);
        long sum = a.bitsFrom(k) + b.bitsFrom(k);
        long c = bitsFrom(k);
        if (sum + 2 <= c) {
            return -1;
        }
        if (sum > c) {
            return 1;
        }
        return compareSumExact(a, b);
    }

    private int compareSumExact(BigNat a, BigNat b) {
        int n = WordBits.max(WordBits.max(a.len, b.len) + 1, len);
        // Bottom-up, so carries are exact; the highest differing word decides the sign.
        long carry = 0;
        int sign = 0;
        for (int i = 0; i < n; i++) {
            long s = (i < a.len ? a.mag[i] & MASK : 0) + (i < b.len ? b.mag[i] & MASK : 0) + carry;
            carry = s >>> 32;
            long t = i < len ? mag[i] & MASK : 0;
            long w = s & MASK;
            if (w != t) {
                sign = w < t ? -1 : 1;
            }
        }
        return sign;
    }

    /** A new number: this * m, for 0 <= m < 2^63. */
    BigNat times(long m) {
        BigNat r = new BigNat(0);
        r.ensure(len + 2);
        long lo = m & MASK;
        long hi = m >>> 32;
        long carry = 0;
        for (int i = 0; i < len; i++) {
            long p = (mag[i] & MASK) * lo + carry;
            r.mag[i] = (int) p;
            carry = p >>> 32;
        }
        r.mag[len] = (int) carry;
        carry = 0;
        for (int i = 0; i < len; i++) {
            long p = (mag[i] & MASK) * hi + (r.mag[i + 1] & MASK) + carry;
            r.mag[i + 1] = (int) p;
            carry = p >>> 32;
        }
        r.mag[len + 1] = (int) carry;
        r.len = len + 2;
        r.trim();
        return r;
    }

    /** this = this - q * divisor; requires the result to be >= 0. */
    private void subtractMultiple(BigNat divisor, int q) {
        int[] m = mag;
        int[] dm = divisor.mag;
        int n = len;
        int dn = divisor.len;
        long borrow = 0;
        long carry = 0;
        for (int i = 0; i < n; i++) {
            long p = (i < dn ? (dm[i] & MASK) * q : 0) + carry;
            carry = p >>> 32;
            long d = (m[i] & MASK) - (p & MASK) - borrow;
            m[i] = (int) d;
            borrow = d >>> 63;
        }
        trim();
    }

    /**
     * One digit of long division: returns q = floor(this / divisor), which the caller guarantees
     * is below 10, and leaves this = (this - q * divisor) * 10.
     */
    int digitStep(BigNat divisor) {
        // Estimate from the top 56 bits of the divisor (and the same bits of this, < 2^60):
        // never too large (the divisor is rounded up) and usually exact; the subtraction loop
        // finishes the job.
        int shift = WordBits.max(0, divisor.bitLength() - 56);
        long top = bitsFrom(shift);
        long divTop = divisor.bitsFrom(shift) + 1;
        int q = (int) (top / divTop);
        if (q > 0) {
            subtractMultiple(divisor, q);
        }
        while (compareTo(divisor) >= 0) {
            subtract(divisor);
            q++;
        }
        mulAdd(10, 0);
        return q;
    }
}
