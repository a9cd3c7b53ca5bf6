/*
 * BigDecimal's division and rounding: an integer quotient rounded by the exact remainder in
 * any RoundingMode ("Rounding necessary" for UNNECESSARY), division to a scale, to a
 * MathContext precision, exactly ("Non-terminating decimal expansion; no exact representable
 * decimal result."), to an integral value, trailing-zero stripping toward a preferred scale,
 * and square roots.
 */
package java.math;

final class DecimalDivision {
    private DecimalDivision() {}

    /** num / den rounded to an integer in mode rm. */
    static BigInteger divideAndRound(BigInteger num, BigInteger den, RoundingMode rm) {
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0], r = qr[1];
        if (r.signum() == 0) {
            return q;
        }
        int sign = num.signum() * den.signum();   // sign of the exact quotient
        int half = r.abs().shiftLeft(1).compareTo(den.abs());   // <0 below half, 0 half, >0 above
        boolean up;
        switch (rm) {
            case UP: up = true; break;
            case DOWN: up = false; break;
            case CEILING: up = sign > 0; break;
            case FLOOR: up = sign < 0; break;
            case HALF_UP: up = half >= 0; break;
            case HALF_DOWN: up = half > 0; break;
            case HALF_EVEN: up = half > 0 || (half == 0 && q.testBit(0)); break;
            default: throw new ArithmeticException("Rounding necessary");
        }
        return up ? q.add(BigInteger.valueOf(sign)) : q;
    }

    private static BigDecimal zero(long preferredScale) {
        int s = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, preferredScale));
        return new BigDecimal(BigInteger.ZERO, s);
    }

    private static void checkDivisor(BigDecimal d, BigDecimal dividend) {
        if (d.signum() == 0) {
            throw new ArithmeticException(dividend.signum() == 0 ? "Division undefined" : "Division by zero");
        }
    }

    /** a / b at the given scale. */
    static BigDecimal toScale(BigDecimal a, BigDecimal b, int scale, RoundingMode rm) {
        checkDivisor(b, a);
        long shift = (long) scale + b.scale - a.scale;   // quotient unscaled = a.unscaled * 10^shift / b.unscaled
        BigInteger num = a.intVal, den = b.intVal;
        if (shift >= 0) {
            num = num.multiply(BigDecimal.tenPow((int) shift));
        } else {
            den = den.multiply(BigDecimal.tenPow((int) -shift));
        }
        return new BigDecimal(divideAndRound(num, den, rm), scale);
    }

    /** a / b rounded to mc's precision, scale as close as possible to a.scale - b.scale. */
    static BigDecimal withContext(BigDecimal a, BigDecimal b, MathContext mc) {
        if (mc.precision == 0) {
            return exact(a, b);
        }
        checkDivisor(b, a);
        long preferred = (long) a.scale - b.scale;
        if (a.signum() == 0) {
            return zero(preferred);
        }
        int prec = mc.precision;
        // Choose the scale so that the integer quotient has exactly prec digits.
        long scale = preferred + prec - (a.precision() - b.precision()) - 1;
        BigDecimal q = toScale(a, b, BigDecimal.checkScale(scale), mc.roundingMode);
        if (q.precision() < prec) {
            q = toScale(a, b, BigDecimal.checkScale(scale + 1), mc.roundingMode);
        }
        if (q.precision() > prec) {
            q = q.round(mc);
        }
        return stripZeros(q.intVal, q.scale, preferred);
    }

    /** The exact quotient, or ArithmeticException when it does not terminate. */
    static BigDecimal exact(BigDecimal a, BigDecimal b) {
        checkDivisor(b, a);
        long preferred = (long) a.scale - b.scale;
        if (a.signum() == 0) {
            return zero(preferred);
        }
        MathContext mc = new MathContext((int) Math.min(a.precision() + (long) Math.ceil(10.0 * b.precision() / 3.0),
                Integer.MAX_VALUE), RoundingMode.UNNECESSARY);
        BigDecimal q;
        try {
            q = withContext(a, b, mc);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("Non-terminating decimal expansion; no exact representable decimal result.");
        }
        if (q.scale < preferred) {
            return q.setScale(BigDecimal.checkScale(preferred), RoundingMode.UNNECESSARY);
        }
        return q;
    }

    /** The integer part of a / b, at a scale as close as possible to a.scale - b.scale. */
    static BigDecimal integral(BigDecimal a, BigDecimal b) {
        checkDivisor(b, a);
        long preferred = (long) a.scale - b.scale;
        long shift = (long) b.scale - a.scale;
        BigInteger num = a.intVal, den = b.intVal;
        if (shift >= 0) {
            num = num.multiply(BigDecimal.tenPow((int) shift));
        } else {
            den = den.multiply(BigDecimal.tenPow((int) -shift));
        }
        BigInteger q = num.divide(den);
        if (preferred > 0) {
            return new BigDecimal(q.multiply(BigDecimal.tenPow((int) preferred)), (int) preferred);
        }
        return stripZeros(q, 0, preferred);
    }

    /** Removes trailing zeros of unscaled while the scale stays above preferred. */
    static BigDecimal stripZeros(BigInteger unscaled, int scale, long preferred) {
        if (unscaled.signum() == 0) {
            return new BigDecimal(unscaled, (int) Math.max(Integer.MIN_VALUE, Math.min(scale, Math.max(preferred, Integer.MIN_VALUE))));
        }
        long s = scale;
        while (s > preferred) {
            BigInteger[] qr = unscaled.divideAndRemainder(BigInteger.TEN);
            if (qr[1].signum() != 0) {
                break;
            }
            unscaled = qr[0];
            s--;
        }
        return new BigDecimal(unscaled, BigDecimal.checkScale(s));
    }

    static BigDecimal sqrt(BigDecimal v, MathContext mc) {
        int sign = v.signum();
        if (sign < 0) {
            throw new ArithmeticException("Attempted square root of negative BigDecimal");
        }
        long preferred = v.scale / 2;
        if (sign == 0) {
            return zero(preferred);
        }
        int prec = mc.precision == 0 ? v.precision() / 2 + 1 : mc.precision;
        // Scale the unscaled value so its square root has prec + 2 digits, on an even scale.
        long work = 2L * (prec + 2) - v.precision();
        long newScale = v.scale + Math.max(work, 0);
        if ((newScale & 1) != 0) {
            newScale++;
        }
        BigInteger scaled = v.intVal.multiply(BigDecimal.tenPow((int) (newScale - v.scale)));
        BigInteger root = scaled.sqrt();
        boolean exact = root.multiply(root).equals(scaled);
        BigDecimal r = new BigDecimal(root, (int) (newScale / 2));
        if (mc.precision == 0) {
            if (!exact) {
                throw new ArithmeticException("Computed square root not exact.");
            }
            return stripZeros(r.intVal, r.scale, preferred);
        }
        if (!exact) {
            // Below the true root: a sticky digit keeps the rounding correct.
            r = new BigDecimal(root.multiply(BigInteger.TEN).add(BigInteger.ONE), r.scale + 1);
        }
        r = r.round(mc);
        return exact ? stripZeros(r.intVal, r.scale, preferred) : r;
    }
}
