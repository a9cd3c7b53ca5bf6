/*
 * Checks exo.rt.Trig (Math.sin/cos/tan/asin/acos/atan/atan2 of compiled programs) on the
 * host: special values and random inputs against StrictMath (identical specials, at most 2
 * ulps elsewhere, huge arguments included), and correct rounding against BigDecimal.
 */
package exo.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.invoke.MethodHandle;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TrigTest {
    private static final String CLASS = "exo.rt.Trig";
    private static final String[] UNARY = {"sin", "cos", "tan", "asin", "acos", "atan"};
    private static final DoubleUnaryOperator[] STRICT = {StrictMath::sin, StrictMath::cos, StrictMath::tan,
        StrictMath::asin, StrictMath::acos, StrictMath::atan};
    private static final MethodHandle[] unary = new MethodHandle[UNARY.length];
    private static MethodHandle atan2;

    @BeforeAll
    static void load() throws Exception {
        for (int i = 0; i < UNARY.length; i++) {
            unary[i] = CorelibClasses.staticMethod(CLASS, UNARY[i], double.class, double.class);
        }
        atan2 = CorelibClasses.staticMethod(CLASS, "atan2", double.class, double.class, double.class);
    }

    @Test
    void agreesWithStrictMath() {
        MathCheck check = new MathCheck();
        for (int i = 0; i < UNARY.length; i++) {
            check.sweep(UNARY[i], unary[i], STRICT[i], MathCheck.SPECIALS);
            check.sweep(UNARY[i], unary[i], STRICT[i], MathCheck.inputs(100 + i, 20000, i < 3 ? 1e6 : 1.0, false));
        }
        // Multiples of pi/2 and their neighbours stress the argument reduction.
        double[] near = new double[4000];
        for (int k = 0; k < 1000; k++) {
            double m = Math.rint(Math.pow(1.07, k % 500)) * (Math.PI / 2) * (k < 500 ? 1 : -1);
            near[4 * k] = m;
            near[4 * k + 1] = Math.nextUp(m);
            near[4 * k + 2] = Math.nextDown(m);
            near[4 * k + 3] = Math.scalb(m, k % 900);
        }
        for (int i = 0; i < 3; i++) {
            check.sweep(UNARY[i], unary[i], STRICT[i], near);
        }
        double[] s = MathCheck.SPECIALS;
        double[] ys = new double[s.length * s.length];
        double[] xs = new double[ys.length];
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s.length; j++) {
                ys[i * s.length + j] = s[i];
                xs[i * s.length + j] = s[j];
            }
        }
        check.sweep("atan2", atan2, StrictMath::atan2, ys, xs);
        check.sweep("atan2", atan2, StrictMath::atan2, MathCheck.inputs(7, 20000, 100, false),
                MathCheck.inputs(8, 20000, 100, false));
        check.assertNoFailures();
    }

    @Test
    void exactValues() {
        assertEquals(0.0, MathCheck.call(unary[0], 0.0));
        assertEquals(-0.0, MathCheck.call(unary[0], -0.0));
        assertEquals(1.0, MathCheck.call(unary[1], 0.0));
        assertEquals(Math.PI / 2, MathCheck.call(unary[3], 1.0));
        assertEquals(Math.PI, MathCheck.call(unary[4], -1.0));
        assertEquals(Math.PI / 4, MathCheck.call(unary[5], 1.0));
        assertEquals(Math.PI, MathCheck.call(atan2, 0.0, -1.0));
        assertEquals(-Math.PI, MathCheck.call(atan2, -0.0, -1.0));
        assertEquals(3 * Math.PI / 4, MathCheck.call(atan2, 1.0, -1.0));
    }

    @Test
    void correctlyRoundedOnSamples() {
        MathCheck check = new MathCheck();
        SplittableRandom rnd = new SplittableRandom(5);
        MathContext mc = BigMath.MC;
        for (int i = 0; i < 150; i++) {
            double x = i % 3 == 0 ? rnd.nextDouble(-4, 4) : (i % 3 == 1 ? rnd.nextDouble(-1e4, 1e4)
                    : Math.scalb(rnd.nextDouble(1, 2), rnd.nextInt(20, 1000)));
            BigDecimal bx = new BigDecimal(x);
            BigDecimal sin = BigMath.sin(bx);
            BigDecimal cos = BigMath.cos(bx);
            check.rounded("sin", x, MathCheck.call(unary[0], x), sin);
            check.rounded("cos", x, MathCheck.call(unary[1], x), cos);
            check.rounded("tan", x, MathCheck.call(unary[2], x), sin.divide(cos, mc));
            double a = rnd.nextDouble(-1, 1);
            BigDecimal ba = new BigDecimal(a);
            BigDecimal c = BigDecimal.ONE.subtract(ba.multiply(ba)).sqrt(mc);
            check.rounded("asin", a, MathCheck.call(unary[3], a), BigMath.atan2(a, c.doubleValue()).signum() == 0
                    ? BigDecimal.ZERO : BigMath.atan(ba.divide(c, mc)));
            BigDecimal acos = BigMath.atan(c.divide(ba.abs(), mc));
            check.rounded("acos", a, MathCheck.call(unary[4], a), a < 0 ? BigMath.PI.subtract(acos, mc) : acos);
            double t = rnd.nextDouble(-50, 50);
            check.rounded("atan", t, MathCheck.call(unary[5], t), BigMath.atan(new BigDecimal(t)));
            double y = rnd.nextDouble(-10, 10);
            check.rounded("atan2", y, MathCheck.call(atan2, y, t), BigMath.atan2(y, t));
        }
        check.assertNoFailures();
    }
}
