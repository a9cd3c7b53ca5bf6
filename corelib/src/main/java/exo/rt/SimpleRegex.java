/*
 * The small regular expressions that String.split/replaceAll/replaceFirst/matches accept
 * without java.util.regex: a sequence of single-char atoms (literal, escaped metachar, '.',
 * \d \s \w and their negations, [...] classes with ranges and ^), each with an optional greedy
 * quantifier (* + ? {n} {n,} {n,m}). Groups, alternation, anchors, lazy or possessive
 * quantifiers, backreferences and \p classes throw UnsupportedOperationException naming the
 * feature. Matching backtracks over the quantifiers, which is fine for such patterns.
 * Compiled patterns are immutable; the last one is cached because split runs in loops, and
 * split on a single literal char skips the matcher altogether, as the JDK's fast path does.
 */
package exo.rt;

import java.util.ArrayList;

public final class SimpleRegex {
    private static final int UNBOUNDED = Integer.MAX_VALUE;

    private final String pattern;
    private final CharSet[] atoms;
    private final int[] min;
    private final int[] max;

    private static SimpleRegex last;

    private SimpleRegex(String pattern, CharSet[] atoms, int[] min, int[] max) {
        this.pattern = pattern;
        this.atoms = atoms;
        this.min = min;
        this.max = max;
    }

    /** A set of chars: ranges (inclusive pairs), plus nested sets, optionally negated. */
    private static final class CharSet {
        final char[] ranges;
        final CharSet[] nested;
        final boolean negated;

        CharSet(char[] ranges, CharSet[] nested, boolean negated) {
            this.ranges = ranges;
            this.nested = nested;
            this.negated = negated;
        }

        /** Whether the set holds code point c (sets list BMP chars only; negation adds the rest). */
        boolean contains(int c) {
            boolean in = false;
            for (int i = 0; i < ranges.length && !in; i += 2) {
                in = c >= ranges[i] && c <= ranges[i + 1];
            }
            for (int i = 0; i < nested.length && !in; i++) {
                in = nested[i].contains(c);
            }
            return in != negated;
        }
    }

    private static final CharSet[] NONE = new CharSet[0];
    private static final CharSet DIGITS = new CharSet(new char[] {'0', '9'}, NONE, false);
    private static final CharSet SPACES = new CharSet(new char[] {'\t', '\r', ' ', ' '}, NONE, false);
    private static final CharSet WORD = new CharSet(new char[] {'a', 'z', 'A', 'Z', '0', '9', '_', '_'}, NONE, false);
    // '.' matches anything but the line terminators.
    private static final CharSet ANY = new CharSet(
            new char[] {'\n', '\n', '\r', '\r', '\u0085', '\u0085', '\u2028', '\u2029'}, NONE, true);

    private static CharSet single(char c) {
        return new CharSet(new char[] {c, c}, NONE, false);
    }

    private static CharSet not(CharSet s) {
        return new CharSet(new char[0], new CharSet[] {s}, true);
    }

    // ---- compiling ----

    public static SimpleRegex compile(String regex) {
        SimpleRegex cached = last;
        if (cached != null && cached.pattern.equals(regex)) {
            return cached;
        }
        SimpleRegex r = new Parser(regex).parse();
        last = r;
        return r;
    }

    static UnsupportedOperationException unsupported(String what, String regex) {
        return new UnsupportedOperationException("regex " + what + " is not supported by the exo core library"
                + " (only sequences of chars, classes and quantifiers): \"" + regex + "\"");
    }

    private static final class Parser {
        final String p;
        int i;

        Parser(String p) {
            this.p = p;
        }

        SimpleRegex parse() {
            ArrayList<CharSet> atoms = new ArrayList<>();
            ArrayList<int[]> counts = new ArrayList<>();
            while (i < p.length()) {
                atoms.add(atom());
                counts.add(quantifier());
            }
            int n = atoms.size();
            CharSet[] a = new CharSet[n];
            int[] min = new int[n];
            int[] max = new int[n];
            for (int k = 0; k < n; k++) {
                a[k] = atoms.get(k);
                min[k] = counts.get(k)[0];
                max[k] = counts.get(k)[1];
            }
            return new SimpleRegex(p, a, min, max);
        }

        CharSet atom() {
            char c = p.charAt(i++);
            switch (c) {
                case '.':
                    return ANY;
                case '[':
                    return charClass();
                case '\\':
                    return escape(false);
                case '(': case ')':
                    throw unsupported("group", p);
                case '|':
                    throw unsupported("alternation", p);
                case '^': case '$':
                    throw unsupported("anchor '" + c + "'", p);
                case '*': case '+': case '?': case '{':
                    throw unsupported("dangling quantifier '" + c + "'", p);
                default:
                    return single(c);
            }
        }

