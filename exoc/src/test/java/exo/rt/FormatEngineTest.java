/*
 * Compares the core library's formatting engine (exo.rt.FormatEngine, behind
 * java.util.Formatter / String.format) with the host JDK 17's String.format: a table of
 * tricky cases (rounding of %f, flags, widths, indexes, error messages) and random
 * specifier / argument combinations. Output or exception class and message must be equal.
 */
package exo.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FormatEngineTest {
    private static Object engine;
    private static MethodHandle format;

    private final List<String> failures = new ArrayList<>();
    private int checked;

    @BeforeAll
    static void load() throws Exception {
        Class<?> cls = CorelibClasses.load("exo.rt.FormatEngine");
        engine = cls.getConstructor().newInstance();
        format = MethodHandles.publicLookup().findVirtual(cls, "format",
                MethodType.methodType(void.class, Appendable.class, String.class, Object[].class));
    }

    private static String jdk(String fmt, Object[] args) {
        try {
            return "\"" + String.format(Locale.US, fmt, args) + "\"";
        } catch (RuntimeException e) {
            return describe(e);
        }
    }

    private static String ours(String fmt, Object[] args) {
        StringBuilder sb = new StringBuilder();
        try {
            format.invoke(engine, sb, fmt, args);
            return "\"" + sb + "\"";
        } catch (Throwable e) {
            return describe(e);
        }
    }

    /**
     * The JDK's IllegalFormatArgumentIndexException is package-private, so on the host the
     * engine throws an IllegalArgumentException with its message (java.util.Formatter of the
     * core library substitutes the real class): compare the message only.
     */
    private static String describe(Throwable e) {
        String name = e.getClass().getName();
        if (name.equals("java.util.IllegalFormatArgumentIndexException")
                || name.equals("java.lang.IllegalArgumentException")) {
            name = "argument index";
        }
        return name + ": " + e.getMessage();
    }

    private void check(String fmt, Object... args) {
        checked++;
        String expected = jdk(fmt, args);
        String actual = ours(fmt, args);
        if (!expected.equals(actual) && failures.size() < 20) {
            failures.add("format(\"" + fmt + "\", " + java.util.Arrays.toString(args) + "): jdk " + expected + ", ours " + actual);
        }
    }

    private void assertNoFailures(int minimumChecked) {
        assertTrue(checked >= minimumChecked, "only " + checked + " cases checked");
        assertEquals(List.of(), failures, "mismatches (first 20 shown)");
    }

    @Test
    void floatRounding() {
        check("%.1f", 0.15);
        check("%.2f", 1.005);
        check("%.0f", 2.5);
        check("%.0f", 0.5);
        check("%.0f", 1.5);
        check("%.0f", 0.4);
        check("%f", 1e20);
        check("%.20f", 0.1);
        check("%.3e", Double.MIN_VALUE);
        check("%.2f", 0.0001);
        check("%.2f", 0.005);
        check("%.2f", 0.0049);
        check("%.1f", 0.05);
        check("%.1f", 0.25);
        check("%.3f", 1e15 + 0.3);
        check("%.9f", 3.14159265358979);
        check("%12.9f|", 1.0 / 3);
        check("%.330f", Double.MIN_VALUE);
        check("%f", -1e300);
        check("%.2f", 9.999);
        check("%.2e", 9.999);
        check("%e", 9.9999999e10);
        check("%.10f", 0.1f);
        check("%.3f", 2.0005f);
        check("%.16e", 0.1);
        check("%.20e", Double.MAX_VALUE);
        check("%e", 1e-320);
        assertNoFailures(27);
    }

    @Test
    void generalAndScientific() {
        Object[] values = {0.0, -0.0, 1e-4, 9.99999e-5, 0.00009999995, 123456.0, 1234567.0, 99999.95,
            999999.5, 0.95, 9.5, 99.5, 1e10, 1e-5, Math.PI, -Math.PI, 0.1f, 1e100, 1e99};
        String[] formats = {"%g", "%.0g", "%.1g", "%.2g", "%.3g", "%G", "%10.3g|", "%e", "%.0e",
            "%#.0e", "%E", "%-14e|", "%014e", "%(e", "%+e", "%,g", "%(g", "%,.3g"};
        for (String f : formats) {
            for (Object v : values) {
                check(f, v);
            }
        }
        assertNoFailures(formats.length * values.length);
    }

    @Test
    void flagsAndWidths() {
        check("%(f", -1.5);
        check("%,f", 1234567.891);
        check("%+,010.2f", 12345.678);
        check("%,.2f", 1234.5);
        check("%(,.2f", -1234.5);
        check("%(,.1f", -0.05);
        check("%(.1f", -0.04);
        check("%+.1f", -0.0);
        check("%.3f", -0.0);
        check("%f", Double.NaN);
        check("%010f", Double.NaN);
        check("%08.2f", Double.NEGATIVE_INFINITY);
        check("%+e", Double.POSITIVE_INFINITY);
        check("%(e", Double.NEGATIVE_INFINITY);
        check("%E", Double.NaN);
        check("%#.0f", 1.0);
        check("%,f", 1e20);
        check("%x", -1);
        check("%x", (byte) -1);
        check("%X", (short) -2);
        check("%x", -1L);
        check("%o", -1);
        check("%o", (byte) -5);
        check("%#x", 255);
        check("%#o", 8);
        check("%#o", 0);
        check("%08X", 255);
        check("%#010x", 255);
        check("%#X", 255);
        check("%x", Integer.MIN_VALUE);
        check("%(d", -5);
        check("% d", 5);
        check("%,d", -1234567);
        check("%010d", -123);
        check("%-10d|", 123);
        check("%,010d", 1234);
        check("%(010d", -1234);
        check("%(,010d", -1234567);
        check("% (d", -3);
        check("%+(d", 3);
        check("%d", Long.MIN_VALUE);
        check("%,d", Long.MIN_VALUE);
        check("%(d", Long.MIN_VALUE);
        check("%1$-5d|%1$05d", 42);
        check("%a", 1.0);
        check("%.3a", Math.PI);
        check("%A", Double.MIN_VALUE);
        check("%015a", -0.1);
        assertNoFailures(48);
    }

    @Test
    void generalCharacterAndText() {
        check("%s", (Object) null);
        check("%b", (Object) null);
        check("%b", "x");
        check("%B", true);
        check("%h", "hi");
        check("%H", (Object) null);
        check("%c", 65);
        check("%c", 'x');
        check("%C", 'x');
        check("%c", 0x1F600);
        check("%c", (byte) 65);
        check("%-3c|", 'a');
        check("%n");
        check("%%");
        check("%5%");
        check("%-5%|");
        check("%1$%");
        check("%.2s", "hello");
        check("%-8.3s|", "hello");
        check("%10.4s|", "abcdefg");
        check("%S", "hello");
        check("%-5S|", "ab");
        check("%.0s", "abc");
        check("%3b|", false);
        check("%.1b", true);
        check("%s", 1.5f);
        check("%s", 1e7);
        check("%d%%", 5);
        check("abc");
        check("%1$s %1$s", "a");
        check("%s %<s", "a");
        check("%2$s %s %s", "a", "b");
        check("%1$s %<s %s", "a", "b");
        check("%d %<x", 255);
        check("%s", (Object[]) null);
        check("%d", (Object) null);
        check("%X", (Object) null);
        check("%tY", (Object) null);
        assertNoFailures(38);
    }

    @Test
    void errors() {
        String[] formats = {"%q", "%", "%-", "%5", "%1$", "%.f", "%D", "%F", "%Y", "%d", "%b %b",
            "%<s", "%3$s", "%s %s", "%0$s", "%99999999999$s", "%2147483647$s", "%1$<s", "%<1$s",
            "%99999999999s", "%.99999999999s", "%.2d", "%#d", "%-d", "%0s", "%-05d", "%+ d",
            "%--5d", "%00d", "%,x", "%+x", "%(x", "% x", "%#s", "%# s", "%0x", "%.2x", "%.2%",
            "%0%", "%#%", "%5n", "%.2n", "%-n", "%.2c", "%+c", "%#b", "%-b", "%,e", "%#g", "%+ Eb",
            "%-016.5X", "%(,a", "%tq", "%-tb", "%.2tY", "%c", "%f", "%e", "%x"};
        Object[][] arguments = {{1}, {"s"}, {1.5}, {'c'}, {-1}, {true}};
        for (String f : formats) {
            for (Object[] a : arguments) {
                check(f, a);
            }
        }
        assertNoFailures(formats.length * arguments.length);
    }

    @Test
    void randomSpecifiers() {
        SplittableRandom r = new SplittableRandom(11);
        String flagChars = "-#+ 0,(<";
        String conversions = "bBhHsScCdoxXeEfgGaA%nqD";
        for (int i = 0; i < 40000; i++) {
            StringBuilder f = new StringBuilder("%");
            if (r.nextInt(10) == 0) {
                f.append(r.nextInt(3)).append('$');
            }
            int flags = r.nextInt(3) == 0 ? 1 : r.nextInt(4) == 0 ? r.nextInt(3) : 0;
            for (int k = 0; k < flags; k++) {
                f.append(flagChars.charAt(r.nextInt(i % 7 == 0 ? 8 : 7)));
            }
            if (r.nextBoolean()) {
                f.append(r.nextInt(25));
            }
            if (r.nextInt(3) == 0) {
                f.append('.').append(r.nextInt(i % 5 == 0 ? 40 : 12));
            }
            f.append(conversions.charAt(r.nextInt(i % 11 == 0 ? conversions.length() : 19)));
            check("a" + f + "b", randomArgument(r));
        }
        assertNoFailures(40000);
    }

    private static Object randomArgument(SplittableRandom r) {
        switch (r.nextInt(15)) {
            case 0: return r.nextInt();
            case 1: return r.nextLong();
            case 2: return (byte) r.nextInt();
            case 3: return (short) r.nextInt();
            case 4: return Double.longBitsToDouble(r.nextLong());
            case 5: return r.nextInt(2000000) * Math.pow(10, r.nextInt(30) - 15) * (r.nextBoolean() ? 1 : -1);
            case 6: return (float) (r.nextInt(100000) * Math.pow(10, r.nextInt(16) - 8));
            case 7: return "str" + r.nextInt(1000);
            case 8: return null;
            case 9: return (char) ('a' + r.nextInt(26));
            case 10: return r.nextBoolean();
            case 11: return r.nextInt(20) / 8.0 * (r.nextBoolean() ? 1 : -1);
            case 12: return new double[] {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, 1e-320, 0.5, 0.05, 9.5,
                99.5, 0.00001}[r.nextInt(13)];
            case 13: return r.nextInt(0x110000 + 10) - 5;
            default: return Float.intBitsToFloat(r.nextInt());
        }
    }
}
