/*
 * exp, log and the functions built on them (pow, expm1, log1p, log10, sinh, cosh, tanh) plus
 * cbrt and hypot, for java.lang.Math. Each works in double-double arithmetic (a value is
 * hi + lo, about 106 bits) with table-driven argument reduction (MathTables), so the result
 * before the one final rounding is within ~2^-70 relative: results are correctly rounded
 * except in rare near-halfway cases, which makes them agree with the JVM's Math and
 * StrictMath almost always, and exact wherever the true result is a double.
 * Internal cores return hi and leave lo in the static field LO: the runtime has no threads.
 * Plain Java, tested on the host against BigDecimal and StrictMath (ExpLogTest).
 */
package exo.rt;

import static exo.rt.MathTables.*;

public final class ExpLog {
    private ExpLog() {}

    private static final double SPLIT = 134217729.0;   // 2^27 + 1, Dekker's splitter

    /** Low part of the last double-double result of a core method. */
    private static double LO;
    /** Binary exponent of the last expCore result: the value is 2^EXP_K * (hi + LO). */
    private static int EXP_K;

    /** Low part of the exact product a*b (a*b - fl(a*b)); |a|,|b| must be below 2^996. */
    static double twoProdLo(double a, double b, double p) {
        double c = SPLIT * a;
        double ah = c - (c - a);
        double al = a - ah;
        c = SPLIT * b;
        double bh = c - (c - b);
        double bl = b - bh;
        return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    }

    /** Low part of the exact sum a+b (a+b - fl(a+b)). */
    static double twoSumLo(double a, double b, double s) {
        double bb = s - a;
        return (a - (s - bb)) + (b - bb);
    }

    // ---- exp ----

    /**
     * e^(xh + xl) = 2^EXP_K * (hi + LO) with hi in [0.7, 1.5). |xh| <= 746, |xl| tiny.
     * x = N ln2/64 + r with |r| <= ln2/128; e^x = 2^(N/64) e^r, 2^(j/64) from the table.
     */
    private static double expCore(double xh, double xl) {
        int n = (int) Math.rint(xh * INV_LN2_64);
        int j = n & 63;
        EXP_K = n >> 6;
        double t = xh - n * LN2_64_1;                  // exact
        double u = -n * LN2_64_2;                      // exact
        double rh = t + u;
        double rl = twoSumLo(t, u, rh) - n * LN2_64_3 + xl;
        double r = rh + rl;
        rl = rl - (r - rh);
        rh = r;
        double r2 = rh * rh;
        double r2l = twoProdLo(rh, rh, r2);
        // e^r - 1 = rh + r2/2 + tail
        double tail = rl * (1.0 + rh + 0.5 * r2) + 0.5 * r2l
                + rh * r2 * (1.0 / 6 + rh * (1.0 / 24 + rh * (1.0 / 120 + rh * (1.0 / 720 + rh * (1.0 / 5040)))));
        double uh = rh + 0.5 * r2;
        double ul = twoSumLo(rh, 0.5 * r2, uh) + tail;
        double th = EXP2_HI[j];
        double tl = EXP2_LO[j];
        double a = th * uh;
        double ae = twoProdLo(th, uh, a);
        double s = th + a;
        double lo = twoSumLo(th, a, s) + ae + tl + th * ul + tl * uh;
        double hi = s + lo;
        LO = lo - (hi - s);
        return hi;
    }

    /** 2^k for k in [-1022, 1023]. */
    static double pow2(int k) {
        return Double.longBitsToDouble((long) (k + 1023) << 52);
    }

    /** 2^k * (hi + lo) rounded once, including the overflow and subnormal cases. */
    private static double scale(double hi, double lo, int k) {
        if (k > -1022) {
            double v = hi + lo;
            if (k > 1023) {
                return v * 0x1p1023 * pow2(k - 1023);   // overflows to infinity as it should
            }
            return v * pow2(k);   // exact: the result is normal
        }
        // Subnormal result: round (hi + lo) to a multiple of 2^-1074 by hand, once.
        int shift = k + 1074;
        if (shift < -60) {
            return 0.0;
        }
        double uh = Math.scalb(hi, shift);   // the result in units of 2^-1074, < 2^53
        double ul = Math.scalb(lo, shift);
        double r = Math.rint(uh);
        double diff = (uh - r) + ul;
        if (diff > 0.5 || (diff == 0.5 && Math.rint(r * 0.5) * 2 != r)) {
            r += 1;
        } else if (diff < -0.5 || (diff == -0.5 && Math.rint(r * 0.5) * 2 != r)) {
            r -= 1;
        }
        return Double.longBitsToDouble((long) r);
    }

