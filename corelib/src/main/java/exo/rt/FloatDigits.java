/*
 * Decimal digit generation for doubles and floats, reproducing JDK 17's Double.toString /
 * Float.toString digits exactly (FloatFormat prints them, FormatEngine rounds them for %f/%e/%g).
 *
 * JDK 17 does not print the shortest decimal. Its digit generator is a Steele & White style
 * free-format loop with these observable properties, each reproduced here:
 *  - Doubles (and floats) that are integers below 2^63 are printed from their exact integer
 *    value; only the last floor((binExp - precision - 1) * log10(2)) digits are dropped (rounded
 *    half up) once the integer exceeds 2^(precision + 1).
 *  - Otherwise digits are produced one at a time while both "remainder < half ulp" and
 *    "remainder + half ulp > one unit of the digit" are false; the last digit is then rounded.
 *  - For exact powers of two the half ulp is halved on BOTH sides (the real neighbour above is
 *    a full ulp away), which yields extra digits (2^-44 -> 5.6843418860808015E-14).
 *  - Numbers printed in E-notation (and every number in the Formatter's forms) always get at
 *    least two digits (Double.MIN_VALUE -> 4.9E-324, not 5E-324).
 *  - The decimal exponent is first estimated from a tangent-line approximation of log10 that
 *    can be one too high; a leading zero digit is then dropped unless the upper margin is hit.
 *  - When the scaled values fit in 32 or 64 bits the comparisons are done in int or long
 *    arithmetic, with the same wrap-around and a strict "> one unit" test; otherwise they are
 *    exact with a non-strict test. Both are emulated so ties come out the same.
 * Result: digits[0..nDigits) and decExponent, with value = 0.d1d2... * 10^decExponent.
 */
package exo.rt;

final class FloatDigits {
    static final int FINITE = 0;
    static final int ZERO = 1;
    static final int INFINITE = 2;
    static final int NAN = 3;

    private static final long SIGNIF_MASK = 0x000FFFFFFFFFFFFFL;
    private static final long HIDDEN_BIT = 0x0010000000000000L;
    /** 5^i for i <= 26 (all fit in a long). */
    private static final long[] POW5 = new long[27];
    /** Bit length of 5^i for i >= 1; 0 for i == 0 (as the sizing heuristic counts it). */
    private static final int[] POW5_BITS = new int[27];

    static {
        long p = 1;
        for (int i = 0; i < POW5.length; i++) {
            POW5[i] = p;
            POW5_BITS[i] = i == 0 ? 0 : 64 - WordBits.nlz64(p);
            p *= 5;
        }
    }

    final char[] digits = new char[32];
    int nDigits;
    int decExponent;
    boolean negative;
    int kind;

    static FloatDigits ofDouble(double d, boolean javaFormat) {
        FloatDigits r = new FloatDigits();
        long bits = Double.doubleToRawLongBits(d);
        r.negative = bits < 0;
        long fract = bits & SIGNIF_MASK;
        int exp = (int) ((bits >>> 52) & 0x7FF);
        if (exp == 0x7FF) {
            r.kind = fract == 0 ? INFINITE : NAN;
            return r;
        }
        int precision = 53;
        if (exp == 0) {
            if (fract == 0) {
                r.setZero();
                return r;
            }
            int shift = WordBits.nlz64(fract) - 11;
            fract <<= shift;
            exp = 1 - shift;
            precision = 53 - shift;
        } else {
            fract |= HIDDEN_BIT;
        }
        r.generate(exp - 1023, fract, precision, javaFormat);
        return r;
    }

    static FloatDigits ofFloat(float f, boolean javaFormat) {
        FloatDigits r = new FloatDigits();
        int bits = Float.floatToRawIntBits(f);
        r.negative = bits < 0;
        int fract = bits & 0x007FFFFF;
        int exp = (bits >>> 23) & 0xFF;
        if (exp == 0xFF) {
            r.kind = fract == 0 ? INFINITE : NAN;
            return r;
        }
        int precision = 24;
        if (exp == 0) {
            if (fract == 0) {
                r.setZero();
                return r;
            }
            int shift = WordBits.nlz32(fract) - 8;
            fract <<= shift;
            exp = 1 - shift;
            precision = 24 - shift;
        } else {
            fract |= 0x00800000;
        }
        r.generate(exp - 127, ((long) fract) << 29, precision, javaFormat);
        return r;
    }

