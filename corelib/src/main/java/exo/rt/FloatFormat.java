/*
 * Entry points for converting doubles and floats to and from text, used by java.lang.Double
 * and java.lang.Float (toString, parseDouble, parseFloat, valueOf). Output is byte for byte the
 * JDK 17's: FloatDigits produces the same digits as its FloatingDecimal, this class lays them
 * out ("100.0", "0.001", "1.0E7", "1.234E-5"). Parsing is in FloatParser.
 */
package exo.rt;

public final class FloatFormat {
    private FloatFormat() {}

    public static String toString(double d) {
        return javaFormat(FloatDigits.ofDouble(d, true));
    }

    public static String toString(float f) {
        return javaFormat(FloatDigits.ofFloat(f, true));
    }

    public static double parseDouble(String s) {
        return FloatParser.parseDouble(s);
    }

    public static float parseFloat(String s) {
        return FloatParser.parseFloat(s);
    }

    /** Plain notation for 10^-3 <= |x| < 10^7, computerized scientific notation otherwise. */
    private static String javaFormat(FloatDigits fd) {
        if (fd.kind == FloatDigits.NAN) {
            return "NaN";
        }
        if (fd.kind == FloatDigits.INFINITE) {
            return fd.negative ? "-Infinity" : "Infinity";
        }
        char[] out = new char[32];
        int n = 0;
        if (fd.negative) {
            out[n++] = '-';
        }
        char[] digits = fd.digits;
        int count = fd.nDigits;
        int exp = fd.decExponent;
        if (exp > 0 && exp < 8) {
            int intDigits = WordBits.min(count, exp);
            for (int i = 0; i < intDigits; i++) {
                out[n++] = digits[i];
            }
            for (int i = intDigits; i < exp; i++) {
                out[n++] = '0';
            }
            out[n++] = '.';
            if (intDigits < count) {
                for (int i = intDigits; i < count; i++) {
                    out[n++] = digits[i];
                }
            } else {
                out[n++] = '0';
            }
        } else if (exp <= 0 && exp > -3) {
            out[n++] = '0';
            out[n++] = '.';
            for (int i = exp; i < 0; i++) {
                out[n++] = '0';
            }
            for (int i = 0; i < count; i++) {
                out[n++] = digits[i];
            }
        } else {
            out[n++] = digits[0];
            out[n++] = '.';
            if (count > 1) {
                for (int i = 1; i < count; i++) {
                    out[n++] = digits[i];
                }
            } else {
                out[n++] = '0';
            }
            out[n++] = 'E';
            int e = exp - 1;
            if (e < 0) {
                out[n++] = '-';
                e = -e;
            }
            n = putInt(out, n, e);
        }
        return new String(out, 0, n);
    }

    private static int putInt(char[] out, int n, int value) {
        if (value >= 100) {
            out[n++] = (char) ('0' + value / 100);
        }
        if (value >= 10) {
            out[n++] = (char) ('0' + value / 10 % 10);
        }
        out[n++] = (char) ('0' + value % 10);
        return n;
    }
}
