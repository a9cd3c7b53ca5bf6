/*
 * The formatting engine behind java.util.Formatter (and so String.format and
 * PrintStream.printf). It lives in exo.rt rather than java.util so that the host tests can
 * load it next to the JDK and compare its output with String.format's.
 *
 * format() parses the whole format string first (FormatSpec), then prints each piece, taking
 * arguments by ordinary, explicit (%2$s) or previous (%<s) index exactly like the JDK.
 * Formatting is always US-style: '.' decimal point, ',' grouping in threes, ASCII digits.
 * Integers and general conversions are printed here, floating point digits by FormatFloat.
 * Not supported: printing dates (%t with a non-null argument throws
 * IllegalFormatConversionException), Formattable, BigInteger and BigDecimal arguments.
 */
package exo.rt;

import java.io.IOException;
import java.util.IllegalFormatCodePointException;
import java.util.IllegalFormatConversionException;
import java.util.MissingFormatArgumentException;

public class FormatEngine {
    private static final String HEX = "0123456789abcdef";

    /**
     * The JDK throws the package-private java.util.IllegalFormatArgumentIndexException for
     * "%0$s"; java.util.Formatter overrides this to create it.
     */
    protected RuntimeException illegalArgumentIndex(int index) {
        return new IllegalArgumentException(index == Integer.MIN_VALUE
                ? "Format argument index: (not representable as int)"
                : "Illegal format argument index = " + index);
    }

    /**
     * Appends the formatted text to {@code out}. Other Appendables (a PrintStream) get the
     * text in one piece; when an argument fails, the text before it is still written, as the
     * JDK does.
     */
    public void format(Appendable out, String format, Object[] args) throws IOException {
        if (out instanceof StringBuilder) {
            format((StringBuilder) out, format, args);
            return;
        }
        StringBuilder sb = new StringBuilder();
        try {
            format(sb, format, args);
        } finally {
            out.append(sb);
        }
    }

    private void format(StringBuilder out, String format, Object[] args) {
        FormatSpec[] specs = parse(format);
        int last = -1;
        int ordinary = -1;
        for (FormatSpec fs : specs) {
            int index = fs.index;
            if (index == -2) {
                printText(out, fs);
                continue;
            }
            if (index == -1) {
                if (last < 0 || (args != null && last > args.length - 1)) {
                    throw new MissingFormatArgumentException(fs.toString());
                }
            } else if (index == 0) {
                last = ++ordinary;
            } else {
                last = index - 1;
            }
            if (args != null && last > args.length - 1) {
                throw new MissingFormatArgumentException(fs.toString());
            }
            print(out, fs, args == null ? null : args[last]);
        }
    }

    private FormatSpec[] parse(String s) {
        FormatSpec[] specs = new FormatSpec[8];
        int count = 0;
        int i = 0;
        int len = s.length();
        while (i < len) {
            int percent = s.indexOf('%', i);
            int end = percent < 0 ? len : percent;
            FormatSpec fs = null;
            if (end > i) {
                fs = FormatSpec.fixed(s.substring(i, end));
                i = end;
            } else {
                fs = new FormatSpec();
                i = FormatSpec.parse(s, percent, fs, this);
            }
            if (count == specs.length) {
                FormatSpec[] bigger = new FormatSpec[count * 2];
                System.arraycopy(specs, 0, bigger, 0, count);
                specs = bigger;
            }
            specs[count++] = fs;
        }
        FormatSpec[] result = new FormatSpec[count];
        System.arraycopy(specs, 0, result, 0, count);
        return result;
    }

    private static void printText(StringBuilder out, FormatSpec fs) {
        if (fs.text != null) {
            out.append(fs.text);
        } else if (fs.conversion == 'n') {
            out.append('\n');
        } else {
            justify(out, fs, "%");
        }
    }

    private static void print(StringBuilder out, FormatSpec fs, Object arg) {
        if (fs.dateTime) {
            if (arg != null) {
                throw new IllegalFormatConversionException(fs.conversion, arg.getClass());
            }
            printString(out, fs, "null");
            return;
        }
        switch (fs.conversion) {
            case 'd': case 'o': case 'x':
                printInteger(out, fs, arg);
                break;
            case 'e': case 'f': case 'g': case 'a':
                printFloat(out, fs, arg);
                break;
            case 'c':
                printString(out, fs, arg == null ? "null" : character(fs, arg));
                break;
            case 'b':
                String b = arg == null ? "false" : arg instanceof Boolean ? arg.toString() : "true";
                printString(out, fs, b);
                break;
            case 'h':
                printString(out, fs, arg == null ? "null" : hex(arg.hashCode() & 0xFFFFFFFFL));
                break;
            default: // 's'
                if (fs.has(FormatSpec.ALT)) {
                    throw fs.mismatch(FormatSpec.ALT);
                }
                printString(out, fs, arg == null ? "null" : arg.toString());
        }
    }

