/*
 * sin, cos, tan, asin, acos, atan and atan2 for java.lang.Math, in double-double arithmetic
 * like ExpLog. Arguments beyond pi/4 are reduced modulo pi/2: Cody-Waite with a three-part
 * pi/2 for |x| < 2^20 pi/2, and Payne-Hanek with 2/pi to 1500 bits (MathTables) for larger
 * arguments or when the reduced value is tiny. The reduced r is then split as j/64 + t and
 * sin/cos(j/64) come from a table, so only short Taylor series of t are needed. Results are
 * correctly rounded except in rare near-halfway cases. Cores leave the low part in LO and
 * the quadrant in QUADRANT (no threads). Tested on the host by TrigTest.
 */
package exo.rt;

import static exo.rt.ExpLog.twoProdLo;
import static exo.rt.ExpLog.twoSumLo;
import static exo.rt.MathTables.*;

public final class Trig {
    private Trig() {}

    private static double LO;
    private static int QUADRANT;

    private static final double PIO4 = 0.7853981633974483;

    // ---- argument reduction ----

    /** r = x - n pi/2 as (hi, LO) with |r| <= pi/4 (a hair more); n mod 4 goes to QUADRANT. */
    private static double reduce(double x) {
        double ax = Math.abs(x);
        if (ax < 0x1p20 * 1.5707963267948966) {
            double nd = Math.rint(ax * INV_PIO2);
            double t = ax - nd * PIO2_1;            // exact
            double u = -nd * PIO2_2;                // exact
            double rh = t + u;
            double rl = twoSumLo(t, u, rh) - nd * PIO2_3;
            double r = rh + rl;
            rl = rl - (r - rh);
            // The reduction is good to ~2^-100 absolute: enough unless r is tiny.
            if (Math.abs(r) > 0x1p-28) {
                int n = (int) nd;
                if (x < 0) {
                    r = -r;
                    rl = -rl;
                    n = -n;
                }
                QUADRANT = n & 3;
                LO = rl;
                return r;
            }
        }
        return payneHanek(x);
    }

    /**
     * x * 2/pi modulo 4 from the bits of 2/pi, in base-2^24 digits. With x = M 2^e and
     * M << b split in four 24-bit digits n_j (e = 24a + b), digit d of the product collects
     * n_j * TWO_OVER_PI[k] for k = j + a - 1 - d; digits above 2^1 only add multiples of 4.
     */
    private static double payneHanek(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int e = (int) ((bits >>> 52) & 0x7FF) - 1075;
        long m = (bits & 0x000FFFFFFFFFFFFFL) | 0x0010000000000000L;
        int a = Math.floorDiv(e, 24);
        int b = e - 24 * a;
        long mask = 0xFFFFFF;
        long[] n = {
            (m << b) & mask,
            (m >>> (24 - b)) & mask,
            (m >>> (48 - b)) & mask,
            72 - b >= 53 ? 0 : m >>> (72 - b)
        };
        long[] s = new long[8];   // s[D]: digit of weight 2^(-24 D)
        int[] table = TWO_OVER_PI;
        for (int d = 0; d < 8; d++) {
            for (int j = 0; j < 4; j++) {
                int k = j + a - 1 + d;
                if (k >= 0 && k < table.length) {
                    s[d] += n[j] * table[k];
                }
            }
        }
        for (int d = 7; d > 0; d--) {
            s[d - 1] += s[d] >> 24;
            s[d] &= mask;
        }
        int quadrant = (int) (s[0] & 3);
        // The fraction as two 63-bit words: f = f1 2^-63 + f2 2^-126.
        long f1 = (s[1] << 39) | (s[2] << 15) | (s[3] >>> 9);
        long f2 = ((s[3] & 0x1FF) << 54) | (s[4] << 30) | (s[5] << 6) | (s[6] >>> 18);
        boolean negative = (f1 >>> 62) != 0;
        if (negative) {
            // f >= 1/2: use f - 1 = -(1 - f) and the next quadrant.
            quadrant++;
            if (f2 == 0) {
                f1 = (1L << 63) - f1;
            } else {
                f1 = (1L << 63) - f1 - 1;
                f2 = (1L << 63) - f2;
            }
        }
        double fa = (double) (f1 & ~0x7FFL) * 0x1p-63;   // each part converts exactly
        double fb = (double) (f1 & 0x7FFL) * 0x1p-63;
        double fc = (double) (f2 & ~0x7FFL) * 0x1p-126;
        double fd = (double) (f2 & 0x7FFL) * 0x1p-126;
        double s1 = fa + fb;
        double lo = twoSumLo(fa, fb, s1);
        double s2 = s1 + fc;
        lo += twoSumLo(s1, fc, s2) + fd;
        double fh = s2 + lo;
        double fl = lo - (fh - s2);
        double rh = fh * PIO2_HI;
        double rl = twoProdLo(fh, PIO2_HI, rh) + fh * PIO2_LO + fl * PIO2_HI;
        double r = rh + rl;
        rl = rl - (r - rh);
        if (negative != (x < 0)) {
            r = -r;
            rl = -rl;
        }
        if (x < 0) {
            quadrant = -quadrant;
        }
        QUADRANT = quadrant & 3;
        LO = rl;
        return r;
    }

