/*
 * Parses java.util.regex syntax into a Node tree: literals and escapes, classes (through
 * ClassParser), groups (capturing, named, non-capturing, atomic, lookaround, inline flags),
 * the greedy/lazy/possessive quantifiers, anchors and back-references. Syntax errors are
 * PatternSyntaxExceptions with the JDK's descriptions and indexes. Regex.compile calls it.
 */
package exo.rt.regex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.regex.PatternSyntaxException;

final class Parser {
    static final int UNIX_LINES = 0x01, CASE_INSENSITIVE = 0x02, COMMENTS = 0x04, MULTILINE = 0x08,
            LITERAL = 0x10, DOTALL = 0x20, UNICODE_CASE = 0x40, CANON_EQ = 0x80,
            UNICODE_CHARACTER_CLASS = 0x100;

    final String pattern;
    final int[] cps;          // the pattern as code points, \Q..\E already removed (see unquote)
    final int[] srcIndex;     // index in the original pattern of each code point (error positions)
    int pos;
    int flags;
    int groupCount;
    final HashMap<String, Integer> names = new HashMap<>();

    Parser(String pattern, int flags) {
        this.pattern = pattern;
        this.flags = flags;
        ArrayList<int[]> q = new ArrayList<>();
        unquote(pattern, q);
        cps = new int[q.size()];
        srcIndex = new int[q.size()];
        for (int i = 0; i < cps.length; i++) {
            cps[i] = q.get(i)[0];
            srcIndex[i] = q.get(i)[1];
        }
    }

    /**
     * Removes \Q...\E quoting: the quoted chars become escaped literals, marked by adding
     * 0x200000 (beyond any code point) so the parser takes them as plain chars.
     */
    private static void unquote(String p, ArrayList<int[]> out) {
        int i = 0;
        while (i < p.length()) {
            int c = p.codePointAt(i);
            if (c == '\\' && i + 1 < p.length() && p.charAt(i + 1) == 'Q') {
                int end = p.indexOf("\\E", i + 2);
                int stop = end < 0 ? p.length() : end;
                for (int k = i + 2; k < stop; ) {
                    int q = p.codePointAt(k);
                    out.add(new int[] {q | QUOTED, k});
                    k += Character.charCount(q);
                }
                i = end < 0 ? p.length() : end + 2;
                continue;
            }
            out.add(new int[] {c, i});
            i += Character.charCount(c);
            if (c == '\\' && i < p.length()) {
                int e = p.codePointAt(i);
                out.add(new int[] {e, i});
                i += Character.charCount(e);
            }
        }
    }

    static final int QUOTED = 0x200000;

    PatternSyntaxException error(String desc) {
        return error(desc, pos);
    }

    PatternSyntaxException error(String desc, int at) {
        int idx = at < srcIndex.length ? srcIndex[at] : pattern.length();
        return new PatternSyntaxException(desc, pattern, idx);
    }

    boolean more() {
        return pos < cps.length;
    }

    int peek() {
        return pos < cps.length ? cps[pos] : -1;
    }

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    int caseMode() {
        return !has(CASE_INSENSITIVE) ? CharClass.CASE_NONE
                : has(UNICODE_CASE) ? CharClass.CASE_UNICODE : CharClass.CASE_ASCII;
    }

    /** The whole pattern. */
    Node parse() {
        if (has(LITERAL)) {
            Node[] kids = new Node[cps.length];
            for (int i = 0; i < cps.length; i++) {
                kids[i] = literal(cps[i] & ~QUOTED);
            }
            return Node.of(Node.CONCAT, kids);
        }
        Node n = alternation();
        if (more()) {
            // Only an unmatched ')' stops alternation() early.
            throw error("Unmatched closing ')'", pos - 1);
        }
        // A back-reference to a group that does not exist is accepted and never matches, as in the JDK.
        return n;
    }

    Node alternation() {
        ArrayList<Node> alts = new ArrayList<>();
        alts.add(sequence());
        while (peek() == '|') {
            pos++;
            alts.add(sequence());
        }
        return alts.size() == 1 ? alts.get(0) : Node.of(Node.ALT, alts.toArray(new Node[0]));
    }

