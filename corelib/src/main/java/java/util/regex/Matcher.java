/*
 * java.util.regex.Matcher: find/matches/lookingAt over a region of the input, groups by index
 * and name, replacement ($n, ${name}, \ escapes) and bounds. The input is searched in place
 * when it is a String (exo.rt.Strings), otherwise copied once; exo.rt.regex.Search does the
 * matching. Replacement strings are parsed by Replacement.
 */
package java.util.regex;

import exo.rt.Strings;
import exo.rt.regex.Regex;
import exo.rt.regex.Search;
import java.util.function.Function;
import java.util.stream.Stream;

public final class Matcher implements MatchResult {
    private Pattern pattern;
    private Search search;
    private CharSequence text;
    private char[] chars;
    private int[] groups;
    private int from, to;
    private int first = -1, last;      // the last match, first = -1 when there is none
    private int oldLast = -1;          // \G
    private int appendPos;
    private boolean transparent, anchoring = true;
    private int modCount;

    Matcher(Pattern pattern, CharSequence text) {
        usePatternState(pattern);
        reset(text);
    }

    private void usePatternState(Pattern p) {
        this.pattern = p;
        this.search = p.regex.newSearch();
        this.groups = new int[2 * (p.regex.groupCount() + 1)];
        java.util.Arrays.fill(groups, -1);
    }

    public Pattern pattern() {
        return pattern;
    }

    public Matcher usePattern(Pattern newPattern) {
        if (newPattern == null) {
            throw new IllegalArgumentException("Pattern cannot be null");
        }
        usePatternState(newPattern);
        first = -1;
        return this;
    }

    public Matcher reset() {
        first = -1;
        last = 0;
        oldLast = -1;
        appendPos = 0;
        from = 0;
        to = chars.length;
        java.util.Arrays.fill(groups, -1);
        modCount++;
        return this;
    }

    public Matcher reset(CharSequence input) {
        this.text = input;
        this.chars = Strings.chars(input);
        return reset();
    }

    public MatchResult toMatchResult() {
        return new Snapshot(first < 0 ? null : text.toString(), groups.clone(), groupCount(), first >= 0);
    }

    // ---- searching --------------------------------------------------------------------

    private boolean run(int start, int mode) {
        boolean ok = search.search(chars, from, to, start, mode, transparent, anchoring,
                oldLast < 0 ? from : oldLast, groups);
        modCount++;
        if (ok) {
            first = groups[0];
            last = groups[1];
            oldLast = last;
        } else {
            first = -1;
            java.util.Arrays.fill(groups, -1);
        }
        return ok;
    }

    public boolean matches() {
        return run(from, Regex.MATCHES);
    }

    public boolean lookingAt() {
        return run(from, Regex.LOOKING_AT);
    }

    public boolean find() {
        int next = last;
        if (next == first) {
            next++;   // after an empty match, move on
        }
        if (next < from) {
            next = from;
        }
        if (next > to) {
            first = -1;
            java.util.Arrays.fill(groups, -1);
            return false;
        }
        return run(next, Regex.FIND);
    }

    public boolean find(int start) {
        if (start < 0 || start > chars.length) {
            throw new IndexOutOfBoundsException("Illegal start index");
        }
        reset();
        return run(start, Regex.FIND);
    }

    public boolean hitEnd() {
        return search.hitEnd();
    }

    public boolean requireEnd() {
        return first >= 0 && last == to && search.hitEnd();
    }

    // ---- groups -----------------------------------------------------------------------

    private void checkMatch() {
        if (first < 0) {
            throw new IllegalStateException("No match available");
        }
    }

    private void checkGroup(int group) {
        if (group < 0 || group > groupCount()) {
            throw new IndexOutOfBoundsException("No group " + group);
        }
    }

    public int start() {
        checkMatch();
        return first;
    }

    public int start(int group) {
        checkMatch();
        checkGroup(group);
        return groups[2 * group];
    }

    public int start(String name) {
        return start(named(name));
    }

    public int end() {
        checkMatch();
        return last;
    }

    public int end(int group) {
        checkMatch();
        checkGroup(group);
        return groups[2 * group + 1];
    }

    public int end(String name) {
        return end(named(name));
    }

    public String group() {
        return group(0);
    }

    public String group(int group) {
        if (first < 0) {
            throw new IllegalStateException("No match found");
        }
        checkGroup(group);
        int s = groups[2 * group];
        int e = groups[2 * group + 1];
        if (s < 0 || e < 0) {
            return null;
        }
        return text.subSequence(s, e).toString();
    }

    public String group(String name) {
        return group(named(name));
    }

    int named(String name) {
        if (name == null) {
            throw new NullPointerException("Null group name");
        }
        Integer g = pattern.regex.namedGroups().get(name);
        if (g == null) {
            throw new IllegalArgumentException("No group with name <" + name + ">");
        }
        return g;
    }

    public int groupCount() {
        return pattern.regex.groupCount();
    }

    // ---- regions and bounds -----------------------------------------------------------

