/*
 * Immutable decimal numbers: an unscaled BigInteger and a scale (value = unscaled / 10^scale),
 * with the JDK's arithmetic, rounding (RoundingMode, MathContext), preferred scales of
 * results, equals/compareTo/hashCode and the three string forms. Division rounds with the
 * exact remainder (DecimalDivision). Parsing and the double conversions are in DecimalParse.
 */
package java.math;

public class BigDecimal extends Number implements Comparable<BigDecimal> {
    private static final long serialVersionUID = 6108874887143696463L;

    public static final int ROUND_UP = 0;
    public static final int ROUND_DOWN = 1;
    public static final int ROUND_CEILING = 2;
    public static final int ROUND_FLOOR = 3;
    public static final int ROUND_HALF_UP = 4;
    public static final int ROUND_HALF_DOWN = 5;
    public static final int ROUND_HALF_EVEN = 6;
    public static final int ROUND_UNNECESSARY = 7;

    final BigInteger intVal;
    final int scale;
    private transient int precision;   // 0 = not computed yet

    public static final BigDecimal ZERO = new BigDecimal(BigInteger.ZERO, 0);
    public static final BigDecimal ONE = new BigDecimal(BigInteger.ONE, 0);
    public static final BigDecimal TWO = new BigDecimal(BigInteger.TWO, 0);
    public static final BigDecimal TEN = new BigDecimal(BigInteger.TEN, 0);

    public BigDecimal(BigInteger unscaledVal, int scale) {
        this.intVal = unscaledVal;
        this.scale = scale;
    }

    public BigDecimal(BigInteger val) {
        this(val, 0);
    }

    public BigDecimal(BigInteger unscaledVal, int scale, MathContext mc) {
        this(new BigDecimal(unscaledVal, scale).round(mc));
    }

    public BigDecimal(BigInteger val, MathContext mc) {
        this(val, 0, mc);
    }

    private BigDecimal(BigDecimal v) {
        this.intVal = v.intVal;
        this.scale = v.scale;
    }

    public BigDecimal(String val) {
        this(DecimalParse.parse(val.toCharArray(), 0, val.length()));
    }

    public BigDecimal(String val, MathContext mc) {
        this(new BigDecimal(val).round(mc));
    }

    public BigDecimal(char[] in, int offset, int len) {
        this(DecimalParse.parse(in, offset, len));
    }

    public BigDecimal(char[] in) {
        this(in, 0, in.length);
    }

    public BigDecimal(char[] in, int offset, int len, MathContext mc) {
        this(new BigDecimal(in, offset, len).round(mc));
    }

    public BigDecimal(char[] in, MathContext mc) {
        this(in, 0, in.length, mc);
    }

    /** The exact value of the double (new BigDecimal(0.1) has 55 digits). */
    public BigDecimal(double val) {
        this(DecimalParse.exact(val));
    }

    public BigDecimal(double val, MathContext mc) {
        this(DecimalParse.exact(val).round(mc));
    }

    public BigDecimal(int val) {
        this(BigInteger.valueOf(val), 0);
    }

    public BigDecimal(int val, MathContext mc) {
        this(new BigDecimal(val).round(mc));
    }

    public BigDecimal(long val) {
        this(BigInteger.valueOf(val), 0);
    }

    public BigDecimal(long val, MathContext mc) {
        this(new BigDecimal(val).round(mc));
    }

    public static BigDecimal valueOf(long unscaledVal, int scale) {
        return new BigDecimal(BigInteger.valueOf(unscaledVal), scale);
    }

    public static BigDecimal valueOf(long val) {
        return val == 0 ? ZERO : val == 1 ? ONE : val == 10 ? TEN : new BigDecimal(val);
    }

    /** Through Double.toString, so valueOf(0.1) is 0.1. */
    public static BigDecimal valueOf(double val) {
        return new BigDecimal(Double.toString(val));
    }

    static BigInteger tenPow(int n) {
        return BigInteger.TEN.pow(n);
    }

    // ---- arithmetic -------------------------------------------------------------------

    public BigDecimal add(BigDecimal augend) {
        if (scale == augend.scale) {
            return new BigDecimal(intVal.add(augend.intVal), scale);
        }
        if (scale > augend.scale) {
            return new BigDecimal(intVal.add(augend.intVal.multiply(tenPow(scale - augend.scale))), scale);
        }
        return new BigDecimal(intVal.multiply(tenPow(augend.scale - scale)).add(augend.intVal), augend.scale);
    }

    public BigDecimal add(BigDecimal augend, MathContext mc) {
        return add(augend).round(mc);
    }

    public BigDecimal subtract(BigDecimal subtrahend) {
        return add(subtrahend.negate());
    }

    public BigDecimal subtract(BigDecimal subtrahend, MathContext mc) {
        return subtract(subtrahend).round(mc);
    }

    public BigDecimal multiply(BigDecimal multiplicand) {
        return new BigDecimal(intVal.multiply(multiplicand.intVal), checkScale((long) scale + multiplicand.scale));
    }

