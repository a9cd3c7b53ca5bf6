/*
 * BigDecimal from and to text and doubles: parsing "[sign]digits[.digits][e[sign]digits]"
 * (NumberFormatException otherwise), the exact value of a double, and the JDK's string
 * layouts (plain when the exponent is small, scientific or engineering "E+n" otherwise).
 */
package java.math;

final class DecimalParse {
    private DecimalParse() {}

    static BigDecimal parse(char[] in, int offset, int len) {
        if (offset < 0 || len < 0 || offset > in.length - len) {
            throw new NumberFormatException("Bad offset or len arguments for char[] input.");
        }
        if (len == 0) {
            throw new NumberFormatException("Index 0 out of bounds for length 0");
        }
        int i = offset, end = offset + len;
        boolean negative = false;
        if (in[i] == '-' || in[i] == '+') {
            negative = in[i] == '-';
            i++;
        }
        StringBuilder digits = new StringBuilder();
        int scale = 0;
        boolean dot = false, any = false;
        for (; i < end; i++) {
            char c = in[i];
            if (c == '.') {
                if (dot) {
                    throw new NumberFormatException("Character array contains more than one decimal point.");
                }
                dot = true;
            } else if (Character.isDigit(c)) {
                digits.append((char) ('0' + Character.digit(c, 10)));
                any = true;
                if (dot) {
                    scale++;
                }
            } else if (c == 'e' || c == 'E') {
                break;
            } else {
                throw new NumberFormatException("Character " + c + " is neither a decimal digit number, decimal point, nor"
                        + " \"e\" notation exponential mark.");
            }
        }
        if (!any) {
            throw new NumberFormatException("No digits found.");
        }
        long exp = 0;
        if (i < end) {
            i++;
            boolean expNeg = false;
            if (i < end && (in[i] == '-' || in[i] == '+')) {
                expNeg = in[i] == '-';
                i++;
            }
            if (i >= end) {
                throw new NumberFormatException("No exponent digits.");
            }
            for (; i < end; i++) {
                if (!Character.isDigit(in[i])) {
                    throw new NumberFormatException("Exponent contains non-digit character.");
                }
                exp = exp * 10 + Character.digit(in[i], 10);
                if (exp > Integer.MAX_VALUE + 1L) {
                    throw new NumberFormatException("Exponent overflow.");
                }
            }
            if (expNeg) {
                exp = -exp;
            }
        }
        long s = scale - exp;
        if (s > Integer.MAX_VALUE || s < Integer.MIN_VALUE) {
            throw new NumberFormatException("Scale out of range.");
        }
        BigInteger unscaled = new BigInteger(digits.toString());
        return new BigDecimal(negative ? unscaled.negate() : unscaled, (int) s);
    }

    /** The exact binary value of d as a decimal. */
    static BigDecimal exact(double d) {
        if (Double.isInfinite(d) || Double.isNaN(d)) {
            throw new NumberFormatException("Infinite or NaN");
        }
        long bits = Double.doubleToLongBits(d);
        int sign = (bits >> 63) == 0 ? 1 : -1;
        int exponent = (int) ((bits >> 52) & 0x7ffL);
        long significand = exponent == 0 ? (bits & ((1L << 52) - 1)) << 1 : (bits & ((1L << 52) - 1)) | (1L << 52);
        exponent -= 1075;
        if (significand == 0) {
            return BigDecimal.ZERO;
        }
        while ((significand & 1) == 0) {
            significand >>= 1;
            exponent++;
        }
        BigInteger m = BigInteger.valueOf(sign * significand);
        if (exponent >= 0) {
            return new BigDecimal(m.shiftLeft(exponent), 0);
        }
        return new BigDecimal(m.multiply(BigInteger.valueOf(5).pow(-exponent)), -exponent);
    }

    /** toString (scientific) or toEngineeringString. */
    static String layout(BigDecimal v, boolean scientific) {
        String coeff = v.intVal.abs().toString();
        String sign = v.intVal.signum() < 0 ? "-" : "";
        if (v.scale == 0) {
            return sign + coeff;
        }
        long adjusted = -(long) v.scale + (coeff.length() - 1);
        if (v.scale > 0 && adjusted >= -6) {
            int pad = v.scale - coeff.length();
            if (pad >= 0) {
                return sign + "0." + "0".repeat(pad) + coeff;
            }
            int point = coeff.length() - v.scale;
            return sign + coeff.substring(0, point) + "." + coeff.substring(point);
        }
        StringBuilder sb = new StringBuilder(sign);
        if (scientific) {
            sb.append(coeff.charAt(0));
            if (coeff.length() > 1) {
                sb.append('.').append(coeff, 1, coeff.length());
            }
        } else {
            int sig = (int) (adjusted % 3);
            if (sig < 0) {
                sig += 3;
            }
            adjusted -= sig;
            sig++;
            if (v.signum() == 0) {
                switch (sig) {
                    case 1: sb.append('0'); break;
                    case 2: sb.append("0.00"); adjusted += 3; break;
                    default: sb.append("0.0"); adjusted += 3; break;
                }
            } else if (sig >= coeff.length()) {
                sb.append(coeff).append("0".repeat(sig - coeff.length()));
            } else {
                sb.append(coeff, 0, sig).append('.').append(coeff, sig, coeff.length());
            }
        }
        if (adjusted != 0) {
            sb.append('E');
            if (adjusted > 0) {
                sb.append('+');
            }
            sb.append(adjusted);
        }
        return sb.toString();
    }
}
