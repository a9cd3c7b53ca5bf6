/*
 * Bit-counting helpers for the number conversion code (FloatDigits, FloatParser, BigNat,
 * FormatEngine). Kept in exo.rt so that those classes depend on nothing in java.lang beyond
 * String, StringBuilder and the raw float/double bit conversions.
 */
package exo.rt;

final class WordBits {
    private WordBits() {}

    static int nlz32(int x) {
        if (x == 0) {
            return 32;
        }
        int n = 0;
        if ((x >>> 16) == 0) { n += 16; x <<= 16; }
        if ((x >>> 24) == 0) { n += 8; x <<= 8; }
        if ((x >>> 28) == 0) { n += 4; x <<= 4; }
        if ((x >>> 30) == 0) { n += 2; x <<= 2; }
        if ((x >>> 31) == 0) { n += 1; }
        return n;
    }

    static int nlz64(long x) {
        int hi = (int) (x >>> 32);
        return hi != 0 ? nlz32(hi) : 32 + nlz32((int) x);
    }

    static int ntz64(long x) {
        if (x == 0) {
            return 64;
        }
        return 63 - nlz64(x & -x);
    }

    static int max(int a, int b) {
        return a >= b ? a : b;
    }

    static int min(int a, int b) {
        return a <= b ? a : b;
    }
}
