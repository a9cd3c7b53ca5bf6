/*
 * The named character properties of java.util.regex: the escapes \d \s \w \h \v, the POSIX
 * classes (\p{Alpha}... US-ASCII only, as in the JDK), the java.lang.Character ones
 * (\p{javaLowerCase}...), Unicode general categories (\p{Lu}, \p{IsL}, \p{gc=Nd}) and binary
 * properties (\p{IsAlphabetic}...). The parser looks names up with lookup(); CharClass calls
 * test() for code points outside its Latin-1 cache.
 */
package exo.rt.regex;

final class Props {
    private Props() {}

    // Ids below 32 are general-category bit masks (see CATEGORY); the rest are listed here.
    static final int CATEGORY = 1 << 8;     // lo 32 bits of the id: mask of Character.getType values
    static final int DIGIT = 1, SPACE = 2, WORD = 3, HSPACE = 4, VSPACE = 5, LOWER = 6, UPPER = 7,
            ASCII = 8, ALPHA = 9, POSIX_DIGIT = 10, ALNUM = 11, PUNCT = 12, GRAPH = 13, PRINT = 14,
            BLANK = 15, CNTRL = 16, XDIGIT = 17, J_LOWER = 18, J_UPPER = 19, J_WHITESPACE = 20,
            J_LETTER = 21, J_DIGIT = 22, J_LETTER_OR_DIGIT = 23, J_ALPHABETIC = 24, J_IDEOGRAPHIC = 25,
            J_TITLE = 26, J_SPACE_CHAR = 27, J_ID_START = 28, J_ID_PART = 29, J_DEFINED = 30,
            J_ISO_CONTROL = 31, U_ALPHABETIC = 32, U_LETTER = 33, U_IDEOGRAPHIC = 34, U_LOWER = 35,
            U_UPPER = 36, U_TITLE = 37, U_WHITE_SPACE = 38, U_DIGIT = 39, U_HEX = 40, U_PUNCT = 41,
            U_CONTROL = 42, U_ASSIGNED = 43, U_WORD = 44, U_ALNUM = 45, U_GRAPH = 46, U_PRINT = 47,
            U_BLANK = 48, ANY = 49, U_JOIN = 50, CASED = 51;

    private static final String[] CATEGORY_NAMES = {
        "Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Me", "Mc", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc",
        "Cf", "", "Co", "Cs", "Pd", "Ps", "Pe", "Pc", "Po", "Sm", "Sc", "Sk", "So", "Pi", "Pf",
    };

    /** A category id for \p{L}, \p{Lu}...: CATEGORY in the high bits, type mask in the low ones. */
    private static long categoryMask(String name) {
        long mask = 0;
        for (int t = 0; t < CATEGORY_NAMES.length; t++) {
            String c = CATEGORY_NAMES[t];
            if (!c.isEmpty() && (c.equals(name) || (name.length() == 1 && c.charAt(0) == name.charAt(0)))) {
                mask |= 1L << t;
            }
        }
        if (name.equals("LC")) {
            mask = (1L << 1) | (1L << 2) | (1L << 3);
        } else if (name.equals("LD")) {
            mask = (1L << 1) | (1L << 2) | (1L << 3) | (1L << 4) | (1L << 5) | (1L << 9);
        } else if (name.equals("C")) {
            mask |= 1L;
        }
        return mask;
    }

