/*
 * java.util.regex.Pattern over the core library's engine (exo.rt.regex.Regex): compiling,
 * matcher(), split, quote, predicates. The syntax, flags and error messages are the JDK's;
 * the engine is linear-time for patterns without back-references or lookaround.
 */
package java.util.regex;

import exo.rt.regex.Regex;
import java.util.ArrayList;
import java.util.function.Predicate;
import java.util.stream.Stream;

public final class Pattern implements java.io.Serializable {
    private static final long serialVersionUID = 5073258162644648461L;

    public static final int UNIX_LINES = 0x01;
    public static final int CASE_INSENSITIVE = 0x02;
    public static final int COMMENTS = 0x04;
    public static final int MULTILINE = 0x08;
    public static final int LITERAL = 0x10;
    public static final int DOTALL = 0x20;
    public static final int UNICODE_CASE = 0x40;
    public static final int CANON_EQ = 0x80;
    public static final int UNICODE_CHARACTER_CLASS = 0x100;
    private static final int ALL_FLAGS = 0x1FF;

    private final String pattern;
    private final int flags;
    final Regex regex;

    private Pattern(String pattern, int flags) {
        if ((flags & ~ALL_FLAGS) != 0) {
            throw new IllegalArgumentException("Unknown flag 0x" + Integer.toHexString(flags));
        }
        this.pattern = pattern;
        this.flags = flags;
        this.regex = Regex.compile(pattern, (flags & UNICODE_CHARACTER_CLASS) != 0 ? flags | UNICODE_CASE : flags);
    }

    public static Pattern compile(String regex) {
        return new Pattern(regex, 0);
    }

    public static Pattern compile(String regex, int flags) {
        return new Pattern(regex, flags);
    }

    public String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern;
    }

    public int flags() {
        return flags;
    }

    public Matcher matcher(CharSequence input) {
        return new Matcher(this, input);
    }

    public static boolean matches(String regex, CharSequence input) {
        return compile(regex).matcher(input).matches();
    }

    public String[] split(CharSequence input) {
        return split(input, 0);
    }

    public String[] split(CharSequence input, int limit) {
        ArrayList<String> list = new ArrayList<>();
        int index = 0;
        boolean limited = limit > 0;
        Matcher m = matcher(input);
        while (m.find()) {
            if (!limited || list.size() < limit - 1) {
                if (index == 0 && m.start() == 0 && m.start() == m.end()) {
                    continue;   // a zero-width match at the start gives no leading empty string
                }
                list.add(input.subSequence(index, m.start()).toString());
                index = m.end();
            } else {
                break;
            }
        }
        if (index == 0) {
            return new String[] {input.toString()};
        }
        list.add(input.subSequence(index, input.length()).toString());
        int size = list.size();
        if (limit == 0) {
            while (size > 0 && list.get(size - 1).isEmpty()) {
                size--;
            }
        }
        return list.subList(0, size).toArray(new String[0]);
    }

    public Stream<String> splitAsStream(CharSequence input) {
        return java.util.Arrays.stream(split(input, 0));
    }

    public static String quote(String s) {
        int e = s.indexOf("\\E");
        if (e < 0) {
            return "\\Q" + s + "\\E";
        }
        StringBuilder sb = new StringBuilder(s.length() * 2);
        sb.append("\\Q");
        int current = 0;
        while ((e = s.indexOf("\\E", current)) != -1) {
            sb.append(s, current, e);
            current = e + 2;
            sb.append("\\E\\\\E\\Q");
        }
        sb.append(s, current, s.length());
        sb.append("\\E");
        return sb.toString();
    }

    public Predicate<String> asPredicate() {
        return s -> matcher(s).find();
    }

    public Predicate<String> asMatchPredicate() {
        return s -> matcher(s).matches();
    }
}