    private Node sequence() {
        ArrayList<Node> items = new ArrayList<>();
        while (true) {
            skipComments();
            int c = peek();
            if (c == -1 || c == '|' || c == ')') {
                break;
            }
            Node atom = atom();
            if (atom == null) {
                continue;   // an inline flag group like (?i)
            }
            items.add(quantified(atom));
        }
        if (items.isEmpty()) {
            return new Node(Node.EMPTY);
        }
        return items.size() == 1 ? items.get(0) : Node.of(Node.CONCAT, items.toArray(new Node[0]));
    }

    /** In COMMENTS mode, whitespace and #-comments between tokens. */
    void skipComments() {
        if (!has(COMMENTS)) {
            return;
        }
        while (more()) {
            int c = cps[pos];
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                pos++;
            } else if (c == '#') {
                while (more() && cps[pos] != '\n' && cps[pos] != '\r' && cps[pos] != 0x85
                        && cps[pos] != 0x2028 && cps[pos] != 0x2029) {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private Node atom() {
        int c = cps[pos];
        switch (c) {
            case '(':
                pos++;
                return group();
            case '[':
                pos++;
                return Node.set(new ClassParser(this).parseClass().freeze());
            case '.':
                pos++;
                return Node.set(dot());
            case '^':
                pos++;
                return anchor(has(MULTILINE) ? (has(UNIX_LINES) ? Node.UNIX_BOL : Node.MBOL) : Node.BOL);
            case '$':
                pos++;
                return anchor(has(UNIX_LINES) ? (has(MULTILINE) ? Node.UNIX_MEOL : Node.UNIX_EOL)
                        : has(MULTILINE) ? Node.MEOL : Node.EOL);
            case '*': case '+': case '?':
                throw error("Dangling meta character '" + (char) c + "'");
            case '{':
                throw error("Illegal repetition");
            case '\\':
                pos++;
                return escape();
            default:
                pos++;
                return literal(c & ~QUOTED);
        }
    }

    private CharClass dot() {
        if (has(DOTALL)) {
            return CharClass.prop(Props.ANY).freeze();
        }
        if (has(UNIX_LINES)) {
            return CharClass.not(CharClass.single('\n', CharClass.CASE_NONE)).freeze();
        }
        return CharClass.not(CharClass.union(new CharClass[] {
            CharClass.range('\n', '\n', 0), CharClass.range('\r', '\r', 0), CharClass.range(0x85, 0x85, 0),
            CharClass.range(0x2028, 0x2029, 0)})).freeze();
    }

    static Node anchor(int kind) {
        Node n = new Node(Node.ASSERT);
        n.value = kind;
        return n;
    }

    /** A literal code point, case-folded into a small set under CASE_INSENSITIVE. */
    Node literal(int cp) {
        int mode = caseMode();
        CharClass single = CharClass.single(cp, mode);
        if (single.singleChar() == cp) {
            return Node.ch(cp);
        }
        return Node.set(single.freeze());
    }

    private Node escape() {
        if (!more()) {
            throw error("Unexpected internal error");
        }
        int c = cps[pos];
        switch (c) {
            case 'b':
                pos++;
                if (peek() == '{') {
                    throw error("Unsupported \\b{g} boundary", pos);
                }
                return anchor(has(UNICODE_CHARACTER_CLASS) ? Node.U_WORD_B : Node.WORD_B);
            case 'B':
                pos++;
                return anchor(has(UNICODE_CHARACTER_CLASS) ? Node.U_NOT_WORD_B : Node.NOT_WORD_B);
            case 'A':
                pos++;
                return anchor(Node.BEGIN);
            case 'z':
                pos++;
                return anchor(Node.END);
            case 'Z':
                pos++;
                return anchor(has(UNIX_LINES) ? Node.UNIX_END_Z : Node.END_Z);
            case 'G':
                pos++;
                return anchor(Node.LAST_MATCH);
            case 'R':
                pos++;
                return lineBreak();
            case 'k':
                pos++;
                return namedBackref();
            default:
                break;
        }
        if (c >= '1' && c <= '9') {
            return numberedBackref();
        }
        ClassParser cp = new ClassParser(this);
        CharClass set = cp.escapeClass();
        if (set != null) {
            return Node.set(set.freeze());
        }
        return literal(cp.escapedChar());
    }

    /** \R: \r\n or one vertical-space char, atomically (as the JDK). */
    private Node lineBreak() {
        Node crlf = Node.of(Node.CONCAT, Node.ch('\r'), Node.ch('\n'));
        CharClass v = CharClass.prop(Props.VSPACE).freeze();
        return Node.of(Node.ATOMIC, Node.of(Node.ALT, crlf, Node.set(v)));
    }

    private Node numberedBackref() {
        int ref = cps[pos++] - '0';
        // Further digits belong to the number while they name an existing group.
        while (more() && cps[pos] >= '0' && cps[pos] <= '9') {
            int next = ref * 10 + (cps[pos] - '0');
            if (next > groupCount) {
                break;
            }
            ref = next;
            pos++;
        }
        return backref(ref);
    }

    private Node namedBackref() {
        if (peek() != '<') {
            throw error("\\k is not followed by '<' for named capturing group");
        }
        pos++;
        String name = groupName();
        Integer g = names.get(name);
        if (g == null) {
            throw error("named capturing group <" + name + "> does not exist", pos - 1);
        }
        return backref(g);
    }

    private Node backref(int group) {
        Node n = new Node(Node.BACKREF);
        n.value = group;
        n.caseFold = has(CASE_INSENSITIVE);
        n.min = caseMode();
        return n;
    }

    String groupName() {
        StringBuilder sb = new StringBuilder();
        int start = pos;
        while (more() && cps[pos] != '>') {
            int c = cps[pos];
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (pos > start && c >= '0' && c <= '9');
            if (!ok) {
                throw error(pos == start ? "capturing group name does not start with a Latin letter"
                        : "named capturing group is missing trailing '>'");
            }
            sb.appendCodePoint(c);
            pos++;
        }
        if (!more()) {
            throw error("named capturing group is missing trailing '>'");
        }
        if (sb.length() == 0) {
            throw error("capturing group name does not start with a Latin letter");
        }
        pos++;   // '>'
        return sb.toString();
    }

    private Node group() {
        int savedFlags = flags;
        Node n;
        if (peek() == '?') {
            pos++;
            n = GroupParser.special(this);
            if (n == null) {
                return null;   // (?flags): they stay in force to the end of the enclosing group
            }
        } else {
            int index = ++groupCount;
            Node body = alternation();
            n = Node.of(Node.GROUP, body);
            n.value = index;
        }
        if (peek() != ')') {
            throw error("Unclosed group", cps.length);
        }
        pos++;
        flags = savedFlags;
        return n;
    }

    private Node quantified(Node atom) {
        skipComments();
        int c = peek();
        int min, max;
        if (c == '*') {
            min = 0;
            max = Node.UNBOUNDED;
            pos++;
        } else if (c == '+') {
            min = 1;
            max = Node.UNBOUNDED;
            pos++;
        } else if (c == '?') {
            min = 0;
            max = 1;
            pos++;
        } else if (c == '{') {
            pos++;
            int[] mm = GroupParser.counts(this);
            min = mm[0];
            max = mm[1];
        } else {
            return atom;
        }
        int mode = Node.GREEDY;
        if (peek() == '?') {
            pos++;
            mode = Node.LAZY;
        } else if (peek() == '+') {
            pos++;
            mode = Node.POSSESSIVE;
        }
        Node r = Node.repeat(atom, min, max, mode);
        skipComments();
        int next = peek();
        if (next == '*' || next == '+' || next == '?') {
            throw error("Dangling meta character '" + (char) next + "'");
        }
        if (next == '{') {
            // x{2}{3} is legal in the JDK: a quantifier on a quantified atom.
            return quantified(r);
        }
        return r;
    }
}