    /** Property id for the name inside \p{...}, or -1 when unknown. */
    static long lookup(String name) {
        switch (name) {
            case "Lower": return LOWER;
            case "Upper": return UPPER;
            case "ASCII": return ASCII;
            case "Alpha": return ALPHA;
            case "Digit": return POSIX_DIGIT;
            case "Alnum": return ALNUM;
            case "Punct": return PUNCT;
            case "Graph": return GRAPH;
            case "Print": return PRINT;
            case "Blank": return BLANK;
            case "Cntrl": return CNTRL;
            case "XDigit": return XDIGIT;
            case "Space": return SPACE;
            case "all": return ANY;
            case "javaLowerCase": return J_LOWER;
            case "javaUpperCase": return J_UPPER;
            case "javaWhitespace": return J_WHITESPACE;
            case "javaLetter": return J_LETTER;
            case "javaDigit": return J_DIGIT;
            case "javaLetterOrDigit": return J_LETTER_OR_DIGIT;
            case "javaAlphabetic": return J_ALPHABETIC;
            case "javaIdeographic": return J_IDEOGRAPHIC;
            case "javaTitleCase": return J_TITLE;
            case "javaSpaceChar": return J_SPACE_CHAR;
            case "javaJavaIdentifierStart": return J_ID_START;
            case "javaJavaIdentifierPart": return J_ID_PART;
            case "javaDefined": return J_DEFINED;
            case "javaISOControl": return J_ISO_CONTROL;
            default: break;
        }
        String n = name;
        if (n.startsWith("general_category=")) {
            n = n.substring("general_category=".length());
        } else if (n.startsWith("gc=")) {
            n = n.substring(3);
        } else if (n.startsWith("Is")) {
            long binary = binary(n.substring(2).toUpperCase().replace("_", "").replace(" ", "").replace("-", ""));
            if (binary >= 0) {
                return binary;
            }
            n = n.substring(2);
        }
        long mask = categoryMask(n);
        return mask == 0 ? -1 : CATEGORY | (mask << 32);
    }

    private static long binary(String n) {
        switch (n) {
            case "ALPHABETIC": return U_ALPHABETIC;
            case "LETTER": return U_LETTER;
            case "IDEOGRAPHIC": return U_IDEOGRAPHIC;
            case "LOWERCASE": return U_LOWER;
            case "UPPERCASE": return U_UPPER;
            case "TITLECASE": return U_TITLE;
            case "WHITESPACE": return U_WHITE_SPACE;
            case "DIGIT": return U_DIGIT;
            case "HEXDIGIT": return U_HEX;
            case "PUNCTUATION": return U_PUNCT;
            case "CONTROL": return U_CONTROL;
            case "ASSIGNED": return U_ASSIGNED;
            case "JOINCONTROL": return U_JOIN;
            default: return -1;
        }
    }

    static boolean test(long id, int cp) {
        if ((id & CATEGORY) != 0) {
            return ((id >>> 32) & (1L << Character.getType(cp))) != 0;
        }
        if (id < U_ALPHABETIC) {
            return asciiOrJava((int) id, cp);
        }
        return unicode((int) id, cp);
    }

    private static boolean asciiOrJava(int id, int c) {
        switch (id) {
            case DIGIT: case POSIX_DIGIT: return c >= '0' && c <= '9';
            case SPACE: return c == ' ' || (c >= '\t' && c <= '\r');
            case WORD: return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            case HSPACE: return c == ' ' || c == '\t' || c == 0xA0 || c == 0x1680 || c == 0x180E
                    || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
            case VSPACE: return (c >= '\n' && c <= '\r') || c == 0x85 || c == 0x2028 || c == 0x2029;
            case LOWER: return c >= 'a' && c <= 'z';
            case UPPER: return c >= 'A' && c <= 'Z';
            case ASCII: return c < 128;
            case ALPHA: return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            case ALNUM: return asciiOrJava(ALPHA, c) || asciiOrJava(DIGIT, c);
            case PUNCT: return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
            case GRAPH: return asciiOrJava(ALNUM, c) || asciiOrJava(PUNCT, c);
            case PRINT: return asciiOrJava(GRAPH, c) || c == ' ';
            case BLANK: return c == ' ' || c == '\t';
            case CNTRL: return c < 0x20 || c == 0x7F;
            case XDIGIT: return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            case J_LOWER: return Character.isLowerCase(c);
            case J_UPPER: return Character.isUpperCase(c);
            case J_WHITESPACE: return Character.isWhitespace(c);
            case J_LETTER: return Character.isLetter(c);
            case J_DIGIT: return Character.isDigit(c);
            case J_LETTER_OR_DIGIT: return Character.isLetterOrDigit(c);
            case J_ALPHABETIC: return Character.isAlphabetic(c);
            case J_IDEOGRAPHIC: return Character.isIdeographic(c);
            case J_TITLE: return Character.isTitleCase(c);
            case J_SPACE_CHAR: return Character.isSpaceChar(c);
            case J_ID_START: return Character.isJavaIdentifierStart(c);
            case J_ID_PART: return Character.isJavaIdentifierPart(c);
            case J_DEFINED: return Character.isDefined(c);
            case J_ISO_CONTROL: return Character.isISOControl(c);
            default: return false;
        }
    }

