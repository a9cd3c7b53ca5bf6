/*
 * Checks the core library's regex engine (exo.rt.regex, behind java.util.regex.Pattern and
 * Matcher in compiled programs) against the host JDK's java.util.regex: every find/lookingAt/
 * matches result with all group boundaries, for a matrix of patterns, inputs and flags; the
 * same through the linear-time Pike matcher alone; the JDK's syntax errors; and that
 * patterns that backtrack exponentially in the JDK finish quickly here.
 */
package exo.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RegexTest {
    private static MethodHandle compile, newSearch, search, groupCount;
    private static Field stepsPerUnit, minSteps;

    static final String[] PATTERNS = {
        "a", "abc", "a|b", "ab|ac|a", "a*", "a+", "a?", "a*?", "a+?", "a??", "a*+", "a++", "(a)(b)?",
        "(a|ab)(c|bcd)(d*)", "(a|b)*c", "(?:ab)+", "(ab){2}", "(ab){1,3}", "(ab){2,}", "a{2,3}", "a{2,3}?",
        "[a-c]+", "[^a-c]+", "[a-z&&[^aeiou]]+", "\\d+", "\\w+", "\\s+", "\\W", "\\bfoo\\b", "\\Bo", "^a",
        "a$", "^$", "(?m)^\\w+$", ".", ".*", ".+?x", "x.*y", "(\\w+)\\s(\\w+)", "(a)\\1", "(a+)b\\1", "(?i)hello",
        "(?=a)\\w", "(?!a)\\w", "(?<=a)b", "(?<!a)b", "(?>a+)b", "(?>a|ab)c", "(?<year>\\d{4})-(?<m>\\d\\d)",
        "[\\d,]+", "\\p{Lu}+", "\\p{Alpha}+", "\\p{L}+", "[\\p{L}&&[^a]]+", "(a|b|c|d|e)+f", "\\Ax", "x\\z",
        "x\\Z", "a.c", "(?s)a.c", "\\Q.*\\E", "\\.\\*", "[.]", "\\t|\\n", "x*", "(x*)(y*)", "(?:)", "()",
        "a||b", "((a)|b)+", "(a)|(b)", "a{0}", "(?:a|b)*?b", "[abc]{3}", "(?:(\\1??)a)*", "\\R", "(?x) a b # c",
        "[^\\n]*\\n", ">.*\\n|\\n", "agggtaaa|tttaccct", "[cgt]gggtaaa|tttaccc[acg]", "<[^>]*>", "\\|[^|][^|]*\\|",
    };
    /** Patterns whose captures in nested empty loops the Pike matcher reports differently. */
    static final List<String> PIKE_CAPTURE_QUIRKS = List.of("(a*)*", "(a?)*", "((a)|b)+", "(x*)(y*)");

    static final String[] INPUTS = {
        "", "a", "aa", "aaa", "ab", "abc", "abcd", "abab", "ababab", "aabcbcd", "foo bar",
        " foo foobar barfoo foo.", "hello HELLO Hello", "2024-05-17 and 1999-12-31", "AbcDef GHI jkl",
        "x\ny\nz", "line1\nline2\n", "a\n", "a\r\n", "a.c aXc a\nc", "ba bb ab cab", "aaab aab ab b", "xxxyyy",
        ".*x*", "tab\tnew\nline", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "éàü ÉÀ ß", "😀a😀", ">x\nagggtaaa<a>|b|",
    };
    static final int[] FLAGS = {0, Pattern.CASE_INSENSITIVE, Pattern.MULTILINE | Pattern.DOTALL,
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, Pattern.UNIX_LINES | Pattern.MULTILINE};

    @BeforeAll
    static void load() throws Exception {
        Class<?> regex = CorelibClasses.load("exo.rt.regex.Regex");
        Class<?> searchCls = CorelibClasses.load("exo.rt.regex.Search");
        MethodHandles.Lookup l = MethodHandles.publicLookup();
        compile = l.findStatic(regex, "compile", MethodType.methodType(regex, String.class, int.class));
        newSearch = l.findVirtual(regex, "newSearch", MethodType.methodType(searchCls));
        groupCount = l.findVirtual(regex, "groupCount", MethodType.methodType(int.class));
        search = l.findVirtual(searchCls, "search", MethodType.methodType(boolean.class, char[].class, int.class, int.class,
                int.class, int.class, boolean.class, boolean.class, int.class, int[].class));
        stepsPerUnit = searchCls.getDeclaredField("stepsPerUnit");
        minSteps = searchCls.getDeclaredField("minSteps");
        stepsPerUnit.setAccessible(true);
        minSteps.setAccessible(true);
    }

    /** Every match of a find() loop (or the one lookingAt/matches), with all groups. */
    static String ours(String p, int flags, String s, int mode) throws Throwable {
        Object re;
        try {
            re = compile.invoke(p, flags);
        } catch (PatternSyntaxException e) {
            return "error " + e.getMessage();
        }
        Object se = newSearch.invoke(re);
        int[] g = new int[2 * ((int) groupCount.invoke(re) + 1)];
        char[] t = s.toCharArray();
        if (mode != 0) {
            boolean ok = (boolean) search.invoke(se, t, 0, t.length, 0, mode, false, true, 0, g);
            return ok ? Arrays.toString(g) : "no match";
        }
        StringBuilder sb = new StringBuilder();
        int last = 0, first = -1, oldLast = -1;
        for (int n = 0; n < 100; n++) {
            int next = last == first ? last + 1 : last;
            if (next > t.length) {
                break;
            }
            Arrays.fill(g, -1);
            if (!(boolean) search.invoke(se, t, 0, t.length, next, 0, false, true, oldLast < 0 ? 0 : oldLast, g)) {
                break;
            }
            first = g[0];
            last = g[1];
            oldLast = last;
            sb.append(Arrays.toString(g));
        }
        return sb.toString();
    }

    static String jdk(String p, int flags, String s, int mode) {
        Pattern re;
        try {
            re = Pattern.compile(p, flags);
        } catch (PatternSyntaxException e) {
            return "error " + e.getMessage();
        }
        Matcher m = re.matcher(s);
        if (mode != 0) {
            return (mode == 2 ? m.matches() : m.lookingAt()) ? groups(m) : "no match";
        }
        StringBuilder sb = new StringBuilder();
        for (int n = 0; n < 100 && m.find(); n++) {
            sb.append(groups(m));
        }
        return sb.toString();
    }

    private static String groups(Matcher m) {
        int[] g = new int[2 * (m.groupCount() + 1)];
        for (int i = 0; i <= m.groupCount(); i++) {
            g[2 * i] = m.start(i);
            g[2 * i + 1] = m.end(i);
        }
        return Arrays.toString(g);
    }

    private static List<String> compareAll(List<String> skip) throws Throwable {
        List<String> failures = new ArrayList<>();
        for (String p : PATTERNS) {
            if (skip.contains(p)) {
                continue;
            }
            for (int flags : FLAGS) {
                for (String s : INPUTS) {
                    for (int mode = 0; mode < 3; mode++) {
                        String want = jdk(p, flags, s, mode), got = ours(p, flags, s, mode);
                        if (!want.equals(got) && failures.size() < 20) {
                            failures.add("/" + p + "/ flags " + flags + " mode " + mode + " on \"" + s + "\": JDK " + want + ", ours " + got);
                        }
                    }
                }
            }
        }
        return failures;
    }

    @Test
    void matchesAndGroupsAgreeWithTheJdk() throws Throwable {
        List<String> failures = compareAll(List.of());
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void pikeMatcherAloneAgreesWithTheJdk() throws Throwable {
        long savedSteps = stepsPerUnit.getLong(null), savedMin = minSteps.getLong(null);
        stepsPerUnit.setLong(null, 0);
        minSteps.setLong(null, 0);
        try {
            List<String> failures = compareAll(PIKE_CAPTURE_QUIRKS);
            assertTrue(failures.isEmpty(), String.join("\n", failures));
        } finally {
            stepsPerUnit.setLong(null, savedSteps);
            minSteps.setLong(null, savedMin);
        }
    }

    @Test
    void syntaxErrorsHaveTheJdksMessages() throws Throwable {
        String[] bad = {"(abc", "abc)", "*a", "a{", "a{x}", "[abc", "[z-a]", "\\", "a\\", "(?<1a>x)", "\\k<zz>",
            "(?z)", "\\p{Foo}", "a{3,2}", "\\y", "(?<n>a)(?<n>b)", "x**", "[a-\\d]", "(?", "\\x{zz}", "\\u12", "\\c",
            "(?i:x", "(?<a", "(?=", "a{1,2}?+", "\\0", "\\x", "[^]", "[]", "\\p{L", "[a\\]", "ab\\E", "a{2"};
        for (String p : bad) {
            assertEquals(jdk(p, 0, "", 0), ours(p, 0, "", 0), p);
        }
    }

    @Test
    void catastrophicPatternsRunInLinearTime() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertEquals("", ours("(a*)*b", 0, "a".repeat(5000), 0));
            assertEquals("", ours("(a|aa)+c", 0, "a".repeat(5000), 0));
            assertEquals("", ours("(x+x+)+y", 0, "x".repeat(2000), 0));
            assertEquals("", ours(".*x", 0, "y".repeat(200_000), 0));
            assertEquals("[0, 400000, 399999, 400000]", ours("(a|b)*", 0, "ab".repeat(200_000), 2));
        });
    }
}
