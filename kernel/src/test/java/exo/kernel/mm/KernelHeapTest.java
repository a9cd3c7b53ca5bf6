/*
 * KernelHeap bookkeeping from the runtime's linker symbols.
 */
package exo.kernel.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.Sim;
import org.junit.jupiter.api.Test;

class KernelHeapTest {
    @Test
    void regionFromLinkerSymbols() {
        Sim.reset();
        Sim.defineSymbol("exo_heap_start", 0xFFFFFFFF80400000L);
        Sim.defineSymbol("exo_heap_end", 0xFFFFFFFF80C00000L);
        KernelHeap heap = KernelHeap.fromLinker();
        assertEquals(8L << 20, heap.sizeBytes());
        assertEquals(0x400000, heap.physStart());
        assertEquals(0xC00000, heap.physEnd());
        assertTrue(heap.contains(0xFFFFFFFF80400000L));
        assertFalse(heap.contains(0xFFFFFFFF80C00000L));
        assertFalse(heap.isOutside(0x100000, 0xC00000));
        assertTrue(heap.isOutside(0x100000, 0xBFF000));
        assertEquals("[0xffffffff80400000-0xffffffff80c00000) 8 MiB", heap.describe());
    }
}
