/*
 * The regex-taking methods of String (split, replaceAll, replaceFirst, matches) on top of
 * java.util.regex. split on one literal char skips the matcher, as the JDK's fast path does,
 * and the last compiled pattern is kept because programs call split in loops with the same
 * regex. Plain Java over java.*, so its fast path is tested on the host (StringRegexTest).
 */
package exo.rt;

import java.util.ArrayList;
import java.util.regex.Pattern;

public final class StringRegex {
    private StringRegex() {}

    private static Pattern last;

    /** The compiled pattern, reusing the last one when the regex is the same. */
    public static Pattern pattern(String regex) {
        Pattern p = last;
        if (p != null && p.pattern().equals(regex)) {
            return p;
        }
        p = Pattern.compile(regex);
        last = p;
        return p;
    }

    public static String[] split(String s, String regex, int limit) {
        char ch = literalSeparator(regex);
        if (ch != 0) {
            return splitOnChar(s, ch, limit);
        }
        return pattern(regex).split(s, limit);
    }

    /** The one char a regex stands for when it is a plain char or an escaped metachar, else 0. */
    static char literalSeparator(String regex) {
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

    public static String[] splitOnChar(String s, char ch, int limit) {
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
        int n = parts.size();
        if (limit == 0) {
            while (n > 0 && parts.get(n - 1).isEmpty()) {
                n--;
            }
        }
        return parts.subList(0, n).toArray(new String[0]);
    }
}