    public static double exp(double x) {
        if (!(x < 710.0)) {
            return x != x ? x : Double.POSITIVE_INFINITY;   // NaN, or overflow
        }
        if (x < -746.0) {
            return 0.0;
        }
        if (Math.abs(x) < 0x1p-54) {
            return 1.0 + x;
        }
        double hi = expCore(x, 0.0);
        return scale(hi, LO, EXP_K);
    }

    /** e^x - 1 as a double-double (result hi, LO), for |x| <= 709. */
    private static double expm1Core(double x) {
        if (Math.abs(x) < 0x1p-8) {
            // Taylor series; x^2/2 exact as a double-double.
            double x2 = x * x;
            double x2l = twoProdLo(x, x, x2);
            double tail = 0.5 * x2l + x * x2 * (1.0 / 6 + x * (1.0 / 24 + x * (1.0 / 120
                    + x * (1.0 / 720 + x * (1.0 / 5040 + x * (1.0 / 40320))))));
            double s = x + 0.5 * x2;
            double lo = twoSumLo(x, 0.5 * x2, s) + tail;
            double hi = s + lo;
            LO = lo - (hi - s);
            return hi;
        }
        double eh = expCore(x, 0.0);
        double sc = pow2(EXP_K);
        eh *= sc;
        double el = LO * sc;
        double s = eh - 1.0;
        double lo = twoSumLo(eh, -1.0, s) + el;
        double hi = s + lo;
        LO = lo - (hi - s);
        return hi;
    }

    public static double expm1(double x) {
        if (!(x <= 709.0)) {
            return exp(x);   // NaN, infinity, or so large that e^x - 1 rounds as e^x
        }
        if (x < -40.0) {
            return -1.0;   // e^x is below half an ulp of 1
        }
        if (Math.abs(x) < 0x1p-54) {
            return x;
        }
        return expm1Core(x);
    }

    // ---- log ----

