/*
 * Character classes ([a-z&&[^aeiou]], nested unions, negation of the whole class as in JDK 9+)
 * and the escapes that stand for one char (\t, \x{1F600}, \0101, \cM...) or a class (\d, \p{Lu}).
 * Works on Parser's cursor; Parser calls it for '[' and for escapes outside classes.
 */
package exo.rt.regex;

import java.util.ArrayList;

final class ClassParser {
    private final Parser p;

    ClassParser(Parser p) {
        this.p = p;
    }

    /** After '[': the class up to and including its ']'. */
    CharClass parseClass() {
        boolean negated = false;
        if (p.peek() == '^') {
            p.pos++;
            negated = true;
        }
        CharClass result = null;                       // everything before the last "&&"
        ArrayList<CharClass> items = new ArrayList<>();  // the operand being built
        boolean first = true;
        while (true) {
            p.skipComments();
            if (!p.more()) {
                throw p.error("Unclosed character class", p.cps.length - 1);
            }
            int c = p.cps[p.pos];
            if (c == ']' && !first) {
                p.pos++;
                break;
            }
            first = false;
            if (c == '[') {
                p.pos++;
                items.add(parseClass());
            } else if (c == '&' && p.pos + 1 < p.cps.length && p.cps[p.pos + 1] == '&') {
                p.pos += 2;
                result = combine(result, items);
                items = new ArrayList<>();
            } else {
                items.add(rangeOrSingle());
            }
        }
        CharClass cls = combine(result, items);
        if (cls == null) {
            cls = CharClass.union(new CharClass[0]);
        }
        return negated ? CharClass.not(cls) : cls;
    }

    private static CharClass combine(CharClass left, ArrayList<CharClass> items) {
        if (items.isEmpty()) {
            return left;
        }
        CharClass right = CharClass.union(items.toArray(new CharClass[0]));
        return left == null ? right : CharClass.intersect(left, right);
    }

    /** One member: a char, a range "a-z", or an escaped class such as \d. */
    private CharClass rangeOrSingle() {
        int c = p.cps[p.pos];
        int lo;
        if (c == '\\') {
            p.pos++;
            if (!p.more()) {
                throw p.error("Unclosed character class", p.cps.length - 1);
            }
            CharClass cls = escapeClass();
            if (cls != null) {
                return cls;
            }
            lo = escapedChar();
        } else {
            p.pos++;
            lo = c & ~Parser.QUOTED;
        }
        if (p.peek() == '-' && p.pos + 1 < p.cps.length && p.cps[p.pos + 1] != ']'
                && p.cps[p.pos + 1] != '[') {
            p.pos++;
            int hi;
            if (p.cps[p.pos] == '\\') {
                p.pos++;
                if (p.more() && isClassEscape(p.cps[p.pos])) {
                    throw p.error("Illegal character range");
                }
                hi = escapedChar();
            } else if (p.cps[p.pos] == '&' && p.pos + 1 < p.cps.length && p.cps[p.pos + 1] == '&') {
                // "a-&&..." : the '-' is literal
                return CharClass.union(new CharClass[] {single(lo), single('-')});
            } else {
                hi = p.cps[p.pos++] & ~Parser.QUOTED;
            }
            if (hi < lo) {
                throw p.error("Illegal character range", p.pos - 1);
            }
            return CharClass.range(lo, hi, p.caseMode());
        }
        return single(lo);
    }

    private CharClass single(int cp) {
        return CharClass.single(cp, p.caseMode());
    }

    private static boolean isClassEscape(int c) {
        return "dDsSwWhHvVpP".indexOf(c) >= 0;
    }

    /** At the letter after '\': the class it names (consumed), or null if it is not one. */
    CharClass escapeClass() {
        int c = p.cps[p.pos];
        long id;
        boolean negate = Character.isUpperCase(c);
        switch (c) {
            case 'd': case 'D': id = Props.DIGIT; break;
            case 's': case 'S': id = Props.SPACE; break;
            case 'w': case 'W': id = Props.WORD; break;
            case 'h': case 'H': id = Props.HSPACE; break;
            case 'v': case 'V': id = Props.VSPACE; break;
            case 'p': case 'P':
                p.pos++;
                return property(c == 'P');
            default:
                return null;
        }
        p.pos++;
        if (p.has(Parser.UNICODE_CHARACTER_CLASS)) {
            id = Props.unicodeVersion(id);
        }
        CharClass cls = CharClass.prop(id);
        return negate ? CharClass.not(cls) : cls;
    }

