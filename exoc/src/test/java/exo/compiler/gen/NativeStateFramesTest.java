/*
 * The threads runtime (linux_threads.c) as gcc compiles it: a function that spills the
 * callee-saved registers for the collector (ENTER_NATIVE) must still be on the stack while
 * leave_native waits out a collection, so leave_native may never be reached by a tail jump
 * (the jump pops the spilled registers first, and leave_native's frame overwrites them: a
 * reference held only in a register of a stopped thread was missed, see LEAVE_NATIVE).
 * The differential program threads_safepoint_registers shows the effect; this test checks
 * the cause on every build, whatever the timing. Needs gcc, like the differential test.
 */
package exo.compiler.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeStateFramesTest {
    @Test
    void leaveNativeIsNeverATailJump(@TempDir Path dir) throws Exception {
        Gcc.writeRuntime(dir);
        List<String> cmd = new ArrayList<>(List.of("gcc"));
        cmd.addAll(Gcc.JAVA_SEMANTICS);
        cmd.addAll(List.of("-DEXO_LINUX", "-fno-pic", "-ffunction-sections", "-fdata-sections", "-S", "-o", "threads.s",
                "linux_threads.c"));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "gcc did not finish");
        assertEquals(0, p.exitValue(), "gcc failed:\n" + messages);

        String asm = Files.readString(dir.resolve("threads.s"));
        List<String> tailJumps = new ArrayList<>();
        String function = "?";
        for (String line : asm.split("\n")) {
            Matcher label = Pattern.compile("^([A-Za-z_][A-Za-z0-9_.]*):").matcher(line);
            if (label.find() && !label.group(1).startsWith(".")) {
                function = label.group(1);
            }
            if (line.matches("\\s*jmp\\s+leave_native\\b.*")) {
                tailJumps.add(function);
            }
        }
        assertEquals(List.of(), tailJumps, "functions that jump to leave_native instead of calling it");
        // The check means something only while leave_native is a function of its own.
        assertTrue(asm.matches("(?s).*\\bcall\\s+leave_native\\b.*"), "no call of leave_native left to check");
    }
}
