/*
 * Shell patterns (XCU 2.13): matches() for case and ${x#pattern}, expand() for pathname
 * expansion. A pattern is a string where '\' makes the next character literal (Expander
 * escapes the characters that were quoted). Matching is iterative with one backtrack point per
 * '*', so it is linear enough for long strings and cannot overflow the stack.
 */
package exo.userland.sh;

import exo.sys.Dir;
import exo.sys.Sys;
import exo.sys.SysException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

final class Glob {
    private Glob() {}

    /** True when the whole of s matches pattern p. */
    static boolean matches(String p, String s) {
        int pi = 0, si = 0;
        int starP = -1, starS = -1;
        while (si < s.length()) {
            if (pi < p.length()) {
                char c = p.charAt(pi);
                if (c == '*') {
                    starP = ++pi;
                    starS = si;
                    continue;
                }
                if (c == '?') {
                    pi++;
                    si++;
                    continue;
                }
                if (c == '[') {
                    int end = bracketEnd(p, pi);
                    if (end > 0) {
                        if (bracketMatches(p, pi + 1, end, s.charAt(si))) {
                            pi = end + 1;
                            si++;
                            continue;
                        }
                    } else if (s.charAt(si) == '[') {
                        pi++;
                        si++;
                        continue;
                    }
                } else {
                    if (c == '\\' && pi + 1 < p.length()) {
                        c = p.charAt(pi + 1);
                        if (c == s.charAt(si)) {
                            pi += 2;
                            si++;
                            continue;
                        }
                    } else if (c == s.charAt(si)) {
                        pi++;
                        si++;
                        continue;
                    }
                }
            }
            if (starP < 0) {
                return false;
            }
            pi = starP;
            si = ++starS;
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }

    /** Index of the ']' closing the bracket expression at open, or -1 when it is not one. */
    private static int bracketEnd(String p, int open) {
        int i = open + 1;
        if (i < p.length() && (p.charAt(i) == '!' || p.charAt(i) == '^')) {
            i++;
        }
        if (i < p.length() && p.charAt(i) == ']') {
            i++;   // a ']' first is literal
        }
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[' && i + 1 < p.length() && isClassOpener(p.charAt(i + 1))) {
                int close = p.indexOf(p.charAt(i + 1) + "]", i + 2);
                if (close > 0) {
                    i = close + 2;
                    continue;
                }
            }
            if (c == ']') {
                return i;
            }
            i++;
        }
        return -1;
    }

    private static boolean bracketMatches(String p, int from, int end, char c) {
        boolean negate = p.charAt(from) == '!' || p.charAt(from) == '^';
        int i = negate ? from + 1 : from;
        boolean found = false;
        boolean first = true;
        while (i < end) {
            char lo = p.charAt(i);
            if (lo == '[' && i + 1 < end && (p.charAt(i + 1) == '.' || p.charAt(i + 1) == '=')) {
                // [.x.] and [=x=]: one collating element; in the C locale, the character itself
                int close = p.indexOf(p.charAt(i + 1) + "]", i + 2);
                if (close > 0 && close < end) {
                    found |= close == i + 3 && p.charAt(i + 2) == c;
                    i = close + 2;
                    first = false;
                    continue;
                }
            }
            if (lo == '[' && i + 1 < end && p.charAt(i + 1) == ':') {
                int close = p.indexOf(":]", i + 2);
                if (close > 0 && close < end) {
                    found |= inClass(p.substring(i + 2, close), c);
                    i = close + 2;
                    first = false;
                    continue;
                }
            }
            if (lo == '\\' && i + 1 < end) {
                lo = p.charAt(++i);
            } else if (lo == ']' && !first) {
                break;
            }
            first = false;
            i++;
            if (i + 1 < end && p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
                char hi = p.charAt(i + 1);
                if (hi == '\\' && i + 2 < end) {
                    hi = p.charAt(i + 2);
                    i++;
                }
                i += 2;
                found |= c >= lo && c <= hi;
            } else {
                found |= c == lo;
            }
        }
        return found != negate;
    }

    private static boolean isClassOpener(char c) {
        return c == ':' || c == '.' || c == '=';
    }

    private static boolean inClass(String cls, char c) {
        switch (cls) {
            case "alpha": return Character.isLetter(c) && c < 128;
            case "digit": return c >= '0' && c <= '9';
            case "alnum": return (Character.isLetterOrDigit(c)) && c < 128;
            case "upper": return c >= 'A' && c <= 'Z';
            case "lower": return c >= 'a' && c <= 'z';
            case "space": return c == ' ' || (c >= '\t' && c <= '\r');
            case "blank": return c == ' ' || c == '\t';
            case "punct": return c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
            case "print": return c >= ' ' && c < 127;
            case "graph": return c > ' ' && c < 127;
            case "cntrl": return c < ' ' || c == 127;
            case "xdigit": return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            default: return false;
        }
    }

    /** True when p has an unescaped *, ? or [. */
    static boolean isPattern(String p) {
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '*' || c == '?' || c == '[') {
                return true;
            }
        }
        return false;
    }

    /** p without its escapes. */
    static String unescape(String p) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\' && i + 1 < p.length()) {
                c = p.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** The sorted paths matching p; empty when none does (the caller keeps the word). */
    static List<String> expand(String p) {
        List<String> results = new ArrayList<>();
        boolean absolute = p.startsWith("/");
        String[] parts = p.split("/", -1);
        List<String> current = new ArrayList<>();
        current.add(absolute ? "/" : "");
        for (int k = absolute ? 1 : 0; k < parts.length; k++) {
            String part = parts[k];
            boolean last = k == parts.length - 1;
            List<String> next = new ArrayList<>();
            for (String base : current) {
                String prefix = base.isEmpty() || base.equals("/") ? base : base + "/";
                if (part.isEmpty()) {
                    next.add(prefix);   // a trailing '/' (directories only) or a doubled one, kept
                    continue;
                }
                if (!isPattern(part)) {
                    String path = prefix + unescape(part);
                    if (last ? exists(path) : isDir(path)) {
                        next.add(path);
                    }
                    continue;
                }
                for (String name : list(base.isEmpty() ? "." : base, unescape(part).startsWith("."))) {
                    if (name.startsWith(".") && !unescape(part).startsWith(".")) {
                        continue;   // hidden files need an explicit dot
                    }
                    if (matches(part, name) && (last || isDir(prefix + name))) {
                        next.add(prefix + name);
                    }
                }
            }
            current = next;
            if (current.isEmpty()) {
                return results;
            }
        }
        results.addAll(current);
        Collections.sort(results);
        return results;
    }

    /** The names in dir, sorted; with dots, "." and ".." too (a pattern such as .* names them). */
    private static List<String> list(String dir, boolean dots) {
        try {
            List<String> names = new ArrayList<>(Dir.names(dir));
            if (dots) {
                for (String d : new String[] {".", ".."}) {
                    if (!names.contains(d)) {
                        names.add(d);
                    }
                }
            }
            Collections.sort(names);
            return names;
        } catch (SysException e) {
            return List.of();
        }
    }

    private static boolean exists(String path) {
        try {
            Sys.lstat(path);
            return true;
        } catch (SysException e) {
            return false;
        }
    }

    private static boolean isDir(String path) {
        try {
            return Sys.stat(path).isDirectory();
        } catch (SysException e) {
            return false;
        }
    }
}
