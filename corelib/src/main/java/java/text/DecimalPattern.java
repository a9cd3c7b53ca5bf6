/*
 * The pattern language of DecimalFormat: reading a pattern into the format's settings
 * (prefix/suffix with quotes and %, ‰, ¤; digits, grouping, decimal point, exponent; the
 * negative subpattern), writing it back as the JDK does ("0.00" becomes "#0.00"), scientific
 * notation, and parsing text back into a Long, Double or BigDecimal.
 */
package java.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

final class DecimalPattern {
    private DecimalPattern() {}

    static void apply(DecimalFormat f, String pattern, DecimalFormatSymbols sym) {
        String[] parts = splitSubpatterns(pattern);
        int[] pos = {0};
        StringBuilder rawPrefix = new StringBuilder();
        String prefix = affix(parts[0], pos, true, f, sym, rawPrefix);
        number(f, parts[0], pos, pattern);
        StringBuilder rawSuffix = new StringBuilder();
        String suffix = affix(parts[0], pos, false, f, sym, rawSuffix);
        f.positivePrefix = prefix;
        f.positiveSuffix = suffix;
        f.rawPositive = new String[] {rawPrefix.toString(), rawSuffix.toString()};
        if (parts.length > 1) {
            int[] p2 = {0};
            StringBuilder rp = new StringBuilder(), rs = new StringBuilder();
            f.negativePrefix = affix(parts[1], p2, true, f, sym, rp);
            while (p2[0] < parts[1].length() && "#0,.E".indexOf(parts[1].charAt(p2[0])) >= 0) {
                p2[0]++;
            }
            f.negativeSuffix = affix(parts[1], p2, false, f, sym, rs);
            f.explicitNegative = true;
            f.rawNegative = new String[] {rp.toString(), rs.toString()};
        } else {
            f.negativePrefix = sym.getMinusSign() + prefix;
            f.negativeSuffix = suffix;
            f.explicitNegative = false;
            f.rawNegative = null;
        }
    }

