/*
 * Checks exo.rt.ExpLog (Math.exp/log/pow/... of compiled programs) on the host: special values
 * and random inputs against StrictMath (identical specials, at most 2 ulps elsewhere), exact
 * cases that must come out exact, and correct rounding against BigDecimal on samples.
 */
package exo.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.invoke.MethodHandle;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExpLogTest {
    private static final String CLASS = "exo.rt.ExpLog";
    private static final String[] UNARY = {"exp", "expm1", "log", "log10", "log1p", "sinh", "cosh", "tanh", "cbrt"};
    private static final DoubleUnaryOperator[] STRICT = {StrictMath::exp, StrictMath::expm1, StrictMath::log,
        StrictMath::log10, StrictMath::log1p, StrictMath::sinh, StrictMath::cosh, StrictMath::tanh, StrictMath::cbrt};
    private static final MethodHandle[] unary = new MethodHandle[UNARY.length];
    private static MethodHandle pow;
    private static MethodHandle hypot;

    @BeforeAll
    static void load() throws Exception {
        for (int i = 0; i < UNARY.length; i++) {
            unary[i] = CorelibClasses.staticMethod(CLASS, UNARY[i], double.class, double.class);
        }
        pow = CorelibClasses.staticMethod(CLASS, "pow", double.class, double.class, double.class);
        hypot = CorelibClasses.staticMethod(CLASS, "hypot", double.class, double.class, double.class);
    }

    private static double f(String name, double x) {
        for (int i = 0; i < UNARY.length; i++) {
            if (UNARY[i].equals(name)) {
                return MathCheck.call(unary[i], x);
            }
        }
        throw new IllegalArgumentException(name);
    }

    @Test
    void unaryFunctionsAgreeWithStrictMath() {
        MathCheck check = new MathCheck();
        for (int i = 0; i < UNARY.length; i++) {
            check.sweep(UNARY[i], unary[i], STRICT[i], MathCheck.SPECIALS);
            check.sweep(UNARY[i], unary[i], STRICT[i], MathCheck.inputs(i, 20000, 750, false));
        }
        check.assertNoFailures();
    }

    @Test
    void powAndHypotAgreeWithStrictMath() {
        MathCheck check = new MathCheck();
        double[] s = MathCheck.SPECIALS;
        double[] xs = new double[s.length * s.length];
        double[] ys = new double[xs.length];
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s.length; j++) {
                xs[i * s.length + j] = s[i];
                ys[i * s.length + j] = s[j];
            }
        }
        check.sweep("pow", pow, StrictMath::pow, xs, ys);
        check.sweep("hypot", hypot, StrictMath::hypot, xs, ys);
        SplittableRandom rnd = new SplittableRandom(7);
        int n = 40000;
        xs = new double[n];
        ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = i % 3 == 0 ? rnd.nextDouble(0, 10) : (i % 3 == 1 ? 1 + rnd.nextDouble(-1e-6, 1e-6) : rnd.nextInt(-50, 50));
            ys[i] = i % 3 == 1 ? rnd.nextDouble(-1e7, 1e7) : rnd.nextDouble(-40, 40);
        }
        check.sweep("pow", pow, StrictMath::pow, xs, ys);
        check.sweep("hypot", hypot, StrictMath::hypot, xs, ys);
        check.assertNoFailures();
    }

    @Test
    void exactResultsAreExact() {
        assertEquals(1024.0, MathCheck.call(pow, 2, 10));
        assertEquals(1e15, MathCheck.call(pow, 10, 15));
        assertEquals(-8.0, MathCheck.call(pow, -2, 3));
        assertEquals(0.125, MathCheck.call(pow, 2, -3));
        assertEquals(3.0, MathCheck.call(pow, 9, 0.5));
        assertEquals(1.0, f("exp", 0.0));
        assertEquals(0.0, f("log", 1.0));
        assertEquals(3.0, f("log10", 1000.0));
        assertEquals(-2.0, f("log10", 0.01));
        assertEquals(3.0, f("cbrt", 27.0));
        assertEquals(-0.5, f("cbrt", -0.125));
        assertEquals(5.0, MathCheck.call(hypot, 3, 4));
        for (int k = -1074; k <= 1023; k++) {
            double p = Math.scalb(1.0, k);
            assertEquals(k, Math.round(f("log", p) / Math.log(2)), "log of 2^" + k);
        }
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < 10000; i++) {
            double x = rnd.nextDouble(0, 1e6);
            assertEquals(Math.sqrt(x), MathCheck.call(pow, x, 0.5), "pow(" + x + ", 0.5)");
            double r = Math.rint(rnd.nextDouble(-1e5, 1e5));
            assertEquals(r * r * r, f("cbrt", r * r * r) * r * r, Math.abs(r * r * r) * 1e-15);
        }
    }

    @Test
    void correctlyRoundedOnSamples() {
        MathCheck check = new MathCheck();
        SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < 150; i++) {
            double x = i % 2 == 0 ? rnd.nextDouble(-700, 700) : rnd.nextDouble(-2, 2);
            BigDecimal e = BigMath.exp(new BigDecimal(x));
            check.rounded("exp", x, f("exp", x), e);
            check.rounded("expm1", x, f("expm1", x), e.subtract(BigDecimal.ONE));
            BigDecimal ei = BigMath.exp(new BigDecimal(-x));
            if (Math.abs(x) < 700) {
                check.rounded("sinh", x, f("sinh", x), e.subtract(ei).divide(BigDecimal.valueOf(2)));
                check.rounded("cosh", x, f("cosh", x), e.add(ei).divide(BigDecimal.valueOf(2)));
            }
            double p = Math.abs(x) * Math.scalb(1.0, rnd.nextInt(-200, 200));
            BigDecimal l = BigMath.log(new BigDecimal(p));
            check.rounded("log", p, f("log", p), l);
            check.rounded("log10", p, f("log10", p), l.divide(BigMath.log(BigDecimal.TEN), BigMath.MC));
            double q = rnd.nextDouble(-0.9, 3);
            check.rounded("log1p", q, f("log1p", q), BigMath.log(new BigDecimal(q).add(BigDecimal.ONE)));
            double y = rnd.nextDouble(-30, 30);
            double b = rnd.nextDouble(0, 20);
            check.rounded("pow", b, MathCheck.call(pow, b, y), BigMath.exp(BigMath.log(new BigDecimal(b)).multiply(new BigDecimal(y), BigMath.MC)));
            double h = rnd.nextDouble(-1e3, 1e3);
            check.rounded("hypot", q, MathCheck.call(hypot, q, h),
                    new BigDecimal(q).pow(2).add(new BigDecimal(h).pow(2)).sqrt(BigMath.MC));
        }
        check.assertNoFailures();
    }
}
