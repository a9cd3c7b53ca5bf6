/*
 * exo.sys on the Linux host: userland/src/test/programs/syscheck (files, pipes, fork/execve/
 * wait4, kill, Java signal handlers run at a poll, termios on a pseudo-terminal, the error
 * cases) compiled by exoc; its output must equal expected.out.
 */
package exo.userland;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SysBindingTest {
    @Test
    void syscheckMatchesExpectedOutput(@TempDir Path work) throws Exception {
        Path exe = Programs.testProgram("syscheck", "SysCheck");
        Programs.Run r = Programs.run(List.of(exe.toString(), work.toString()), work, null, null, 60);
        String expected = Files.readString(Programs.root().resolve("userland/src/test/programs/syscheck/expected.out"));
        assertEquals("", r.stderr());
        assertEquals(expected, r.stdout());
        assertEquals(0, r.exit());
    }
}
