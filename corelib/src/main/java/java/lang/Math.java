/*
 * Math functions. The exact and bit-level ones (abs, min/max with NaN and -0.0, rounding,
 * *Exact, floorDiv/Mod, ulp, scalb, ...) are here; sqrt is a native; the transcendental
 * functions are exo.rt.ExpLog and exo.rt.Trig, which round almost always correctly (so they
 * agree with both the JVM's intrinsics and StrictMath). StrictMath shares all of it.
 */
package java.lang;

import exo.rt.ExpLog;
import exo.rt.Trig;
import java.util.Random;

public final class Math {
    private Math() {}

    public static final double E = 2.718281828459045;
    public static final double PI = 3.141592653589793;

    private static final double DEGREES_TO_RADIANS = PI / 180.0;
    private static final double RADIANS_TO_DEGREES = 180.0 / PI;
    private static Random randomNumberGenerator;

    // ---- transcendental ----

    public static double sin(double a) { return Trig.sin(a); }
    public static double cos(double a) { return Trig.cos(a); }
    public static double tan(double a) { return Trig.tan(a); }
    public static double asin(double a) { return Trig.asin(a); }
    public static double acos(double a) { return Trig.acos(a); }
    public static double atan(double a) { return Trig.atan(a); }
    public static double atan2(double y, double x) { return Trig.atan2(y, x); }
    public static double exp(double a) { return ExpLog.exp(a); }
    public static double expm1(double x) { return ExpLog.expm1(x); }
    public static double log(double a) { return ExpLog.log(a); }
    public static double log10(double a) { return ExpLog.log10(a); }
    public static double log1p(double x) { return ExpLog.log1p(x); }
    public static double pow(double a, double b) { return ExpLog.pow(a, b); }
    public static double sinh(double x) { return ExpLog.sinh(x); }
    public static double cosh(double x) { return ExpLog.cosh(x); }
    public static double tanh(double x) { return ExpLog.tanh(x); }
    public static double cbrt(double a) { return ExpLog.cbrt(a); }
    public static double hypot(double x, double y) { return ExpLog.hypot(x, y); }

    /** Correctly rounded square root (the runtime uses the hardware instruction). */
    public static native double sqrt(double a);

    public static double toRadians(double angdeg) {
        return angdeg * DEGREES_TO_RADIANS;
    }

    public static double toDegrees(double angrad) {
        return angrad * RADIANS_TO_DEGREES;
    }

    public static double random() {
        if (randomNumberGenerator == null) {
            randomNumberGenerator = new Random();
        }
        return randomNumberGenerator.nextDouble();
    }

    /**
     * f1 - n f2 with n the integer nearest f1/f2 (ties to even), exactly: the truncated
     * remainder comes from long division on the mantissas, then moves by one f2 if past half.
     */
    public static double IEEEremainder(double f1, double f2) {
        if (f1 != f1 || f2 != f2 || abs(f1) == Double.POSITIVE_INFINITY || f2 == 0.0) {
            return Double.NaN;
        }
        if (abs(f2) == Double.POSITIVE_INFINITY || f1 == 0.0) {
            return f1;
        }
        double ax = abs(f1);
        double ay = abs(f2);
        double r = ax;
        boolean odd = false;   // parity of the truncated quotient
        if (ax >= ay) {
            long bx = Double.doubleToRawLongBits(ax);
            long by = Double.doubleToRawLongBits(ay);
            int ex = max(1, (int) (bx >>> 52));
            int ey = max(1, (int) (by >>> 52));
            long mx = (bx & 0x000FFFFFFFFFFFFFL) | (bx >>> 52 != 0 ? 0x0010000000000000L : 0);
            long my = (by & 0x000FFFFFFFFFFFFFL) | (by >>> 52 != 0 ? 0x0010000000000000L : 0);
            long rest = mx % my;
            odd = ((mx / my) & 1) != 0;
            for (int i = ex; i > ey; i--) {   // bring down one bit of ax per step
                rest <<= 1;
                odd = rest >= my;
                if (odd) {
                    rest -= my;
                }
            }
            r = scalb((double) rest, ey - 1075);   // exact: it is below ay
        }
        if (r > ay - r || (r == ay - r && odd)) {
            r -= ay;
        }
        return f1 < 0 ? -r : r;
    }