    public BigDecimal multiply(BigDecimal multiplicand, MathContext mc) {
        return multiply(multiplicand).round(mc);
    }

    public BigDecimal divide(BigDecimal divisor, int scale, RoundingMode roundingMode) {
        return DecimalDivision.toScale(this, divisor, scale, roundingMode);
    }

    @Deprecated(since = "9")
    public BigDecimal divide(BigDecimal divisor, int scale, int roundingMode) {
        return divide(divisor, scale, RoundingMode.valueOf(roundingMode));
    }

    public BigDecimal divide(BigDecimal divisor, RoundingMode roundingMode) {
        return divide(divisor, scale, roundingMode);
    }

    @Deprecated(since = "9")
    public BigDecimal divide(BigDecimal divisor, int roundingMode) {
        return divide(divisor, scale, RoundingMode.valueOf(roundingMode));
    }

    public BigDecimal divide(BigDecimal divisor) {
        return DecimalDivision.exact(this, divisor);
    }

    public BigDecimal divide(BigDecimal divisor, MathContext mc) {
        return DecimalDivision.withContext(this, divisor, mc);
    }

    public BigDecimal divideToIntegralValue(BigDecimal divisor) {
        return DecimalDivision.integral(this, divisor);
    }

    public BigDecimal divideToIntegralValue(BigDecimal divisor, MathContext mc) {
        BigDecimal q = divideToIntegralValue(divisor);
        if (mc.precision > 0 && q.precision() > mc.precision) {
            throw new ArithmeticException("Division impossible");
        }
        return q;
    }

    public BigDecimal remainder(BigDecimal divisor) {
        return subtract(divideToIntegralValue(divisor).multiply(divisor));
    }

    public BigDecimal remainder(BigDecimal divisor, MathContext mc) {
        return subtract(divideToIntegralValue(divisor, mc).multiply(divisor));
    }

    public BigDecimal[] divideAndRemainder(BigDecimal divisor) {
        BigDecimal q = divideToIntegralValue(divisor);
        return new BigDecimal[] {q, subtract(q.multiply(divisor))};
    }

    public BigDecimal[] divideAndRemainder(BigDecimal divisor, MathContext mc) {
        BigDecimal q = divideToIntegralValue(divisor, mc);
        return new BigDecimal[] {q, subtract(q.multiply(divisor))};
    }

    public BigDecimal sqrt(MathContext mc) {
        return DecimalDivision.sqrt(this, mc);
    }

    public BigDecimal pow(int n) {
        if (n < 0 || n > 999999999) {
            throw new ArithmeticException("Invalid operation");
        }
        return new BigDecimal(intVal.pow(n), checkScale((long) scale * n));
    }

    public BigDecimal pow(int n, MathContext mc) {
        if (mc.precision == 0) {
            return pow(n);
        }
        if (n < -999999999 || n > 999999999) {
            throw new ArithmeticException("Invalid operation");
        }
        if (n == 0) {
            return ONE;
        }
        MathContext work = new MathContext(mc.precision + String.valueOf(Math.abs(n)).length() + 1, mc.roundingMode);
        BigDecimal result = this.pow(Math.abs(n)).round(work);
        if (n < 0) {
            result = ONE.divide(result, work);
        }
        return result.round(mc);
    }

    public BigDecimal abs() {
        return signum() < 0 ? negate() : this;
    }

    public BigDecimal abs(MathContext mc) {
        return abs().round(mc);
    }

    public BigDecimal negate() {
        return new BigDecimal(intVal.negate(), scale);
    }

    public BigDecimal negate(MathContext mc) {
        return negate().round(mc);
    }

    public BigDecimal plus() {
        return this;
    }

    public BigDecimal plus(MathContext mc) {
        return round(mc);
    }

    public int signum() {
        return intVal.signum();
    }

    public int scale() {
        return scale;
    }

    public int precision() {
        int p = precision;
        if (p == 0) {
            p = intVal.signum() == 0 ? 1 : intVal.abs().toString().length();
            precision = p;
        }
        return p;
    }

    public BigInteger unscaledValue() {
        return intVal;
    }

    // ---- rounding and scale -----------------------------------------------------------

    public BigDecimal round(MathContext mc) {
        int prec = mc.precision;
        if (prec == 0 || precision() <= prec) {
            return this;
        }
        int drop = precision() - prec;
        BigDecimal r = new BigDecimal(DecimalDivision.divideAndRound(intVal, tenPow(drop), mc.roundingMode),
                checkScale((long) scale - drop));
        if (r.precision() > prec) {   // 999 -> 1000: one digit more, dropped exactly
            r = new BigDecimal(r.intVal.divide(BigInteger.TEN), checkScale((long) r.scale - 1));
        }
        return r;
    }

    public BigDecimal setScale(int newScale, RoundingMode roundingMode) {
        if (newScale == scale) {
            return this;
        }
        if (newScale > scale) {
            return new BigDecimal(intVal.multiply(tenPow(newScale - scale)), newScale);
        }
        return new BigDecimal(DecimalDivision.divideAndRound(intVal, tenPow(scale - newScale), roundingMode), newScale);
    }