    /** Precision truncates, then upper-casing, then padding to the width. */
    private static void printString(StringBuilder out, FormatSpec fs, String s) {
        if (fs.precision != -1 && fs.precision < s.length()) {
            s = s.substring(0, fs.precision);
        }
        if (fs.has(FormatSpec.UPPER)) {
            s = s.toUpperCase();
        }
        justify(out, fs, s);
    }

    private static void justify(StringBuilder out, FormatSpec fs, CharSequence s) {
        int pad = fs.width - s.length();
        if (pad > 0 && !fs.has(FormatSpec.LEFT)) {
            spaces(out, pad);
        }
        out.append(s);
        if (pad > 0 && fs.has(FormatSpec.LEFT)) {
            spaces(out, pad);
        }
    }

    private static void spaces(StringBuilder out, int n) {
        for (int i = 0; i < n; i++) {
            out.append(' ');
        }
    }

    private static String character(FormatSpec fs, Object arg) {
        int cp;
        if (arg instanceof Character) {
            return String.valueOf(((Character) arg).charValue());
        } else if (arg instanceof Byte) {
            cp = ((Byte) arg).byteValue();
        } else if (arg instanceof Short) {
            cp = ((Short) arg).shortValue();
        } else if (arg instanceof Integer) {
            cp = ((Integer) arg).intValue();
        } else {
            throw new IllegalFormatConversionException(fs.conversion, arg.getClass());
        }
        if (cp < 0 || cp > 0x10FFFF) {
            throw new IllegalFormatCodePointException(cp);
        }
        if (cp < 0x10000) {
            return String.valueOf((char) cp);
        }
        char[] pair = {(char) (0xD7C0 + (cp >>> 10)), (char) (0xDC00 | (cp & 0x3FF))};
        return new String(pair);
    }

    private static void printInteger(StringBuilder out, FormatSpec fs, Object arg) {
        long value;
        int bits;
        if (arg instanceof Integer) {
            value = ((Integer) arg).intValue();
            bits = 32;
        } else if (arg instanceof Long) {
            value = ((Long) arg).longValue();
            bits = 64;
        } else if (arg instanceof Byte) {
            value = ((Byte) arg).byteValue();
            bits = 8;
        } else if (arg instanceof Short) {
            value = ((Short) arg).shortValue();
            bits = 16;
        } else if (arg == null) {
            printString(out, fs, "null");
            return;
        } else {
            throw new IllegalFormatConversionException(fs.conversion, arg.getClass());
        }
        StringBuilder sb = new StringBuilder();
        if (fs.conversion == 'd') {
            boolean neg = value < 0;
            leadingSign(sb, fs, neg);
            magnitude(sb, unsignedDecimal(neg ? -value : value), fs, adjustWidth(fs, neg));
            trailingSign(sb, fs, neg);
        } else {
            fs.checkBadFlags(FormatSpec.PAREN, FormatSpec.SPACE, FormatSpec.PLUS);
            if (bits < 64) {
                value &= (1L << bits) - 1; // two's complement of the argument's own width
            }
            boolean hex = fs.conversion == 'x';
            String digits = hex ? hex(value) : octal(value);
            String prefix = !fs.has(FormatSpec.ALT) ? "" : !hex ? "0" : fs.has(FormatSpec.UPPER) ? "0X" : "0x";
            sb.append(prefix);
            if (fs.has(FormatSpec.ZERO)) {
                zeros(sb, fs.width - prefix.length() - digits.length());
            }
            sb.append(fs.has(FormatSpec.UPPER) ? digits.toUpperCase() : digits);
        }
        justify(out, fs, sb);
    }

    private static void leadingSign(StringBuilder sb, FormatSpec fs, boolean neg) {
        if (!neg) {
            if (fs.has(FormatSpec.PLUS)) {
                sb.append('+');
            } else if (fs.has(FormatSpec.SPACE)) {
                sb.append(' ');
            }
        } else {
            sb.append(fs.has(FormatSpec.PAREN) ? '(' : '-');
        }
    }

    private static void trailingSign(StringBuilder sb, FormatSpec fs, boolean neg) {
        if (neg && fs.has(FormatSpec.PAREN)) {
            sb.append(')');
        }
    }

    /** The width left for sign and digits: a closing parenthesis takes one column. */
    private static int adjustWidth(FormatSpec fs, boolean neg) {
        return fs.width != -1 && neg && fs.has(FormatSpec.PAREN) ? fs.width - 1 : fs.width;
    }

