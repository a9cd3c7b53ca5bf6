/*
 * Compares the core library's exo.rt.FloatFormat (Double/Float toString and parsing) with the
 * host JDK 17, which compiled programs must match byte for byte: edge cases, every power of
 * two, random bit patterns and "nice" decimals, parse round trips, random decimal strings and
 * the error messages.
 */
package exo.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FloatFormatTest {
    private static final String CLASS = "exo.rt.FloatFormat";
    private static MethodHandle doubleToString;
    private static MethodHandle floatToString;
    private static MethodHandle parseDouble;
    private static MethodHandle parseFloat;

    private final List<String> failures = new ArrayList<>();
    private int checked;

    @BeforeAll
    static void load() throws Exception {
        doubleToString = CorelibClasses.staticMethod(CLASS, "toString", String.class, double.class);
        floatToString = CorelibClasses.staticMethod(CLASS, "toString", String.class, float.class);
        parseDouble = CorelibClasses.staticMethod(CLASS, "parseDouble", double.class, String.class);
        parseFloat = CorelibClasses.staticMethod(CLASS, "parseFloat", float.class, String.class);
    }

    private void checkDouble(double d) throws Throwable {
        checked++;
        String ours = (String) doubleToString.invokeExact(d);
        String jdk = Double.toString(d);
        if (!jdk.equals(ours)) {
            fail("toString(" + Long.toHexString(Double.doubleToRawLongBits(d)) + "d): jdk " + jdk + ", ours " + ours);
        }
    }

    private void checkFloat(float f) throws Throwable {
        checked++;
        String ours = (String) floatToString.invokeExact(f);
        String jdk = Float.toString(f);
        if (!jdk.equals(ours)) {
            fail("toString(" + Integer.toHexString(Float.floatToRawIntBits(f)) + "f): jdk " + jdk + ", ours " + ours);
        }
    }

    /** Both parsers on one string: same bits, or the same exception and message. */
    private void checkParse(String s) {
        checked++;
        String jdk;
        String ours;
        try {
            jdk = Long.toHexString(Double.doubleToRawLongBits(Double.parseDouble(s)));
        } catch (RuntimeException e) {
            jdk = e.toString();
        }
        try {
            ours = Long.toHexString(Double.doubleToRawLongBits((double) parseDouble.invokeExact(s)));
        } catch (Throwable e) {
            ours = e.toString();
        }
        if (!jdk.equals(ours)) {
            fail("parseDouble(\"" + s + "\"): jdk " + jdk + ", ours " + ours);
        }
        try {
            jdk = Integer.toHexString(Float.floatToRawIntBits(Float.parseFloat(s)));
        } catch (RuntimeException e) {
            jdk = e.toString();
        }
        try {
            ours = Integer.toHexString(Float.floatToRawIntBits((float) parseFloat.invokeExact(s)));
        } catch (Throwable e) {
            ours = e.toString();
        }
        if (!jdk.equals(ours)) {
            fail("parseFloat(\"" + s + "\"): jdk " + jdk + ", ours " + ours);
        }
    }

    private void fail(String message) {
        if (failures.size() < 20) {
            failures.add(message);
        }
    }

    private void assertNoFailures(int minimumChecked) {
        assertTrue(checked >= minimumChecked, "only " + checked + " values checked");
        assertEquals(List.of(), failures, failures.size() + " mismatches (first 20 shown)");
    }

    @Test
    void edgeCases() throws Throwable {
        double[] doubles = {
            0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL),
            1.0, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 100.0, 1e7, 9999999.0, 9999999.999999998, 1e-3,
            0.001 - 1e-19, 1e23, 2e23, 1e22, 8.41e21, 5e-324, 1e-323, 2.2250738585072012e-308,
            Math.scalb(1.0, -44), 123456789012345678.0, 1e16, 1e17, 9007199254740993.0,
            Math.PI, Math.E, -1234.5678, 4.35, 1.1, 0.01, 1e-5, 1.234e-5, 1e21, 1e-7,
        };
        for (double d : doubles) {
            checkDouble(d);
            checkDouble(-d);
            checkDouble(Math.nextUp(d));
            checkDouble(Math.nextDown(d));
            checkFloat((float) d);
        }
        float[] floats = {
            Float.MIN_VALUE, Float.MAX_VALUE, Float.MIN_NORMAL, 0.1f, 1e10f, 3.4e38f, 1.17549435E-38f,
            16777216f, 16777217f, 1e-45f, 33554432f, 0.3f,
        };
        for (float f : floats) {
            checkFloat(f);
            checkFloat(Math.nextUp(f));
            checkFloat(Math.nextDown(f));
        }
        assertNoFailures(200);
    }

    @Test
    void powersOfTwoAndSubnormals() throws Throwable {
        for (int k = -1074; k <= 1023; k++) {
            double d = Math.scalb(1.0, k);
            checkDouble(d);
            checkDouble(Math.nextUp(d));
            checkDouble(Math.nextDown(d));
            checkDouble(d * 3);
        }
        for (int k = -149; k <= 127; k++) {
            float f = Math.scalb(1.0f, k);
            checkFloat(f);
            checkFloat(Math.nextUp(f));
            checkFloat(Math.nextDown(f));
        }
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 20000; i++) {
            checkDouble(Double.longBitsToDouble(r.nextLong(1L << 52)));
            checkFloat(Float.intBitsToFloat(r.nextInt(1 << 23)));
        }
        assertNoFailures(45000);
    }

    @Test
    void randomDoubles() throws Throwable {
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < 200000; i++) {
            double d;
            switch (i % 5) {
                case 0: d = Double.longBitsToDouble(r.nextLong()); break;
                case 1: d = r.nextInt(100000) * 0.1; break;
                case 2: d = r.nextInt(1000000) * Math.pow(10, r.nextInt(41) - 20); break;
                case 3: d = r.nextLong() >> r.nextInt(64); break;
                default: d = (double) r.nextLong() / (1L << r.nextInt(63)); break;
            }
            checkDouble(d);
        }
        for (int p = -324; p <= 308; p++) {
            checkDouble(Double.parseDouble("1e" + p));
            checkDouble(Double.parseDouble("5e" + p));
        }
        assertNoFailures(200000);
    }

    @Test
    void randomFloats() throws Throwable {
        SplittableRandom r = new SplittableRandom(43);
        for (int i = 0; i < 60000; i++) {
            checkFloat(Float.intBitsToFloat(r.nextInt()));
            checkFloat(i % 2 == 0 ? r.nextInt(100000) * 0.01f : (float) r.nextLong());
        }
        assertNoFailures(120000);
    }

    @Test
    void parseRoundTripAndRandomDecimals() throws Throwable {
        SplittableRandom r = new SplittableRandom(44);
        for (int i = 0; i < 15000; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            checkParse(Double.toString(d));
            checkParse(Float.toString(Float.intBitsToFloat(r.nextInt())));
            checkParse(randomDecimal(r));
        }
        assertNoFailures(45000);
    }

    private static String randomDecimal(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        if (r.nextInt(4) == 0) {
            b.append(r.nextBoolean() ? '-' : '+');
        }
        int digits = 1 + r.nextInt(r.nextInt(4) == 0 ? 40 : 18);
        int point = r.nextInt(digits + 1);
        for (int i = 0; i < digits; i++) {
            if (i == point) {
                b.append('.');
            }
            b.append((char) ('0' + r.nextInt(10)));
        }
        if (r.nextBoolean()) {
            b.append(r.nextBoolean() ? 'e' : 'E').append(r.nextInt(700) - 350);
        }
        if (r.nextInt(8) == 0) {
            b.append("fFdD".charAt(r.nextInt(4)));
        }
        return b.toString();
    }

    @Test
    void parseSyntaxAndErrors() {
        String[] inputs = {
            null, "", "  ", " abc ", "1.2.3", "..1", "-NaN", "+NaN", "NaN", "NaNd", "Infinityf",
            "-Infinity", "+Infinity", "Infinit", "1e", "1e+", ".", ".e1", "1.", ".5", "1.5dd", "1.5d",
            "1.5 d", "\t1.5\n", " 1.5x", "-", "+", "e5", "1e5.5", "1_000", "00.00", "-0",
            "0x1p1", "0x1.8p1f", "0x.8p1", "0x1", "0xp1", "0x1.2.3p1", "0x1.fffffffffffff8p1023",
            "0X1P-1075", "0x1.0000000000001p-1075", "0x1p-149", "0x1p-150", "0x1.000001p-150",
            "0x123456789abcdef0123p0", "1e99999999999999", "1e-99999999999999", "0e99999999999",
            "1e2999999999", "1e-2999999999", "1e2147483648", "0.0001e1073741828", "1e-1073741830",
            "1e0000000000000000000001", "0x1p2999999999", "0x1p-2999999999", "1p5", "0x1e5",
            "1E400", "1E-400", "2.4703282292062328e-324", "2.4703282292062327e-324",
            "1.7976931348623157e308", "1.7976931348623158e308", "3.4028235677973366e38",
            "7.006492321624085e-46", "7.006492321624087e-46", "9007199254740993",
            "9007199254740993.0000000000000000000000000000000001", "2.2250738585072011e-308",
            "0.1000000000000000055511151231257827021181583404541015625",
        };
        for (String s : inputs) {
            checkParse(s);
        }
        assertNoFailures(inputs.length);
    }
}