    // ---- cores on the reduced argument ----

    /** sin(rh + rl) for |r| <= pi/4, as (hi, LO): sin(j/64 + t) = S cos t + C sin t. */
    private static double sinCore(double rh, double rl) {
        boolean negative = rh < 0;
        if (negative) {
            rh = -rh;
            rl = -rl;
        }
        int j = (int) (rh * 64 + 0.5);
        double th = rh - j * 0.015625;                 // exact
        double t = th + rl;
        double tl = twoSumLo(th, rl, t);
        double t2 = t * t;
        double sp = t * t2 * (-1.0 / 6 + t2 * (1.0 / 120 + t2 * (-1.0 / 5040 + t2 * (1.0 / 362880))));
        double cm = t2 * (-0.5 + t2 * (1.0 / 24 + t2 * (-1.0 / 720 + t2 * (1.0 / 40320))));
        double sh = SIN_HI[j];
        double ch = COS_HI[j];
        double p = ch * t;
        double s = sh + p;
        double lo = twoSumLo(sh, p, s) + twoProdLo(ch, t, p) + SIN_LO[j] + (ch - sh * t) * tl + COS_LO[j] * t
                + sh * cm + ch * sp;
        double hi = s + lo;
        lo = lo - (hi - s);
        LO = negative ? -lo : lo;
        return negative ? -hi : hi;
    }

    /** cos(rh + rl) for |r| <= pi/4, as (hi, LO): cos(j/64 + t) = C cos t - S sin t. */
    private static double cosCore(double rh, double rl) {
        if (rh < 0) {
            rh = -rh;
            rl = -rl;
        }
        int j = (int) (rh * 64 + 0.5);
        double th = rh - j * 0.015625;
        double t = th + rl;
        double tl = twoSumLo(th, rl, t);
        double t2 = t * t;
        double sp = t * t2 * (-1.0 / 6 + t2 * (1.0 / 120 + t2 * (-1.0 / 5040 + t2 * (1.0 / 362880))));
        double cm = t2 * (-0.5 + t2 * (1.0 / 24 + t2 * (-1.0 / 720 + t2 * (1.0 / 40320))));
        double sh = SIN_HI[j];
        double ch = COS_HI[j];
        double p = sh * t;
        double s = ch - p;
        double lo = twoSumLo(ch, -p, s) - twoProdLo(sh, t, p) + COS_LO[j] - (sh + ch * t) * tl - SIN_LO[j] * t
                + ch * cm - sh * sp;
        double hi = s + lo;
        LO = lo - (hi - s);
        return hi;
    }

    public static double sin(double x) {
        double ax = Math.abs(x);
        if (ax <= PIO4) {
            return ax < 0x1p-26 ? x : sinCore(x, 0.0);
        }
        if (!(ax <= Double.MAX_VALUE)) {
            return x - x;   // NaN for NaN and infinities
        }
        double r = reduce(x);
        double rl = LO;
        switch (QUADRANT) {
            case 0: return sinCore(r, rl);
            case 1: return cosCore(r, rl);
            case 2: return -sinCore(r, rl);
            default: return -cosCore(r, rl);
        }
    }