    // ---- rounding ----

    public static double floor(double a) {
        if (!(abs(a) < 0x1p52)) {
            return a;   // NaN, infinite, or already an integer
        }
        double d = (long) a;
        if (d == a) {
            return a;   // keeps -0.0
        }
        return d > a ? d - 1.0 : d;
    }

    public static double ceil(double a) {
        if (!(abs(a) < 0x1p52)) {
            return a;
        }
        double d = (long) a;
        if (d == a) {
            return a;
        }
        if (d < a) {
            d += 1.0;
        }
        return d == 0.0 ? -0.0 : d;   // only (-1, 0) rounds up to zero, and it is -0.0
    }

    /** Round half to even, by adding and removing 2^52 (the FPU rounds to nearest even). */
    public static double rint(double a) {
        double twoToThe52 = 0x1p52;
        double sign = copySign(1.0, a);
        a = abs(a);
        if (a < twoToThe52) {
            a = (twoToThe52 + a) - twoToThe52;
        }
        return sign * a;
    }

    /** floor(a + 0.5) computed exactly on the bits, so 0.49999999999999994 rounds to 0. */
    public static long round(double a) {
        long bits = Double.doubleToRawLongBits(a);
        int exponent = (int) ((bits >> 52) & 0x7FF) - 1023;
        if (exponent < -1) {
            return 0L;   // |a| < 0.5, and NaN is handled below
        }
        if (exponent >= 52) {
            return (long) a;   // already an integer; the cast saturates and maps NaN to 0
        }
        long mantissa = (bits & 0x000FFFFFFFFFFFFFL) | 0x0010000000000000L;
        int shift = 52 - exponent;
        long half = 1L << (shift - 1);
        return bits < 0 ? -((mantissa + half - 1) >> shift) : (mantissa + half) >> shift;
    }

    public static int round(float a) {
        int bits = Float.floatToRawIntBits(a);
        int exponent = ((bits >> 23) & 0xFF) - 127;
        if (exponent < -1) {
            return 0;
        }
        if (exponent >= 23) {
            return (int) a;
        }
        int mantissa = (bits & 0x007FFFFF) | 0x00800000;
        int shift = 23 - exponent;
        int half = 1 << (shift - 1);
        return bits < 0 ? -((mantissa + half - 1) >> shift) : (mantissa + half) >> shift;
    }

    // ---- abs, min, max ----

    public static int abs(int a) {
        return (a < 0) ? -a : a;
    }

    public static long abs(long a) {
        return (a < 0) ? -a : a;
    }

    public static float abs(float a) {
        return (a <= 0.0F) ? 0.0F - a : a;   // 0 - (-0.0) is +0.0
    }

    public static double abs(double a) {
        return (a <= 0.0D) ? 0.0D - a : a;
    }

