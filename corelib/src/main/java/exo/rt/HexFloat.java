/*
 * Hexadecimal floating-point literals for Double.parseDouble / Float.parseFloat
 * ("0x1.8p1" = 3.0): FloatParser has already split the string into hex digits, the position
 * of the point and the binary exponent; this class rounds the value half even.
 */
package exo.rt;

final class HexFloat {
    private HexFloat() {}

    static double toDouble(FloatParser.ParsedDecimal p) {
        return Double.longBitsToDouble(toBits(p, DecimalToBinary.DOUBLE));
    }

    static float toFloat(FloatParser.ParsedDecimal p) {
        return Float.intBitsToFloat((int) toBits(p, DecimalToBinary.FLOAT));
    }

    /** value = 0.h1h2... * 16^pointExp * 2^exponent; 15 hex digits (60 bits) are kept exactly. */
    private static long toBits(FloatParser.ParsedDecimal p, DecimalToBinary.Format fmt) {
        int used = WordBits.min(p.nDigits, 15);
        long mant = 0;
        for (int i = 0; i < used; i++) {
            mant = (mant << 4) | p.digits[i];
        }
        // Digits are stored without trailing zeros, so any digit left over is nonzero.
        boolean sticky = p.sticky || p.nDigits > used;
        long e2 = 4L * ((long) p.pointExp - used) + p.exponent;
        return DecimalToBinary.round(mant, sticky, e2, fmt);
    }
}