    /**
     * Appends digits (optionally with one '.'), grouping the integer part by threes for ',',
     * then inserts zeros after what sb already held (the sign) until sb is {@code width} long.
     */
    private static void magnitude(StringBuilder sb, String digits, FormatSpec fs, int width) {
        int begin = sb.length();
        int dot = digits.indexOf('.');
        if (dot < 0) {
            dot = digits.length();
        }
        boolean group = fs.has(FormatSpec.GROUP);
        for (int j = 0; j < digits.length(); j++) {
            sb.append(digits.charAt(j));
            if (group && j < dot - 1 && (dot - j) % 3 == 1) {
                sb.append(',');
            }
        }
        if (width != -1 && fs.has(FormatSpec.ZERO)) {
            int pad = width - sb.length();
            if (pad > 0) {
                sb.insert(begin, FormatFloat.zeros(pad));
            }
        }
    }

    private static void zeros(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append('0');
        }
    }

    private static void printFloat(StringBuilder out, FormatSpec fs, Object arg) {
        double value;
        if (arg instanceof Double) {
            value = ((Double) arg).doubleValue();
        } else if (arg instanceof Float) {
            value = ((Float) arg).floatValue();
        } else if (arg == null) {
            printString(out, fs, "null");
            return;
        } else {
            throw new IllegalFormatConversionException(fs.conversion, arg.getClass());
        }
        StringBuilder sb = new StringBuilder();
        boolean upper = fs.has(FormatSpec.UPPER);
        if (value != value) {
            sb.append(upper ? "NAN" : "NaN");
        } else {
            // -0.0 counts as negative, like Double.compare(value, 0.0) < 0.
            boolean neg = value < 0 || (value == 0 && 1 / value < 0);
            double v = neg ? -value : value;
            leadingSign(sb, fs, neg);
            if (v == Double.POSITIVE_INFINITY) {
                sb.append(upper ? "INFINITY" : "Infinity");
            } else if (fs.conversion == 'a') {
                hexFloat(sb, fs, v, neg);
            } else {
                finiteFloat(sb, fs, v, neg);
            }
            trailingSign(sb, fs, neg);
        }
        justify(out, fs, sb);
    }

    private static void finiteFloat(StringBuilder sb, FormatSpec fs, double v, boolean neg) {
        int prec = fs.precision;
        FormatFloat r;
        if (fs.conversion == 'f') {
            r = FormatFloat.decimal(v, prec == -1 ? 6 : prec);
        } else if (fs.conversion == 'e') {
            r = FormatFloat.scientific(v, prec == -1 ? 6 : prec);
        } else {
            r = FormatFloat.general(v, prec == -1 ? 6 : prec == 0 ? 1 : prec);
        }
        String mantissa = r.mantissa;
        if (fs.has(FormatSpec.ALT) && prec == 0) {
            mantissa = mantissa + ".";
        }
        int width = fs.width;
        if (width != -1 && r.exponent != null) {
            width -= r.exponent.length() + 1;
        }
        magnitude(sb, mantissa, fs, width != -1 && neg && fs.has(FormatSpec.PAREN) ? width - 1 : width);
        if (r.exponent != null) {
            sb.append(fs.has(FormatSpec.UPPER) ? 'E' : 'e').append(r.exponent);
        }
    }

    /** %a, including the JDK's zero padding, which counts the digits before adding zeros. */
    private static void hexFloat(StringBuilder sb, FormatSpec fs, double v, boolean neg) {
        int prec = fs.precision == -1 ? 0 : fs.precision == 0 ? 1 : fs.precision;
        String s = FormatFloat.hex(v, prec);
        boolean upper = fs.has(FormatSpec.UPPER);
        sb.append(upper ? "0X" : "0x");
        if (fs.has(FormatSpec.ZERO)) {
            int lead = fs.has(FormatSpec.SPACE) || fs.has(FormatSpec.PLUS) || neg ? 3 : 2;
            zeros(sb, fs.width - s.length() - lead);
        }
        int p = s.indexOf('p');
        String significand = s.substring(0, p);
        if (prec != 0) {
            int have = significand.length() - significand.indexOf('.') - 1;
            significand = significand + FormatFloat.zeros(prec - have);
        }
        sb.append(upper ? significand.toUpperCase() : significand);
        sb.append(upper ? 'P' : 'p').append(s, p + 1, s.length());
    }

    private static String unsignedDecimal(long v) {
        char[] buf = new char[20];
        int i = buf.length;
        // v may be Long.MIN_VALUE (its negation overflows): treat it as unsigned.
        long q = (v >>> 1) / 5;
        buf[--i] = (char) ('0' + (v - q * 10));
        for (v = q; v != 0; v /= 10) {
            buf[--i] = (char) ('0' + v % 10);
        }
        return new String(buf, i, buf.length - i);
    }

    private static String hex(long v) {
        return radix(v, 4);
    }

    private static String octal(long v) {
        return radix(v, 3);
    }

    private static String radix(long v, int shift) {
        char[] buf = new char[22];
        int i = buf.length;
        do {
            buf[--i] = HEX.charAt((int) (v & ((1 << shift) - 1)));
            v >>>= shift;
        } while (v != 0);
        return new String(buf, i, buf.length - i);
    }
}