    @Deprecated(since = "9")
    public BigDecimal setScale(int newScale, int roundingMode) {
        return setScale(newScale, RoundingMode.valueOf(roundingMode));
    }

    public BigDecimal setScale(int newScale) {
        return setScale(newScale, RoundingMode.UNNECESSARY);
    }

    public BigDecimal movePointLeft(int n) {
        if (n == 0) {
            return this;
        }
        BigDecimal r = new BigDecimal(intVal, checkScale((long) scale + n));
        return r.scale < 0 ? r.setScale(0, RoundingMode.UNNECESSARY) : r;
    }

    public BigDecimal movePointRight(int n) {
        if (n == 0) {
            return this;
        }
        BigDecimal r = new BigDecimal(intVal, checkScale((long) scale - n));
        return r.scale < 0 ? r.setScale(0, RoundingMode.UNNECESSARY) : r;
    }

    public BigDecimal scaleByPowerOfTen(int n) {
        return new BigDecimal(intVal, checkScale((long) scale - n));
    }

    public BigDecimal stripTrailingZeros() {
        if (intVal.signum() == 0) {
            return ZERO;
        }
        return DecimalDivision.stripZeros(intVal, scale, Long.MIN_VALUE);
    }

    public BigDecimal ulp() {
        return new BigDecimal(BigInteger.ONE, scale);
    }

    static int checkScale(long s) {
        if (s > Integer.MAX_VALUE) {
            throw new ArithmeticException("Underflow");
        }
        if (s < Integer.MIN_VALUE) {
            throw new ArithmeticException("Overflow");
        }
        return (int) s;
    }

    // ---- comparison -------------------------------------------------------------------

    @Override
    public int compareTo(BigDecimal val) {
        if (scale == val.scale) {
            return intVal.compareTo(val.intVal);
        }
        int s1 = signum(), s2 = val.signum();
        if (s1 != s2) {
            return s1 > s2 ? 1 : -1;
        }
        return subtract(val).signum();
    }

    @Override
    public boolean equals(Object x) {
        return x instanceof BigDecimal && ((BigDecimal) x).scale == scale && ((BigDecimal) x).intVal.equals(intVal);
    }

    @Override
    public int hashCode() {
        return 31 * intVal.hashCode() + scale;
    }

    public BigDecimal min(BigDecimal val) {
        return compareTo(val) <= 0 ? this : val;
    }

    public BigDecimal max(BigDecimal val) {
        return compareTo(val) >= 0 ? this : val;
    }

    // ---- strings ----------------------------------------------------------------------

    @Override
    public String toString() {
        return DecimalParse.layout(this, true);
    }

    public String toEngineeringString() {
        return DecimalParse.layout(this, false);
    }

    public String toPlainString() {
        if (scale == 0) {
            return intVal.toString();
        }
        if (scale < 0) {
            return signum() == 0 ? "0" : intVal.toString() + "0".repeat(-scale);
        }
        String digits = intVal.abs().toString();
        String sign = intVal.signum() < 0 ? "-" : "";
        if (digits.length() > scale) {
            int point = digits.length() - scale;
            return sign + digits.substring(0, point) + "." + digits.substring(point);
        }
        return sign + "0." + "0".repeat(scale - digits.length()) + digits;
    }

    // ---- conversions ------------------------------------------------------------------

    public BigInteger toBigInteger() {
        if (scale <= 0) {
            return intVal.multiply(tenPow(-scale));
        }
        return intVal.divide(tenPow(scale));
    }

    public BigInteger toBigIntegerExact() {
        if (scale <= 0) {
            return intVal.multiply(tenPow(-scale));
        }
        BigInteger[] qr = intVal.divideAndRemainder(tenPow(scale));
        if (qr[1].signum() != 0) {
            throw new ArithmeticException("Rounding necessary");
        }
        return qr[0];
    }

    @Override
    public long longValue() {
        return toBigInteger().longValue();
    }

    public long longValueExact() {
        BigInteger b = toBigIntegerExact();
        if (b.bitLength() > 63) {
            throw new ArithmeticException("Overflow");
        }
        return b.longValue();
    }

    @Override
    public int intValue() {
        return toBigInteger().intValue();
    }

    public int intValueExact() {
        long v = longValueExact();
        if ((int) v != v) {
            throw new ArithmeticException("Overflow");
        }
        return (int) v;
    }

    public short shortValueExact() {
        long v = longValueExact();
        if ((short) v != v) {
            throw new ArithmeticException("Overflow");
        }
        return (short) v;
    }

    public byte byteValueExact() {
        long v = longValueExact();
        if ((byte) v != v) {
            throw new ArithmeticException("Overflow");
        }
        return (byte) v;
    }

    /** Correctly rounded, through the decimal string (Double.parseDouble rounds exactly). */
    @Override
    public double doubleValue() {
        return Double.parseDouble(toString());
    }

    @Override
    public float floatValue() {
        return Float.parseFloat(toString());
    }
}
