/*
 * Character classification and case mapping for java.lang.Character. Latin-1 answers come
 * from a 256-entry flag table; the rest of the BMP is a binary search in CharData's range
 * tables; supplementary code points are best effort (the CJK extension blocks count as
 * ideographic letters, everything else is "not a letter" and maps to itself).
 * Plain Java with no runtime dependency, so it is tested on the host (UnicodeTest).
 */
package exo.rt;

public final class Unicode {
    private Unicode() {}

    private static final int LETTER = 1, DIGIT = 2, UPPER = 4, LOWER = 8, SPACE = 16,
            ALPHABETIC = 32, IDENT_START = 64, IDENT_PART = 128, TITLE = 256, IDEOGRAPHIC = 512,
            DEFINED = 1024;

    private static final char[] LETTER_R = CharData.LETTER.toCharArray();
    private static final char[] DIGIT_R = CharData.DIGIT.toCharArray();
    private static final char[] UPPER_R = CharData.UPPER.toCharArray();
    private static final char[] LOWER_R = CharData.LOWER.toCharArray();
    private static final char[] TITLE_R = CharData.TITLE.toCharArray();
    private static final char[] ALPHABETIC_R = CharData.ALPHABETIC.toCharArray();
    private static final char[] IDEOGRAPHIC_R = CharData.IDEOGRAPHIC.toCharArray();
    private static final char[] IDENT_START_R = CharData.IDENT_START.toCharArray();
    private static final char[] IDENT_PART_R = CharData.IDENT_PART.toCharArray();
    private static final char[] SPACE_R = CharData.SPACE.toCharArray();
    private static final char[] DEFINED_R = CharData.DEFINED.toCharArray();
    private static final char[] TO_UPPER_R = CharData.TO_UPPER.toCharArray();
    private static final char[] TO_LOWER_R = CharData.TO_LOWER.toCharArray();

    private static final short[] LATIN1 = latin1Flags();

    private static short[] latin1Flags() {
        short[] f = new short[256];
        for (int c = 0; c < 256; c++) {
            int bits = 0;
            bits |= inRanges(LETTER_R, c) ? LETTER : 0;
            bits |= inRanges(DIGIT_R, c) ? DIGIT : 0;
            bits |= inRanges(UPPER_R, c) ? UPPER : 0;
            bits |= inRanges(LOWER_R, c) ? LOWER : 0;
            bits |= inRanges(SPACE_R, c) ? SPACE : 0;
            bits |= inRanges(ALPHABETIC_R, c) ? ALPHABETIC : 0;
            bits |= inRanges(IDENT_START_R, c) ? IDENT_START : 0;
            bits |= inRanges(IDENT_PART_R, c) ? IDENT_PART : 0;
            bits |= inRanges(DEFINED_R, c) ? DEFINED : 0;
            f[c] = (short) bits;
        }
        return f;
    }

