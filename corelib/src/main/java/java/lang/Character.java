/*
 * The char box plus the static Unicode helpers. Classification and case mapping come from
 * exo.rt.Unicode (exact for the BMP as of the JDK 17, best effort above it); surrogate and
 * code point arithmetic lives here. valueOf caches 0..127 as the JDK does.
 */
package java.lang;

import exo.rt.CharType;
import exo.rt.Unicode;

public final class Character implements java.io.Serializable, Comparable<Character> {
    public static final int MIN_RADIX = 2;
    public static final int MAX_RADIX = 36;
    public static final char MIN_VALUE = '\u0000';
    public static final char MAX_VALUE = '\uFFFF';
    public static final Class<Character> TYPE = char.class;
    public static final char MIN_HIGH_SURROGATE = '\uD800';
    public static final char MAX_HIGH_SURROGATE = '\uDBFF';
    public static final char MIN_LOW_SURROGATE = '\uDC00';
    public static final char MAX_LOW_SURROGATE = '\uDFFF';
    public static final char MIN_SURROGATE = MIN_HIGH_SURROGATE;
    public static final char MAX_SURROGATE = MAX_LOW_SURROGATE;
    public static final int MIN_SUPPLEMENTARY_CODE_POINT = 0x010000;
    public static final int MIN_CODE_POINT = 0x000000;
    public static final int MAX_CODE_POINT = 0X10FFFF;
    // General categories (getType).
    public static final byte UNASSIGNED = 0;
    public static final byte UPPERCASE_LETTER = 1;
    public static final byte LOWERCASE_LETTER = 2;
    public static final byte TITLECASE_LETTER = 3;
    public static final byte MODIFIER_LETTER = 4;
    public static final byte OTHER_LETTER = 5;
    public static final byte NON_SPACING_MARK = 6;
    public static final byte ENCLOSING_MARK = 7;
    public static final byte COMBINING_SPACING_MARK = 8;
    public static final byte DECIMAL_DIGIT_NUMBER = 9;
    public static final byte LETTER_NUMBER = 10;
    public static final byte OTHER_NUMBER = 11;
    public static final byte SPACE_SEPARATOR = 12;
    public static final byte LINE_SEPARATOR = 13;
    public static final byte PARAGRAPH_SEPARATOR = 14;
    public static final byte CONTROL = 15;
    public static final byte FORMAT = 16;
    public static final byte PRIVATE_USE = 18;
    public static final byte SURROGATE = 19;
    public static final byte DASH_PUNCTUATION = 20;
    public static final byte START_PUNCTUATION = 21;
    public static final byte END_PUNCTUATION = 22;
    public static final byte CONNECTOR_PUNCTUATION = 23;
    public static final byte OTHER_PUNCTUATION = 24;
    public static final byte MATH_SYMBOL = 25;
    public static final byte CURRENCY_SYMBOL = 26;
    public static final byte MODIFIER_SYMBOL = 27;
    public static final byte OTHER_SYMBOL = 28;
    public static final byte INITIAL_QUOTE_PUNCTUATION = 29;
    public static final byte FINAL_QUOTE_PUNCTUATION = 30;
    public static final int SIZE = 16;
    public static final int BYTES = 2;

    // The boxes of valueOf, in a holder class of their own (as the JDK's CharacterCache): the
    // static methods of Character then run no initialiser and allocate nothing.
    private static final class Cache {
        static final Character[] BOXES = new Character[128];

        static {
            for (int i = 0; i < BOXES.length; i++) {
                BOXES[i] = new Character((char) i);
            }
        }
    }

    private final char value;

    @Deprecated(since = "9")
    public Character(char value) {
        this.value = value;
    }

    public static Character valueOf(char c) {
        return c < 128 ? Cache.BOXES[c] : new Character(c);
    }

