/*
 * Word expansion (XCU 2.6): tilde, parameters, command substitution, arithmetic, then field
 * splitting on IFS, pathname expansion (Glob) and quote removal. A word is its source text
 * (quotes included); expansion appends characters to a Buf that remembers, per character,
 * whether it was quoted (literal for globbing) and whether it came from an unquoted expansion
 * (subject to splitting). Parameter operators (${x:-w}, ${x#p}...) are in Params.
 */
package exo.userland.sh;

import java.util.ArrayList;
import java.util.List;

final class Expander {
    // Per-character flags of Buf.
    static final char QUOTED = 1, SPLIT = 2, MARK = 4, BREAK = 8, AT_EMPTY = 16;
    private static final char ZERO_WIDTH = MARK | BREAK | AT_EMPTY;

    /** Characters and their flags; MARK is a zero-width "a quoted part was here" (makes "" a field). */
    static final class Buf {
        final StringBuilder text = new StringBuilder();
        final StringBuilder flags = new StringBuilder();

        void add(char c, char f) {
            text.append(c);
            flags.append(f);
        }

        void add(String s, char f) {
            for (int i = 0; i < s.length(); i++) {
                add(s.charAt(i), f);
            }
        }

        void mark() {
            add('\0', MARK);
        }

        void fieldBreak() {
            add('\0', BREAK);
        }
    }

    private final Shell sh;
    final Params params;

    Expander(Shell sh) {
        this.sh = sh;
        this.params = new Params(sh, this);
    }

    /** A word as command arguments: expanded, split, globbed, quotes removed. */
    List<String> fields(String word, List<String> out) {
        Buf b = new Buf();
        expand(word, 0, word.length(), false, b, true);
        split(b, out, !sh.noglob);
        return out;
    }

    /** A word as one string, no splitting or globbing (assignments, redirections, case words). */
    String single(String word) {
        Buf b = new Buf();
        expand(word, 0, word.length(), false, b, false);
        return plain(b, 0, b.text.length());
    }

    /** An assignment's value: tildes after ':' expand too. */
    String assignmentValue(String value) {
        Buf b = new Buf();
        int from = value.startsWith("~") ? tilde(value, 0, value.length(), b, true) : 0;   // x=~:~/bin
        expand(value, from, value.length(), false, b, false);
        return plain(b, 0, b.text.length());
    }

    /** A word as a pattern (case, ${x#pattern}): quoted characters are escaped with '\'. */
    String pattern(String word) {
        Buf b = new Buf();
        expand(word, 0, word.length(), false, b, false);
        return patternOf(b, 0, b.text.length());
    }