    /** After \p or \P: {Name} or a one-letter category. */
    private CharClass property(boolean negate) {
        String name;
        if (p.peek() == '{') {
            int start = ++p.pos;
            while (p.more() && p.cps[p.pos] != '}') {
                p.pos++;
            }
            if (!p.more()) {
                throw p.error("Unclosed character family");
            }
            name = new String(p.cps, start, p.pos - start);
            p.pos++;
        } else if (p.more()) {
            name = new String(p.cps, p.pos, 1);
            p.pos++;
        } else {
            throw p.error("Illegal character family");
        }
        long id = Props.lookup(name);
        if (id < 0) {
            id = Props.lookup(name.startsWith("Is") ? name : "Is" + name);
        }
        if (id < 0) {
            throw p.error("Unknown character property name {" + name + "}", p.pos - 1);
        }
        if (p.has(Parser.UNICODE_CHARACTER_CLASS)) {
            id = Props.unicodeVersion(id);
        }
        if (p.has(Parser.CASE_INSENSITIVE)) {
            id = Props.foldCase(id);
        }
        CharClass cls = CharClass.prop(id);
        return negate ? CharClass.not(cls) : cls;
    }

    /** At the char after '\': the code point the escape stands for (consumed). */
    int escapedChar() {
        int c = p.cps[p.pos++];
        if ((c & Parser.QUOTED) != 0) {
            return c & ~Parser.QUOTED;
        }
        switch (c) {
            case 't': return '\t';
            case 'n': return '\n';
            case 'r': return '\r';
            case 'f': return '\f';
            case 'a': return 7;
            case 'e': return 0x1B;
            case '0': return octal();
            case 'x': return hex();
            case 'u': return unicode();
            case 'c':
                if (!p.more()) {
                    throw p.error("Illegal control escape sequence", p.pos - 1);
                }
                return p.cps[p.pos++] ^ 64;
            default:
                break;
        }
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '1' && c <= '9')) {
            throw p.error("Illegal/unsupported escape sequence", p.pos - 1);
        }
        return c;
    }

    private int octal() {
        int v = 0, digits = 0;
        int maxDigits = p.more() && p.cps[p.pos] >= '0' && p.cps[p.pos] <= '3' ? 3 : 2;
        while (digits < maxDigits && p.more() && p.cps[p.pos] >= '0' && p.cps[p.pos] <= '7') {
            v = v * 8 + (p.cps[p.pos++] - '0');
            digits++;
        }
        if (digits == 0) {
            throw p.error("Illegal octal escape sequence");
        }
        return v;
    }

    private int hex() {
        if (p.peek() == '{') {
            int brace = p.pos++;
            long v = 0;
            int start = p.pos;
            while (p.more() && Character.digit(p.cps[p.pos], 16) >= 0) {
                v = v * 16 + Character.digit(p.cps[p.pos++], 16);
                if (v > 0x10FFFF) {
                    throw p.error("Hexadecimal codepoint is too big");
                }
            }
            if (p.pos == start) {
                throw p.error("Illegal hexadecimal escape sequence", brace);
            }
            if (p.peek() != '}') {
                throw p.error("Unclosed hexadecimal escape sequence");
            }
            p.pos++;
            return (int) v;
        }
        return hexDigits(2, "Illegal hexadecimal escape sequence");
    }

    private int unicode() {
        int v = hexDigits(4, "Illegal Unicode escape sequence");
        // A surrogate pair written as two \\u escapes is one code point.
        if (Character.isHighSurrogate((char) v) && p.pos + 5 < p.cps.length && p.cps[p.pos] == '\\'
                && p.cps[p.pos + 1] == 'u') {
            int save = p.pos;
            p.pos += 2;
            int low = hexDigits(4, "Illegal Unicode escape sequence");
            if (Character.isLowSurrogate((char) low)) {
                return Character.toCodePoint((char) v, (char) low);
            }
            p.pos = save;
        }
        return v;
    }

    private int hexDigits(int n, String error) {
        int v = 0;
        for (int i = 0; i < n; i++) {
            int d = p.more() ? Character.digit(p.cps[p.pos], 16) : -1;
            if (d < 0) {
                throw p.error(error);
            }
            v = v * 16 + d;
            p.pos++;
        }
        return v;
    }
}