    public char charValue() {
        return value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    public static int hashCode(char value) {
        return value;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Character && ((Character) obj).value == value;
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }

    public static String toString(char c) {
        return String.valueOf(c);
    }

    public static String toString(int codePoint) {
        return new String(toChars(codePoint));
    }

    public int compareTo(Character another) {
        return compare(value, another.value);
    }

    public static int compare(char x, char y) {
        return x - y;
    }

    public static char reverseBytes(char ch) {
        return (char) (((ch & 0xFF00) >> 8) | (ch << 8));
    }

    // ---- code points and surrogates ----

    public static boolean isValidCodePoint(int codePoint) {
        return codePoint >= 0 && codePoint <= MAX_CODE_POINT;
    }

    public static boolean isBmpCodePoint(int codePoint) {
        return codePoint >>> 16 == 0;
    }

    public static boolean isSupplementaryCodePoint(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT && codePoint <= MAX_CODE_POINT;
    }

    public static boolean isHighSurrogate(char ch) {
        return ch >= MIN_HIGH_SURROGATE && ch <= MAX_HIGH_SURROGATE;
    }

    public static boolean isLowSurrogate(char ch) {
        return ch >= MIN_LOW_SURROGATE && ch <= MAX_LOW_SURROGATE;
    }

    public static boolean isSurrogate(char ch) {
        return ch >= MIN_SURROGATE && ch <= MAX_SURROGATE;
    }

    public static boolean isSurrogatePair(char high, char low) {
        return isHighSurrogate(high) && isLowSurrogate(low);
    }

    public static int charCount(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT ? 2 : 1;
    }

    public static int toCodePoint(char high, char low) {
        return ((high - MIN_HIGH_SURROGATE) << 10) + (low - MIN_LOW_SURROGATE) + MIN_SUPPLEMENTARY_CODE_POINT;
    }

    public static char highSurrogate(int codePoint) {
        return (char) ((codePoint >>> 10) + (MIN_HIGH_SURROGATE - (MIN_SUPPLEMENTARY_CODE_POINT >>> 10)));
    }

    public static char lowSurrogate(int codePoint) {
        return (char) ((codePoint & 0x3FF) + MIN_LOW_SURROGATE);
    }

    public static int codePointAt(CharSequence seq, int index) {
        char c1 = seq.charAt(index);
        if (isHighSurrogate(c1) && ++index < seq.length()) {
            char c2 = seq.charAt(index);
            if (isLowSurrogate(c2)) {
                return toCodePoint(c1, c2);
            }
        }
        return c1;
    }

    public static int codePointAt(char[] a, int index) {
        return codePointAt(a, index, a.length);
    }

    public static int codePointAt(char[] a, int index, int limit) {
        if (index >= limit || index < 0 || limit > a.length) {
            throw new IndexOutOfBoundsException();
        }
        char c1 = a[index];
        if (isHighSurrogate(c1) && ++index < limit) {
            char c2 = a[index];
            if (isLowSurrogate(c2)) {
                return toCodePoint(c1, c2);
            }
        }
        return c1;
    }

    public static int codePointBefore(CharSequence seq, int index) {
        char c2 = seq.charAt(--index);
        if (isLowSurrogate(c2) && index > 0) {
            char c1 = seq.charAt(index - 1);
            if (isHighSurrogate(c1)) {
                return toCodePoint(c1, c2);
            }
        }
        return c2;
    }

    public static int codePointCount(CharSequence seq, int beginIndex, int endIndex) {
        if (beginIndex < 0 || endIndex > seq.length() || beginIndex > endIndex) {
            throw new IndexOutOfBoundsException();
        }
        int n = endIndex - beginIndex;
        for (int i = beginIndex; i < endIndex - 1; i++) {
            if (isHighSurrogate(seq.charAt(i)) && isLowSurrogate(seq.charAt(i + 1))) {
                n--;
                i++;
            }
        }
        return n;
    }

    /** The index codePointOffset code points away from index (a pair counts once). */
    public static int offsetByCodePoints(CharSequence seq, int index, int codePointOffset) {
        int length = seq.length();
        if (index < 0 || index > length) {
            throw new IndexOutOfBoundsException();
        }
        int x = index;
        if (codePointOffset >= 0) {
            for (int i = 0; i < codePointOffset; i++) {
                if (x >= length) {
                    throw new IndexOutOfBoundsException();
                }
                if (isHighSurrogate(seq.charAt(x++)) && x < length && isLowSurrogate(seq.charAt(x))) {
                    x++;
                }
            }
        } else {
            for (int i = codePointOffset; i < 0; i++) {
                if (x <= 0) {
                    throw new IndexOutOfBoundsException();
                }
                if (isLowSurrogate(seq.charAt(--x)) && x > 0 && isHighSurrogate(seq.charAt(x - 1))) {
                    x--;
                }
            }
        }
        return x;
    }

    public static char[] toChars(int codePoint) {
        if (isBmpCodePoint(codePoint)) {
            return new char[] {(char) codePoint};
        }
        if (isValidCodePoint(codePoint)) {
            return new char[] {highSurrogate(codePoint), lowSurrogate(codePoint)};
        }
        throw invalidCodePoint(codePoint);
    }

    public static int toChars(int codePoint, char[] dst, int dstIndex) {
        if (isBmpCodePoint(codePoint)) {
            dst[dstIndex] = (char) codePoint;
            return 1;
        }
        if (isValidCodePoint(codePoint)) {
            dst[dstIndex + 1] = lowSurrogate(codePoint);
            dst[dstIndex] = highSurrogate(codePoint);
            return 2;
        }
        throw invalidCodePoint(codePoint);
    }

    private static IllegalArgumentException invalidCodePoint(int codePoint) {
        return new IllegalArgumentException("Not a valid Unicode code point: 0x"
                + Integer.toHexString(codePoint).toUpperCase());
    }

    // ---- classification (char overloads widen to the code point versions) ----

    public static int getType(char ch) { return CharType.getType(ch); }
    public static int getType(int codePoint) { return CharType.getType(codePoint); }
    public static boolean isLowerCase(char ch) { return Unicode.isLowerCase(ch); }
    public static boolean isLowerCase(int codePoint) { return Unicode.isLowerCase(codePoint); }
    public static boolean isUpperCase(char ch) { return Unicode.isUpperCase(ch); }
    public static boolean isUpperCase(int codePoint) { return Unicode.isUpperCase(codePoint); }
    public static boolean isTitleCase(char ch) { return Unicode.isTitleCase(ch); }
    public static boolean isTitleCase(int codePoint) { return Unicode.isTitleCase(codePoint); }
    public static boolean isLetter(char ch) { return Unicode.isLetter(ch); }
    public static boolean isLetter(int codePoint) { return Unicode.isLetter(codePoint); }
    public static boolean isAlphabetic(int codePoint) { return Unicode.isAlphabetic(codePoint); }
    public static boolean isIdeographic(int codePoint) { return Unicode.isIdeographic(codePoint); }
    public static boolean isDefined(char ch) { return Unicode.isDefined(ch); }
    public static boolean isDefined(int codePoint) { return Unicode.isDefined(codePoint); }
    public static boolean isSpaceChar(char ch) { return Unicode.isSpaceChar(ch); }
    public static boolean isSpaceChar(int codePoint) { return Unicode.isSpaceChar(codePoint); }
    public static boolean isWhitespace(char ch) { return Unicode.isWhitespace(ch); }
    public static boolean isWhitespace(int codePoint) { return Unicode.isWhitespace(codePoint); }
    public static boolean isJavaIdentifierStart(char ch) { return Unicode.isJavaIdentifierStart(ch); }
    public static boolean isJavaIdentifierStart(int codePoint) { return Unicode.isJavaIdentifierStart(codePoint); }
    public static boolean isJavaIdentifierPart(char ch) { return Unicode.isJavaIdentifierPart(ch); }
    public static boolean isJavaIdentifierPart(int codePoint) { return Unicode.isJavaIdentifierPart(codePoint); }

    public static boolean isDigit(char ch) {
        return (ch >= '0' && ch <= '9') || (ch >= 256 && Unicode.isDigit(ch));
    }

    public static boolean isDigit(int codePoint) {
        return (codePoint >= '0' && codePoint <= '9') || (codePoint >= 256 && Unicode.isDigit(codePoint));
    }

    public static boolean isLetterOrDigit(char ch) {
        return isLetter(ch) || isDigit(ch);
    }

    public static boolean isLetterOrDigit(int codePoint) {
        return isLetter(codePoint) || isDigit(codePoint);
    }

    public static boolean isISOControl(char ch) {
        return isISOControl((int) ch);
    }

    public static boolean isISOControl(int codePoint) {
        return codePoint <= 0x9F && (codePoint >= 0x7F || (codePoint >>> 5 == 0));
    }

    public static char toLowerCase(char ch) { return (char) Unicode.toLowerCase(ch); }
    public static int toLowerCase(int codePoint) { return Unicode.toLowerCase(codePoint); }
    public static char toUpperCase(char ch) { return (char) Unicode.toUpperCase(ch); }
    public static int toUpperCase(int codePoint) { return Unicode.toUpperCase(codePoint); }

    public static int digit(char ch, int radix) {
        return Unicode.digit(ch, radix);
    }

    public static int digit(int codePoint, int radix) {
        return Unicode.digit(codePoint, radix);
    }

    public static int getNumericValue(char ch) {
        return Unicode.getNumericValue(ch);
    }

    public static int getNumericValue(int codePoint) {
        return Unicode.getNumericValue(codePoint);
    }

    public static char forDigit(int digit, int radix) {
        if (digit >= radix || digit < 0 || radix < MIN_RADIX || radix > MAX_RADIX) {
            return '\0';
        }
        return (char) (digit < 10 ? '0' + digit : 'a' - 10 + digit);
    }
}
