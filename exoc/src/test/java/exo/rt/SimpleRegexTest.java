/*
 * Checks exo.rt.SimpleRegex (String.split/replaceAll/replaceFirst/matches of compiled
 * programs) against java.util.regex on the host for the patterns it supports, and that the
 * patterns it does not support are refused with UnsupportedOperationException.
 */
package exo.rt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SimpleRegexTest {
    private static MethodHandle compile;
    private static MethodHandle split;
    private static MethodHandle replace;
    private static MethodHandle matches;
    private static MethodHandle staticSplit;

    private static final String[] PATTERNS = {
        ",", "\\s+", "\\s*,\\s*", " +", "\\|", "[,;]", "[^a-z]+", "\\d", "\\d+", "\\W+", "\\.", "x*", "",
        "a{2}", "[0-9]{1,3}", "\\t", "ab?c", ".", "[\\s,]+", "[a-cx-z]", "\\$", "[-+]", "=", "\\w+",
    };
    private static final String[] INPUTS = {
        "", "a,b,,c,,", ",a,b", " a  b   c ", "a|b||c", "x;y,z", "key = value", "1a22b333c", "abc",
        "a.b.c.", "aaaa aab ac abc", "tab\there", "foo$bar", "-1+2", "  ", "a, b ,c", "😀,x",
    };

    @BeforeAll
    static void load() throws Exception {
        Class<?> c = CorelibClasses.load("exo.rt.SimpleRegex");
        MethodHandles.Lookup l = MethodHandles.publicLookup();
        compile = l.findStatic(c, "compile", MethodType.methodType(c, String.class));
        split = l.findVirtual(c, "split", MethodType.methodType(String[].class, String.class, int.class));
        replace = l.findVirtual(c, "replace", MethodType.methodType(String.class, String.class, String.class, boolean.class));
        matches = l.findVirtual(c, "matches", MethodType.methodType(boolean.class, CharSequence.class));
        staticSplit = l.findStatic(c, "split", MethodType.methodType(String[].class, String.class, String.class, int.class));
    }

    @Test
    void splitFastPathBehavesLikeTheJdk() throws Throwable {
        for (String p : new String[] {",", " ", "\\.", "\\|", ";", "a", "\\$", "\\d"}) {
            for (String s : INPUTS) {
                for (int limit : new int[] {0, -1, 1, 2, 3}) {
                    assertArrayEquals(s.split(p, limit), (String[]) staticSplit.invoke(s, p, limit),
                            "split \"" + s + "\" on \"" + p + "\" limit " + limit);
                }
            }
        }
    }

    @Test
    void behavesLikeJavaUtilRegex() throws Throwable {
        for (String p : PATTERNS) {
            Object re = compile.invoke(p);
            for (String s : INPUTS) {
                String where = "pattern \"" + p + "\" on \"" + s + "\"";
                for (int limit : new int[] {0, -1, 1, 2, 3}) {
                    assertArrayEquals(s.split(p, limit), (String[]) split.invoke(re, s, limit), where + " limit " + limit);
                }
                assertEquals(s.replaceAll(p, "<$0>"), (String) replace.invoke(re, s, "<$0>", true), where);
                assertEquals(s.replaceFirst(p, "_\\$"), (String) replace.invoke(re, s, "_\\$", false), where);
                assertEquals(s.matches(p), (boolean) matches.invoke(re, s), where);
            }
        }
    }

    @Test
    void refusesWhatItCannotDo() {
        for (String p : new String[] {"(a)", "a|b", "^a", "a$", "a*?", "a++", "\\bx", "\\p{L}", "[[a]]", "\\1"}) {
            assertThrows(UnsupportedOperationException.class, () -> compile.invoke(p), p);
        }
    }
}