    /**
     * ln x as a double-double (hi, LO) for finite x > 0. x = 2^k m with m in [0.707, 1.414);
     * m * (128/j) = 1 + z with |z| < 2^-7.4; ln x = k ln2 - ln(128/j) + ln(1 + z).
     */
    private static double logCore(double x) {
        int k = 0;
        if (x < Double.MIN_NORMAL) {
            x *= 0x1p54;
            k = -54;
        }
        long bits = Double.doubleToRawLongBits(x);
        k += (int) (bits >>> 52) - 1023;
        double m = Double.longBitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L);
        int j = (int) (m * 128 + 0.5);
        if (j > 181) {
            m *= 0.5;
            k++;
            j = (int) (m * 128 + 0.5);
        }
        int i = j - 91;
        double iv = LOG_INV[i];
        double p = m * iv;
        double zh = p - 1.0;                             // exact
        double zl = twoProdLo(m, iv, p);
        double z2 = zh * zh;
        double z2l = twoProdLo(zh, zh, z2);
        double poly = zh * z2 * (1.0 / 3 - zh * (1.0 / 4 - zh * (1.0 / 5 - zh * (1.0 / 6
                - zh * (1.0 / 7 - zh * (1.0 / 8 - zh * (1.0 / 9)))))));
        double a = k * LN2_HI;                           // exact
        double s1 = a + LOG_HI[i];
        double e1 = twoSumLo(a, LOG_HI[i], s1);
        double s2 = s1 + zh;
        double e2 = twoSumLo(s1, zh, s2);
        double s3 = s2 - 0.5 * z2;
        double e3 = twoSumLo(s2, -0.5 * z2, s3);
        // zl enters through the derivative 1/(1+z) = 1 - z + z^2 - ...
        double tail = e1 + e2 + e3 + k * LN2_LO + LOG_LO[i] + zl * (1.0 - zh + z2) - 0.5 * z2l + poly;
        double hi = s3 + tail;
        LO = tail - (hi - s3);
        return hi;
    }

    public static double log(double x) {
        if (!(x > 0.0) || x == Double.POSITIVE_INFINITY) {
            if (x == 0.0) {
                return Double.NEGATIVE_INFINITY;
            }
            return (x < 0.0 || x != x) ? Double.NaN : x;
        }
        return logCore(x);   // the hi part is the rounded result
    }

    public static double log10(double x) {
        if (!(x > 0.0) || x == Double.POSITIVE_INFINITY) {
            return log(x);
        }
        double lh = logCore(x);
        double ll = LO;
        double p = lh * INV_LN10_HI;
        return p + (twoProdLo(lh, INV_LN10_HI, p) + lh * INV_LN10_LO + ll * INV_LN10_HI);
    }

    public static double log1p(double x) {
        if (!(x > -1.0) || x == Double.POSITIVE_INFINITY) {
            if (x == -1.0) {
                return Double.NEGATIVE_INFINITY;
            }
            return (x < -1.0 || x != x) ? Double.NaN : x;
        }
        if (Math.abs(x) < 0x1p-54) {
            return x;
        }
        if (Math.abs(x) < 0x1p-7) {
            double x2 = x * x;
            double x2l = twoProdLo(x, x, x2);
            double poly = x * x2 * (1.0 / 3 - x * (1.0 / 4 - x * (1.0 / 5 - x * (1.0 / 6
                    - x * (1.0 / 7 - x * (1.0 / 8 - x * (1.0 / 9 - x * (1.0 / 10 - x * (1.0 / 11)))))))));
            double s = x - 0.5 * x2;
            return s + (twoSumLo(x, -0.5 * x2, s) - 0.5 * x2l + poly);
        }
        double u = 1.0 + x;
        double ul = twoSumLo(1.0, x, u);
        double lh = logCore(u);
        return lh + (LO + ul / u);
    }

    // ---- pow ----

    public static double pow(double x, double y) {
        if (y == 0.0) {
            return 1.0;
        }
        if (y != y || x != x) {
            return Double.NaN;   // x == 1 with y NaN is NaN in Java, unlike C
        }
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        if (ay == Double.POSITIVE_INFINITY) {
            if (ax == 1.0) {
                return Double.NaN;
            }
            return (ax > 1.0) == (y > 0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        // 0: not an integer, 1: odd integer, 2: even integer.
        int yKind = ay >= 0x1p53 ? 2 : (Math.rint(y) != y ? 0 : ((long) ay % 2 == 1 ? 1 : 2));
        boolean negate = x < 0 || (x == 0 && 1 / x < 0);
        negate &= yKind == 1;
        if (ax == 0.0 || ax == Double.POSITIVE_INFINITY) {
            boolean big = (ax == 0.0) == (y < 0);
            double r = big ? Double.POSITIVE_INFINITY : 0.0;
            return negate ? -r : r;
        }
        if (x < 0 && yKind == 0) {
            return Double.NaN;
        }
        if (y == 1.0) {
            return x;
        }
        if (ax == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double lh = logCore(ax);
        double ll = LO;
        double ph = y * lh;
        double pl = twoProdLo(y, lh, ph) + y * ll;
        double r;
        if (ph > 710) {
            r = Double.POSITIVE_INFINITY;
        } else if (ph < -746) {
            r = 0.0;
        } else {
            double t = ph + pl;
            double hi = expCore(t, pl - (t - ph));
            r = scale(hi, LO, EXP_K);
        }
        return negate ? -r : r;
    }

    // ---- hyperbolic ----

    /** (e^|x| + sign e^-|x|) / 2 for sinh (sign -1) and cosh (sign +1), |x| >= 2^-8. */
    private static double hyperbolic(double ax, double sign) {
        if (ax > 40.0) {
            if (ax > 711.0) {
                return Double.POSITIVE_INFINITY;
            }
            double hi = expCore(ax, 0.0);
            return scale(hi, LO, EXP_K - 1);   // e^-|x| is below 2^-115 of the result
        }
        double eh = expCore(ax, 0.0);
        double sc = pow2(EXP_K);
        double el = LO * sc;
        eh *= sc;
        double q = 1.0 / eh;                                              // 1/e as hi + ql
        double ql = (1.0 - eh * q - twoProdLo(eh, q, eh * q) - el * q) / eh;
        double s = eh + sign * q;
        double lo = twoSumLo(eh, sign * q, s) + el + sign * ql;
        return 0.5 * (s + lo);
    }

    public static double sinh(double x) {
        double ax = Math.abs(x);
        if (ax != ax || ax == Double.POSITIVE_INFINITY || ax < 0x1p-28) {
            return x;
        }
        double r;
        if (ax < 0x1p-8) {
            double x2 = ax * ax;
            r = ax + ax * x2 * (1.0 / 6 + x2 * (1.0 / 120 + x2 * (1.0 / 5040)));
        } else {
            r = hyperbolic(ax, -1.0);
        }
        return x < 0 ? -r : r;
    }

    public static double cosh(double x) {
        double ax = Math.abs(x);
        if (ax != ax) {
            return ax;
        }
        if (ax < 0x1p-27) {
            return 1.0;
        }
        return hyperbolic(ax, 1.0);
    }

    public static double tanh(double x) {
        double ax = Math.abs(x);
        if (ax != ax || ax < 0x1p-28) {
            return x;
        }
        double r;
        if (ax > 22.0) {
            r = 1.0;
        } else {
            // tanh = E / (E + 2) with E = e^(2|x|) - 1, divided in double-double.
            double eh = expm1Core(2 * ax);
            double el = LO;
            double dh = eh + 2.0;
            double dl = twoSumLo(eh, 2.0, dh) + el;
            double q = eh / dh;
            double ql = (eh - q * dh - twoProdLo(q, dh, q * dh) + el - q * dl) / dh;
            r = q + ql;
        }
        return x < 0 ? -r : r;
    }

    // ---- roots ----

    public static double cbrt(double x) {
        if (x == 0.0 || x != x || Math.abs(x) == Double.POSITIVE_INFINITY) {
            return x;
        }
        double ax = Math.abs(x);
        int k = 0;
        if (ax < Double.MIN_NORMAL) {
            ax *= 0x1p54;
            k = -18;
        }
        // ax = m 2^(3q) with m in [1, 8): cbrt(ax) = cbrt(m) 2^q.
        int e = Math.getExponent(ax);
        int q = Math.floorDiv(e, 3);
        double m = Math.scalb(ax, -3 * q);
        double y = Double.longBitsToDouble(Double.doubleToRawLongBits(m) / 3 + (682L << 52));
        for (int i = 0; i < 5; i++) {
            y = y - (y * y * y - m) / (3 * y * y);   // Newton
        }
        // One last Newton step with the residual y^3 - m computed exactly.
        double y2 = y * y;
        double y2l = twoProdLo(y, y, y2);
        double y3 = y2 * y;
        double y3l = twoProdLo(y2, y, y3) + y2l * y;
        double d = (y3 - m) + y3l;
        y = y - d / (3 * y2);
        double r = Math.scalb(y, q + k);
        return x < 0 ? -r : r;
    }

    public static double hypot(double x, double y) {
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        if (ax == Double.POSITIVE_INFINITY || ay == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        if (ax != ax || ay != ay) {
            return Double.NaN;
        }
        if (ax < ay) {
            double t = ax;
            ax = ay;
            ay = t;
        }
        if (ay == 0.0) {
            return ax;
        }
        if (ax > ay * 0x1p60) {
            return ax + ay;
        }
        int e = Math.getExponent(ax);
        int s = e > 500 ? -600 : (e < -500 ? 600 : 0);
        ax = Math.scalb(ax, s);
        ay = Math.scalb(ay, s);
        double a2 = ax * ax;
        double b2 = ay * ay;
        double sh = a2 + b2;
        double sl = twoSumLo(a2, b2, sh) + twoProdLo(ax, ax, a2) + twoProdLo(ay, ay, b2);
        double r = Math.sqrt(sh);
        double r2 = r * r;
        double rl = ((sh - r2) - twoProdLo(r, r, r2) + sl) / (2 * r);
        return Math.scalb(r + rl, -s);
    }
}