        CharSet escape(boolean inClass) {
            if (i >= p.length()) {
                throw new IllegalArgumentException("Unexpected internal error near index " + i + "\n" + p);
            }
            char e = p.charAt(i++);
            switch (e) {
                case 'd': return DIGITS;
                case 'D': return not(DIGITS);
                case 's': return SPACES;
                case 'S': return not(SPACES);
                case 'w': return WORD;
                case 'W': return not(WORD);
                case 't': return single('\t');
                case 'n': return single('\n');
                case 'r': return single('\r');
                case 'f': return single('\f');
                case 'e': return single('\u001B');
                case 'x': return single((char) hex(2));
                case 'u': return single((char) hex(4));
                default:
                    if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9')) {
                        throw unsupported("escape \\" + e, p);
                    }
                    return single(e);
            }
        }

        int hex(int digits) {
            if (i + digits > p.length()) {
                throw unsupported("short hex escape", p);
            }
            int v = Integer.parseInt(p.substring(i, i + digits), 16);
            i += digits;
            return v;
        }

        CharSet charClass() {
            boolean negated = i < p.length() && p.charAt(i) == '^';
            if (negated) {
                i++;
            }
            StringBuilder ranges = new StringBuilder();
            ArrayList<CharSet> nested = new ArrayList<>();
            while (true) {
                if (i >= p.length()) {
                    throw unsupported("unclosed character class", p);
                }
                char c = p.charAt(i++);
                if (c == ']') {
                    break;
                }
                if (c == '[' || (c == '&' && i < p.length() && p.charAt(i) == '&')) {
                    throw unsupported("nested character class", p);
                }
                char lo = c;
                if (c == '\\') {
                    CharSet s = escape(true);
                    if (s.negated || s.ranges.length != 2 || s.ranges[0] != s.ranges[1]) {
                        nested.add(s);   // \d, \S, ... inside a class
                        continue;
                    }
                    lo = s.ranges[0];
                }
                char hi = lo;
                if (i + 1 < p.length() && p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
                    i++;
                    hi = p.charAt(i++);
                    if (hi == '\\') {
                        hi = escape(true).ranges[0];
                    }
                }
                ranges.append(lo).append(hi);
            }
            char[] r = new char[ranges.length()];
            ranges.getChars(0, r.length, r, 0);
            return new CharSet(r, nested.toArray(NONE), negated);
        }

