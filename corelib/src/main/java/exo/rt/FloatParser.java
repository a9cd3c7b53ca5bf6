/*
 * Double.parseDouble / Float.parseFloat (through FloatFormat): accepts exactly the JDK 17's
 * syntax and throws its exceptions, and rounds correctly (round half even) like the JDK.
 *
 * Syntax, after trimming chars <= ' ': [+-] then "NaN", "Infinity", a hexadecimal float
 * (0x<hex>[.<hex>]p[+-]<dec>) or <dec>[.<dec>][(e|E)[+-]<dec>], the last two optionally
 * followed by one of fFdD. Decimal values are converted by DecimalToBinary.
 */
package exo.rt;

final class FloatParser {
    /** Digits kept from a decimal string; more are folded into a sticky digit (767 suffice). */
    private static final int MAX_DIGITS = 800;

    private FloatParser() {}

    static double parseDouble(String s) {
        ParsedDecimal p = parse(s);
        if (p.special != 0) {
            return p.special == 1 ? Double.NaN
                    : (p.negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        double magnitude = p.hex ? HexFloat.toDouble(p) : DecimalToBinary.toDouble(p);
        return p.negative ? -magnitude : magnitude;
    }

    static float parseFloat(String s) {
        ParsedDecimal p = parse(s);
        if (p.special != 0) {
            return p.special == 1 ? Float.NaN
                    : (p.negative ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY);
        }
        float magnitude = p.hex ? HexFloat.toFloat(p) : DecimalToBinary.toFloat(p);
        return p.negative ? -magnitude : magnitude;
    }

    /** The pieces of a parsed number; see DecimalToBinary and HexFloat. */
    static final class ParsedDecimal {
        boolean negative;
        /** 0 = a number, 1 = NaN, 2 = Infinity. */
        int special;
        boolean hex;
        /** Significant digits (no leading zeros), values 0..9 or 0..15 for hex. */
        byte[] digits;
        int nDigits;
        /** value = 0.d1d2... * base^pointExp, base 10 (or 16 for hex digits). */
        int pointExp;
        /** Exponent after 'e' or 'p', saturated to +-(2^30). */
        int exponent;
        /** Some nonzero digit was dropped beyond MAX_DIGITS. */
        boolean sticky;
    }

    private static ParsedDecimal parse(String in) {
        if (in == null) {
            // The JDK's message, from its helpful NullPointerException on in.trim().
            throw new NullPointerException("Cannot invoke \"String.trim()\" because \"in\" is null");
        }
        String s = trim(in);
        int len = s.length();
        if (len == 0) {
            throw new NumberFormatException("empty String");
        }
        ParsedDecimal p = new ParsedDecimal();
        int i = 0;
        char c = s.charAt(0);
        if (c == '-' || c == '+') {
            p.negative = c == '-';
            i++;
        }
        if (i < len && (s.charAt(i) == 'N' || s.charAt(i) == 'I')) {
            String word = s.charAt(i) == 'N' ? "NaN" : "Infinity";
            if (!restEquals(s, i, word)) {
                throw bad(s);
            }
            p.special = word.length() == 3 ? 1 : 2;
            return p;
        }
        if (i + 1 < len && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
            p.hex = true;
            i = digits(s, i + 2, p, 16);
            if (i >= len || (s.charAt(i) != 'p' && s.charAt(i) != 'P')) {
                throw bad(s);
            }
        } else {
            i = digits(s, i, p, 10);
        }
        // Hex digits include 'e', so a hex mantissa always ends at its mandatory 'p'.
        if (i < len && (p.hex ? "pP" : "eE").indexOf(s.charAt(i)) >= 0) {
            i = exponent(s, i + 1, p);
        }
        if (i < len) {
            c = s.charAt(i);
            if (i != len - 1 || (c != 'f' && c != 'F' && c != 'd' && c != 'D')) {
                throw bad(s);
            }
        }
        return p;
    }

    /** Reads the mantissa digits and point; returns the index after them. */
    private static int digits(String s, int i, ParsedDecimal p, int base) {
        int len = s.length();
        p.digits = new byte[WordBits.min(len, MAX_DIGITS + 1)];
        boolean pointSeen = false;
        boolean anyDigit = false;
        int intDigits = 0;  // significant digits before the point
        int leadingFractionZeros = 0;
        for (; i < len; i++) {
            char c = s.charAt(i);
            int v = digitValue(c, base);
            if (v >= 0) {
                anyDigit = true;
                if (p.nDigits == 0 && v == 0) {
                    if (pointSeen) {
                        leadingFractionZeros++;
                    }
                    continue;
                }
                if (!pointSeen) {
                    intDigits++;
                }
                if (p.nDigits < MAX_DIGITS) {
                    p.digits[p.nDigits++] = (byte) v;
                } else if (v != 0) {
                    p.sticky = true;
                }
            } else if (c == '.') {
                if (pointSeen) {
                    // The JDK checks hex syntax with a pattern, decimal syntax by hand.
                    throw base == 16 ? bad(s) : new NumberFormatException("multiple points");
                }
                pointSeen = true;
            } else {
                break;
            }
        }
        if (!anyDigit) {
            throw bad(s);
        }
        if (p.sticky) {
            p.digits[p.nDigits++] = 1; // stands for the nonzero tail: keeps the rounding exact
        }
        while (p.nDigits > 0 && p.digits[p.nDigits - 1] == 0) {
            p.nDigits--;
        }
        p.pointExp = intDigits > 0 ? intDigits : -leadingFractionZeros;
        return i;
    }

    private static boolean restEquals(String s, int from, String word) {
        if (s.length() - from != word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (s.charAt(from + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int digitValue(char c, int base) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (base == 16) {
            if (c >= 'a' && c <= 'f') {
                return c - 'a' + 10;
            }
            if (c >= 'A' && c <= 'F') {
                return c - 'A' + 10;
            }
        }
        return -1;
    }

    /** Reads [+-]digits after 'e' or 'p'; the value saturates, which keeps its meaning. */
    private static int exponent(String s, int i, ParsedDecimal p) {
        int len = s.length();
        boolean negative = false;
        if (i < len && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int start = i;
        long value = 0;
        for (; i < len && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            if (value < (1 << 30)) {
                value = value * 10 + (s.charAt(i) - '0');
            }
        }
        if (i == start) {
            throw bad(s);
        }
        int magnitude = value > (1 << 30) ? 1 << 30 : (int) value;
        p.exponent = negative ? -magnitude : magnitude;
        return i;
    }

    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && s.charAt(end - 1) <= ' ') {
            end--;
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    private static NumberFormatException bad(String s) {
        return new NumberFormatException("For input string: \"" + s + "\"");
    }
}
