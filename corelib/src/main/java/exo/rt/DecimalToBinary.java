/*
 * Correctly rounded conversion of a parsed decimal (FloatParser.ParsedDecimal) to a double or
 * a float, and the shared "round a binary value to a format" step used by HexFloat.
 *
 * Short inputs take the exact fast path: at most 15 (double) or 7 (float) digits times a power
 * of ten that is itself exact, so one IEEE multiplication or division rounds correctly. All
 * other inputs start from a double estimate (a few ulps off at worst) and walk to the right
 * neighbour by comparing the exact decimal value with the midpoints between adjacent
 * candidates, in big-integer arithmetic; exact ties go to the even significand.
 */
package exo.rt;

final class DecimalToBinary {
    /** Exact powers of ten representable in a double. */
    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };
    private static final float[] FLOAT_POW10 = {
        1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f
    };

    /** A binary interchange format: significand bits (with the hidden one) and exponent bias. */
    static final class Format {
        final int precision;
        final int bias;
        final long infinityBits;

        Format(int precision, int bias, long infinityBits) {
            this.precision = precision;
            this.bias = bias;
            this.infinityBits = infinityBits;
        }
    }

    static final Format DOUBLE = new Format(53, 1023, 0x7FF0000000000000L);
    static final Format FLOAT = new Format(24, 127, 0x7F800000L);

    private DecimalToBinary() {}

    static double toDouble(FloatParser.ParsedDecimal p) {
        int n = p.nDigits;
        long exp10 = (long) p.pointExp + p.exponent; // value = 0.d1d2... * 10^exp10
        if (n == 0 || exp10 < -323) {
            return 0.0;
        }
        if (exp10 > 309) {
            return Double.POSITIVE_INFINITY;
        }
        int e = (int) exp10 - n; // value = D * 10^e
        if (n <= 15 && e >= -22 && e <= 22) {
            double d = leadingDigits(p, n);
            return e >= 0 ? d * POW10[e] : d / POW10[-e];
        }
        long bits = Double.doubleToRawLongBits(estimate(p, e));
        return Double.longBitsToDouble(refine(p, e, bits, DOUBLE));
    }

    static float toFloat(FloatParser.ParsedDecimal p) {
        int n = p.nDigits;
        long exp10 = (long) p.pointExp + p.exponent;
        if (n == 0 || exp10 < -45) {
            return 0.0f;
        }
        if (exp10 > 39) {
            return Float.POSITIVE_INFINITY;
        }
        int e = (int) exp10 - n;
        if (n <= 7 && e >= -10 && e <= 10) {
            float f = (float) leadingDigits(p, n);
            return e >= 0 ? f * FLOAT_POW10[e] : f / FLOAT_POW10[-e];
        }
        long bits = Float.floatToRawIntBits((float) estimate(p, e));
        return Float.intBitsToFloat((int) refine(p, e, bits, FLOAT));
    }

    private static long leadingDigits(FloatParser.ParsedDecimal p, int count) {
        long v = 0;
        for (int i = 0; i < count; i++) {
            v = v * 10 + p.digits[i];
        }
        return v;
    }

    /** D * 10^e to within a few ulps, in double arithmetic, never overflowing on the way. */
    private static double estimate(FloatParser.ParsedDecimal p, int e) {
        int used = WordBits.min(p.nDigits, 18);
        double x = leadingDigits(p, used);
        int scale = e + (p.nDigits - used);
        while (scale > 22) {
            x *= 1e22;
            scale -= 22;
        }
        while (scale < -22) {
            x /= 1e22;
            scale += 22;
        }
        return scale >= 0 ? x * POW10[scale] : x / POW10[-scale];
    }

    /** Moves the candidate encoding {@code bits} until it is D * 10^e correctly rounded. */
    private static long refine(FloatParser.ParsedDecimal p, int e, long bits, Format fmt) {
        if (bits >= fmt.infinityBits) {
            bits = fmt.infinityBits - 1;
        }
        BigNat scaledDigits = digitsTimesPow5(p, e);
        BigNat pow5 = e < 0 ? new BigNat(1).mulPow5(-e) : null;
        int hiddenShift = fmt.precision - 1;
        while (true) {
            long exp = bits >>> hiddenShift;
            long frac = bits & ((1L << hiddenShift) - 1);
            long m = exp == 0 ? frac : frac | (1L << hiddenShift);
            int q = (int) (exp == 0 ? 1 : exp) - fmt.bias - hiddenShift; // value = m * 2^q
            int c = compare(scaledDigits, pow5, e, 2 * m + 1, q - 1);
            if (c > 0) {
                if (++bits == fmt.infinityBits) {
                    return bits;
                }
                continue;
            }
            if (c == 0) {
                return (bits & 1) == 0 ? bits : bits + 1;
            }
            if (bits == 0) {
                return 0;
            }
            c = frac == 0 && exp > 1 ? compare(scaledDigits, pow5, e, 4 * m - 1, q - 2)
                    : compare(scaledDigits, pow5, e, 2 * m - 1, q - 1);
            if (c < 0) {
                bits--;
                continue;
            }
            if (c == 0) {
                return (bits & 1) == 0 ? bits : bits - 1;
            }
            return bits;
        }
    }

    /** D * 5^max(e, 0): the decimal's integer side of every comparison. */
    private static BigNat digitsTimesPow5(FloatParser.ParsedDecimal p, int e) {
        BigNat d = new BigNat(0);
        int i = 0;
        while (i < p.nDigits) {
            int chunk = 0;
            int factor = 1;
            for (int k = 0; k < 9 && i < p.nDigits; k++, i++) {
                chunk = chunk * 10 + p.digits[i];
                factor *= 10;
            }
            d.mulAdd(factor, chunk);
        }
        return e > 0 ? d.mulPow5(e) : d;
    }

    /**
     * Sign of D * 10^e - mid * 2^t, where scaledDigits = D * 5^max(e, 0) and
     * pow5 = 5^-e when e < 0.
     */
    private static int compare(BigNat scaledDigits, BigNat pow5, int e, long mid, int t) {
        BigNat left = scaledDigits.copy();
        BigNat right = pow5 != null ? pow5.times(mid) : new BigNat(mid);
        int common = WordBits.min(e, t);
        left.shiftLeft(e - common);
        right.shiftLeft(t - common);
        return left.compareTo(right);
    }

    /**
     * The encoding (as in doubleToRawLongBits / floatToRawIntBits, sign clear) of
     * mant * 2^e2 rounded half even, where sticky says the true value is a bit above that.
     */
    static long round(long mant, boolean sticky, long e2, Format fmt) {
        if (mant == 0) {
            return 0;
        }
        int hiddenShift = fmt.precision - 1;
        long top = e2 + 63 - WordBits.nlz64(mant); // value in [2^top, 2^(top+1))
        long minQ = 1 - fmt.bias - hiddenShift;
        long q = top - hiddenShift > minQ ? top - hiddenShift : minQ;
        long maxQ = (fmt.infinityBits >>> hiddenShift) - 1 - fmt.bias - hiddenShift;
        if (q > maxQ) {
            return fmt.infinityBits;
        }
        long drop = q - e2;
        long m;
        if (drop <= 0) {
            m = mant << -drop; // exact: fewer than precision bits
        } else {
            boolean half = drop <= 64 && ((mant >>> (drop - 1)) & 1) != 0;
            boolean rest = sticky || (drop > 64 ? true : drop >= 2 && (mant << (65 - drop)) != 0);
            m = drop >= 64 ? 0 : mant >>> drop;
            if (half && (rest || (m & 1) != 0)) {
                m++;
            }
        }
        if (m == (1L << fmt.precision)) {
            m >>>= 1;
            q++;
            if (q > maxQ) {
                return fmt.infinityBits;
            }
        }
        if (m < (1L << hiddenShift)) {
            return m; // subnormal (or zero): exponent field 0
        }
        long expField = q + fmt.bias + hiddenShift;
        return (expField << hiddenShift) | (m & ((1L << hiddenShift) - 1));
    }
}
