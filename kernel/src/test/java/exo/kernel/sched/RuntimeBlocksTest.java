/*
 * RuntimeBlocks: each thread-table slot's block holds a whole struct exo_thread (checked
 * against exoc's exo.h, read from the source tree), and a fresh block is zeroed (an empty
 * allocation buffer) with its self field set, even when the slot's previous thread left
 * its buffer behind.
 */
package exo.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.Memory;
import exo.hw.Sim;
import exo.kernel.mm.FrameAllocator;
import exo.kernel.mm.MemoryMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RuntimeBlocksTest {
    @Test
    void aBlockHoldsTheWholeStructExoThread() throws Exception {
        String h = Files.readString(Path.of("..", "exoc", "src", "main", "resources", "exo", "runtime", "exo.h"));
        String struct = h.substring(h.indexOf("typedef struct exo_thread {"), h.indexOf("} exo_thread;"));
        Matcher m = Pattern.compile("/\\*\\s*(\\d+):").matcher(struct);
        int last = -1;
        while (m.find()) {
            last = Math.max(last, Integer.parseInt(m.group(1)));
        }
        assertTrue(last >= 144, "offsets found in struct exo_thread: last " + last);
        assertTrue(last + 8 <= RuntimeBlocks.BLOCK_BYTES, "struct exo_thread ends at " + (last + 8));
    }

    @Test
    void aFreshBlockIsEmptyAndNamesItself() {
        Sim.reset();
        RuntimeBlocks.reset();
        MemoryMap map = new MemoryMap();
        map.add(0x100000, 0x200000, MemoryMap.AVAILABLE);
        FrameAllocator frames = new FrameAllocator(map);
        long a = RuntimeBlocks.fresh(3, frames);
        long b = RuntimeBlocks.fresh(4, frames);
        assertNotEquals(0, a);
        assertEquals(RuntimeBlocks.BLOCK_BYTES, b - a, "neighbouring slots share a frame");
        Memory.write64(a + 16, 0x1234);   // a thread's cursor, left behind when it exits
        long again = RuntimeBlocks.fresh(3, frames);
        assertEquals(a, again);
        assertEquals(a, Memory.read64(a));
        for (int off = 8; off < RuntimeBlocks.BLOCK_BYTES; off += 8) {
            assertEquals(0, Memory.read64(a + off));
        }
        long far = RuntimeBlocks.fresh(RuntimeBlocks.PER_FRAME, frames);
        assertTrue(far < a || far >= a + 4096 - 3 * RuntimeBlocks.BLOCK_BYTES, "the next frame's first slot");
    }
}