    public static double cos(double x) {
        double ax = Math.abs(x);
        if (ax <= PIO4) {
            return ax < 0x1p-27 ? 1.0 : cosCore(x, 0.0);
        }
        if (!(ax <= Double.MAX_VALUE)) {
            return x - x;
        }
        double r = reduce(x);
        double rl = LO;
        switch (QUADRANT) {
            case 0: return cosCore(r, rl);
            case 1: return -sinCore(r, rl);
            case 2: return -cosCore(r, rl);
            default: return sinCore(r, rl);
        }
    }

    public static double tan(double x) {
        double ax = Math.abs(x);
        if (ax < 0x1p-27) {
            return x;
        }
        if (!(ax <= Double.MAX_VALUE)) {
            return x - x;
        }
        double r = x;
        double rl = 0.0;
        int quadrant = 0;
        if (ax > PIO4) {
            r = reduce(x);
            rl = LO;
            quadrant = QUADRANT;
        }
        double sh = sinCore(r, rl);
        double sl = LO;
        double ch = cosCore(r, rl);
        double cl = LO;
        if ((quadrant & 1) == 0) {
            double q = sh / ch;
            return q + divLo(sh, sl, ch, cl, q);
        }
        double q = -ch / sh;   // tan(r + pi/2) = -cos r / sin r
        return q + divLo(-ch, -cl, sh, sl, q);
    }

    /** The low part of (nh + nl) / (dh + dl) whose rounded quotient is q. */
    private static double divLo(double nh, double nl, double dh, double dl, double q) {
        double p = q * dh;
        return (nh - p - twoProdLo(q, dh, p) + nl - q * dl) / dh;
    }

    // ---- inverse functions ----

    /**
     * atan(xh + xl) for 0 <= x <= 1 as (hi, LO): with c = j/64 near x,
     * atan x = atan c + atan t, t = (x - c) / (1 + x c), |t| <= 1/128.
     */
    private static double atanCore(double xh, double xl) {
        int j = (int) (xh * 64 + 0.5);
        double c = j * 0.015625;
        double nh = xh - c;                            // exact
        double n = nh + xl;
        double nl = twoSumLo(nh, xl, n);
        double p = xh * c;
        double d = 1.0 + p;
        double dl = twoSumLo(1.0, p, d) + twoProdLo(xh, c, p) + xl * c;
        double t = n / d;
        double tl = divLo(n, nl, d, dl, t);
        double t2 = t * t;
        double poly = t * t2 * (-1.0 / 3 + t2 * (1.0 / 5 + t2 * (-1.0 / 7 + t2 * (1.0 / 9))));
        double ah = ATAN_HI[j];
        double s = ah + t;
        double lo = twoSumLo(ah, t, s) + ATAN_LO[j] + tl + poly;
        double hi = s + lo;
        LO = lo - (hi - s);
        return hi;
    }

    /** offset + sign * (ah + al), rounded once; offset is a double-double (oh, ol). */
    private static double combine(double oh, double ol, double sign, double ah, double al) {
        double s = oh + sign * ah;
        return s + (twoSumLo(oh, sign * ah, s) + ol + sign * al);
    }

    public static double atan(double x) {
        double ax = Math.abs(x);
        if (ax != ax || ax < 0x1p-27) {
            return x;
        }
        double r;
        if (ax <= 1.0) {
            r = atanCore(ax, 0.0);
        } else if (ax > 0x1p60) {
            r = PIO2_HI;
        } else {
            // atan x = pi/2 - atan(1/x)
            double q = 1.0 / ax;
            double a = atanCore(q, divLo(1.0, 0.0, ax, 0.0, q));
            r = combine(PIO2_HI, PIO2_LO, -1.0, a, LO);
        }
        return x < 0 ? -r : r;
    }