    static String plain(Buf b, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if ((b.flags.charAt(i) & ZERO_WIDTH) == 0) {
                sb.append(b.text.charAt(i));
            } else if ((b.flags.charAt(i) & BREAK) != 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    static String patternOf(Buf b, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            char f = b.flags.charAt(i);
            if ((f & ZERO_WIDTH) != 0) {
                continue;
            }
            char c = b.text.charAt(i);
            if ((f & QUOTED) != 0 && "*?[]\\!^-".indexOf(c) >= 0) {
                sb.append('\\');
            } else if ((f & QUOTED) == 0 && c == '\\' ) {
                sb.append('\\');   // an unquoted backslash from an expansion: literal
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Expands w[from, to) into b. inDq: inside double quotes. top: the whole word at command
     * level (tilde at its start, "$@" makes separate fields).
     */
    void expand(String w, int from, int to, boolean inDq, Buf b, boolean top) {
        int i = from;
        if (!inDq && i < to && w.charAt(i) == '~') {
            i = tilde(w, i, to, b, false);
        }
        while (i < to) {
            char c = w.charAt(i);
            char lit = inDq ? QUOTED : 0;
            switch (c) {
                case '\\':
                    i = backslash(w, i, to, inDq, b);
                    break;
                case '\'':
                    if (inDq) {
                        b.add(c, QUOTED);
                        i++;
                        break;
                    }
                    int close = w.indexOf('\'', i + 1);
                    if (close < 0 || close > to) {
                        close = to;
                    }
                    b.mark();
                    b.add(w.substring(i + 1, close), QUOTED);
                    i = Math.min(close + 1, to);
                    break;
                case '"':
                    int end = closingQuote(w, i + 1, to);
                    int markAt = b.text.length();
                    b.mark();
                    expand(w, i + 1, end, true, b, top);
                    if (b.text.length() == markAt + 2 && b.flags.charAt(markAt + 1) == AT_EMPTY) {
                        b.text.setLength(markAt);   // a lone "$@" without parameters is no field
                        b.flags.setLength(markAt);
                    }
                    i = Math.min(end + 1, to);
                    break;
                case '`':
                    i = backquote(w, i, to, inDq, b);
                    break;
                case '$':
                    i = dollar(w, i, to, inDq, b, top);
                    break;
                case ':':
                    b.add(c, lit);
                    i++;
                    if (!inDq && !top && i < to && w.charAt(i) == '~') {
                        i = tilde(w, i, to, b, true);   // PATH=a:~/bin
                    }
                    break;
                default:
                    b.add(c, lit);
                    i++;
            }
        }
    }

    private int backslash(String w, int i, int to, boolean inDq, Buf b) {
        if (i + 1 >= to) {
            b.add('\\', QUOTED);
            return i + 1;
        }
        char n = w.charAt(i + 1);
        if (n == '\n') {
            return i + 2;   // line continuation
        }
        if (inDq && "$`\"\\".indexOf(n) < 0) {
            b.add('\\', QUOTED);
            return i + 1;
        }
        b.add(n, QUOTED);
        return i + 2;
    }

    /** Index of the '"' closing a double-quoted part that starts at from. */
    static int closingQuote(String w, int from, int to) {
        int i = from;
        while (i < to) {
            char c = w.charAt(i);
            if (c == '"') {
                return i;
            }
            if (c == '\\') {
                i += 2;
            } else if (c == '`') {
                i = skipBackquote(w, i, to);
            } else if (c == '$' && i + 1 < to && (w.charAt(i + 1) == '(' || w.charAt(i + 1) == '{')) {
                i = matching(w, i + 1, to) + 1;
            } else {
                i++;
            }
        }
        return to;
    }

    static int skipBackquote(String w, int i, int to) {
        i++;
        while (i < to && w.charAt(i) != '`') {
            i += w.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, to);
    }

    /** Index of the bracket closing the '(' or '{' at open, quotes and nesting respected. */
    static int matching(String w, int open, int to) {
        char o = w.charAt(open);
        char cl = o == '(' ? ')' : '}';
        int depth = 0;
        int i = open;
        while (i < to) {
            char c = w.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '\'') {
                int q = w.indexOf('\'', i + 1);
                i = q < 0 ? to : q + 1;
                continue;
            }
            if (c == '"') {
                i = closingQuote(w, i + 1, to) + 1;
                continue;
            }
            if (c == '`') {
                i = skipBackquote(w, i, to);
                continue;
            }
            if (c == '$' && i + 1 < to && (w.charAt(i + 1) == '(' || w.charAt(i + 1) == '{')) {
                i = matching(w, i + 1, to) + 1;
                continue;
            }
            if (c == o) {
                depth++;
            } else if (c == cl) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
            i++;
        }
        return to;
    }

    private int tilde(String w, int i, int to, Buf b, boolean inAssignment) {
        int j = i + 1;
        while (j < to && w.charAt(j) != '/' && !(inAssignment && w.charAt(j) == ':')) {
            char c = w.charAt(j);
            if (c == '\\' || c == '\'' || c == '"' || c == '$' || c == '`') {
                b.add('~', (char) 0);   // a quoted part: no tilde expansion
                return i + 1;
            }
            j++;
        }
        String user = w.substring(i + 1, j);
        String home = sh.homeOf(user);
        if (home == null) {
            b.add('~', (char) 0);
            return i + 1;
        }
        b.add(home, QUOTED);
        return j;
    }

    private int backquote(String w, int i, int to, boolean inDq, Buf b) {
        int end = skipBackquote(w, i, to);
        // Inside `...`, backslash escapes only $ ` \ (and " inside double quotes).
        StringBuilder cmd = new StringBuilder();
        for (int k = i + 1; k < end - 1; k++) {
            char c = w.charAt(k);
            if (c == '\\' && k + 1 < end - 1) {
                char n = w.charAt(k + 1);
                if (n == '$' || n == '`' || n == '\\' || (inDq && n == '"')) {
                    cmd.append(n);
                    k++;
                    continue;
                }
            }
            cmd.append(c);
        }
        substitutionResult(sh.commandSubstitution(cmd.toString()), inDq, b);
        return end;
    }

    void substitutionResult(String out, boolean inDq, Buf b) {
        b.add(out, inDq ? QUOTED : SPLIT);
    }

    private int dollar(String w, int i, int to, boolean inDq, Buf b, boolean top) {
        if (i + 1 >= to) {
            b.add('$', inDq ? QUOTED : 0);
            return i + 1;
        }
        char n = w.charAt(i + 1);
        if (n == '(') {
            if (i + 2 < to && w.charAt(i + 2) == '(') {
                int end = arithmeticEnd(w, i + 1, to);
                if (end > 0) {
                    String expr = single(w.substring(i + 3, end - 1));
                    b.add(Long.toString(new Arith(sh, expr).evaluate()), inDq ? QUOTED : SPLIT);
                    return end + 1;
                }
            }
            int close = Parser.substitutionEnd(w, i + 2, to);
            substitutionResult(sh.commandSubstitution(w.substring(i + 2, close)), inDq, b);
            return close + 1;
        }
        if (n == '{') {
            int close = matching(w, i + 1, to);
            params.braced(w.substring(i + 2, Math.min(close, to)), inDq, b, top);
            return close + 1;
        }
        if (n == '@' || n == '*' || n == '#' || n == '?' || n == '-' || n == '$' || n == '!' || (n >= '0' && n <= '9')) {
            params.simple(String.valueOf(n), inDq, b, top);
            return i + 2;
        }
        if (Shell.isNameStart(n)) {
            int j = i + 1;
            while (j < to && Shell.isNameChar(w.charAt(j))) {
                j++;
            }
            params.simple(w.substring(i + 1, j), inDq, b, top);
            return j;
        }
        b.add('$', inDq ? QUOTED : 0);
        return i + 1;
    }

    /** For "$((" at open-1: the index of the final ')' of "))", or -1 when it is "$( (...) )". */
    private static int arithmeticEnd(String w, int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            char c = w.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 1) {
                    return i + 1 < to && w.charAt(i + 1) == ')' ? i + 1 : -1;
                }
                if (depth == 0) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** Field splitting on IFS, then pathname expansion, into out. */
    void split(Buf b, List<String> out, boolean glob) {
        String ifs = sh.vars.get("IFS");
        if (ifs == null) {
            ifs = " \t\n";
        }
        int n = b.text.length();
        int start = 0;
        boolean any = false;   // the current field has content or a quoted part
        int i = 0;
        while (i < n) {
            char f = b.flags.charAt(i);
            char c = b.text.charAt(i);
            if ((f & BREAK) != 0) {
                emit(b, start, i, out, glob, any);
                i++;
                start = i;
                any = false;
                continue;
            }
            if (f == AT_EMPTY) {
                i++;
                continue;
            }
            if ((f & SPLIT) != 0 && ifs.indexOf(c) >= 0) {
                int fieldEnd = i;
                boolean white = isIfsWhite(c);
                i++;
                i = skipIfsWhite(b, i, n, ifs);
                if (white && i < n && (b.flags.charAt(i) & SPLIT) != 0 && ifs.indexOf(b.text.charAt(i)) >= 0
                        && !isIfsWhite(b.text.charAt(i))) {
                    i++;
                    i = skipIfsWhite(b, i, n, ifs);
                    white = false;
                }
                if (!white || any) {
                    emit(b, start, fieldEnd, out, glob, true);
                }
                start = i;
                any = false;
                continue;
            }
            any = true;
            i++;
        }
        if (any) {
            emit(b, start, n, out, glob, true);
        }
    }

    private static boolean isIfsWhite(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }

    private static int skipIfsWhite(Buf b, int i, int n, String ifs) {
        while (i < n && (b.flags.charAt(i) & SPLIT) != 0 && isIfsWhite(b.text.charAt(i)) && ifs.indexOf(b.text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private void emit(Buf b, int from, int to, List<String> out, boolean glob, boolean any) {
        if (!any) {
            return;
        }
        if (glob && hasGlob(b, from, to)) {
            List<String> matches = Glob.expand(patternOf(b, from, to));
            if (!matches.isEmpty()) {
                out.addAll(matches);
                return;
            }
        }
        out.add(plain(b, from, to));
    }

    private static boolean hasGlob(Buf b, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = b.text.charAt(i);
            if ((b.flags.charAt(i) & (QUOTED | ZERO_WIDTH)) == 0 && (c == '*' || c == '?' || c == '[')) {
                return true;
            }
        }
        return false;
    }

    /** The word without its quotes (here-document delimiters). */
    static String removeQuotes(String w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '\\' && i + 1 < w.length()) {
                sb.append(w.charAt(++i));
            } else if (c == '\'') {
                int q = w.indexOf('\'', i + 1);
                int end = q < 0 ? w.length() : q;
                sb.append(w, i + 1, end);
                i = end;
            } else if (c == '"') {
                int q = closingQuote(w, i + 1, w.length());
                for (int k = i + 1; k < q; k++) {
                    char d = w.charAt(k);
                    if (d == '\\' && k + 1 < q && "$`\"\\".indexOf(w.charAt(k + 1)) >= 0) {
                        d = w.charAt(++k);
                    }
                    sb.append(d);
                }
                i = q;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A here-document body: parameters, substitutions and \$ \` \\ \newline, no quotes. */
    String heredoc(String body) {
        Buf b = new Buf();
        int i = 0;
        int n = body.length();
        while (i < n) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < n && "$`\\\n".indexOf(body.charAt(i + 1)) >= 0) {
                if (body.charAt(i + 1) != '\n') {
                    b.add(body.charAt(i + 1), QUOTED);
                }
                i += 2;
            } else if (c == '$') {
                i = dollar(body, i, n, true, b, false);
            } else if (c == '`') {
                i = backquote(body, i, n, true, b);
            } else {
                b.add(c, QUOTED);
                i++;
            }
        }
        return plain(b, 0, b.text.length());
    }
}