    private static String[] splitSubpatterns(String pattern) {
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                return new String[] {pattern.substring(0, i), pattern.substring(i + 1)};
            }
        }
        return new String[] {pattern};
    }

    /** A prefix (up to the first digit char) or suffix (to the end), with its specials resolved. */
    private static String affix(String p, int[] pos, boolean prefix, DecimalFormat f, DecimalFormatSymbols sym, StringBuilder raw) {
        StringBuilder out = new StringBuilder();
        int i = pos[0];
        boolean quoted = false;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (!quoted && prefix && "#0,.".indexOf(c) >= 0) {
                break;
            }
            raw.append(c);
            i++;
            if (c == '\'') {
                if (i < p.length() && p.charAt(i) == '\'') {
                    out.append('\'');
                    raw.append('\'');
                    i++;
                } else {
                    quoted = !quoted;
                }
                continue;
            }
            if (quoted) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '%': out.append(sym.getPercent()); f.multiplier = 100; break;
                case '\u2030': out.append(sym.getPerMill()); f.multiplier = 1000; break;
                case '\u00A4':
                    if (i < p.length() && p.charAt(i) == '\u00A4') {
                        raw.append(c);
                        i++;
                        out.append("USD");
                    } else {
                        out.append(sym.getCurrencySymbol());
                    }
                    break;
                case '-': out.append(sym.getMinusSign()); break;
                default: out.append(c);
            }
        }
        pos[0] = i;
        return out.toString();
    }

    /** The number part: digit counts, grouping, decimal point, exponent. */
    private static void number(DecimalFormat f, String p, int[] pos, String whole) {
        int i = pos[0];
        int hashLeft = 0, zeros = 0, fracZeros = 0, fracHash = 0, lastGroup = -1, digitsSeen = 0, expZeros = 0;
        boolean decimal = false, exponent = false, grouping = false;
        for (; i < p.length(); i++) {
            char c = p.charAt(i);
            if (exponent) {
                if (c != '0') {
                    break;
                }
                expZeros++;
            } else if (c == '#') {
                if (decimal) {
                    fracHash++;
                } else if (zeros > 0) {
                    throw new IllegalArgumentException("Unexpected '0' in pattern \"" + whole + '"');
                } else {
                    hashLeft++;
                    digitsSeen++;
                }
            } else if (c == '0') {
                if (decimal) {
                    if (fracHash > 0) {
                        throw new IllegalArgumentException("Unexpected '0' in pattern \"" + whole + '"');
                    }
                    fracZeros++;
                } else {
                    zeros++;
                    digitsSeen++;
                }
            } else if (c == ',' && !decimal) {
                grouping = true;
                lastGroup = digitsSeen;
            } else if (c == '.' && !decimal) {
                decimal = true;
            } else if (c == 'E' && !exponent) {
                exponent = true;
            } else {
                break;
            }
        }
        pos[0] = i;
        if (zeros == 0 && decimal) {
            // "#.##" means "#0.##", and ".##" means ".0#", as in the JDK.
            if (hashLeft > 0) {
                hashLeft--;
                zeros = 1;
            } else if (fracHash > 0 && fracZeros == 0) {
                fracHash--;
                fracZeros = 1;
            }
        }
        f.setGroupingUsed(grouping);
        if (grouping) {
            f.groupingSize = digitsSeen - lastGroup;
        }
        f.useExponentialNotation = exponent;
        f.minExponentDigits = (byte) expZeros;
        f.setMaximumIntegerDigits(exponent ? hashLeft + zeros : Integer.MAX_VALUE);
        f.setMinimumIntegerDigits(exponent && hashLeft + zeros > 0 ? Math.max(zeros, 0) : zeros);
        f.setMaximumFractionDigits(fracZeros + fracHash);
        f.setMinimumFractionDigits(fracZeros);
        f.decimalSeparatorAlwaysShown = decimal && fracZeros + fracHash == 0;
        f.rawDigits = null;
    }

    static String toPattern(DecimalFormat f) {
        StringBuilder digits = new StringBuilder();
        int minInt = f.getMinimumIntegerDigits();
        if (f.useExponentialNotation) {
            digits.append("#".repeat(Math.max(0, f.getMaximumIntegerDigits() - minInt))).append("0".repeat(minInt));
        } else if (f.isGroupingUsed() && f.groupingSize > 0) {
            int positions = Math.max(f.groupingSize + 1, minInt);
            for (int k = positions; k > 0; k--) {
                digits.append(k <= minInt ? '0' : '#');
                if (k - 1 > 0 && (k - 1) % f.groupingSize == 0) {
                    digits.append(',');
                }
            }
        } else {
            digits.append(minInt == 0 ? "#" : "#" + "0".repeat(minInt));
        }
        if (f.getMaximumFractionDigits() > 0 || f.decimalSeparatorAlwaysShown) {
            digits.append('.').append("0".repeat(f.getMinimumFractionDigits()))
                    .append("#".repeat(f.getMaximumFractionDigits() - f.getMinimumFractionDigits()));
        }
        if (f.useExponentialNotation) {
            digits.append('E').append("0".repeat(f.minExponentDigits));
        }
        String[] pos = f.rawPositive != null ? f.rawPositive : new String[] {f.getPositivePrefix(), f.getPositiveSuffix()};
        StringBuilder sb = new StringBuilder(pos[0]).append(digits).append(pos[1]);
        if (f.rawNegative != null) {
            sb.append(';').append(f.rawNegative[0]).append(digits).append(f.rawNegative[1]);
        }
        return sb.toString();
    }

    /** Mantissa and exponent of a non-negative value for an "E" pattern. */
    static String scientific(DecimalFormat f, BigDecimal m, RoundingMode rm, DecimalFormatSymbols sym) {
        int minInt = Math.max(f.getMinimumIntegerDigits(), f.getMaximumIntegerDigits() > f.getMinimumIntegerDigits() ? 1 : 0);
        int maxInt = f.getMaximumIntegerDigits();
        long exp = 0;
        BigDecimal mantissa = m;
        if (m.signum() != 0) {
            long mag = m.precision() - (long) m.scale() - 1;   // floor(log10(m))
            if (maxInt > f.getMinimumIntegerDigits() && maxInt > 1) {
                exp = Math.floorDiv(mag, maxInt) * maxInt;   // engineering: a multiple of maxInt
            } else {
                exp = mag - (Math.max(minInt, 1) - 1);
            }
            mantissa = m.scaleByPowerOfTen((int) -exp);
            int frac = f.getMaximumFractionDigits();
            if (maxInt > f.getMinimumIntegerDigits() && maxInt > 1) {
                int sig = f.getMinimumIntegerDigits() + f.getMaximumFractionDigits();
                int intDigits = (int) (mag - exp) + 1;
                frac = Math.max(0, sig - intDigits);
            }
            BigDecimal rounded = mantissa.setScale(frac, rm);
            if (rounded.precision() - rounded.scale() > Math.max(minInt, (int) (mag - exp) + 1)) {
                exp += maxInt > f.getMinimumIntegerDigits() && maxInt > 1 ? maxInt : 1;
                rounded = m.scaleByPowerOfTen((int) -exp).setScale(frac, rm);
            }
            mantissa = rounded;
        }
        String plain = mantissa.setScale(Math.max(mantissa.scale(), 0), RoundingMode.UNNECESSARY).toPlainString();
        int dot = plain.indexOf('.');
        String ip = dot < 0 ? plain : plain.substring(0, dot);
        String fp = dot < 0 ? "" : plain.substring(dot + 1);
        if (ip.equals("0") && minInt == 0) {
            ip = "";
        }
        ip = "0".repeat(Math.max(0, minInt - ip.length())) + ip;
        int keep = fp.length();
        while (keep > f.getMinimumFractionDigits() && fp.charAt(keep - 1) == '0') {
            keep--;
        }
        fp = fp.substring(0, keep);
        fp = fp + "0".repeat(Math.max(0, f.getMinimumFractionDigits() - fp.length()));
        StringBuilder sb = new StringBuilder(ip);
        if (!fp.isEmpty() || f.decimalSeparatorAlwaysShown) {
            sb.append(sym.getDecimalSeparator()).append(fp);
        }
        String e = Long.toString(Math.abs(exp));
        sb.append(sym.getExponentSeparator()).append(exp < 0 ? "-" : "").append("0".repeat(Math.max(0, f.minExponentDigits - e.length()))).append(e);
        return sb.toString();
    }

    static Number parse(DecimalFormat f, String text, ParsePosition pos, DecimalFormatSymbols sym, boolean bigDecimal) {
        int start = pos.index, i = start;
        boolean negative;
        String np = f.getNegativePrefix(), pp = f.getPositivePrefix();
        boolean neg = text.startsWith(np, i), posi = text.startsWith(pp, i);
        if (neg && posi) {
            neg = np.length() > pp.length();
            posi = !neg;
        }
        if (!neg && !posi) {
            pos.errorIndex = i;
            return null;
        }
        negative = neg;
        i += negative ? np.length() : pp.length();
        if (text.startsWith(sym.getInfinity(), i)) {
            pos.index = i + sym.getInfinity().length();
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        StringBuilder digits = new StringBuilder();
        boolean seenDecimal = false, any = false;
        int scale = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                any = true;
                if (seenDecimal) {
                    scale++;
                }
            } else if (c == sym.getDecimalSeparator() && !seenDecimal && !f.isParseIntegerOnly()) {
                seenDecimal = true;
            } else if (c == sym.getGroupingSeparator() && f.isGroupingUsed() && !seenDecimal) {
                continue;
            } else {
                break;
            }
        }
        if (!any) {
            pos.errorIndex = i;
            return null;
        }
        long exponent = 0;
        if (text.startsWith(sym.getExponentSeparator(), i)) {
            int j = i + sym.getExponentSeparator().length();
            boolean expNeg = j < text.length() && text.charAt(j) == sym.getMinusSign();
            if (expNeg || (j < text.length() && text.charAt(j) == '+')) {
                j++;
            }
            int k = j;
            while (k < text.length() && Character.isDigit(text.charAt(k)) && k - j < 9) {
                k++;
            }
            if (k > j) {
                exponent = Long.parseLong(text.substring(j, k)) * (expNeg ? -1 : 1);
                i = k;
            }
        }
        String suffix = negative ? f.getNegativeSuffix() : f.getPositiveSuffix();
        if (!suffix.isEmpty()) {
            if (!text.startsWith(suffix, i)) {
                pos.errorIndex = i;
                return null;
            }
            i += suffix.length();
        }
        pos.index = i;
        BigDecimal value = new BigDecimal(new java.math.BigInteger(digits.toString()), scale).scaleByPowerOfTen((int) exponent);
        if (f.multiplier != 1) {
            value = value.divide(BigDecimal.valueOf(f.multiplier), java.math.MathContext.DECIMAL128);
        }
        if (negative) {
            value = value.negate();
        }
        if (bigDecimal) {
            return value;
        }
        if (negative && value.signum() == 0) {
            return -0.0;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 18) {
            return value.longValue();
        }
        return value.doubleValue();
    }
}