        int[] quantifier() {
            if (i >= p.length()) {
                return new int[] {1, 1};
            }
            int[] q;
            char c = p.charAt(i);
            if (c == '*') {
                q = new int[] {0, UNBOUNDED};
            } else if (c == '+') {
                q = new int[] {1, UNBOUNDED};
            } else if (c == '?') {
                q = new int[] {0, 1};
            } else if (c == '{') {
                int close = p.indexOf('}', i);
                if (close < 0) {
                    throw unsupported("unclosed repetition", p);
                }
                String body = p.substring(i + 1, close);
                int comma = body.indexOf(',');
                int lo = Integer.parseInt(comma < 0 ? body : body.substring(0, comma));
                int hi = comma < 0 ? lo
                        : (comma == body.length() - 1 ? UNBOUNDED : Integer.parseInt(body.substring(comma + 1)));
                q = new int[] {lo, hi};
                i = close;
            } else {
                return new int[] {1, 1};
            }
            i++;
            if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
                throw unsupported("lazy or possessive quantifier", p);
            }
            return q;
        }
    }

    // ---- matching ----

    // End of a match of atoms[k..] at pos, or -1; toEnd requires the match to reach s's end.
    // Atoms match code points, so a surrogate pair counts as one char, as in java.util.regex.
    private int matchFrom(CharSequence s, int pos, int k, boolean toEnd) {
        if (k == atoms.length) {
            return (toEnd && pos != s.length()) ? -1 : pos;
        }
        CharSet atom = atoms[k];
        int len = s.length();
        int end = pos;
        int count = 0;
        while (count < max[k] && end < len) {
            int cp = Character.codePointAt(s, end);
            if (!atom.contains(cp)) {
                break;
            }
            end += Character.charCount(cp);
            count++;
        }
        while (count >= min[k]) {   // greedy: longest first, then back off one code point
            int matched = matchFrom(s, end, k + 1, toEnd);
            if (matched >= 0) {
                return matched;
            }
            if (count-- == 0) {
                break;
            }
            boolean pair = end - 2 >= pos && Character.isLowSurrogate(s.charAt(end - 1))
                    && Character.isHighSurrogate(s.charAt(end - 2));
            end -= pair ? 2 : 1;
        }
        return -1;
    }

    /** The first match at or after from, as (start << 32 | end), or -1. */
    public long find(CharSequence s, int from) {
        for (int start = from; start <= s.length(); start++) {
            int end = matchFrom(s, start, 0, false);
            if (end >= 0) {
                return ((long) start << 32) | end;
            }
        }
        return -1;
    }

    public boolean matches(CharSequence s) {
        return matchFrom(s, 0, 0, true) >= 0;
    }

    /** String.split(regex, limit): one literal char is split on directly, as the JDK does. */
    public static String[] split(String s, String regex, int limit) {
        char ch = literalSeparator(regex);
        if (ch != 0) {
            return splitOnChar(s, ch, limit);
        }
        return compile(regex).split(s, limit);
    }

    // The one char a regex stands for when it is a plain char or an escaped metachar, else 0.
    private static char literalSeparator(String regex) {
        if (regex.length() == 1 && ".$|()[{^?*+\\".indexOf(regex.charAt(0)) < 0) {
            return regex.charAt(0);
        }
        if (regex.length() == 2 && regex.charAt(0) == '\\') {
            char c = regex.charAt(1);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') && c < 128) {
                return c;
            }
        }
        return 0;
    }

    private static String[] splitOnChar(String s, char ch, int limit) {
        ArrayList<String> parts = new ArrayList<>();
        int start = 0;
        int i;
        while ((i = s.indexOf(ch, start)) >= 0) {
            if (limit > 0 && parts.size() == limit - 1) {
                break;
            }
            parts.add(s.substring(start, i));
            start = i + 1;
        }
        if (start == 0 && parts.isEmpty()) {
            return new String[] {s};
        }
        parts.add(s.substring(start));
        return toSplitResult(parts, limit);
    }

    /** Drops trailing empty parts when limit is 0, as split does. */
    private static String[] toSplitResult(ArrayList<String> parts, int limit) {
        int n = parts.size();
        if (limit == 0) {
            while (n > 0 && parts.get(n - 1).isEmpty()) {
                n--;
            }
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = parts.get(i);
        }
        return out;
    }

    /** String.split: a zero-width match at 0 adds no empty leading part; limit as in the JDK. */
    public String[] split(String s, int limit) {
        ArrayList<String> parts = new ArrayList<>();
        int index = 0;
        int from = 0;
        long m;
        while (from <= s.length() && (m = find(s, from)) >= 0) {
            int start = (int) (m >>> 32);
            int end = (int) m;
            from = end == start ? end + 1 : end;
            if (limit > 0 && parts.size() >= limit - 1) {
                break;
            }
            if (index == 0 && start == 0 && end == 0) {
                continue;
            }
            parts.add(s.substring(index, start));
            index = end;
        }
        if (index == 0 && parts.isEmpty()) {
            return new String[] {s};
        }
        parts.add(s.substring(index));
        return toSplitResult(parts, limit);
    }

    /** replaceAll (all) or replaceFirst; the replacement may use \ escapes and $0. */
    public String replace(String s, String replacement, boolean all) {
        long m = find(s, 0);
        if (m < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        int last = 0;
        while (m >= 0) {
            int start = (int) (m >>> 32);
            int end = (int) m;
            sb.append(s, last, start);
            appendReplacement(sb, replacement, s, start, end);
            last = end;
            int from = end == start ? end + 1 : end;
            if (!all || from > s.length()) {
                break;
            }
            m = find(s, from);
        }
        sb.append(s, last, s.length());
        return sb.toString();
    }

    private static void appendReplacement(StringBuilder sb, String r, String s, int start, int end) {
        for (int k = 0; k < r.length(); k++) {
            char c = r.charAt(k);
            if (c == '\\') {
                if (++k == r.length()) {
                    throw new IllegalArgumentException("character to be escaped is missing");
                }
                sb.append(r.charAt(k));
            } else if (c == '$') {
                if (++k == r.length()) {
                    throw new IllegalArgumentException("Illegal group reference: group index is missing");
                }
                int group = r.charAt(k) - '0';
                if (group < 0 || group > 9) {
                    throw new IllegalArgumentException("Illegal group reference");
                }
                if (group != 0) {
                    throw new IndexOutOfBoundsException("No group " + group);
                }
                sb.append(s, start, end);
            } else {
                sb.append(c);
            }
        }
    }
}
