/*
 * munmap frees the page tables it empties (PageTable.freeVacantTables through
 * AddressSpace.unmapLocked): every frame a touched region took, pages and tables, is free again
 * after its munmap; a table whose 2 MiB span another region still uses stays, with that
 * region's pages; the teardown afterwards frees exactly what is left (no table freed twice).
 */
package exo.kernel.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.Sim;
import exo.kernel.mm.FrameAllocator;
import exo.kernel.mm.FrameRefs;
import exo.kernel.mm.MemoryMap;
import exo.kernel.mm.PageTable;
import exo.kernel.mm.PhysAddr;
import exo.kernel.mm.VirtAddr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnmapTablesTest {
    static final long PAGE = PhysAddr.PAGE_SIZE;
    static final long TWO_MIB = 2L << 20;
    static final int RW = Vma.PROT_READ | Vma.PROT_WRITE;
    /** 1 GiB-aligned, so that the region's page directory is its own. */
    static final long BASE = 1L << 30;

    FrameAllocator frames;
    PageTable kernel;
    AddressSpace as;

    @BeforeEach
    void setUp() {
        Sim.reset();
        MemoryMap m = new MemoryMap();
        m.add(0x100000, 0x2000000, MemoryMap.AVAILABLE);
        frames = new FrameAllocator(m);
        kernel = PageTable.create(frames);
        as = AddressSpace.create(kernel, FrameRefs.create(frames));
    }

    private void touch(long start, long len) {
        for (long a = start; a < start + len; a += PAGE) {
            assertNotEquals(-1, as.userPageLocked(a, true), "page " + Long.toHexString(a));
        }
    }

    @Test
    void munmapOfATouchedRegionGivesBackItsTablesToo() {
        long before = frames.freeFrames();
        as.mapFixedLocked(BASE, 3 * TWO_MIB, RW, false, null, 0, null);
        touch(BASE, 3 * TWO_MIB);
        long pages = 3 * TWO_MIB / PAGE;
        // the pages, three page tables, a page directory and a PDPT
        assertEquals(pages + 5, before - frames.freeFrames());
        as.unmapLocked(BASE, 3 * TWO_MIB);
        assertEquals(before, frames.freeFrames(), "pages and tables all free");
        assertEquals(0, as.pageTable().leafSlotFor(VirtAddr.of(BASE), false, true), "no table left there");
        as.mapFixedLocked(BASE, PAGE, RW, false, null, 0, null);
        touch(BASE, PAGE);   // the tables come back on the next fault
        as.destroy();
    }

    @Test
    void aTableANeighbourStillUsesStays() {
        long before = frames.freeFrames();
        as.mapFixedLocked(BASE, 4 * PAGE, RW, false, null, 0, null);
        as.mapFixedLocked(BASE + 8 * PAGE, 4 * PAGE, RW, false, null, 0, null);
        touch(BASE, 4 * PAGE);
        touch(BASE + 8 * PAGE, 4 * PAGE);
        long used = before - frames.freeFrames();
        as.unmapLocked(BASE, 4 * PAGE);
        assertEquals(used - 4, before - frames.freeFrames(), "only the four pages: the table is shared");
        assertTrue(as.pageTable().leafSlotFor(VirtAddr.of(BASE + 8 * PAGE), false, true) != 0);
        long kept = as.userPageLocked(BASE + 9 * PAGE, false);
        assertNotEquals(-1, kept);
        as.unmapLocked(BASE + 8 * PAGE, 4 * PAGE);
        assertEquals(before, frames.freeFrames(), "the last region gone: its tables too");
        as.destroy();
    }

    @Test
    void teardownAfterPartialFreesFreesTheRestOnce() {
        long before = frames.freeFrames();
        as.mapFixedLocked(BASE, 2 * TWO_MIB, RW, false, null, 0, null);
        as.mapFixedLocked(2 * BASE, TWO_MIB, RW, false, null, 0, null);
        touch(BASE, 2 * TWO_MIB);
        touch(2 * BASE, TWO_MIB);
        as.unmapLocked(BASE + TWO_MIB, TWO_MIB);   // one of the first region's two tables
        as.destroy();
        // destroy frees the root too; every other frame (pages, tables) must be back, once
        assertEquals(before + 1, frames.freeFrames());
    }
}
