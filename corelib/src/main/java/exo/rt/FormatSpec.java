/*
 * One parsed piece of a java.util.Formatter format string: fixed text or a format specifier
 * %[index$][flags][width][.precision]conversion. FormatEngine parses the whole string into these
 * before printing anything, as the JDK does, so syntax errors win over argument errors.
 *
 * Parsing follows the JDK's specifier pattern
 *   %(\d+\$)?([-#+ 0,(\<]*)?(\d+)?(\.\d+)?([tT])?([a-zA-Z%])
 * and the per-conversion checks of its FormatSpecifier, with the same exceptions, messages and
 * order of checks. Date/time conversions (%tY...) are parsed and checked, but FormatEngine
 * prints only null for them.
 */
package exo.rt;

import java.util.DuplicateFormatFlagsException;
import java.util.FormatFlagsConversionMismatchException;
import java.util.IllegalFormatFlagsException;
import java.util.IllegalFormatPrecisionException;
import java.util.IllegalFormatWidthException;
import java.util.MissingFormatWidthException;
import java.util.UnknownFormatConversionException;

final class FormatSpec {
    // Flag bits, in the order the JDK prints them; '^' is the internal "upper case" flag.
    static final int LEFT = 1;
    static final int UPPER = 2;
    static final int ALT = 4;
    static final int PLUS = 8;
    static final int SPACE = 16;
    static final int ZERO = 32;
    static final int GROUP = 64;
    static final int PAREN = 128;
    static final int PREVIOUS = 256;
    private static final String FLAG_CHARS = "-^#+ 0,(<";
    private static final String DATE_TIME_CHARS = "HIklMSLNpzZsQBbhAaCYyjmdeRTrDFc";

    /** Index of the argument: >= 1 explicit, 0 next ordinary, -1 previous ('<'), -2 none. */
    int index;
    int flags;
    int width = -1;
    int precision = -1;
    /** Lower-case conversion character (the field after %t for dates); 0 for fixed text. */
    char conversion;
    /** %t / %T: parsed and checked like the JDK, but only null arguments can be printed. */
    boolean dateTime;
    /** For fixed text: the text. */
    String text;

    static FormatSpec fixed(String text) {
        FormatSpec s = new FormatSpec();
        s.text = text;
        s.index = -2;
        return s;
    }

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    static boolean isConversion(char c) {
        return "bBhHsScCdoxXeEfgGaA%n".indexOf(c) >= 0;
    }

    /**
     * Parses the specifier whose '%' is at {@code percent} into {@code out}; returns the index
     * just after it. First the pattern is matched (a mismatch reports the character after
     * '%'), then index, flags, width, precision and conversion are checked in the JDK's order.
     */
    static int parse(String s, int percent, FormatSpec out, FormatEngine engine) {
        int len = s.length();
        int p = percent + 1;
        if (p >= len) {
            throw new UnknownFormatConversionException("%");
        }
        char first = s.charAt(p);
        if (isConversion(first)) {
            out.setConversion(first);
            return p + 1;
        }
        int indexStart = p;
        int indexEnd = digitsEnd(s, p);
        if (indexEnd > p && indexEnd < len && s.charAt(indexEnd) == '$') {
            p = indexEnd + 1;
        } else {
            indexEnd = -1;
        }
        int flagStart = p;
        while (p < len && s.charAt(p) != '^' && FLAG_CHARS.indexOf(s.charAt(p)) >= 0) {
            p++;
        }
        int widthStart = p;
        p = digitsEnd(s, p);
        int widthEnd = p;
        int precStart = -1;
        if (p + 1 < len && s.charAt(p) == '.' && isDigit(s.charAt(p + 1))) {
            precStart = p + 1;
            p = digitsEnd(s, precStart);
        }
        int precEnd = p;
        boolean dateTime = p + 1 < len && (s.charAt(p) == 't' || s.charAt(p) == 'T')
                && isLetterOrPercent(s.charAt(p + 1));
        if (dateTime) {
            p++;
        }
        if (p >= len || !isLetterOrPercent(s.charAt(p))) {
            throw new UnknownFormatConversionException(String.valueOf(first));
        }
        char conv = s.charAt(p);
        if (indexEnd >= 0) {
            out.index = parseIndex(s, indexStart, indexEnd, engine);
        }
        out.setFlags(s, flagStart, widthStart);
        out.setWidthAndPrecision(s, widthStart, widthEnd, precStart, precEnd);
        if (dateTime) {
            out.setDateTime(s.charAt(p - 1) == 'T', conv);
            return p + 1;
        }
        if (!isConversion(conv)) {
            throw new UnknownFormatConversionException(String.valueOf(conv));
        }
        out.setConversion(conv);
        out.check();
        return p + 1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetterOrPercent(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '%';
    }

    private static int digitsEnd(String s, int p) {
        while (p < s.length() && isDigit(s.charAt(p))) {
            p++;
        }
        return p;
    }

    /** Decimal value of s[from, to); Integer.MIN_VALUE when it does not fit in an int. */
    private static int parseNumber(String s, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
            if (v > Integer.MAX_VALUE) {
                return Integer.MIN_VALUE;
            }
        }
        return (int) v;
    }

    private static int parseIndex(String s, int from, int to, FormatEngine engine) {
        int index = parseNumber(s, from, to);
        if (index <= 0) {
            throw engine.illegalArgumentIndex(index);
        }
        return index;
    }