    public static double atan2(double y, double x) {
        if (x != x || y != y) {
            return Double.NaN;
        }
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        boolean xNegative = x < 0 || (x == 0 && 1 / x < 0);
        double r;
        if (y == 0) {
            r = xNegative ? PI_HI : 0.0;
        } else if (ax == Double.POSITIVE_INFINITY) {
            if (ay == Double.POSITIVE_INFINITY) {
                r = xNegative ? 3 * PIO4 : PIO4;
            } else {
                r = xNegative ? PI_HI : 0.0;
            }
        } else if (x == 0 || ay == Double.POSITIVE_INFINITY) {
            r = PIO2_HI;
        } else {
            r = atan2Finite(ay, ax, xNegative);
        }
        return (y < 0 || (y == 0 && 1 / y < 0)) ? -r : r;
    }

    // atan2 for finite non-zero ay, ax (both positive), in the upper half plane.
    private static double atan2Finite(double ay, double ax, boolean xNegative) {
        int e = Math.getExponent(Math.max(ay, ax));
        ay = Math.scalb(ay, -e);   // the ratio is all that matters; keep Dekker's products in range
        ax = Math.scalb(ax, -e);
        if (ay <= ax) {
            double q = ay / ax;
            if (q < 0x1p-900) {
                return xNegative ? PI_HI : q;
            }
            double a = atanCore(q, divLo(ay, 0.0, ax, 0.0, q));
            return xNegative ? combine(PI_HI, PI_LO, -1.0, a, LO) : a;
        }
        double q = ax / ay;
        if (q < 0x1p-900) {
            return PIO2_HI;
        }
        double a = atanCore(q, divLo(ax, 0.0, ay, 0.0, q));
        return combine(PIO2_HI, PIO2_LO, xNegative ? 1.0 : -1.0, a, LO);
    }

    /** sqrt(1 - x^2) for 0 <= x < 1 as (hi, LO). */
    private static double cosOfAsin(double ax) {
        double wh;
        double wl;
        if (ax >= 0.5) {
            double a = 1.0 - ax;                       // exact
            double bh = 1.0 + ax;
            double bl = twoSumLo(1.0, ax, bh);
            wh = a * bh;
            wl = twoProdLo(a, bh, wh) + a * bl;
        } else {
            double x2 = ax * ax;
            wh = 1.0 - x2;
            wl = twoSumLo(1.0, -x2, wh) - twoProdLo(ax, ax, x2);
        }
        double sh = Math.sqrt(wh);
        double p = sh * sh;
        LO = (wh - p - twoProdLo(sh, sh, p) + wl) / (2 * sh);
        return sh;
    }

    public static double asin(double x) {
        double ax = Math.abs(x);
        if (!(ax <= 1.0)) {
            return Double.NaN;
        }
        if (ax < 0x1p-26) {
            return x;
        }
        double r;
        if (ax == 1.0) {
            r = PIO2_HI;
        } else {
            double sh = cosOfAsin(ax);
            double sl = LO;
            if (ax <= sh) {
                double q = ax / sh;
                r = atanCore(q, divLo(ax, 0.0, sh, sl, q));
            } else {
                double q = sh / ax;
                double a = atanCore(q, divLo(sh, sl, ax, 0.0, q));
                r = combine(PIO2_HI, PIO2_LO, -1.0, a, LO);
            }
        }
        return x < 0 ? -r : r;
    }

    public static double acos(double x) {
        double ax = Math.abs(x);
        if (!(ax <= 1.0)) {
            return Double.NaN;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (x == -1.0) {
            return PI_HI;
        }
        if (ax < 0x1p-57) {
            return PIO2_HI;
        }
        double sh = cosOfAsin(ax);   // sin(acos x)
        double sl = LO;
        if (sh <= ax) {
            double q = sh / ax;
            double a = atanCore(q, divLo(sh, sl, ax, 0.0, q));
            return x > 0 ? a : combine(PI_HI, PI_LO, -1.0, a, LO);
        }
        double q = ax / sh;
        double a = atanCore(q, divLo(ax, 0.0, sh, sl, q));
        return combine(PIO2_HI, PIO2_LO, x > 0 ? -1.0 : 1.0, a, LO);
    }
}
