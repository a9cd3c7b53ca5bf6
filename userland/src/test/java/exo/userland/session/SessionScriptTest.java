/*
 * SessionScript: the step syntax, the marks, the key escapes, and clear errors for bad lines.
 */
package exo.userland.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SessionScriptTest {
    @Test
    void stepsAndMarks() {
        SessionScript s = SessionScript.parse("# comment\n\nrun echo hi\n@exo @vary prompt\n  mask |a|b|\nexit 0\n");
        assertEquals(4, s.steps.size());
        assertEquals(new SessionScript.Step(3, "run", "echo hi", null, false), s.steps.get(0));
        assertEquals(new SessionScript.Step(4, "prompt", "", "exo", true), s.steps.get(1));
        assertArrayEquals(new String[] {"a", "b"}, SessionScript.maskParts(s.steps.get(2).arg()));
    }

    @Test
    void keyEscapes() {
        assertArrayEquals(new byte[] {'a', '\r', '\t', 0x1B, '[', 'A', '\\', 3, 26, (byte) 0xFF},
                SessionScript.keys("a\\r\\t\\e[A\\\\\\cC\\cz\\xff"));
    }

    @Test
    void badLinesAreNamed() {
        String m = assertThrows(IllegalArgumentException.class, () -> SessionScript.parse("run x\nfrobnicate y\n")).getMessage();
        assertTrue(m.contains("line 2") && m.contains("frobnicate"), m);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SessionScript.parse("pause soon")).getMessage()
                .contains("needs a number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SessionScript.parse("@vm run x")).getMessage()
                .contains("unknown mark"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SessionScript.parse("repeat x y")).getMessage()
                .contains("repeat needs"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SessionScript.parse("mask /x/")).getMessage()
                .contains("mask needs"));
        assertThrows(IllegalArgumentException.class, () -> SessionScript.keys("\\x4"));
        assertThrows(IllegalArgumentException.class, () -> SessionScript.keys("\\q"));
        assertThrows(IllegalArgumentException.class, () -> SessionScript.keys("end\\"));
    }

    @Test
    void theSystemSessionParses() throws Exception {
        Path p = Path.of(System.getProperty("exo.root", "..")).resolve("userland/src/test/terminal/system.session");
        SessionScript s = SessionScript.parse(Files.readString(p));
        assertTrue(s.steps.stream().anyMatch(st -> st.verb().equals("exit")));
    }
}