    public Matcher region(int start, int end) {
        if (start < 0 || start > chars.length) {
            throw new IndexOutOfBoundsException("start");
        }
        if (end < 0 || end > chars.length) {
            throw new IndexOutOfBoundsException("end");
        }
        if (start > end) {
            throw new IndexOutOfBoundsException("start > end");
        }
        reset();
        from = start;
        to = end;
        return this;
    }

    public int regionStart() {
        return from;
    }

    public int regionEnd() {
        return to;
    }

    public boolean hasTransparentBounds() {
        return transparent;
    }

    public Matcher useTransparentBounds(boolean b) {
        transparent = b;
        return this;
    }

    public boolean hasAnchoringBounds() {
        return anchoring;
    }

    public Matcher useAnchoringBounds(boolean b) {
        anchoring = b;
        return this;
    }

    // ---- replacing --------------------------------------------------------------------

    public Matcher appendReplacement(StringBuilder sb, String replacement) {
        checkMatch();
        StringBuilder result = new StringBuilder();
        Replacement.expand(this, replacement, result);
        sb.append(text, appendPos, first);
        sb.append(result);
        appendPos = last;
        modCount++;
        return this;
    }

    public Matcher appendReplacement(StringBuffer sb, String replacement) {
        checkMatch();
        StringBuilder result = new StringBuilder();
        Replacement.expand(this, replacement, result);
        sb.append(text, appendPos, first);
        sb.append(result);
        appendPos = last;
        modCount++;
        return this;
    }

    public StringBuilder appendTail(StringBuilder sb) {
        sb.append(text, appendPos, text.length());
        return sb;
    }

    public StringBuffer appendTail(StringBuffer sb) {
        sb.append(text, appendPos, text.length());
        return sb;
    }

    public String replaceAll(String replacement) {
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        Replacement r = Replacement.parse(this, replacement);
        do {
            sb.append(chars, appendPos, first - appendPos);
            r.appendTo(this, sb);
            appendPos = last;
        } while (find());
        sb.append(chars, appendPos, chars.length - appendPos);
        return sb.toString();
    }

    public String replaceAll(Function<MatchResult, String> replacer) {
        if (replacer == null) {
            throw new NullPointerException();
        }
        reset();
        boolean found = find();
        if (!found) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        do {
            int mc = modCount;
            String replacement = replacer.apply(this);
            if (mc != modCount) {
                throw new java.util.ConcurrentModificationException();
            }
            appendReplacement(sb, replacement);
            found = find();
        } while (found);
        appendTail(sb);
        return sb.toString();
    }

    public String replaceFirst(String replacement) {
        if (replacement == null) {
            throw new NullPointerException("replacement");
        }
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        appendReplacement(sb, replacement);
        appendTail(sb);
        return sb.toString();
    }

    public String replaceFirst(Function<MatchResult, String> replacer) {
        if (replacer == null) {
            throw new NullPointerException();
        }
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        int mc = modCount;
        String replacement = replacer.apply(this);
        if (mc != modCount) {
            throw new java.util.ConcurrentModificationException();
        }
        appendReplacement(sb, replacement);
        appendTail(sb);
        return sb.toString();
    }

    public static String quoteReplacement(String s) {
        if (s.indexOf('\\') == -1 && s.indexOf('$') == -1) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '$') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    public Stream<MatchResult> results() {
        reset();
        java.util.ArrayList<MatchResult> all = new java.util.ArrayList<>();
        while (find()) {
            all.add(toMatchResult());
        }
        return all.stream();
    }

    /** The chars of the input (Replacement reads group texts from them). */
    char[] chars() {
        return chars;
    }

    int groupStart(int g) {
        return groups[2 * g];
    }

    int groupEnd(int g) {
        return groups[2 * g + 1];
    }

    @Override
    public String toString() {
        return "java.util.regex.Matcher[pattern=" + pattern + " region=" + from + "," + to
                + " lastmatch=" + (first >= 0 && group() != null ? group() : "") + "]";
    }

    /** An immutable MatchResult (toMatchResult, results()). */
    private static final class Snapshot implements MatchResult {
        private final String text;
        private final int[] groups;
        private final int count;
        private final boolean matched;

        Snapshot(String text, int[] groups, int count, boolean matched) {
            this.text = text;
            this.groups = groups;
            this.count = count;
            this.matched = matched;
        }

        private void check(int g) {
            if (!matched) {
                throw new IllegalStateException("No match found");
            }
            if (g < 0 || g > count) {
                throw new IndexOutOfBoundsException("No group " + g);
            }
        }

        public int start() {
            return start(0);
        }

        public int start(int g) {
            check(g);
            return groups[2 * g];
        }

        public int end() {
            return end(0);
        }

        public int end(int g) {
            check(g);
            return groups[2 * g + 1];
        }

        public String group() {
            return group(0);
        }

        public String group(int g) {
            check(g);
            int s = groups[2 * g];
            return s < 0 ? null : text.substring(s, groups[2 * g + 1]);
        }

        public int groupCount() {
            return count;
        }
    }
}
