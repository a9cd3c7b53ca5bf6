/*
 * The digits of %e, %f, %g and %a for FormatEngine, matching JDK 17's Formatter.
 *
 * The JDK does not round the exact binary value: it takes the decimal digits that
 * Double.toString would print (FloatDigits, with at least two digits) and rounds that digit
 * string half up at the requested precision, padding with zeros beyond it. So
 * String.format("%.2f", 1.005) is "1.01" and "%.20f" of 0.1 is "0.10000000000000000000".
 * %a rounds the binary significand half even to the requested number of hex digits.
 *
 * Input is a finite, non-negative magnitude; the caller adds sign, grouping and padding.
 * Results: mantissa (e.g. "123.450") and exponent ("+05", "-300") or null.
 */
package exo.rt;

final class FormatFloat {
    String mantissa;
    String exponent;

    /** %f with {@code prec} fraction digits. */
    static FormatFloat decimal(double v, int prec) {
        FloatDigits fd = FloatDigits.ofDouble(v, false);
        int exp = round(fd, fd.decExponent + prec);
        FormatFloat r = new FormatFloat();
        r.mantissa = fixed(fd, exp, prec);
        return r;
    }

    /** %e with {@code prec} digits after the point. */
    static FormatFloat scientific(double v, int prec) {
        FloatDigits fd = FloatDigits.ofDouble(v, false);
        int exp = round(fd, prec + 1);
        FormatFloat r = new FormatFloat();
        r.mantissa = floating(fd, prec);
        r.exponent = v == 0.0 ? "+00" : exponent(exp - 1);
        return r;
    }

    /** %g with {@code prec} significant digits (already defaulted: >= 1). */
    static FormatFloat general(double v, int prec) {
        FormatFloat r = new FormatFloat();
        if (v == 0.0) {
            r.mantissa = prec > 1 ? "0." + zeros(prec - 1) : "0";
            return r;
        }
        FloatDigits fd = FloatDigits.ofDouble(v, false);
        int exp = round(fd, prec);
        if (exp - 1 < -4 || exp - 1 >= prec) {
            r.mantissa = floating(fd, prec - 1);
            r.exponent = exponent(exp - 1);
        } else {
            r.mantissa = fixed(fd, exp, prec - exp);
        }
        return r;
    }

    /**
     * Rounds the digit string half up so that {@code keep} digits remain (the rest become
     * zeros); returns the possibly incremented decimal exponent. keep < 0 or beyond the
     * digits: unchanged, as in the JDK.
     */
    private static int round(FloatDigits fd, int keep) {
        char[] d = fd.digits;
        int n = fd.nDigits;
        int exp = fd.decExponent;
        if (keep < 0 || keep >= n) {
            return exp;
        }
        if (keep == 0) {
            boolean up = d[0] >= '5';
            fill(d, 0, n, '0');
            if (up) {
                d[0] = '1';
                return exp + 1;
            }
            return exp;
        }
        boolean up = d[keep] >= '5';
        fill(d, keep, n, '0');
        if (up) {
            int i = keep - 1;
            while (i >= 0 && d[i] == '9') {
                d[i--] = '0';
            }
            if (i < 0) {
                d[0] = '1';
                return exp + 1;
            }
            d[i]++;
        }
        return exp;
    }

    private static void fill(char[] d, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            d[i] = c;
        }
    }

    /** digits as 0.d1d2... * 10^exp, printed with exactly {@code prec} fraction digits. */
    private static String fixed(FloatDigits fd, int exp, int prec) {
        StringBuilder b = new StringBuilder(WordBits.max(exp, 1) + prec + 2);
        if (exp <= 0) {
            b.append('0');
        } else {
            for (int i = 0; i < exp; i++) {
                b.append(i < fd.nDigits ? fd.digits[i] : '0');
            }
        }
        if (prec > 0) {
            b.append('.');
            for (int k = 0; k < prec; k++) {
                int i = exp + k;
                b.append(i >= 0 && i < fd.nDigits ? fd.digits[i] : '0');
            }
        }
        return b.toString();
    }

    /** d1.d2d3... with exactly {@code prec} digits after the point. */
    private static String floating(FloatDigits fd, int prec) {
        StringBuilder b = new StringBuilder(prec + 2);
        b.append(fd.digits[0]);
        if (prec > 0) {
            b.append('.');
            for (int i = 1; i <= prec; i++) {
                b.append(i < fd.nDigits ? fd.digits[i] : '0');
            }
        }
        return b.toString();
    }

    /** Sign and at least two digits: "+05", "-300". */
    private static String exponent(int e) {
        StringBuilder b = new StringBuilder(4);
        b.append(e < 0 ? '-' : '+');
        if (e < 0) {
            e = -e;
        }
        if (e < 10) {
            b.append('0');
        }
        b.append(e);
        return b.toString();
    }

    /**
     * %a body without "0x": Double.toHexString's significand and exponent, the significand
     * rounded half even to {@code prec} hex digits (0 = all). Subnormals are printed
     * normalised ("1.0p-1074"), and a rounding overflow as "1.0p1024", as in the JDK.
     */
    static String hex(double v, int prec) {
        long bits = Double.doubleToRawLongBits(v);
        if (v == 0.0 || prec == 0 || prec >= 13) {
            return hexString(bits);
        }
        boolean subnormal = (bits >>> 52) == 0;
        if (subnormal) {
            bits = Double.doubleToRawLongBits(v * 0x1p54);
        }
        int shift = 52 - 4 * prec;
        long kept = bits >>> shift;
        boolean half = ((bits >>> (shift - 1)) & 1) != 0;
        boolean sticky = (bits & ((1L << (shift - 1)) - 1)) != 0;
        if (half && (sticky || (kept & 1) != 0)) {
            kept++;
        }
        bits = kept << shift;
        if (bits >= 0x7FF0000000000000L) {
            return "1.0p1024";
        }
        if (!subnormal) {
            return hexString(bits);
        }
        int exp = (int) (bits >>> 52) - 1023 - 54;
        String s = hexString(bits);
        return s.substring(0, s.indexOf('p') + 1) + exp;
    }

    /** Double.toHexString(d).substring(2) for a finite d >= 0 given by its bits. */
    private static String hexString(long bits) {
        if (bits == 0) {
            return "0.0p0";
        }
        int biased = (int) (bits >>> 52);
        long frac = bits & 0x000FFFFFFFFFFFFFL;
        StringBuilder b = new StringBuilder(24);
        b.append(biased == 0 ? "0." : "1.");
        int digits = 13;
        while (digits > 1 && (frac & 0xF) == 0) {
            frac >>>= 4;
            digits--;
        }
        for (int i = digits - 1; i >= 0; i--) {
            b.append("0123456789abcdef".charAt((int) (frac >>> (4 * i)) & 0xF));
        }
        b.append('p').append(biased == 0 ? -1022 : biased - 1023);
        return b.toString();
    }

    static String zeros(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append('0');
        }
        return b.toString();
    }
}