    public static int absExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Integer.MIN_VALUE");
        }
        return abs(a);
    }

    public static long absExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE");
        }
        return abs(a);
    }

    public static int max(int a, int b) {
        return (a >= b) ? a : b;
    }

    public static long max(long a, long b) {
        return (a >= b) ? a : b;
    }

    public static int min(int a, int b) {
        return (a <= b) ? a : b;
    }

    public static long min(long a, long b) {
        return (a <= b) ? a : b;
    }

    // NaN wins; +0.0 is larger than -0.0.
    public static float max(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f) {
            return Float.floatToRawIntBits(a) < 0 ? b : a;
        }
        return (a >= b) ? a : b;
    }

    public static double max(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0d && b == 0.0d) {
            return Double.doubleToRawLongBits(a) < 0 ? b : a;
        }
        return (a >= b) ? a : b;
    }

    public static float min(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f) {
            return Float.floatToRawIntBits(b) < 0 ? b : a;
        }
        return (a <= b) ? a : b;
    }

    public static double min(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0d && b == 0.0d) {
            return Double.doubleToRawLongBits(b) < 0 ? b : a;
        }
        return (a <= b) ? a : b;
    }

    // ---- exact integer arithmetic ----

    public static int addExact(int x, int y) {
        int r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {   // both operands differ in sign from the result
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    public static long addExact(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int subtractExact(int x, int y) {
        int r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    public static long subtractExact(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int multiplyExact(int x, int y) {
        long r = (long) x * (long) y;
        if ((int) r != r) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) r;
    }

    public static long multiplyExact(long x, int y) {
        return multiplyExact(x, (long) y);
    }

    public static long multiplyExact(long x, long y) {
        long r = x * y;
        long ax = abs(x);
        long ay = abs(y);
        if (((ax | ay) >>> 31 != 0)) {
            // Large operands: check by division, and the one case division cannot see.
            if (((y != 0) && (r / y != x)) || (x == Long.MIN_VALUE && y == -1)) {
                throw new ArithmeticException("long overflow");
            }
        }
        return r;
    }

    public static long multiplyFull(int x, int y) {
        return (long) x * (long) y;
    }

    public static long multiplyHigh(long x, long y) {
        return Long.multiplyHigh(x, y);
    }

    public static int incrementExact(int a) {
        if (a == Integer.MAX_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a + 1;
    }

    public static long incrementExact(long a) {
        if (a == Long.MAX_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a + 1L;
    }

    public static int decrementExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a - 1;
    }

    public static long decrementExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a - 1L;
    }

    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return -a;
    }

    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return -a;
    }

    public static int toIntExact(long value) {
        if ((int) value != value) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) value;
    }

    public static int floorDiv(int x, int y) {
        int q = x / y;
        if ((x ^ y) < 0 && (q * y != x)) {   // signs differ and inexact: round down
            q--;
        }
        return q;
    }

    public static long floorDiv(long x, int y) {
        return floorDiv(x, (long) y);
    }

    public static long floorDiv(long x, long y) {
        long q = x / y;
        if ((x ^ y) < 0 && (q * y != x)) {
            q--;
        }
        return q;
    }

    public static int floorMod(int x, int y) {
        int m = x % y;
        if ((m ^ y) < 0 && m != 0) {   // the remainder takes the divisor's sign
            m += y;
        }
        return m;
    }

    public static int floorMod(long x, int y) {
        return (int) floorMod(x, (long) y);
    }

    public static long floorMod(long x, long y) {
        long m = x % y;
        if ((m ^ y) < 0 && m != 0) {
            m += y;
        }
        return m;
    }

    // ---- sign, exponent and neighbours ----

    public static double signum(double d) {
        return (d == 0.0 || d != d) ? d : copySign(1.0, d);
    }

    public static float signum(float f) {
        return (f == 0.0f || f != f) ? f : copySign(1.0f, f);
    }

    public static double copySign(double magnitude, double sign) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(sign) & Long.MIN_VALUE)
                | (Double.doubleToRawLongBits(magnitude) & Long.MAX_VALUE));
    }

    public static float copySign(float magnitude, float sign) {
        return Float.intBitsToFloat((Float.floatToRawIntBits(sign) & Integer.MIN_VALUE)
                | (Float.floatToRawIntBits(magnitude) & Integer.MAX_VALUE));
    }

    public static int getExponent(double d) {
        return (int) ((Double.doubleToRawLongBits(d) >>> 52) & 0x7FF) - 1023;
    }

    public static int getExponent(float f) {
        return ((Float.floatToRawIntBits(f) >>> 23) & 0xFF) - 127;
    }

    /** 2^n for n in the normal range [-1022, 1023]. */
    static double powerOfTwoD(int n) {
        return Double.longBitsToDouble((long) (n + 1023) << 52);
    }

    public static double ulp(double d) {
        int exp = getExponent(d);
        if (exp == 1024) {
            return abs(d);            // NaN or infinity
        }
        if (exp == -1023) {
            return Double.MIN_VALUE;  // zero or subnormal
        }
        exp -= 52;
        if (exp >= -1022) {
            return powerOfTwoD(exp);
        }
        return Double.longBitsToDouble(1L << (exp + 1074));
    }

    public static float ulp(float f) {
        int exp = getExponent(f);
        if (exp == 128) {
            return abs(f);
        }
        if (exp == -127) {
            return Float.MIN_VALUE;
        }
        exp -= 23;
        if (exp >= -126) {
            return Float.intBitsToFloat((exp + 127) << 23);
        }
        return Float.intBitsToFloat(1 << (exp + 149));
    }

    public static double nextUp(double d) {
        if (d != d || d == Double.POSITIVE_INFINITY) {
            return d;
        }
        d += 0.0d;   // -0.0 becomes +0.0
        return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + ((d >= 0.0d) ? +1L : -1L));
    }

    public static float nextUp(float f) {
        if (f != f || f == Float.POSITIVE_INFINITY) {
            return f;
        }
        f += 0.0f;
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) + ((f >= 0.0f) ? +1 : -1));
    }

    public static double nextDown(double d) {
        if (d != d || d == Double.NEGATIVE_INFINITY) {
            return d;
        }
        if (d == 0.0) {
            return -Double.MIN_VALUE;
        }
        return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + ((d > 0.0d) ? -1L : +1L));
    }

    public static float nextDown(float f) {
        if (f != f || f == Float.NEGATIVE_INFINITY) {
            return f;
        }
        if (f == 0.0f) {
            return -Float.MIN_VALUE;
        }
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) + ((f > 0.0f) ? -1 : +1));
    }

    public static double nextAfter(double start, double direction) {
        if (start > direction) {
            return nextDown(start);
        }
        if (start < direction) {
            return nextUp(start);
        }
        if (start == direction) {
            return direction;
        }
        return start + direction;   // a NaN
    }

    public static float nextAfter(float start, double direction) {
        if (start > direction) {
            return nextDown(start);
        }
        if (start < direction) {
            return nextUp(start);
        }
        if (start == direction) {
            return (float) direction;
        }
        return start + (float) direction;
    }

    /**
     * d * 2^scaleFactor rounded once: the scaling steps before the last one are exact because
     * they keep the value normal; only the final multiplication can round.
     */
    public static double scalb(double d, int scaleFactor) {
        if (d == 0.0 || d != d || abs(d) == Double.POSITIVE_INFINITY) {
            return d;
        }
        int n = max(-2200, min(2200, scaleFactor));
        if (getExponent(d) == -1023) {
            d *= 0x1p54;   // normalise a subnormal
            n -= 54;
        }
        int target = getExponent(d) + n;
        if (target > 1023) {
            return copySign(Double.POSITIVE_INFINITY, d);
        }
        if (target >= -1022) {
            int half = n / 2;
            return d * powerOfTwoD(half) * powerOfTwoD(n - half);
        }
        int toMin = -1022 - getExponent(d);   // brings d to exponent -1022, exactly
        int half = toMin / 2;
        d = d * powerOfTwoD(half) * powerOfTwoD(toMin - half);
        int rest = target + 1022;
        if (rest < -60) {
            return copySign(0.0, d);
        }
        return d * powerOfTwoD(rest);
    }

    public static float scalb(float f, int scaleFactor) {
        int n = max(-300, min(300, scaleFactor));
        return (float) ((double) f * powerOfTwoD(n));   // exact in double, rounded once to float
    }
}
