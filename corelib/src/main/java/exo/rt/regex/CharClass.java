/*
 * A set of code points as java.util.regex understands one: ranges (optionally case-folded),
 * named properties (\d, \p{Lu}, POSIX classes...), unions, intersections and complements.
 * The parser builds the tree; freeze() then caches the answer for Latin-1 in a 256-bit map,
 * so the matchers' common case is two shifts and a mask. Plain Java over java.lang only, so
 * the host tests (exoc's RegexTest) run it against the JDK.
 */
package exo.rt.regex;

final class CharClass {
    static final int RANGE = 0, PROP = 1, UNION = 2, INTERSECT = 3, NOT = 4;

    /** Case folding of a range: none, ASCII letters only, or Unicode (UNICODE_CASE). */
    static final int CASE_NONE = 0, CASE_ASCII = 1, CASE_UNICODE = 2;

    final int kind;
    final int lo, hi;          // RANGE bounds (inclusive)
    final long prop;           // PROP id (Props)
    final int caseMode;        // RANGE only
    final CharClass[] parts;   // UNION/INTERSECT operands, NOT's single operand

    private long[] latin1;     // 256 bits, set by freeze()

    private CharClass(int kind, int lo, int hi, int caseMode, CharClass[] parts) {
        this(kind, lo, hi, caseMode, parts, 0);
    }

    private CharClass(int kind, int lo, int hi, int caseMode, CharClass[] parts, long prop) {
        this.kind = kind;
        this.prop = prop;
        this.lo = lo;
        this.hi = hi;
        this.caseMode = caseMode;
        this.parts = parts;
    }

    static CharClass range(int lo, int hi, int caseMode) {
        return new CharClass(RANGE, lo, hi, caseMode, null);
    }

    static CharClass single(int cp, int caseMode) {
        return range(cp, cp, caseMode);
    }

    static CharClass prop(long id) {
        return new CharClass(PROP, 0, 0, CASE_NONE, null, id);
    }

    static CharClass union(CharClass[] parts) {
        return parts.length == 1 ? parts[0] : new CharClass(UNION, 0, 0, CASE_NONE, parts);
    }

    static CharClass intersect(CharClass a, CharClass b) {
        return new CharClass(INTERSECT, 0, 0, CASE_NONE, new CharClass[] {a, b});
    }

    static CharClass not(CharClass a) {
        if (a.kind == NOT) {
            return a.parts[0];
        }
        return new CharClass(NOT, 0, 0, CASE_NONE, new CharClass[] {a});
    }

    /** Fills the Latin-1 cache; returns this. Called once the tree is final. */
    CharClass freeze() {
        long[] bits = new long[4];
        for (int c = 0; c < 256; c++) {
            if (eval(c)) {
                bits[c >>> 6] |= 1L << c;
            }
        }
        latin1 = bits;
        return this;
    }

    /** contains(c) for a char below the surrogates (c < 0xD800), inlined in the matchers' loops. */
    @exo.rt.Inline
    boolean containsChar(char c) {
        long[] bits = latin1;
        if (c < 256 && bits != null) {
            return (bits[c >>> 6] & (1L << c)) != 0;
        }
        return contains(c);
    }

    boolean contains(int cp) {
        if (cp < 256 && latin1 != null) {
            return (latin1[cp >>> 6] & (1L << cp)) != 0;
        }
        return eval(cp);
    }

    /** The single code point this class holds when it is one exact char, else -1. */
    int singleChar() {
        return kind == RANGE && lo == hi && (caseMode == CASE_NONE || !hasCase(lo, caseMode)) ? lo : -1;
    }

    private static boolean hasCase(int cp, int caseMode) {
        if (caseMode == CASE_ASCII) {
            return cp < 128 && Character.isLetter(cp);
        }
        return Character.toUpperCase(cp) != cp || Character.toLowerCase(cp) != cp;
    }

    private boolean eval(int cp) {
        switch (kind) {
            case RANGE:
                return inRange(cp);
            case PROP:
                return Props.test(prop, cp);
            case UNION:
                for (CharClass p : parts) {
                    if (p.contains(cp)) {
                        return true;
                    }
                }
                return false;
            case INTERSECT:
                return parts[0].contains(cp) && parts[1].contains(cp);
            default:
                return !parts[0].contains(cp);
        }
    }

    private boolean inRange(int cp) {
        if (cp >= lo && cp <= hi) {
            return true;
        }
        if (caseMode == CASE_ASCII) {
            if (cp >= 128) {
                return false;
            }
            int up = cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
            int low = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
            return (up >= lo && up <= hi) || (low >= lo && low <= hi);
        }
        if (caseMode == CASE_UNICODE) {
            int up = Character.toUpperCase(cp);
            int low = Character.toLowerCase(cp);
            return (up >= lo && up <= hi) || (low >= lo && low <= hi)
                    || (Character.toLowerCase(up) >= lo && Character.toLowerCase(up) <= hi);
        }
        return false;
    }
}
