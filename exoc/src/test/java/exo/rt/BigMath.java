/*
 * Reference values for the math tests: the elementary functions evaluated with BigDecimal
 * series to 60+ digits, then rounded once to double (BigDecimal.doubleValue rounds correctly).
 * Slow (about a millisecond per value), so tests call it on a few hundred inputs.
 */
package exo.rt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

final class BigMath {
    private BigMath() {}

    static final MathContext MC = new MathContext(70);
    private static final BigDecimal EPS = new BigDecimal("1e-75");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    static final BigDecimal PI = pi();
    static final BigDecimal LN2 = atanhSeries(BigDecimal.ONE.divide(BigDecimal.valueOf(3), MC)).multiply(TWO);

    // 16 atan(1/5) - 4 atan(1/239), to 700 digits for reducing huge trig arguments.
    private static BigDecimal pi() {
        MathContext mc = new MathContext(700);
        return atanInverse(5, mc).multiply(BigDecimal.valueOf(16))
                .subtract(atanInverse(239, mc).multiply(BigDecimal.valueOf(4)), mc);
    }

    private static BigDecimal atanInverse(int k, MathContext mc) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal power = BigDecimal.ONE.divide(BigDecimal.valueOf(k), mc);
        BigDecimal kk = BigDecimal.valueOf((long) k * k);
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 5);
        for (int n = 1; power.compareTo(eps) > 0; n += 2) {
            BigDecimal term = power.divide(BigDecimal.valueOf(n), mc);
            sum = (n / 2) % 2 == 0 ? sum.add(term, mc) : sum.subtract(term, mc);
            power = power.divide(kk, mc);
        }
        return sum;
    }

    // u + u^3/3 + u^5/5 + ... for small |u|
    private static BigDecimal atanhSeries(BigDecimal u) {
        BigDecimal u2 = u.multiply(u, MC);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal power = u;
        for (int n = 1; power.abs().compareTo(EPS) > 0; n += 2) {
            sum = sum.add(power.divide(BigDecimal.valueOf(n), MC), MC);
            power = power.multiply(u2, MC);
        }
        return sum;
    }

    static BigDecimal exp(BigDecimal x) {
        int halvings = 0;
        while (x.abs().compareTo(new BigDecimal("0.01")) > 0) {
            x = x.divide(TWO, MC);
            halvings++;
        }
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int n = 1; term.abs().compareTo(EPS) > 0; n++) {
            term = term.multiply(x, MC).divide(BigDecimal.valueOf(n), MC);
            sum = sum.add(term, MC);
        }
        MathContext wide = new MathContext(MC.getPrecision() + 10);
        for (int i = 0; i < halvings; i++) {
            sum = sum.multiply(sum, wide);
        }
        return sum;
    }

    /** ln x for x > 0: x = 2^k m with m in [0.75, 1.5], ln m = 2 atanh((m-1)/(m+1)). */
    static BigDecimal log(BigDecimal x) {
        int k = 0;
        while (x.compareTo(new BigDecimal("1.5")) > 0) {
            x = x.divide(TWO);
            k++;
        }
        while (x.compareTo(new BigDecimal("0.75")) < 0) {
            x = x.multiply(TWO);
            k--;
        }
        BigDecimal u = x.subtract(BigDecimal.ONE).divide(x.add(BigDecimal.ONE), MC);
        return atanhSeries(u).multiply(TWO).add(LN2.multiply(BigDecimal.valueOf(k)), MC);
    }

    private static BigDecimal reduceTwoPi(BigDecimal x) {
        MathContext wide = new MathContext(700);
        BigDecimal twoPi = PI.multiply(TWO);
        BigDecimal q = x.divide(twoPi, wide).setScale(0, RoundingMode.HALF_EVEN);
        return x.subtract(q.multiply(twoPi, wide), wide).round(MC);
    }

    static BigDecimal sin(BigDecimal x) {
        return sinCosSeries(reduceTwoPi(x), 1);
    }

    static BigDecimal cos(BigDecimal x) {
        return sinCosSeries(reduceTwoPi(x), 0);
    }

    private static BigDecimal sinCosSeries(BigDecimal x, int first) {
        BigDecimal x2 = x.multiply(x, MC);
        BigDecimal term = first == 1 ? x : BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ZERO;
        for (int n = first; term.abs().compareTo(EPS) > 0; n += 2) {
            sum = sum.add(term, MC);
            term = term.multiply(x2, MC).divide(BigDecimal.valueOf((long) (n + 1) * (n + 2)), MC).negate();
        }
        return sum;
    }

    /** atan by halving the argument (atan x = 2 atan(x / (1 + sqrt(1 + x^2)))), then Taylor. */
    static BigDecimal atan(BigDecimal x) {
        int halvings = 0;
        while (x.abs().compareTo(new BigDecimal("0.05")) > 0) {
            x = x.divide(BigDecimal.ONE.add(BigDecimal.ONE.add(x.multiply(x, MC)).sqrt(MC)), MC);
            halvings++;
        }
        BigDecimal x2 = x.multiply(x, MC);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal power = x;
        for (int n = 1; power.abs().compareTo(EPS) > 0; n += 2) {
            BigDecimal term = power.divide(BigDecimal.valueOf(n), MC);
            sum = (n / 2) % 2 == 0 ? sum.add(term, MC) : sum.subtract(term, MC);
            power = power.multiply(x2, MC);
        }
        return sum.multiply(BigDecimal.valueOf(1L << halvings));
    }

    /** atan2 of finite non-zero arguments. */
    static BigDecimal atan2(double y, double x) {
        double ay = Math.abs(y);
        double ax = Math.abs(x);
        BigDecimal halfPi = PI.divide(TWO, MC);
        BigDecimal a = ay <= ax ? atan(new BigDecimal(ay).divide(new BigDecimal(ax), MC))
                : halfPi.subtract(atan(new BigDecimal(ax).divide(new BigDecimal(ay), MC)));
        if (x < 0) {
            a = PI.subtract(a, MC);
        }
        return y < 0 ? a.negate() : a;
    }
}