    private void setZero() {
        kind = ZERO;
        digits[0] = '0';
        nDigits = 1;
        decExponent = 0;
    }

    /**
     * value = fract * 2^(binExp - 52), fract normalised with bit 52 set; precision is the
     * number of significant bits of the source format at this exponent (the half ulp is
     * 2^(binExp - precision)).
     */
    private void generate(int binExp, long fract, int precision, boolean javaFormat) {
        int tailZeros = WordBits.ntz64(fract);
        int fractBits = 53 - tailZeros;
        int tinyBits = WordBits.max(0, fractBits - binExp - 1);
        if (tinyBits == 0 && binExp <= 62) {
            long value = binExp >= 52 ? fract << (binExp - 52) : fract >>> (52 - binExp);
            int dropped = binExp > precision ? insignificantDigits(binExp - precision - 1) : 0;
            integerDigits(value, dropped);
            return;
        }
        int decExp = estimateDecExp(fract, binExp);
        // value / 10^decExp = B / S and halfUlp / 10^decExp = M / S with
        // B = f * 5^b5 * 2^b2, S = 5^s5 * 2^s2, M = 5^m5 * 2^m2.
        int b5 = WordBits.max(0, -decExp);
        int b2 = b5 + tinyBits + binExp;
        int s5 = WordBits.max(0, decExp);
        int s2 = s5 + tinyBits;
        int m2 = b2 - precision;
        long f = fract >>> tailZeros;
        b2 -= fractBits - 1;
        int common = WordBits.min(b2, s2);
        b2 -= common;
        s2 -= common;
        m2 -= common;
        if (fractBits == 1) {
            m2 -= 1; // power of two: the neighbour below is only half as far
        }
        if (m2 < 0) {
            b2 -= m2;
            s2 -= m2;
            m2 = 0;
        }
        int bBits = fractBits + b2 + (b5 < POW5_BITS.length ? POW5_BITS[b5] : b5 * 3);
        int tenSBits = s2 + 1 + (s5 + 1 < POW5_BITS.length ? POW5_BITS[s5 + 1] : (s5 + 1) * 3);
        if (bBits < 32 && tenSBits < 32) {
            intLoop(decExp, (int) f, b5, b2, s5, s2, m2, javaFormat);
        } else if (bBits < 64 && tenSBits < 64) {
            longLoop(decExp, f, b5, b2, s5, s2, m2, javaFormat);
        } else {
            bigLoop(decExp, f, b5, b2, s5, s2, m2, javaFormat);
        }
    }

    /** floor(p2 * log10(2)): decimal digits below the precision of a 2^p2 ulp. */
    private static int insignificantDigits(int p2) {
        return p2 > 1 ? p2 * 30103 / 100000 : 0;
    }

    /** floor(log10(value)) or one more, from a tangent line of log10 at mantissa 1.5. */
    private static int estimateDecExp(long fract, int binExp) {
        double mantissa = Double.longBitsToDouble(0x3FF0000000000000L | (fract & SIGNIF_MASK));
        double d = (mantissa - 1.5) * 0.289529654 + 0.176091259 + binExp * 0.301029995663981;
        int r = (int) d;
        return d < r ? r - 1 : r;
    }

