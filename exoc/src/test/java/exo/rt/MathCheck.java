/*
 * Shared checking for ExpLogTest and TrigTest: runs one of our functions on many inputs,
 * compares with StrictMath (at most 2 ulps apart, identical for special values) and with the
 * BigMath reference (correctly rounded), and collects readable failures.
 */
package exo.rt;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandle;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

final class MathCheck {
    private final List<String> failures = new ArrayList<>();
    private int checked;

    static long ulps(double a, double b) {
        if (Double.compare(a, b) == 0) {
            return 0;
        }
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isInfinite(a) || Double.isInfinite(b)
                || (a < 0) != (b < 0)) {
            return Long.MAX_VALUE;
        }
        return Math.abs(Double.doubleToRawLongBits(a) - Double.doubleToRawLongBits(b));
    }

    static double call(MethodHandle f, double x) {
        try {
            return (double) f.invokeExact(x);
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    static double call(MethodHandle f, double x, double y) {
        try {
            return (double) f.invokeExact(x, y);
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    private void fail(String message) {
        if (failures.size() < 20) {
            failures.add(message);
        }
    }

    /**
     * Identical to StrictMath for NaN, infinities, zeros and small integers; within 2 ulps
     * elsewhere. (Ours is within half an ulp of the true value, and StrictMath's fdlibm
     * algorithms are within 1 ulp, up to 2 for log10, sinh and tanh.)
     */
    void againstStrict(String call, double ours, double strict) {
        checked++;
        boolean special = Double.isNaN(strict) || Double.isInfinite(strict) || strict == 0
                || (Math.abs(strict) <= 0x1p31 && strict == Math.rint(strict));
        long d = ulps(ours, strict);
        if (special ? d != 0 : d > 2) {
            fail(call + ": ours " + ours + ", StrictMath " + strict);
        }
    }

    private static String show(double x) {
        return x + " = " + Double.toHexString(x);
    }

    void sweep(String name, MethodHandle ours, DoubleUnaryOperator strict, double[] inputs) {
        for (double x : inputs) {
            againstStrict(name + "(" + show(x) + ")", call(ours, x), strict.applyAsDouble(x));
        }
    }

    void sweep(String name, MethodHandle ours, DoubleBinaryOperator strict, double[] xs, double[] ys) {
        for (int i = 0; i < xs.length; i++) {
            againstStrict(name + "(" + show(xs[i]) + ", " + show(ys[i]) + ")", call(ours, xs[i], ys[i]),
                    strict.applyAsDouble(xs[i], ys[i]));
        }
    }

    /** Our result must be the correctly rounded reference. */
    void rounded(String name, double x, double ours, BigDecimal reference) {
        checked++;
        double expected = reference.doubleValue();
        if (Double.compare(ours, expected) != 0) {
            fail(name + "(" + show(x) + "): ours " + ours + ", exact " + expected);
        }
    }

    void assertNoFailures() {
        assertTrue(checked > 0, "nothing checked");
        assertTrue(failures.isEmpty(), failures.size() + " failures of " + checked + " checks:\n"
                + String.join("\n", failures));
    }

    /** Inputs spread over the interesting ranges: near 0, moderate, large and random bits. */
    static double[] inputs(long seed, int n, double scale, boolean positiveOnly) {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double x;
            switch (i % 4) {
                case 0: x = rnd.nextDouble(-1, 1); break;
                case 1: x = rnd.nextDouble(-1, 1) * scale; break;
                case 2: x = rnd.nextDouble(-1, 1) * Math.scalb(1.0, rnd.nextInt(-60, 10)); break;
                default: x = Double.longBitsToDouble(rnd.nextLong()); break;
            }
            out[i] = positiveOnly ? Math.abs(x) : x;
        }
        return out;
    }

    static final double[] SPECIALS = {
        Double.NaN, 0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
        1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 10.0, 1e-300, 1e300, -1e300, 0x1p-1074 * 3,
        Math.PI, -Math.PI, Math.PI / 2, Math.E, 1.5, 1e22, -1e22, 0x1p1023, 0x1p-1022 * 1.5,
    };
}
