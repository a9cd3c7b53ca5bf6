/*
 * The double box. Decimal conversion both ways is exo.rt.FloatFormat's (shortest repr as the
 * JDK prints it); bit access uses the two natives of docs/RUNTIME.md. equals, hashCode and
 * compare follow doubleToLongBits, so NaN equals NaN and -0.0 < 0.0, as in the JDK.
 */
package java.lang;

import exo.rt.FloatFormat;

public final class Double extends Number implements Comparable<Double> {
    public static final double POSITIVE_INFINITY = 1.0 / 0.0;
    public static final double NEGATIVE_INFINITY = -1.0 / 0.0;
    public static final double NaN = 0.0d / 0.0;
    public static final double MAX_VALUE = 0x1.fffffffffffffP+1023;
    public static final double MIN_NORMAL = 0x1.0p-1022;
    public static final double MIN_VALUE = 0x0.0000000000001P-1022;
    public static final int MAX_EXPONENT = 1023;
    public static final int MIN_EXPONENT = -1022;
    public static final int SIZE = 64;
    public static final int BYTES = 8;
    public static final Class<Double> TYPE = double.class;

    private final double value;

    @Deprecated(since = "9")
    public Double(double value) {
        this.value = value;
    }

    @Deprecated(since = "9")
    public Double(String s) throws NumberFormatException {
        this.value = parseDouble(s);
    }

    public static String toString(double d) {
        return FloatFormat.toString(d);
    }

    public static String toHexString(double d) {
        if (!isFinite(d)) {
            return toString(d);
        }
        StringBuilder sb = new StringBuilder(24);
        if (Math.copySign(1.0, d) < 0) {
            sb.append('-');
        }
        sb.append("0x");
        d = Math.abs(d);
        if (d == 0.0) {
            return sb.append("0.0p0").toString();
        }
        long bits = doubleToRawLongBits(d);
        long mantissa = bits & 0x000FFFFFFFFFFFFFL;
        boolean subnormal = d < MIN_NORMAL;
        sb.append(subnormal ? "0." : "1.");
        appendHexFraction(sb, mantissa, 13);
        sb.append('p').append(subnormal ? MIN_EXPONENT : Math.getExponent(d));
        return sb.toString();
    }

    /** Appends the digits hex digits of fraction, dropping trailing zeros but keeping one. */
    static void appendHexFraction(StringBuilder sb, long fraction, int digits) {
        int last = digits - 1;
        while (last > 0 && ((fraction >>> (4 * (digits - 1 - last))) & 0xF) == 0) {
            last--;
        }
        for (int i = 0; i <= last; i++) {
            sb.append(Integer.DIGITS[(int) ((fraction >>> (4 * (digits - 1 - i))) & 0xF)]);
        }
    }

    public static Double valueOf(String s) throws NumberFormatException {
        return new Double(parseDouble(s));
    }

    public static Double valueOf(double d) {
        return new Double(d);
    }

    public static double parseDouble(String s) throws NumberFormatException {
        return FloatFormat.parseDouble(s);
    }

    public static boolean isNaN(double v) {
        return v != v;
    }

    public static boolean isInfinite(double v) {
        return (v == POSITIVE_INFINITY) || (v == NEGATIVE_INFINITY);
    }

    public static boolean isFinite(double d) {
        return Math.abs(d) <= MAX_VALUE;
    }

    public boolean isNaN() {
        return isNaN(value);
    }

    public boolean isInfinite() {
        return isInfinite(value);
    }

    @Override
    public String toString() {
        return toString(value);
    }

    @Override
    public byte byteValue() {
        return (byte) value;
    }

    @Override
    public short shortValue() {
        return (short) value;
    }

    @Override
    public int intValue() {
        return (int) value;
    }

    @Override
    public long longValue() {
        return (long) value;
    }

    @Override
    public float floatValue() {
        return (float) value;
    }

    @Override
    public double doubleValue() {
        return value;
    }

    @Override
    public int hashCode() {
        return hashCode(value);
    }

    public static int hashCode(double value) {
        return Long.hashCode(doubleToLongBits(value));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Double && doubleToLongBits(((Double) obj).value) == doubleToLongBits(value);
    }

    /** The bits of value, with every NaN collapsed to the canonical 0x7ff8000000000000L. */
    public static long doubleToLongBits(double value) {
        if (value != value) {
            return 0x7ff8000000000000L;
        }
        return doubleToRawLongBits(value);
    }

    public static native long doubleToRawLongBits(double value);

    public static native double longBitsToDouble(long bits);

    public int compareTo(Double anotherDouble) {
        return compare(value, anotherDouble.value);
    }

    public static int compare(double d1, double d2) {
        if (d1 < d2) {
            return -1;
        }
        if (d1 > d2) {
            return 1;
        }
        // Equal, or NaN involved, or zeros of different sign: order by the canonical bits.
        long thisBits = doubleToLongBits(d1);
        long anotherBits = doubleToLongBits(d2);
        return (thisBits == anotherBits ? 0 : (thisBits < anotherBits ? -1 : 1));
    }

    public static double sum(double a, double b) {
        return a + b;
    }

    public static double max(double a, double b) {
        return Math.max(a, b);
    }

    public static double min(double a, double b) {
        return Math.min(a, b);
    }
}