    /** Binary search in a table of inclusive (first, last) pairs. */
    private static boolean inRanges(char[] r, int c) {
        int lo = 0;
        int hi = r.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (c < r[2 * mid]) {
                hi = mid - 1;
            } else if (c > r[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static boolean has(int cp, int flag, char[] ranges) {
        if (cp >= 0 && cp < 256) {
            return (LATIN1[cp] & flag) != 0;
        }
        if (cp >= 256 && cp < 0x10000) {
            return inRanges(ranges, cp);
        }
        return false;
    }

    /** The CJK Unified Ideographs extension blocks B..G and the compatibility supplement. */
    private static boolean isSupplementaryIdeograph(int cp) {
        return (cp >= 0x20000 && cp <= 0x2A6DD) || (cp >= 0x2A700 && cp <= 0x2B734)
                || (cp >= 0x2B740 && cp <= 0x2B81D) || (cp >= 0x2B820 && cp <= 0x2CEA1)
                || (cp >= 0x2CEB0 && cp <= 0x2EBE0) || (cp >= 0x2F800 && cp <= 0x2FA1D)
                || (cp >= 0x30000 && cp <= 0x3134A);
    }

    public static boolean isLetter(int cp) {
        return has(cp, LETTER, LETTER_R) || isSupplementaryIdeograph(cp);
    }

    public static boolean isDigit(int cp) {
        return has(cp, DIGIT, DIGIT_R);
    }

    public static boolean isUpperCase(int cp) {
        return has(cp, UPPER, UPPER_R);
    }

    public static boolean isLowerCase(int cp) {
        return has(cp, LOWER, LOWER_R);
    }

    public static boolean isTitleCase(int cp) {
        return cp >= 256 && has(cp, TITLE, TITLE_R);
    }

    public static boolean isAlphabetic(int cp) {
        return has(cp, ALPHABETIC, ALPHABETIC_R) || isSupplementaryIdeograph(cp);
    }

    public static boolean isIdeographic(int cp) {
        return (cp >= 256 && has(cp, IDEOGRAPHIC, IDEOGRAPHIC_R)) || isSupplementaryIdeograph(cp);
    }

    public static boolean isJavaIdentifierStart(int cp) {
        return has(cp, IDENT_START, IDENT_START_R) || isSupplementaryIdeograph(cp);
    }

    public static boolean isJavaIdentifierPart(int cp) {
        return has(cp, IDENT_PART, IDENT_PART_R) || isSupplementaryIdeograph(cp);
    }

    public static boolean isSpaceChar(int cp) {
        return has(cp, SPACE, SPACE_R);
    }

    public static boolean isDefined(int cp) {
        if (cp >= 0x10000) {
            return cp <= 0x10FFFF;   // best effort outside the BMP
        }
        return has(cp, DEFINED, DEFINED_R);
    }

    /** Java whitespace: space separators other than the no-break ones, plus the ASCII controls. */
    public static boolean isWhitespace(int cp) {
        if (cp <= ' ') {
            return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
        }
        if (cp == 0x00A0 || cp == 0x2007 || cp == 0x202F) {
            return false;
        }
        return isSpaceChar(cp);
    }

    public static int toUpperCase(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
        }
        return mapCase(TO_UPPER_R, cp);
    }

    public static int toLowerCase(int cp) {
        if (cp < 128) {
            return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
        }
        return mapCase(TO_LOWER_R, cp);
    }

    /** Looks cp up in a (first, last, delta, stride) run table; unmapped chars map to themselves. */
    private static int mapCase(char[] runs, int cp) {
        if (cp >= 0x10000) {
            return cp;
        }
        int lo = 0;
        int hi = runs.length / 4 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int first = runs[4 * mid];
            if (cp < first) {
                hi = mid - 1;
            } else if (cp > runs[4 * mid + 1]) {
                lo = mid + 1;
            } else {
                if (runs[4 * mid + 3] == 2 && ((cp - first) & 1) != 0) {
                    return cp;
                }
                return (cp + runs[4 * mid + 2]) & 0xFFFF;
            }
        }
        return cp;
    }

    /** Character.digit: ASCII and fullwidth Latin letters count from 10, Nd digits by position. */
    public static int digit(int cp, int radix) {
        if (radix < 2 || radix > 36) {
            return -1;
        }
        int v = value(cp);
        return v < radix ? v : -1;
    }

    // Digit value of cp in radix 36, or a large number when it has none.
    private static int value(int cp) {
        if (cp >= '0' && cp <= '9') {
            return cp - '0';
        }
        int lower = cp | 0x20;
        if (lower >= 'a' && lower <= 'z') {
            return lower - 'a' + 10;
        }
        if (cp >= 0xFF21 && cp <= 0xFF3A) {
            return cp - 0xFF21 + 10;
        }
        if (cp >= 0xFF41 && cp <= 0xFF5A) {
            return cp - 0xFF41 + 10;
        }
        if (cp >= 256 && isDigit(cp)) {
            return (cp - digitRangeStart(cp)) % 10;
        }
        return Integer.MAX_VALUE;
    }

    private static int digitRangeStart(int cp) {
        for (int i = 0; i < DIGIT_R.length; i += 2) {
            if (cp >= DIGIT_R[i] && cp <= DIGIT_R[i + 1]) {
                return DIGIT_R[i];
            }
        }
        return cp;
    }

    /** Character.getNumericValue for digits, Latin letters and the Latin-1 superscripts and fractions. */
    public static int getNumericValue(int cp) {
        int v = value(cp);
        if (v != Integer.MAX_VALUE) {
            return v;
        }
        switch (cp) {
            case 0xB9: return 1;
            case 0xB2: return 2;
            case 0xB3: return 3;
            case 0xBC: case 0xBD: case 0xBE: return -2;
            default: return -1;
        }
    }
}
