/*
 * 4-level page tables over simulated physical memory: map, translate, unmap, protect, huge
 * pages, the entries' exact bits, and invlpg on the live address space.
 */
package exo.kernel.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.Memory;
import exo.hw.Sim;
import exo.kernel.arch.x86_64.mm.PageEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Page tables over simulated physical memory: the walks read and write real entry words. */
class PageTableTest {
    FrameAllocator frames;
    PageTable pt;

    @BeforeEach
    void setUp() {
        Sim.reset();
        MemoryMap m = new MemoryMap();
        m.add(0x100000, 0x400000, MemoryMap.AVAILABLE);
        frames = new FrameAllocator(m);
        pt = PageTable.create(frames);
    }

    static long entryAt(long tablePhys, int index) {
        return Memory.read64(PhysAddr.toVirt(tablePhys) + 8L * index);
    }

    @Test
    void mapBuildsFourLevelsWithBitExactEntries() {
        long virt = 0x0000400000201000L;
        pt.map(VirtAddr.of(virt), PhysAddr.of(0x345000), PageEntry.WRITABLE | PageEntry.USER | PageEntry.NX);
        long pml4e = entryAt(pt.root().value(), VirtAddr.index(virt, 4));
        assertEquals(PageEntry.PRESENT | PageEntry.WRITABLE | PageEntry.USER, PageEntry.flags(pml4e));
        long pdpte = entryAt(PageEntry.address(pml4e), VirtAddr.index(virt, 3));
        long pde = entryAt(PageEntry.address(pdpte), VirtAddr.index(virt, 2));
        long pte = entryAt(PageEntry.address(pde), VirtAddr.index(virt, 1));
        assertEquals(0x8000000000345007L, pte);
        assertEquals(pte, pt.leafEntry(VirtAddr.of(virt)));
        assertEquals(0x400 - 4, frames.freeFrames()); // root + PDPT + PD + PT
    }

    @Test
    void translateAddsTheOffsetAndFailsWhenUnmapped() {
        pt.map(VirtAddr.of(0xFFFF900000000000L), PhysAddr.of(0x200000), PageEntry.WRITABLE);
        assertEquals(0x200abcL, pt.translate(VirtAddr.of(0xFFFF900000000abcL)).value());
        assertEquals(-1, pt.translate(VirtAddr.of(0xFFFF900000001000L)).value());
        assertEquals(-1, pt.translate(VirtAddr.of(0x0000800000000000L)).value()); // non-canonical
    }

    @Test
    void unmapReturnsTheFrameAndTranslateThenFails() {
        long v = 0x7000;
        pt.map(VirtAddr.of(v), PhysAddr.of(0x300000), PageEntry.WRITABLE);
        pt.map(VirtAddr.of(v + 0x1000), PhysAddr.of(0x300000), 0);
        assertEquals(0x300000, pt.unmap(VirtAddr.of(v)).value());
        assertEquals(-1, pt.translate(VirtAddr.of(v)).value());
        assertEquals(0x300000, pt.translate(VirtAddr.of(v + 0x1000)).value());
        assertEquals(-1, pt.unmap(VirtAddr.of(v)).value());
    }

    @Test
    void protectChangesFlagsOnly() {
        long v = 0x0000000012345000L;
        pt.map(VirtAddr.of(v), PhysAddr.of(0x333000), PageEntry.WRITABLE | PageEntry.GLOBAL);
        pt.protect(VirtAddr.of(v), PageEntry.USER | PageEntry.NX);
        assertEquals(0x8000000000333005L, pt.leafEntry(VirtAddr.of(v)));
        long pml4e = entryAt(pt.root().value(), VirtAddr.index(v, 4));
        assertTrue((pml4e & PageEntry.USER) != 0, "user access needs USER on every level");
        assertThrows(IllegalStateException.class, () -> pt.protect(VirtAddr.of(0x999000), 0));
    }

    @Test
    void hugePagesMapTwoMegabytes() {
        long v = 0xFFFFC00000200000L;
        pt.map(VirtAddr.of(v), PhysAddr.of(0x400000), PageEntry.WRITABLE | PageEntry.HUGE);
        assertEquals(0x4FF123L, pt.translate(VirtAddr.of(v + 0xFF123)).value());
        assertEquals(0x400083L, pt.leafEntry(VirtAddr.of(v + 0x1000)));
        pt.protect(VirtAddr.of(v + 5), 0);
        assertEquals(0x400081L, pt.leafEntry(VirtAddr.of(v))); // HUGE kept, WRITABLE gone
        assertThrows(IllegalStateException.class, () -> pt.map(VirtAddr.of(v + 0x1000), PhysAddr.of(0x1000), 0));
        assertEquals(0x400000, pt.unmap(VirtAddr.of(v + 0x12345)).value());
        assertEquals(-1, pt.translate(VirtAddr.of(v)).value());
        assertThrows(IllegalArgumentException.class, () -> pt.map(VirtAddr.of(v + 0x1000), PhysAddr.of(0x400000), PageEntry.HUGE));
    }

    @Test
    void oneGigabyteLeavesFromTheBootTablesTranslate() {
        long v = 0xFFFF800000000000L;
        pt.map(VirtAddr.of(v + 0x200000), PhysAddr.of(0x200000), PageEntry.HUGE); // creates the PDPT
        long pml4e = entryAt(pt.root().value(), VirtAddr.index(v, 4));
        long pdpt = PageEntry.address(pml4e);
        Memory.write64(PhysAddr.toVirt(pdpt) + 8, 0x40000000L | PageEntry.PRESENT | PageEntry.HUGE);
        assertEquals(0x40000000L + 0x1234567L, pt.translate(VirtAddr.of(v + 0x40000000L + 0x1234567L)).value());
    }