    /** Digits of an integer value, with the last {@code dropped} digits rounded half up. */
    private void integerDigits(long value, int dropped) {
        int exponent = 0;
        if (dropped != 0) {
            long pow10 = POW5[dropped] << dropped;
            long residue = value % pow10;
            value /= pow10;
            exponent = dropped;
            if (residue >= (pow10 >> 1)) {
                value++;
            }
        }
        while (value % 10 == 0) {
            value /= 10;
            exponent++;
        }
        int n = 0;
        for (long v = value; v != 0; v /= 10) {
            n++;
        }
        for (int i = n - 1; i >= 0; i--) {
            digits[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        nDigits = n;
        decExponent = exponent + n;
    }

    private void intLoop(int decExp, int f, int b5, int b2, int s5, int s2, int m2, boolean javaFormat) {
        int b = (f * (int) POW5[b5]) << b2;
        int s = (int) POW5[s5] << s2;
        int m = (int) POW5[b5] << m2;
        int tens = s * 10;
        int q = b / s;
        b = 10 * (b % s);
        m *= 10;
        boolean low = b < m;
        boolean high = b + m > tens;
        int n = 0;
        if (q == 0 && !high) {
            decExp--;
        } else {
            digits[n++] = (char) ('0' + q);
        }
        if (!javaFormat || decExp < -3 || decExp >= 8) {
            low = high = false;
        }
        while (!low && !high) {
            q = b / s;
            b = 10 * (b % s);
            m *= 10;
            if (m > 0) {
                low = b < m;
                high = b + m > tens;
            } else {
                low = high = true; // m overflowed: it certainly exceeds both bounds
            }
            digits[n++] = (char) ('0' + q);
        }
        finish(decExp, n, low, high, (b << 1) - tens);
    }

    private void longLoop(int decExp, long f, int b5, int b2, int s5, int s2, int m2, boolean javaFormat) {
        long b = (f * POW5[b5]) << b2;
        long s = POW5[s5] << s2;
        long m = POW5[b5] << m2;
        long tens = s * 10;
        int q = (int) (b / s);
        b = 10 * (b % s);
        m *= 10;
        boolean low = b < m;
        boolean high = b + m > tens;
        int n = 0;
        if (q == 0 && !high) {
            decExp--;
        } else {
            digits[n++] = (char) ('0' + q);
        }
        if (!javaFormat || decExp < -3 || decExp >= 8) {
            low = high = false;
        }
        while (!low && !high) {
            q = (int) (b / s);
            b = 10 * (b % s);
            m *= 10;
            if (m > 0) {
                low = b < m;
                high = b + m > tens;
            } else {
                low = high = true;
            }
            digits[n++] = (char) ('0' + q);
        }
        finish(decExp, n, low, high, (b << 1) - tens);
    }

    private void bigLoop(int decExp, long f, int b5, int b2, int s5, int s2, int m2, boolean javaFormat) {
        BigNat b = new BigNat(f).mulPow5(b5).shiftLeft(b2);
        BigNat s = new BigNat(1).mulPow5(s5).shiftLeft(s2);
        BigNat m = new BigNat(10).mulPow5(b5).shiftLeft(m2);
        BigNat tens = s.copy().mulAdd(10, 0);
        int q = b.digitStep(s);
        boolean low = b.compareTo(m) < 0;
        boolean high = tens.compareSum(b, m) >= 0;
        int n = 0;
        if (q == 0 && !high) {
            decExp--;
        } else {
            digits[n++] = (char) ('0' + q);
        }
        if (!javaFormat || decExp < -3 || decExp >= 8) {
            low = high = false;
        }
        while (!low && !high) {
            q = b.digitStep(s);
            m.mulAdd(10, 0);
            low = b.compareTo(m) < 0;
            high = tens.compareSum(b, m) >= 0;
            digits[n++] = (char) ('0' + q);
        }
        long lowDiff = 0;
        if (high && low) {
            lowDiff = b.shiftLeft(1).compareTo(tens);
        }
        finish(decExp, n, low, high, lowDiff);
    }

    /** Rounds the last digit according to where the loop stopped. */
    private void finish(int decExp, int n, boolean low, boolean high, long lowDiff) {
        decExponent = decExp + 1;
        nDigits = n;
        if (high) {
            if (!low || lowDiff > 0 || (lowDiff == 0 && (digits[n - 1] & 1) != 0)) {
                roundUp();
            }
        }
    }

    /** Adds one unit in the last digit; a full carry becomes "1000..." with a larger exponent. */
    private void roundUp() {
        int i = nDigits - 1;
        while (i > 0 && digits[i] == '9') {
            digits[i--] = '0';
        }
        if (digits[i] == '9') {
            digits[0] = '1';
            decExponent++;
        } else {
            digits[i]++;
        }
    }
}
