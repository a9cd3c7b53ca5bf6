/*
 * The per-CPU area's slot for the running thread's runtime block is read by exoc's compiled
 * code (EXO_PERCPU_RUNTIME_BLOCK in exoc's exo.h) and written by the kernel's switch
 * (PerCpuArea.RUNTIME_BLOCK): the two must agree. Checked against the header's text (the
 * kernel module does not depend on exoc, so the header is read from the source tree;
 * sched.RuntimeBlocksTest checks the struct's size the same way).
 */
package exo.kernel.arch.x86_64.trap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PerCpuAreaTest {
    private static String exoH() throws Exception {
        return Files.readString(Path.of("..", "exoc", "src", "main", "resources", "exo", "runtime", "exo.h"));
    }

    @Test
    void theRuntimeBlockSlotIsWhereCompiledCodeLooks() throws Exception {
        Matcher m = Pattern.compile("#define EXO_PERCPU_RUNTIME_BLOCK (\\d+)").matcher(exoH());
        assertTrue(m.find(), "exo.h defines EXO_PERCPU_RUNTIME_BLOCK");
        assertEquals(PerCpuArea.RUNTIME_BLOCK, Integer.parseInt(m.group(1)));
        assertTrue(PerCpuArea.RUNTIME_BLOCK + 8 <= PerCpuArea.SIZE);
    }
}
