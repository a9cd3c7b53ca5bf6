/*
 * The page-table entry layout, bit by bit against the Intel SDM.
 */
package exo.kernel.arch.x86_64.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Bit positions from Intel SDM vol. 3A, table 4-19 (4 KiB PTE) and 4-18 (2 MiB PDE). */
class PageEntryTest {
    @Test
    void flagBitsAreTheSdmOnes() {
        assertEquals(0x001L, PageEntry.PRESENT);
        assertEquals(0x002L, PageEntry.WRITABLE);
        assertEquals(0x004L, PageEntry.USER);
        assertEquals(0x008L, PageEntry.WRITE_THROUGH);
        assertEquals(0x010L, PageEntry.NO_CACHE);
        assertEquals(0x020L, PageEntry.ACCESSED);
        assertEquals(0x040L, PageEntry.DIRTY);
        assertEquals(0x080L, PageEntry.HUGE);
        assertEquals(0x100L, PageEntry.GLOBAL);
        assertEquals(0x8000000000000000L, PageEntry.NX);
        assertEquals(0x000FFFFFFFFFF000L, PageEntry.ADDRESS_MASK);
    }

    @Test
    void entriesAreBitExact() {
        long e = PageEntry.make(0x12345000L, PageEntry.PRESENT | PageEntry.WRITABLE | PageEntry.USER | PageEntry.NX);
        assertEquals(0x8000000012345007L, e);
        assertEquals(0x12345000L, PageEntry.address(e));
        assertEquals(0x8000000000000007L, PageEntry.flags(e));
        // A 2 MiB kernel page at 1 GiB: P W PS G.
        long huge = PageEntry.make(0x40000000L, PageEntry.PRESENT | PageEntry.WRITABLE | PageEntry.HUGE | PageEntry.GLOBAL);
        assertEquals(0x0000000040000183L, huge);
        assertTrue(PageEntry.isHuge(huge));
        assertEquals(0x40000000L, PageEntry.leafAddress(huge | 0x1000, 2)); // bit 12 is PAT in a 2 MiB entry
        assertEquals(0xC0000000L, PageEntry.leafAddress(0xC0000083L | 0x200000, 3));
    }

    @Test
    void makeDropsStrayBits() {
        assertEquals(0x000FFFFFFFFFF001L, PageEntry.make(-1L, PageEntry.PRESENT));
        assertFalse(PageEntry.isPresent(PageEntry.make(0x1000, PageEntry.WRITABLE)));
    }

    @Test
    void describeNamesFlags() {
        assertEquals("P W U NX", PageEntry.describe(0x8000000012345007L));
        assertEquals("", PageEntry.describe(0));
    }
}
