/*
 * Parameter expansion for Expander: $name, the special parameters ($@ $* $# $? $- $$ $! $0-$9),
 * and the braced forms ${#x}, ${x:-w} ${x-w} ${x:=w} ${x:?w} ${x:+w}, the pattern removals
 * ${x%p} ${x%%p} ${x#p} ${x##p}, and bash's ${x/p/r}, ${x//p/r}, ${x:offset:length}.
 */
package exo.userland.sh;

import java.util.List;

final class Params {
    private final Shell sh;
    private final Expander ex;

    Params(Shell sh, Expander ex) {
        this.sh = sh;
        this.ex = ex;
    }

    /** $name or a special parameter. */
    void simple(String name, boolean inDq, Expander.Buf b, boolean top) {
        if (name.equals("@") || name.equals("*")) {
            positional(name.equals("@"), inDq, !top, b);
            return;
        }
        String v = value(name);
        checkSet(name, v);
        add(v, inDq, b);
    }

    private void checkSet(String name, String v) {
        if (v == null && sh.nounset && !name.equals("@") && !name.equals("*")) {
            throw new ShellError(name + ": parameter not set", 1, true);
        }
    }

    static void add(String v, boolean inDq, Expander.Buf b) {
        if (v != null) {
            b.add(v, inDq ? Expander.QUOTED : Expander.SPLIT);
        }
    }