    /** Width digits in s[widthStart, widthEnd), precision digits in s[precStart, precEnd). */
    private void setWidthAndPrecision(String s, int widthStart, int widthEnd, int precStart, int precEnd) {
        if (widthEnd > widthStart) {
            width = parseNumber(s, widthStart, widthEnd);
            if (width < 0) {
                throw new IllegalFormatWidthException(width);
            }
        }
        if (precStart >= 0) {
            precision = parseNumber(s, precStart, precEnd);
            if (precision < 0) {
                throw new IllegalFormatPrecisionException(precision);
            }
        }
    }

    private void setFlags(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            int bit = 1 << FLAG_CHARS.indexOf(s.charAt(i));
            if ((flags & bit) != 0) {
                throw new DuplicateFormatFlagsException(flagString(bit));
            }
            flags |= bit;
        }
        if (has(PREVIOUS)) {
            index = -1;
        }
    }

    private void setConversion(char c) {
        if (c >= 'A' && c <= 'Z') {
            flags |= UPPER;
            c = (char) (c + ('a' - 'A'));
        }
        conversion = c;
        if (c == '%' || c == 'n') {
            index = -2;
        }
    }

    private void setDateTime(boolean upper, char c) {
        dateTime = true;
        conversion = c;
        if (upper) {
            flags |= UPPER;
        }
        if (precision != -1) {
            throw new IllegalFormatPrecisionException(precision);
        }
        if (DATE_TIME_CHARS.indexOf(c) < 0) {
            throw new UnknownFormatConversionException("t" + c);
        }
        checkBadFlags(ALT, PLUS, SPACE, ZERO, GROUP, PAREN);
        if (width == -1 && has(LEFT)) {
            throw new MissingFormatWidthException(toString());
        }
    }

    /** The flags in the JDK's canonical order, e.g. "-0" ('^' for upper case). */
    static String flagString(int flags) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < FLAG_CHARS.length(); i++) {
            if ((flags & (1 << i)) != 0) {
                b.append(FLAG_CHARS.charAt(i));
            }
        }
        return b.toString();
    }

    private void check() {
        switch (conversion) {
            case 'b': case 'h': case 's':
                checkGeneral();
                break;
            case 'c':
                checkCharacter();
                break;
            case 'd': case 'o': case 'x':
                checkInteger();
                break;
            case 'e': case 'f': case 'g': case 'a':
                checkFloat();
                break;
            default:
                checkText();
        }
    }

    private void checkGeneral() {
        if ((conversion == 'b' || conversion == 'h') && has(ALT)) {
            throw mismatch(ALT);
        }
        if (width == -1 && has(LEFT)) {
            throw new MissingFormatWidthException(toString());
        }
        checkBadFlags(PLUS, SPACE, ZERO, GROUP, PAREN);
    }

    private void checkCharacter() {
        if (precision != -1) {
            throw new IllegalFormatPrecisionException(precision);
        }
        checkBadFlags(ALT, PLUS, SPACE, ZERO, GROUP, PAREN);
        if (width == -1 && has(LEFT)) {
            throw new MissingFormatWidthException(toString());
        }
    }

    private void checkInteger() {
        checkNumeric();
        if (precision != -1) {
            throw new IllegalFormatPrecisionException(precision);
        }
        checkBadFlags(conversion == 'd' ? ALT : GROUP);
    }

    private void checkFloat() {
        checkNumeric();
        if (conversion == 'a') {
            checkBadFlags(PAREN, GROUP);
        } else if (conversion == 'e') {
            checkBadFlags(GROUP);
        } else if (conversion == 'g') {
            checkBadFlags(ALT);
        }
    }

    private void checkNumeric() {
        if (width == -1 && (has(LEFT) || has(ZERO))) {
            throw new MissingFormatWidthException(toString());
        }
        if ((has(PLUS) && has(SPACE)) || (has(LEFT) && has(ZERO))) {
            throw new IllegalFormatFlagsException(flagString(flags));
        }
    }

    private void checkText() {
        if (precision != -1) {
            throw new IllegalFormatPrecisionException(precision);
        }
        if (conversion == '%') {
            if ((flags & ~LEFT) != 0) {
                throw new IllegalFormatFlagsException(flagString(flags));
            }
            if (width == -1 && has(LEFT)) {
                throw new MissingFormatWidthException(toString());
            }
        } else {
            if (width != -1) {
                throw new IllegalFormatWidthException(width);
            }
            if (flags != 0) {
                throw new IllegalFormatFlagsException(flagString(flags));
            }
        }
    }

    /** Throws if any of {@code bad} is set, naming the first one in the order given. */
    void checkBadFlags(int... bad) {
        for (int flag : bad) {
            if (has(flag)) {
                throw mismatch(flag);
            }
        }
    }

    FormatFlagsConversionMismatchException mismatch(int flag) {
        return new FormatFlagsConversionMismatchException(flagString(flag), conversion);
    }

    /** The specifier as the JDK prints it in exception messages, e.g. "%-08.3X". */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("%");
        b.append(flagString(flags & ~UPPER));
        if (index > 0) {
            b.append(index).append('$');
        }
        if (width != -1) {
            b.append(width);
        }
        if (precision != -1) {
            b.append('.').append(precision);
        }
        if (dateTime) {
            b.append(has(UPPER) ? 'T' : 't');
        }
        char c = conversion;
        b.append(has(UPPER) && c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c);
        return b.toString();
    }
}
