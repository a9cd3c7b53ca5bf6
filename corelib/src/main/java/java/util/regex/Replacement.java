/*
 * A parsed replacement string of Matcher.appendReplacement/replaceAll: literal runs and group
 * references ($3, ${name}), with backslash escapes, and the JDK's errors for bad references.
 * replaceAll parses once and appends for every match.
 */
package java.util.regex;

import java.util.ArrayList;

final class Replacement {
    private final ArrayList<Object> parts;   // String literals and Integer group numbers

    private Replacement(ArrayList<Object> parts) {
        this.parts = parts;
    }

    static void expand(Matcher m, String replacement, StringBuilder out) {
        parse(m, replacement).appendTo(m, out);
    }

    void appendTo(Matcher m, StringBuilder out) {
        char[] chars = m.chars();
        for (Object p : parts) {
            if (p instanceof String) {
                out.append((String) p);
            } else {
                int g = (Integer) p;
                int s = m.groupStart(g);
                if (s >= 0) {
                    out.append(chars, s, m.groupEnd(g) - s);
                }
            }
        }
    }

    static Replacement parse(Matcher m, String r) {
        ArrayList<Object> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        while (i < r.length()) {
            char c = r.charAt(i);
            if (c == '\\') {
                i++;
                if (i == r.length()) {
                    throw new IllegalArgumentException("character to be escaped is missing");
                }
                lit.append(r.charAt(i++));
            } else if (c == '$') {
                i++;
                if (i == r.length()) {
                    throw new IllegalArgumentException("Illegal group reference: group index is missing");
                }
                int[] ref = new int[1];
                i = reference(m, r, i, ref);
                if (lit.length() > 0) {
                    parts.add(lit.toString());
                    lit.setLength(0);
                }
                parts.add(ref[0]);
            } else {
                lit.append(c);
                i++;
            }
        }
        if (lit.length() > 0) {
            parts.add(lit.toString());
        }
        return new Replacement(parts);
    }

    /** After '$': parses a group number or {name} into ref[0]; returns the next index. */
    private static int reference(Matcher m, String r, int i, int[] ref) {
        char c = r.charAt(i);
        if (c == '{') {
            i++;
            int start = i;
            while (i < r.length()) {
                char d = r.charAt(i);
                if (!((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || (d >= '0' && d <= '9'))) {
                    break;
                }
                i++;
            }
            if (i == start) {
                throw new IllegalArgumentException("named capturing group has 0 length name");
            }
            if (i == r.length() || r.charAt(i) != '}') {
                throw new IllegalArgumentException("named capturing group is missing trailing '}'");
            }
            String name = r.substring(start, i);
            if (name.charAt(0) >= '0' && name.charAt(0) <= '9') {
                throw new IllegalArgumentException("capturing group name {" + name + "} starts with digit character");
            }
            Integer g = m.pattern().regex.namedGroups().get(name);
            if (g == null) {
                throw new IllegalArgumentException("No group with name {" + name + "}");
            }
            ref[0] = g;
            return i + 1;
        }
        int n = c - '0';
        if (n < 0 || n > 9) {
            throw new IllegalArgumentException("Illegal group reference");
        }
        i++;
        while (i < r.length()) {
            int d = r.charAt(i) - '0';
            if (d < 0 || d > 9) {
                break;
            }
            int next = n * 10 + d;
            if (next > m.groupCount()) {
                break;
            }
            n = next;
            i++;
        }
        if (n > m.groupCount()) {
            throw new IndexOutOfBoundsException("No group " + n);
        }
        ref[0] = n;
        return i;
    }
}
