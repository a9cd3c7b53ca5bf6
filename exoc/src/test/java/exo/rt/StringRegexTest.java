/*
 * String.split's fast path for a single literal char (exo.rt.StringRegex) against the JDK.
 */
package exo.rt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.lang.invoke.MethodHandle;
import org.junit.jupiter.api.Test;

class StringRegexTest {
    @Test
    void splitFastPathBehavesLikeTheJdk() throws Throwable {
        MethodHandle split = CorelibClasses.staticMethod("exo.rt.StringRegex", "split", String[].class,
                String.class, String.class, int.class);
        String[] inputs = {"", "a,b,,c,,", ",a,b", " a  b   c ", "a|b||c", "x;y,z", "a.b.c.", "foo$bar", "  ", "😀,x", ",,,"};
        for (String p : new String[] {",", " ", "\\.", "\\|", ";", "a", "\\$", "\\d", "\\s+", "[,;]", "(,)", ""}) {
            for (String s : inputs) {
                for (int limit : new int[] {0, -1, 1, 2, 3}) {
                    assertArrayEquals(s.split(p, limit), (String[]) split.invoke(s, p, limit),
                            "split \"" + s + "\" on \"" + p + "\" limit " + limit);
                }
            }
        }
    }
}
