/*
 * The parts of the regex syntax that start with "(?" (non-capturing, named, atomic and
 * lookaround groups, inline flags) and the counted quantifier {n,m}. Split from Parser to
 * keep both readable; works on Parser's cursor and state.
 */
package exo.rt.regex;

final class GroupParser {
    private GroupParser() {}

    /** After "(?": the group's node, or null for a flags-only group "(?i)" (already applied). */
    static Node special(Parser p) {
        int c = p.peek();
        p.pos++;
        switch (c) {
            case ':':
                return p.alternation();
            case '=': case '!':
                return look(p, false, c == '!');
            case '>':
                return Node.of(Node.ATOMIC, p.alternation());
            case '<': {
                int d = p.peek();
                if (d == '=' || d == '!') {
                    p.pos++;
                    return look(p, true, d == '!');
                }
                return named(p);
            }
            default:
                p.pos--;
                return flags(p);
        }
    }

    private static Node look(Parser p, boolean behind, boolean negated) {
        Node body = p.alternation();
        Node n = Node.of(Node.LOOK, body);
        n.min = (behind ? 1 : 0) | (negated ? 2 : 0);
        return n;
    }

    private static Node named(Parser p) {
        String name = p.groupName();
        if (p.names.containsKey(name)) {
            throw p.error("Named capturing group <" + name + "> is already defined", p.pos - 1);
        }
        int index = ++p.groupCount;
        p.names.put(name, index);
        Node body = p.alternation();
        Node n = Node.of(Node.GROUP, body);
        n.value = index;
        return n;
    }

    /** (?idmsuxU-idmsuxU) or (?flags:X); the flags hold until the enclosing group ends. */
    private static Node flags(Parser p) {
        boolean on = true;
        while (p.more()) {
            int c = p.cps[p.pos];
            int bit = flagBit(c);
            if (c == '-') {
                if (!on) {
                    throw p.error("Unknown inline modifier");
                }
                on = false;
            } else if (c == ')') {
                p.pos++;
                return null;
            } else if (c == ':') {
                p.pos++;
                Node body = p.alternation();
                return Node.of(Node.CONCAT, body);
            } else if (bit == 0) {
                throw p.error("Unknown inline modifier");
            } else if (on) {
                p.flags |= bit;
            } else {
                p.flags &= ~bit;
            }
            p.pos++;
        }
        throw p.error("Unknown inline modifier");
    }

    private static int flagBit(int c) {
        switch (c) {
            case 'i': return Parser.CASE_INSENSITIVE;
            case 'd': return Parser.UNIX_LINES;
            case 'm': return Parser.MULTILINE;
            case 's': return Parser.DOTALL;
            case 'u': return Parser.UNICODE_CASE;
            case 'x': return Parser.COMMENTS;
            case 'U': return Parser.UNICODE_CHARACTER_CLASS | Parser.UNICODE_CASE;
            default: return 0;
        }
    }

    /** After "{": min and max of {n}, {n,} or {n,m}. */
    static int[] counts(Parser p) {
        int min = number(p);
        int max = min;
        if (p.peek() == ',') {
            p.pos++;
            max = p.peek() == '}' ? Node.UNBOUNDED : number(p);
        }
        if (p.peek() != '}') {
            throw p.error("Unclosed counted closure");
        }
        if (max < min) {
            throw p.error("Illegal repetition range");
        }
        p.pos++;
        return new int[] {min, max};
    }

    private static int number(Parser p) {
        int c = p.peek();
        if (c < '0' || c > '9') {
            throw p.error("Illegal repetition");
        }
        long v = 0;
        while (p.more() && p.cps[p.pos] >= '0' && p.cps[p.pos] <= '9') {
            v = v * 10 + (p.cps[p.pos] - '0');
            if (v > Integer.MAX_VALUE) {
                while (p.more() && p.cps[p.pos] != '}') {
                    p.pos++;
                }
                throw p.error("Illegal repetition range");
            }
            p.pos++;
        }
        return (int) v;
    }
}
