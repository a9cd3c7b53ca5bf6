// Floating-point semantics: NaN compares false (even with itself) and != true, -0.0 == 0.0
// but differs for Double.compare/equals and 1/x, infinities, conversions from float and
// double to int and long (saturating, NaN -> 0), float versus double precision, strictfp
// results of + - * / and %, and the Float/Double comparison helpers.
public class Main {
    static double idd(double x) {
        return x;
    }

    static float idf(float x) {
        return x;
    }

    public static void main(String[] args) {
        double nan = idd(Double.NaN);
        System.out.println((nan == nan) + " " + (nan != nan) + " " + (nan < 1) + " " + (nan > 1) + " " + (nan <= nan) + " " + !(nan >= 0)
                + " " + Double.isNaN(nan) + " " + Double.valueOf(nan).equals(Double.NaN) + " " + Double.compare(nan, 1e300));
        double pz = idd(0.0), nz = idd(-0.0);
        System.out.println((pz == nz) + " " + Double.compare(pz, nz) + " " + Double.valueOf(pz).equals(nz) + " " + (1 / pz) + " " + (1 / nz)
                + " " + nz + " " + (nz + 0.0) + " " + (-pz) + " " + (pz * -1) + " " + Math.min(pz, nz) + " " + Math.max(nz, pz));
        double inf = idd(Double.POSITIVE_INFINITY);
        System.out.println(inf + " " + (-inf) + " " + (inf - inf) + " " + (inf * 0) + " " + (inf / inf) + " " + (1 / inf) + " " + (inf > Double.MAX_VALUE)
                + " " + (Double.MAX_VALUE * 2) + " " + (-Double.MAX_VALUE * 2) + " " + Double.isInfinite(inf) + " " + Double.isFinite(1e308));

        double[] ds = {nan, inf, -inf, 1e20, -1e20, 3.99, -3.99, 0.5, -0.5, 2147483647.5, -2147483648.9, 9.3e18, -9.3e18, nz};
        StringBuilder sb = new StringBuilder();
        for (double d : ds) {
            sb.append((int) d).append('/').append((long) d).append('/').append((short) d).append('/').append((byte) d).append('/').append((int) (char) d).append(' ');
        }
        System.out.println(sb);
        float[] fs = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 3e9f, -3e9f, 1e19f, -1e19f, 16777217f, 0.9999999f};
        sb.setLength(0);
        for (float f : fs) {
            sb.append((int) f).append('/').append((long) f).append(' ');
        }
        System.out.println(sb);

        float f1 = idf(0.1f);
        double d1 = idd(0.1);
        System.out.println((f1 == d1) + " " + ((double) f1) + " " + (float) d1 + " " + (f1 + f1 + f1) + " " + (d1 + d1 + d1) + " " + (0.1f + 0.2f) + " " + (0.1 + 0.2));
        System.out.println((idf(16777216f) + 1f) + " " + (idd(9007199254740992.0) + 1) + " " + (float) idd(1e40) + " " + (float) idd(1e-50)
                + " " + (double) idf(3.4e38f) * 10 + " " + idf(3.4e38f) * 10);
        System.out.println((idd(5.5) % 2) + " " + (idd(-5.5) % 2) + " " + (idd(5.5) % -2) + " " + (idd(1) % 0) + " " + (inf % 2) + " " + (idd(2) % inf)
                + " " + (idf(7.25f) % 2f) + " " + Math.IEEEremainder(5.5, 2));
        System.out.println(Float.compare(0.0f, -0.0f) + " " + Float.compare(Float.NaN, Float.POSITIVE_INFINITY) + " " + Float.isNaN(0f / 0f)
                + " " + Float.MIN_VALUE + " " + Float.MAX_VALUE + " " + Double.MIN_VALUE + " " + Double.MIN_NORMAL + " " + Float.MIN_NORMAL);
        System.out.println(Double.doubleToLongBits(nan) + " " + Double.doubleToLongBits(nz) + " " + Float.floatToIntBits(-0.0f) + " "
                + Long.toHexString(Double.doubleToLongBits(1.0)) + " " + Integer.toHexString(Float.floatToIntBits(1.5f)) + " "
                + Double.longBitsToDouble(0x4009_21FB_5444_2D18L) + " " + Float.intBitsToFloat(0x3f800001));
        double acc = 0;
        for (int i = 1; i <= 1000; i++) {
            acc += 1.0 / i;
        }
        float facc = 0;
        for (int i = 1; i <= 1000; i++) {
            facc += 1.0f / i;
        }
        System.out.println("harmonic " + acc + " " + facc + " " + (float) acc + " " + (acc == facc));
        int i = 16777217;
        float asFloat = i;
        long l = Long.MAX_VALUE;
        double asDouble = l;
        System.out.println(asFloat + " " + (int) asFloat + " " + asDouble + " " + (long) asDouble + " " + (i == asFloat) + " " + ((float) l));
        System.out.println(Double.valueOf(1.0).hashCode() + " " + Double.hashCode(-0.0) + " " + Float.hashCode(Float.NaN) + " " + Double.valueOf(2.5).compareTo(-1.0));
    }
}
