/*
 * KernelHeap bookkeeping from the runtime's linker symbols, and the backing of a heap window
 * page by page on kernel page faults.
 */
package exo.kernel.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.Memory;
import exo.hw.Sim;
import exo.kernel.arch.x86_64.mm.BootMaps;
import exo.kernel.arch.x86_64.mm.PageEntry;
import org.junit.jupiter.api.Test;

class KernelHeapTest {
    @Test
    void regionFromLinkerSymbols() {
        Sim.reset();
        KernelHeap.reset();
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
        assertFalse(heap.backedOnDemand());
        assertEquals("[0xffffffff80400000-0xffffffff80c00000) 8 MiB in .bss", heap.describe());
    }

    private static final long BASE = BootMaps.HEAP_WINDOW_BASE;
    private static final int ERR_WRITE = 2;
    private static final int ERR_PRESENT = 1;

    private static FrameAllocator frames(long bytes) {
        MemoryMap m = new MemoryMap();
        m.add(0x100000, bytes, MemoryMap.AVAILABLE);
        return new FrameAllocator(m);
    }

    @Test
    void aWindowIsBackedPageByPageOnFirstTouch() {
        Sim.reset();
        KernelHeap.reset();
        FrameAllocator frames = frames(0x100000);
        PageTable space = PageTable.create(frames);
        KernelHeap heap = new KernelHeap(BASE, BASE + (64L << 20));
        assertTrue(heap.backedOnDemand());
        assertEquals(KernelHeap.NOT_HEAP, KernelHeap.backFault(BASE, ERR_WRITE), "not served before backWith");
        heap.backWith(frames, space, PageEntry.WRITABLE | PageEntry.NX);
        long free = frames.freeFrames();
        assertEquals(KernelHeap.BACKED, KernelHeap.backFault(BASE + 0x5123, ERR_WRITE));
        assertEquals(free - 4, frames.freeFrames(), "the page and three new tables (PDPT, PD, PT)");
        long entry = space.leafEntry(VirtAddr.of(BASE + 0x5000));
        assertEquals(PageEntry.PRESENT | PageEntry.WRITABLE | PageEntry.NX, PageEntry.flags(entry));
        assertEquals(0, Memory.read64(PhysAddr.toVirt(PageEntry.address(entry)) + 0x120), "backed with zeroes");
        assertEquals(KernelHeap.BACKED, KernelHeap.backFault(BASE + 0x6000, 0));
        assertEquals(free - 5, frames.freeFrames(), "a neighbour needs no new table");
        assertEquals(KernelHeap.NOT_HEAP, KernelHeap.backFault(BASE + 0x5000, ERR_PRESENT | ERR_WRITE),
                "a protection fault on a backed page is a bug, not a hole");
        assertEquals(KernelHeap.NOT_HEAP, KernelHeap.backFault(BASE + (64L << 20), ERR_WRITE), "past the window");
        assertEquals(KernelHeap.NOT_HEAP, KernelHeap.backFault(0xFFFF800000001000L, ERR_WRITE), "the direct map");
    }

    @Test
    void runningOutOfFramesIsReportedNotMapped() {
        Sim.reset();
        KernelHeap.reset();
        FrameAllocator frames = frames(0x8000);   // 8 frames
        PageTable space = PageTable.create(frames);
        KernelHeap heap = new KernelHeap(BASE, BASE + (64L << 20));
        heap.backWith(frames, space, PageEntry.WRITABLE);
        int backed = 0;
        int r;
        while ((r = KernelHeap.backFault(BASE + backed * PhysAddr.PAGE_SIZE, ERR_WRITE)) == KernelHeap.BACKED) {
            backed++;
        }
        assertEquals(KernelHeap.NO_FRAME, r);
        assertEquals(4, backed, "8 frames: the root, three tables, four pages");
        assertEquals(0, frames.freeFrames());
        assertEquals(0, space.leafEntry(VirtAddr.of(BASE + backed * PhysAddr.PAGE_SIZE)));
    }

    @Test
    void theLimitStaysInsideTheWindowAndTheEarlyPoolIsCounted() {
        Sim.reset();
        KernelHeap.reset();
        KernelHeap heap = new KernelHeap(BASE, BASE + (64L << 20));
        heap.setLimit(1L << 30);
        assertEquals(64L << 20, heap.limitBytes());
        heap.setLimit(16L << 20);
        assertEquals(16L << 20, heap.limitBytes());
        long pool = 0xFFFFFFFF80800000L;
        long next = 0xFFFFFFFF80400000L;
        Sim.defineSymbol("early_heap_pool", pool);
        Sim.defineSymbol("early_pool_next", next);
        Memory.write64(next, pool + 3 * PhysAddr.PAGE_SIZE);
        assertEquals(3 * PhysAddr.PAGE_SIZE, heap.backedBytes());
        assertEquals("[0xffffffffc0000000-0xffffffffc4000000) grows to 16 MiB, 12 KiB backed", heap.describe());
    }
}
