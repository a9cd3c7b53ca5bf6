/*
 * The text a match runs over and its bounds, shared by both matchers: the chars, the region
 * [from, to), what anchors and lookaround may see (anchoring and transparent bounds), the end
 * of the previous match (\G), code point reading and the zero-width assertions. hitEnd records
 * whether the search looked at the end of the input (Matcher.hitEnd, Scanner).
 */
package exo.rt.regex;

final class Input {
    char[] text;
    int from, to;          // the region
    int anchorLo, anchorHi; // where ^ $ \A \z see the input's ends
    int lookLo, lookHi;    // how far lookaround and \b may look
    int lastMatchEnd;      // \G
    boolean hitEnd;

    void reset(char[] text, int from, int to, boolean transparent, boolean anchoring, int lastMatchEnd) {
        this.text = text;
        this.from = from;
        this.to = to;
        this.anchorLo = anchoring ? from : 0;
        this.anchorHi = anchoring ? to : text.length;
        this.lookLo = transparent ? 0 : from;
        this.lookHi = transparent ? text.length : to;
        this.lastMatchEnd = lastMatchEnd;
        this.hitEnd = false;
    }

    /** The code point at pos (< limit), joining a surrogate pair that lies before limit. */
    int cpAt(int pos, int limit) {
        char c = text[pos];
        if (c >= 0xD800 && c <= 0xDBFF && pos + 1 < limit) {
            char d = text[pos + 1];
            if (d >= 0xDC00 && d <= 0xDFFF) {
                return ((c - 0xD800) << 10) + (d - 0xDC00) + 0x10000;
            }
        }
        return c;
    }

    /** One code point back from pos, not below floor. */
    int backOne(int pos, int floor) {
        if (pos - 2 >= floor && text[pos - 1] >= 0xDC00 && text[pos - 1] <= 0xDFFF
                && text[pos - 2] >= 0xD800 && text[pos - 2] <= 0xDBFF) {
            return pos - 2;
        }
        return pos - 1;
    }

    static boolean isLineTerminator(int c) {
        return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    boolean check(int kind, int pos) {
        switch (kind) {
            case Node.BOL: case Node.BEGIN: return pos == anchorLo;
            case Node.END:
                hitEnd |= pos >= anchorHi;
                return pos == anchorHi;
            case Node.EOL: case Node.END_Z: return dollar(pos);
            case Node.UNIX_EOL: case Node.UNIX_END_Z:
                hitEnd |= pos >= anchorHi - 1;
                return pos == anchorHi || (pos == anchorHi - 1 && text[pos] == '\n');
            case Node.MEOL: return multilineDollar(pos, false);
            case Node.UNIX_MEOL: return multilineDollar(pos, true);
            case Node.MBOL: return caret(pos, false);
            case Node.UNIX_BOL: return caret(pos, true);
            case Node.LAST_MATCH: return pos == lastMatchEnd;
            case Node.WORD_B: case Node.U_WORD_B: return boundary(pos, kind == Node.U_WORD_B);
            default: return !boundary(pos, kind == Node.U_NOT_WORD_B);
        }
    }

    /** $ without MULTILINE: the end, or before a line terminator that ends the input. */
    private boolean dollar(int pos) {
        int end = anchorHi;
        if (pos >= end - 2) {
            hitEnd = true;
        }
        if (pos == end) {
            return true;
        }
        if (pos > end) {
            return false;
        }
        char c = text[pos];
        if (c == '\n') {
            return pos + 1 == end && !(pos > 0 && text[pos - 1] == '\r');
        }
        if (c == '\r') {
            return pos + 1 == end || (pos + 2 == end && text[pos + 1] == '\n');
        }
        return (c == 0x85 || c == 0x2028 || c == 0x2029) && pos + 1 == end;
    }

    private boolean multilineDollar(int pos, boolean unix) {
        if (pos >= anchorHi) {
            hitEnd = true;
            return true;
        }
        char c = text[pos];
        if (unix) {
            return c == '\n';
        }
        if (c == '\n' && pos > 0 && text[pos - 1] == '\r') {
            return false;
        }
        return isLineTerminator(c);
    }

    /** ^ with MULTILINE: after a line terminator (not between \r and \n), never at the very end. */
    private boolean caret(int pos, boolean unix) {
        if (pos >= anchorHi) {
            hitEnd = true;
            return false;
        }
        if (pos == anchorLo) {
            return true;
        }
        char before = text[pos - 1];
        if (unix) {
            return before == '\n';
        }
        if (!isLineTerminator(before)) {
            return false;
        }
        return !(before == '\r' && text[pos] == '\n');
    }

    private boolean boundary(int pos, boolean unicode) {
        boolean left = pos > lookLo && isWord(codePointBefore(pos), unicode);
        boolean right;
        if (pos < lookHi) {
            right = isWord(cpAt(pos, lookHi), unicode);
        } else {
            hitEnd = true;
            right = false;
        }
        return left != right;
    }

    private int codePointBefore(int pos) {
        int p = backOne(pos, lookLo);
        return cpAt(p, pos);
    }

    private static boolean isWord(int c, boolean unicode) {
        if (unicode) {
            return Props.test(Props.U_WORD, c);
        }
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
