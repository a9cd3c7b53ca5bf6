/*
 * KernelHeap bookkeeping from the runtime's linker symbols, and the backing of a heap window
 * as the runtime asks for it (back, unback): frames mapped and freed, tables counted, a
 * range outside the window refused, running out of frames reported.
 */
package exo.kernel.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
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

    private static FrameAllocator frames(long bytes) {
        MemoryMap m = new MemoryMap();
        m.add(0x100000, bytes, MemoryMap.AVAILABLE);
        return new FrameAllocator(m);
    }

    private static long entryAt(PageTable space, long virt) {
        return space.leafEntry(VirtAddr.of(virt));
    }

    @Test
    void backMapsZeroedFramesForTheRangeAndKeepsWhatIsThere() {
        Sim.reset();
        KernelHeap.reset();
        FrameAllocator frames = frames(0x100000);
        PageTable space = PageTable.create(frames);
        KernelHeap heap = new KernelHeap(BASE, BASE + (64L << 20));
        assertTrue(heap.backedOnDemand());
        assertNull(KernelHeap.serving(), "not served before backWith");
        heap.backWith(frames, space, PageEntry.WRITABLE | PageEntry.NX);
        assertSame(heap, KernelHeap.serving());
        long free = frames.freeFrames();
        assertTrue(heap.back(BASE + 0x5123, BASE + 0x6001), "two pages, rounded out");
        assertEquals(free - 5, frames.freeFrames(), "two pages and three new tables (PDPT, PD, PT)");
        assertEquals(5, heap.framesTaken());
        assertEquals(3 * PhysAddr.PAGE_SIZE, heap.tableBytes());
        long entry = entryAt(space, BASE + 0x5000);
        assertEquals(PageEntry.PRESENT | PageEntry.WRITABLE | PageEntry.NX, PageEntry.flags(entry));
        assertEquals(0, Memory.read64(PhysAddr.toVirt(PageEntry.address(entry)) + 0x120), "backed with zeroes");
        assertEquals(0, entryAt(space, BASE + 0x4000), "below the range");
        assertEquals(0, entryAt(space, BASE + 0x7000), "above the range");
        Memory.write64(PhysAddr.toVirt(PageEntry.address(entry)) + 8, 42);
        assertTrue(heap.back(BASE + 0x5000, BASE + 0x8000));
        assertEquals(free - 6, frames.freeFrames(), "only the new page; no new table");
        assertEquals(entry, entryAt(space, BASE + 0x5000), "a backed page keeps its frame");
        assertEquals(42, Memory.read64(PhysAddr.toVirt(PageEntry.address(entry)) + 8), "and its contents");
        assertFalse(heap.back(BASE - 0x1000, BASE + 0x1000), "starts below the window");
        assertFalse(heap.back(BASE + (64L << 20) - 0x1000, BASE + (64L << 20) + 0x1000), "ends past it");
        assertEquals(free - 6, frames.freeFrames(), "a refused range maps nothing");
    }

    @Test
    void unbackFreesTheFramesOfWholePagesOnly() {
        Sim.reset();
        KernelHeap.reset();
        FrameAllocator frames = frames(0x100000);
        PageTable space = PageTable.create(frames);
        KernelHeap heap = new KernelHeap(BASE, BASE + (64L << 20));
        heap.backWith(frames, space, PageEntry.WRITABLE);
        long free = frames.freeFrames();
        assertTrue(heap.back(BASE, BASE + 0x10000));
        assertEquals(free - 16 - 3, frames.freeFrames());
        heap.unback(BASE + 0x1800, BASE + 0x5800);   // wholly inside: pages 2, 3 and 4
        assertEquals(free - 13 - 3, frames.freeFrames());
        assertEquals(13 + 3, heap.framesTaken());
        assertNotEquals(0, entryAt(space, BASE + 0x1000), "partly outside: kept");
        assertEquals(0, entryAt(space, BASE + 0x2000));
        assertEquals(0, entryAt(space, BASE + 0x4000));
        assertNotEquals(0, entryAt(space, BASE + 0x5000), "partly outside: kept");
        assertTrue(heap.back(BASE + 0x3000, BASE + 0x3008), "backed again");
        long entry = entryAt(space, BASE + 0x3000);
        assertEquals(0, Memory.read64(PhysAddr.toVirt(PageEntry.address(entry))), "as a new page");
        heap.unback(BASE, BASE + (64L << 20));
        assertEquals(free - 3, frames.freeFrames(), "all pages back; the tables stay");
        assertEquals(3, heap.framesTaken());
        assertEquals(16 * PhysAddr.PAGE_SIZE, heap.peakFrameBytes(), "the most it held");
    }

    @Test
    void runningOutOfFramesIsReportedNotMapped() {
        Sim.reset();
        KernelHeap.reset();
        FrameAllocator frames = frames(0x8000);   // 8 frames
        PageTable space = PageTable.create(frames);
        KernelHeap heap = new KernelHeap(BASE, BASE + (64L << 20));
        heap.backWith(frames, space, PageEntry.WRITABLE);
        assertFalse(heap.back(BASE, BASE + 5 * PhysAddr.PAGE_SIZE));
        assertEquals(0, frames.freeFrames(), "8 frames: the root, three tables, four pages");
        assertNotEquals(0, entryAt(space, BASE + 3 * PhysAddr.PAGE_SIZE), "what fitted stays mapped");
        assertEquals(0, entryAt(space, BASE + 4 * PhysAddr.PAGE_SIZE));
        heap.unback(BASE + 3 * PhysAddr.PAGE_SIZE, BASE + 4 * PhysAddr.PAGE_SIZE);
        assertTrue(heap.back(BASE + 4 * PhysAddr.PAGE_SIZE, BASE + 5 * PhysAddr.PAGE_SIZE), "a freed frame serves again");
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
