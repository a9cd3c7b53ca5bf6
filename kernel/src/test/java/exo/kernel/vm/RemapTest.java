/*
 * mremap on an address space over simulated memory: shrink, grow in place, move with the pages'
 * frames carried over (no copy, no frame lost or leaked), MREMAP_FIXED over an existing mapping,
 * MREMAP_DONTUNMAP, the duplicate of a shared region, and Linux's errors.
 */
package exo.kernel.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import exo.hw.Memory;
import exo.hw.Sim;
import exo.kernel.arch.x86_64.mm.PageEntry;
import exo.kernel.mm.FrameAllocator;
import exo.kernel.mm.FrameRefs;
import exo.kernel.mm.MemoryMap;
import exo.kernel.mm.PageTable;
import exo.kernel.mm.PhysAddr;
import exo.kernel.mm.VirtAddr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RemapTest {
    static final long PAGE = PhysAddr.PAGE_SIZE;
    static final int RW = Vma.PROT_READ | Vma.PROT_WRITE;
    static final Remap.Budget ANY = extra -> true;

    static final long KERNEL_PAGE = 0xFFFF800000200000L;

    FrameAllocator frames;
    PageTable kernel;
    AddressSpace as;

    @BeforeEach
    void setUp() {
        Sim.reset();
        MemoryMap m = new MemoryMap();
        m.add(0x100000, 0x800000, MemoryMap.AVAILABLE);
        frames = new FrameAllocator(m);
        kernel = PageTable.create(frames);
        kernel.map(VirtAddr.of(KERNEL_PAGE), PhysAddr.of(0x500000), PageEntry.WRITABLE);
        as = AddressSpace.create(kernel, FrameRefs.create(frames));
    }

    /** Writes value into the first byte of each page of [addr, addr + pages), faulting them in. */
    void fill(long addr, int pages, int value) {
        for (int i = 0; i < pages; i++) {
            long phys = as.userPageLocked(addr + i * PAGE, true);
            Memory.write8(PhysAddr.toVirt(phys), (byte) (value + i));
        }
    }

    int byteAt(long addr) {
        return Memory.read8(PhysAddr.toVirt(as.userPageLocked(addr, false))) & 0xFF;
    }

    /** The physical address addr maps to, or -1. */
    long translate(long addr) {
        return as.pageTable().translate(VirtAddr.of(addr)).value();
    }

    long remap(long addr, long oldLen, long newLen, int flags, long newAddr) {
        return Remap.remapLocked(as, addr, oldLen, newLen, flags, newAddr, ANY);
    }

    @Test
    void growsInPlaceWhenTheRangeAfterIsFree() {
        as.mapFixedLocked(0x100000, 2 * PAGE, RW, false, null, 0, null);
        fill(0x100000, 2, 10);
        assertEquals(0x100000, remap(0x100000, 2 * PAGE, 8 * PAGE, 0, 0));
        assertEquals(0x100000 + 8 * PAGE, as.findLocked(0x100000).end());
        assertEquals(11, byteAt(0x100000 + PAGE));
        assertEquals(0, byteAt(0x100000 + 7 * PAGE));
    }

    @Test
    void movesWithMayMoveWhenBlockedCarryingTheFrames() {
        as.mapFixedLocked(0x100000, 3 * PAGE, RW, false, null, 0, null);
        as.mapFixedLocked(0x100000 + 3 * PAGE, PAGE, Vma.PROT_READ, false, null, 0, null);
        fill(0x100000, 3, 20);
        long frame = translate(0x100000 + 2 * PAGE);
        long free = frames.freeFrames();
        assertEquals(-12, remap(0x100000, 3 * PAGE, 6 * PAGE, 0, 0));
        long to = remap(0x100000, 3 * PAGE, 6 * PAGE, Remap.MREMAP_MAYMOVE, 0);
        assertNotEquals(0x100000, to);
        assertNull(as.findLocked(0x100000));
        assertEquals(-1, translate(0x100000));
        assertEquals(frame, translate(to + 2 * PAGE));
        assertEquals(22, byteAt(to + 2 * PAGE));
        assertEquals(0, byteAt(to + 5 * PAGE));
        // Only page tables for the new place and the one new zero page were allocated.
        assertEquals(true, free - frames.freeFrames() <= 4);
    }

    @Test
    void compatibleNeighboursCountAsOneRegion() {
        as.mapFixedLocked(0x100000, 4 * PAGE, RW, false, null, 0, null);
        as.mapFixedLocked(0x100000 + PAGE, PAGE, RW, false, null, 0, null);   // cuts it in three
        as.mapFixedLocked(0x100000 + 4 * PAGE, PAGE, Vma.PROT_READ, false, null, 0, null);
        fill(0x100000, 4, 50);
        long to = remap(0x100000, 4 * PAGE, 16 * PAGE, Remap.MREMAP_MAYMOVE, 0);
        assertNotEquals(-14, to);
        assertEquals(53, byteAt(to + 3 * PAGE));
        assertEquals(to + 16 * PAGE, as.findLocked(to).end());
        assertEquals(0x100000 + 4 * PAGE, as.findLocked(0x100000 + 4 * PAGE).start());   // not joined: other protection
    }

    @Test
    void shrinkUnmapsTheTailAndReleasesItsFrames() {
        as.mapFixedLocked(0x100000, 4 * PAGE, RW, false, null, 0, null);
        fill(0x100000, 4, 0);
        long free = frames.freeFrames();
        assertEquals(0x100000, remap(0x100000, 4 * PAGE, PAGE, 0, 0));
        assertEquals(free + 3, frames.freeFrames());
        assertNull(as.findLocked(0x100000 + PAGE));
    }

    @Test
    void fixedReplacesTheTargetAndRejectsOverlap() {
        as.mapFixedLocked(0x100000, 2 * PAGE, RW, false, null, 0, null);
        as.mapFixedLocked(0x200000, 4 * PAGE, RW, false, null, 0, null);
        fill(0x100000, 2, 30);
        fill(0x200000, 4, 90);
        int both = Remap.MREMAP_MAYMOVE | Remap.MREMAP_FIXED;
        assertEquals(-22, remap(0x100000, 2 * PAGE, 2 * PAGE, both, 0x100000 + PAGE));
        assertEquals(-22, remap(0x100000, 2 * PAGE, 2 * PAGE, both, 0x200001));
        long free = frames.freeFrames();
        assertEquals(0x200000, remap(0x100000, 2 * PAGE, 2 * PAGE, both, 0x200000));
        assertEquals(free + 2, frames.freeFrames());   // the two replaced pages of the target
        assertEquals(31, byteAt(0x200000 + PAGE));
        assertEquals(0x200000 + 2 * PAGE, as.findLocked(0x200000).end());
        assertEquals(92, byteAt(0x200000 + 2 * PAGE));   // the rest of the old target stays
        assertNull(as.findLocked(0x100000));
    }

    @Test
    void dontUnmapLeavesTheOldRangeMappedAndEmpty() {
        as.mapFixedLocked(0x100000, 2 * PAGE, RW, false, null, 0, null);
        fill(0x100000, 2, 40);
        long to = remap(0x100000, 2 * PAGE, 2 * PAGE, Remap.MREMAP_MAYMOVE | Remap.MREMAP_DONTUNMAP, 0);
        assertEquals(41, byteAt(to + PAGE));
        assertEquals(0x100000, as.findLocked(0x100000).start());
        assertEquals(-1, translate(0x100000));
        assertEquals(0, byteAt(0x100000));
    }

    /** Found by tests/run/fuzz.c: a shrink's tail in the kernel half unmapped kernel pages. */
    @Test
    void aShrinkNeverReachesTheKernelHalf() {
        assertEquals(-22, remap(KERNEL_PAGE - PAGE, 0x400000, PAGE, 0, 0));
        assertEquals(-22, remap(0x100000, 0x7FFFFFFFFFFFF000L, PAGE, 0, 0));
        as.mapFixedLocked(0x100000, 2 * PAGE, RW, false, null, 0, null);
        assertEquals(-22, remap(0x100000, 0x7FFFFFFFFFFFF000L, PAGE,
                Remap.MREMAP_MAYMOVE | Remap.MREMAP_FIXED, 0x200000));
        assertEquals(0x500000, as.pageTable().translate(VirtAddr.of(KERNEL_PAGE)).value());
    }

    @Test
    void errorsAreLinuxs() {
        as.mapFixedLocked(0x100000, 2 * PAGE, RW, false, null, 0, null);
        assertEquals(-14, remap(0x300000, PAGE, 2 * PAGE, Remap.MREMAP_MAYMOVE, 0));   // unmapped
        assertEquals(-14, remap(0x100000, 3 * PAGE, 4 * PAGE, Remap.MREMAP_MAYMOVE, 0));   // past the region
        assertEquals(-22, remap(0x100000, 0, PAGE, Remap.MREMAP_MAYMOVE, 0));   // private duplicate
        assertEquals(0x300000, remap(0x300000, 2 * PAGE, PAGE, 0, 0));   // shrinking looks at nothing
        long top = AddressSpace.USER_TOP - PAGE;
        as.mapFixedLocked(top, PAGE, RW, false, null, 0, null);
        assertEquals(-12, remap(top, PAGE, 2 * PAGE, 0, 0));   // would pass the top of user space
    }
}