    @Test
    void doubleMappingAndBadArgumentsAreRefused() {
        pt.map(VirtAddr.of(0x5000), PhysAddr.of(0x1000), 0);
        assertThrows(IllegalStateException.class, () -> pt.map(VirtAddr.of(0x5000), PhysAddr.of(0x2000), 0));
        assertThrows(IllegalArgumentException.class, () -> pt.map(VirtAddr.of(0x5001), PhysAddr.of(0x2000), 0));
        assertThrows(IllegalArgumentException.class, () -> pt.map(VirtAddr.of(0x6000), PhysAddr.of(0x2001), 0));
        assertThrows(IllegalArgumentException.class, () -> pt.map(VirtAddr.of(0x0000800000000000L), PhysAddr.of(0x2000), 0));
        assertThrows(IllegalArgumentException.class, () -> pt.map(VirtAddr.of(0x6000), PhysAddr.of(0x2000), 0x1000));
    }

    @Test
    void liveAddressSpaceChangesAreFlushedWithInvlpg() {
        pt.map(VirtAddr.of(0x5000), PhysAddr.of(0x1000), 0);
        assertTrue(Sim.calls("invlpg").isEmpty(), "not live: no invlpg");
        Sim.setCr(3, pt.root().value() | 0x18); // CR3 flag bits do not matter
        PageTable live = PageTable.current(frames);
        assertTrue(live.isLive());
        live.map(VirtAddr.of(0x6000), PhysAddr.of(0x2000), 0);
        live.protect(VirtAddr.of(0x6000), PageEntry.WRITABLE);
        live.unmap(VirtAddr.of(0x6000)).value();
        assertEquals(java.util.List.of(0x6000L, 0x6000L, 0x6000L), Sim.calls("invlpg"));
    }

    @Test
    void runningOutOfFramesForTablesIsAClearError() {
        MemoryMap m = new MemoryMap();
        m.add(0x100000, 0x2000, MemoryMap.AVAILABLE);
        FrameAllocator tiny = new FrameAllocator(m);
        PageTable small = PageTable.create(tiny);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> small.map(VirtAddr.of(0x1000), PhysAddr.of(0x1000), 0));
        assertTrue(e.getMessage().contains("out of physical memory"));
    }

    @Test
    void teardownSkipsAnEntryPointingOutsideRam() {
        long virt = 0x0000400000201000L;
        pt.map(VirtAddr.of(virt), PhysAddr.of(0x345000), PageEntry.WRITABLE | PageEntry.USER);
        long pml4e = entryAt(pt.root().value(), VirtAddr.index(virt, 4));
        long pdpt = PageEntry.address(pml4e);
        // the PDPT entry now points far outside RAM, as in the LTP panic's corrupted table
        Memory.write64(PhysAddr.toVirt(pdpt) + 8L * VirtAddr.index(virt, 3), 0xb800ebe02000L | PageEntry.PRESENT | PageEntry.WRITABLE);
        long free0 = frames.freeFrames();
        assertEquals(1, pt.freeLowerHalfTables());
        assertEquals(free0 + 1, frames.freeFrames(), "the PDPT itself went back; the unreachable PD and PT stay");
        assertEquals(0, entryAt(pt.root().value(), VirtAddr.index(virt, 4)));
    }

    @Test
    void teardownFreesEveryTableOfAHealthyTree() {
        pt.map(VirtAddr.of(0x7000), PhysAddr.of(0x300000), PageEntry.WRITABLE | PageEntry.USER);
        pt.map(VirtAddr.of(0x0000400000201000L), PhysAddr.of(0x345000), PageEntry.WRITABLE | PageEntry.USER);
        long free0 = frames.freeFrames();
        assertEquals(0, pt.freeLowerHalfTables());
        assertEquals(free0 + 6, frames.freeFrames(), "two PDPTs, two PDs, two PTs");
    }

    @Test
    void aLoggedTreeIsFreedFromItsLogWithoutReadingIt() {
        PageTable user = PageTable.create(frames);
        user.keepLowerTables();
        long free0 = frames.freeFrames();
        user.map(VirtAddr.of(0x7000), PhysAddr.of(0x300000), PageEntry.WRITABLE | PageEntry.USER);
        user.reserveLowerTables(3);
        assertTrue(user.leafSlotFor(VirtAddr.of(0x0000400000201000L), true, true) != 0);
        assertEquals(free0 - 6, frames.freeFrames(), "two PDPTs, two PDs, two PTs");
        // a corrupted entry is never followed: the log, not the tree, says what to free
        Memory.write64(user.root().direct().value() + 8L * 3, 0xb800ebe02000L | PageEntry.PRESENT);
        assertEquals(0, user.freeLowerHalfTables());
        assertEquals(free0, frames.freeFrames());
        for (int i = 0; i < 256; i++) {
            assertEquals(0, entryAt(user.root().value(), i), "lower PML4 entry " + i);
        }
    }

    @Test
    void aTableTheLogHadNoRoomForFallsBackToReadingTheTree() {
        PageTable user = PageTable.create(frames);
        user.keepLowerTables();
        long free0 = frames.freeFrames();
        for (int i = 0; i < 20; i++) {   // 20 page tables, more than the log's first 16 slots
            user.map(VirtAddr.of(i * 0x200000L), PhysAddr.of(0x300000), PageEntry.USER);
        }
        assertEquals(free0 - 22, frames.freeFrames(), "one PDPT, one PD, twenty PTs");
        assertEquals(0, user.freeLowerHalfTables());
        assertEquals(free0, frames.freeFrames());
    }
}