    private static boolean unicode(int id, int c) {
        int type = Character.getType(c);
        switch (id) {
            case U_ALPHABETIC: return Character.isAlphabetic(c);
            case U_LETTER: return Character.isLetter(c);
            case U_IDEOGRAPHIC: return Character.isIdeographic(c);
            case U_LOWER: return Character.isLowerCase(c);
            case U_UPPER: return Character.isUpperCase(c);
            case U_TITLE: return Character.isTitleCase(c);
            case U_WHITE_SPACE: return (c >= '\t' && c <= '\r') || c == 0x85 || type == Character.SPACE_SEPARATOR
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            case U_DIGIT: return type == Character.DECIMAL_DIGIT_NUMBER;
            case U_HEX: return type == Character.DECIMAL_DIGIT_NUMBER || (c >= '0' && c <= '9')
                    || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
                    || (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF26) || (c >= 0xFF41 && c <= 0xFF46);
            case U_PUNCT: return type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                    || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
            case U_CONTROL: return type == Character.CONTROL;
            case U_ASSIGNED: return type != Character.UNASSIGNED;
            case U_JOIN: return c == 0x200C || c == 0x200D;
            case U_WORD: return Character.isAlphabetic(c) || type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.CONNECTOR_PUNCTUATION
                    || c == 0x200C || c == 0x200D;
            case U_ALNUM: return Character.isAlphabetic(c) || type == Character.DECIMAL_DIGIT_NUMBER;
            case U_BLANK: return type == Character.SPACE_SEPARATOR || c == '\t';
            case U_GRAPH: return type != Character.SPACE_SEPARATOR && type != Character.LINE_SEPARATOR
                    && type != Character.PARAGRAPH_SEPARATOR && type != Character.CONTROL
                    && type != Character.SURROGATE && type != Character.UNASSIGNED;
            case U_PRINT: return (unicode(U_GRAPH, c) || unicode(U_BLANK, c)) && type != Character.CONTROL;
            case ANY: return true;
            case CASED: return Character.isLowerCase(c) || Character.isUpperCase(c) || Character.isTitleCase(c);
            default: return false;
        }
    }

    /** The property under CASE_INSENSITIVE: the JDK widens the case classes to every cased letter. */
    static long foldCase(long id) {
        if ((id & CATEGORY) != 0) {
            long cased = (1L << 1) | (1L << 2) | (1L << 3);
            long mask = id >>> 32;
            return (mask & cased) != 0 ? CATEGORY | ((mask | cased) << 32) : id;
        }
        switch ((int) id) {
            case LOWER: case UPPER: return ALPHA;
            case J_LOWER: case J_UPPER: case J_TITLE: case U_LOWER: case U_UPPER: case U_TITLE: return CASED;
            default: return id;
        }
    }

    /** The Unicode meaning of a POSIX/escape class under UNICODE_CHARACTER_CLASS (or the id itself). */
    static long unicodeVersion(long id) {
        switch ((int) id) {
            case DIGIT: case POSIX_DIGIT: return U_DIGIT;
            case SPACE: return U_WHITE_SPACE;
            case WORD: return U_WORD;
            case LOWER: return U_LOWER;
            case UPPER: return U_UPPER;
            case ALPHA: return U_ALPHABETIC;
            case ALNUM: return U_ALNUM;
            case PUNCT: return U_PUNCT;
            case GRAPH: return U_GRAPH;
            case PRINT: return U_PRINT;
            case BLANK: return U_BLANK;
            case CNTRL: return U_CONTROL;
            case XDIGIT: return U_HEX;
            default: return id;
        }
    }
}