    /**
     * "$@": one field per parameter; "$*", and $* where no fields are made (an assignment,
     * ${x=$*}): joined with IFS's first character.
     */
    private void positional(boolean at, boolean inDq, boolean joined, Expander.Buf b) {
        List<String> args = sh.positional;
        if (!at && (inDq || joined)) {
            String ifs = sh.vars.get("IFS");
            String sep = ifs == null ? " " : ifs.isEmpty() ? "" : ifs.substring(0, 1);
            b.add(String.join(sep, args), inDq ? Expander.QUOTED : Expander.SPLIT);
            return;
        }
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                b.fieldBreak();
            }
            b.add(args.get(i), inDq ? Expander.QUOTED : Expander.SPLIT);
            if (inDq) {
                b.mark();
            }
        }
        if (inDq && args.isEmpty()) {
            b.add('\0', Expander.AT_EMPTY);   // "$@" with no parameters: no field (Expander)
        }
    }

    /** The value of a variable or special parameter, null when unset. */
    String value(String name) {
        switch (name) {
            case "?": return Integer.toString(sh.status);
            case "$": return Integer.toString(sh.shellPid);
            case "!": return sh.lastBackground == 0 ? null : Integer.toString(sh.lastBackground);
            case "#": return Integer.toString(sh.positional.size());
            case "-": return sh.optionFlags();
            case "@": case "*": return sh.positional.isEmpty() ? null : String.join(" ", sh.positional);
            default:
                if (name.charAt(0) >= '0' && name.charAt(0) <= '9') {
                    int n = parseIndex(name);
                    if (n == 0) {
                        return sh.arg0;
                    }
                    return n > 0 && n <= sh.positional.size() ? sh.positional.get(n - 1) : null;
                }
                if (name.equals("LINENO")) {
                    return Integer.toString(sh.currentLine);
                }
                if (name.equals("RANDOM")) {
                    return Integer.toString(sh.random());
                }
                return sh.vars.get(name);
        }
    }

    private static int parseIndex(String s) {
        if (s.length() > 9) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** The inside of ${...}. */
    void braced(String in, boolean inDq, Expander.Buf b, boolean top) {
        if (in.isEmpty()) {
            throw new ShellError("${}: bad substitution", 1, true);
        }
        if (in.charAt(0) == '#' && in.length() > 1 && nameLength(in.substring(1)) == in.length() - 1) {
            String name = in.substring(1);
            checkName(name, in);
            String v = name.equals("@") || name.equals("*") ? Integer.toString(sh.positional.size()) : value(name);
            checkSet(name, v);
            add(Integer.toString(v == null ? 0 : v.length()), inDq, b);
            return;
        }
        int n = nameLength(in);
        if (n == 0) {
            throw new ShellError("${" + in + "}: bad substitution", 1, true);
        }
        String name = in.substring(0, n);
        String rest = in.substring(n);
        if (rest.isEmpty()) {
            simple(name, inDq, b, top);
            return;
        }
        operator(name, rest, inDq, b, top);
    }

    private void checkName(String name, String in) {
        if (nameLength(name) != name.length()) {
            throw new ShellError("${" + in + "}: bad substitution", 1, true);
        }
    }

    private static int nameLength(String in) {
        char c = in.charAt(0);
        if ("@*#?-$!".indexOf(c) >= 0) {
            return 1;
        }
        int i = 0;
        if (c >= '0' && c <= '9') {
            while (i < in.length() && in.charAt(i) >= '0' && in.charAt(i) <= '9') {
                i++;
            }
            return i;
        }
        while (i < in.length() && Shell.isNameChar(in.charAt(i)) && (i > 0 || Shell.isNameStart(in.charAt(i)))) {
            i++;
        }
        return i;
    }

    private void operator(String name, String rest, boolean inDq, Expander.Buf b, boolean top) {
        boolean colon = rest.charAt(0) == ':' && rest.length() > 1 && "-=?+".indexOf(rest.charAt(1)) >= 0;
        String op = colon ? rest.substring(0, 2) : rest.substring(0, 1);
        String word = rest.substring(op.length());
        String v = value(name);
        boolean positionalAll = name.equals("@") || name.equals("*");
        boolean unset = v == null;
        boolean empty = unset || v.isEmpty();
        switch (op.charAt(op.length() - 1)) {
            case '-':
                if (colon ? empty : unset) {
                    ex.expand(word, 0, word.length(), inDq, b, false);
                } else if (positionalAll) {
                    simple(name, inDq, b, top);
                } else {
                    add(v, inDq, b);
                }
                return;
            case '+':
                if (!(colon ? empty : unset)) {
                    ex.expand(word, 0, word.length(), inDq, b, false);
                }
                return;
            case '=':
                if (colon ? empty : unset) {
                    if (!Shell.isName(name)) {
                        throw new ShellError("${" + name + rest + "}: cannot assign in this way", 1, true);
                    }
                    v = ex.single(word);
                    sh.assign(name, v);
                }
                add(v, inDq, b);
                return;
            case '?':
                if (colon ? empty : unset) {
                    String msg = word.isEmpty() ? (unset ? "parameter not set" : "parameter null or not set") : ex.single(word);
                    throw new ShellError(name + ": " + msg, 1, true);
                }
                add(v, inDq, b);
                return;
            default:
                break;
        }
        checkSet(name, v);
        String s = v == null ? "" : v;
        if (rest.startsWith("##") || rest.startsWith("#")) {
            boolean longest = rest.startsWith("##");
            add(removePrefix(s, ex.pattern(rest.substring(longest ? 2 : 1)), longest), inDq, b);
        } else if (rest.startsWith("%%") || rest.startsWith("%")) {
            boolean longest = rest.startsWith("%%");
            add(removeSuffix(s, ex.pattern(rest.substring(longest ? 2 : 1)), longest), inDq, b);
        } else if (rest.startsWith("/")) {
            add(replace(s, rest.substring(1)), inDq, b);
        } else if (rest.startsWith(":")) {
            add(substring(s, rest.substring(1)), inDq, b);
        } else {
            throw new ShellError("${" + name + rest + "}: bad substitution", 1, true);
        }
    }

    static String removePrefix(String s, String pat, boolean longest) {
        if (longest) {
            for (int i = s.length(); i >= 0; i--) {
                if (Glob.matches(pat, s.substring(0, i))) {
                    return s.substring(i);
                }
            }
        } else {
            for (int i = 0; i <= s.length(); i++) {
                if (Glob.matches(pat, s.substring(0, i))) {
                    return s.substring(i);
                }
            }
        }
        return s;
    }

    static String removeSuffix(String s, String pat, boolean longest) {
        if (longest) {
            for (int i = 0; i <= s.length(); i++) {
                if (Glob.matches(pat, s.substring(i))) {
                    return s.substring(0, i);
                }
            }
        } else {
            for (int i = s.length(); i >= 0; i--) {
                if (Glob.matches(pat, s.substring(i))) {
                    return s.substring(0, i);
                }
            }
        }
        return s;
    }

    /** bash's ${x/pat/rep}, ${x//pat/rep}, ${x/#pat/rep}, ${x/%pat/rep}. */
    private String replace(String s, String spec) {
        boolean all = spec.startsWith("/");
        boolean anchorStart = spec.startsWith("#");
        boolean anchorEnd = spec.startsWith("%");
        if (all || anchorStart || anchorEnd) {
            spec = spec.substring(1);
        }
        int slash = unescapedSlash(spec);
        String pat = ex.pattern(slash < 0 ? spec : spec.substring(0, slash));
        String rep = slash < 0 ? "" : ex.single(spec.substring(slash + 1));
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i <= s.length()) {
            int end = -1;
            for (int j = s.length(); j >= i; j--) {
                if ((!anchorEnd || j == s.length()) && Glob.matches(pat, s.substring(i, j))) {
                    end = j;
                    break;
                }
            }
            if (end >= 0 && !(end == i && pat.isEmpty())) {
                out.append(rep);
                if (!all) {
                    return out + s.substring(end);
                }
                if (end == i) {
                    if (i < s.length()) {
                        out.append(s.charAt(i));
                    }
                    i++;
                } else {
                    i = end;
                }
                continue;
            }
            if (anchorStart || i >= s.length()) {
                return out + s.substring(Math.min(i, s.length()));
            }
            out.append(s.charAt(i));
            i++;
        }
        return out.toString();
    }

    private static int unescapedSlash(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '/') {
                return i;
            }
        }
        return -1;
    }

    /** bash's ${x:offset} and ${x:offset:length} (negative offset counts from the end). */
    private String substring(String s, String spec) {
        int colon = spec.indexOf(':');
        long off = new Arith(sh, ex.single(colon < 0 ? spec : spec.substring(0, colon))).evaluate();
        if (off < 0) {
            off = Math.max(0, s.length() + off);
        }
        if (off > s.length()) {
            return "";
        }
        long len = s.length() - off;
        if (colon >= 0) {
            len = new Arith(sh, ex.single(spec.substring(colon + 1))).evaluate();
            if (len < 0) {
                len = Math.max(0, s.length() - off + len);
            }
        }
        return s.substring((int) off, (int) Math.min(s.length(), off + len));
    }
}
