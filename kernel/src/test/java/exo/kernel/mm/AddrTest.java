/*
 * Physical/virtual address helpers: direct map, kernel image, canonical form, table indices.
 */
package exo.kernel.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AddrTest {
    @Test
    void directMapAndKernelImage() {
        assertEquals(0xFFFF8000000B8000L, PhysAddr.toVirt(0xB8000));
        assertEquals(0xB8000, PhysAddr.fromVirt(0xFFFF8000000B8000L));
        assertEquals(0x123000, PhysAddr.fromVirt(0xFFFFFFFF80123000L));
        assertThrows(IllegalArgumentException.class, () -> PhysAddr.fromVirt(0x1000));
        assertEquals(0x2000, PhysAddr.alignUp(0x1001));
        assertEquals(0x1000, PhysAddr.alignDown(0x1FFF));
    }

    @Test
    void canonicalHalvesAndIndices() {
        assertTrue(VirtAddr.isCanonical(0x00007FFFFFFFFFFFL));
        assertFalse(VirtAddr.isCanonical(0x0000800000000000L));
        assertTrue(VirtAddr.isKernelHalf(0xFFFF800000000000L));
        assertTrue(VirtAddr.isUserHalf(0x400000));
        long v = 0xFFFFFFFF80101000L;
        assertEquals(511, VirtAddr.index(v, 4));
        assertEquals(510, VirtAddr.index(v, 3));
        assertEquals(0, VirtAddr.index(v, 2));
        assertEquals(0x101, VirtAddr.index(v, 1));
        assertEquals(1L << 21, VirtAddr.entrySpan(2));
    }
}
