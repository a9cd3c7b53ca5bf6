/*
 * How Scanner reads numbers in the en-US locale: an optional sign, digits of the radix,
 * ',' groups of three (radix 10), '.' decimals and exponents, NaN and Infinity. A token that
 * does not have that shape, or does not fit the type, is an InputMismatchException (with the
 * NumberFormatException's message when the shape was right but the value too large).
 */
package java.util;

import java.math.BigDecimal;
import java.math.BigInteger;

final class ScannerNumbers {
    private ScannerNumbers() {}

    /** The digits of an integer token with its sign, ',' groups removed; null if malformed. */
    static String integerDigits(String t, int radix) {
        int i = 0;
        String sign = "";
        if (!t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == '+')) {
            sign = t.charAt(0) == '-' ? "-" : "";
            i = 1;
        }
        String body = t.substring(i);
        if (body.isEmpty()) {
            return null;
        }
        if (radix == 10 && body.indexOf(',') >= 0) {
            String[] groups = body.split(",", -1);
            if (groups[0].isEmpty() || groups[0].length() > 3 || !allDigits(groups[0], radix)) {
                return null;
            }
            for (int g = 1; g < groups.length; g++) {
                if (groups[g].length() != 3 || !allDigits(groups[g], radix)) {
                    return null;
                }
            }
            return sign + body.replace(",", "");
        }
        return allDigits(body, radix) ? sign + body : null;
    }

    private static boolean allDigits(String s, int radix) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.digit(s.charAt(k), radix) < 0) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static String checked(String t, int radix) {
        String d = integerDigits(t, radix);
        if (d == null) {
            throw new InputMismatchException();
        }
        return d;
    }

    static int parseInt(String t, int radix) {
        try {
            return Integer.parseInt(checked(t, radix), radix);
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    static long parseLong(String t, int radix) {
        try {
            return Long.parseLong(checked(t, radix), radix);
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    static short parseShort(String t, int radix) {
        try {
            return Short.parseShort(checked(t, radix), radix);
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    static byte parseByte(String t, int radix) {
        try {
            return Byte.parseByte(checked(t, radix), radix);
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    static BigInteger parseBigInteger(String t, int radix) {
        try {
            return new BigInteger(checked(t, radix), radix);
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    /** A decimal token: sign, grouped integer part, '.' fraction, exponent; or NaN/Infinity. */
    static String decimal(String t) {
        String s = t;
        String sign = "";
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            sign = s.charAt(0) == '-' ? "-" : "";
            s = s.substring(1);
        }
        if (s.equals("NaN") || s.equals("Infinity") || s.equals("\u221E")) {
            return sign + (s.equals("NaN") ? "NaN" : "Infinity");
        }
        int e = Math.max(s.indexOf('e'), s.indexOf('E'));
        String mant = e >= 0 ? s.substring(0, e) : s;
        String exp = e >= 0 ? s.substring(e + 1) : null;
        int dot = mant.indexOf('.');
        String intPart = dot >= 0 ? mant.substring(0, dot) : mant;
        String frac = dot >= 0 ? mant.substring(dot + 1) : "";
        if (intPart.isEmpty() && frac.isEmpty()) {
            return null;
        }
        String digits = intPart.isEmpty() ? "" : integerDigits(intPart, 10);
        if (digits == null || digits.startsWith("-") || !frac.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        if (exp != null) {
            String ed = exp.startsWith("+") || exp.startsWith("-") ? exp.substring(1) : exp;
            if (ed.isEmpty() || !ed.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
        }
        return sign + (digits.isEmpty() ? "0" : digits) + (dot >= 0 ? "." + (frac.isEmpty() ? "0" : frac) : "")
                + (exp != null ? "e" + exp : "");
    }

    static double parseDouble(String t) {
        String d = decimal(t);
        if (d == null) {
            if (isHexFloat(t)) {
                return Double.parseDouble(t);
            }
            throw new InputMismatchException();
        }
        try {
            return Double.parseDouble(d);
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    private static boolean isHexFloat(String t) {
        String s = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        if (!(s.startsWith("0x") || s.startsWith("0X"))) {
            return false;
        }
        try {
            Double.parseDouble(t);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static BigDecimal parseBigDecimal(String t) {
        String d = decimal(t);
        if (d == null || d.endsWith("NaN") || d.endsWith("Infinity")) {
            throw new InputMismatchException();
        }
        try {
            return new BigDecimal(d);
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    static boolean parseBoolean(String t) {
        if (t.equalsIgnoreCase("true")) {
            return true;
        }
        if (t.equalsIgnoreCase("false")) {
            return false;
        }
        throw new InputMismatchException();
    }
}
