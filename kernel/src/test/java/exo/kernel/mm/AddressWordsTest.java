/*
 * PhysAddr and VirtAddr as word types on the host: plain immutable objects whose typed
 * methods agree with the static helpers over longs (exoc compiles the same code to 64-bit
 * values; exoc/src/test/programs/word_types checks that the two agree).
 */
package exo.kernel.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AddressWordsTest {
    @Test
    void physicalAddressesAndFrames() {
        PhysAddr p = PhysAddr.of(0x123000);
        assertEquals(0x123, p.frame());
        assertTrue(p.equals(PhysAddr.ofFrame(0x123)));
        assertTrue(p.isPageAligned());
        assertFalse(p.plus(8).isPageAligned());
        assertEquals(PhysAddr.toVirt(0x123000), p.direct().value());
        assertTrue(p.direct().toPhys().equals(p), "direct map and back");
        assertEquals("phys 0x123000", p.toString());
    }

    @Test
    void virtualAddressesAndTableIndices() {
        VirtAddr v = VirtAddr.of(0xFFFF800000201000L);
        assertTrue(v.isCanonical());
        assertTrue(v.isKernelHalf());
        assertEquals(VirtAddr.index(v.value(), 1), v.index(1));
        assertEquals(1, v.index(1));
        assertEquals(1, v.index(2));
        assertFalse(VirtAddr.of(0x0000900000000000L).isCanonical());
        assertTrue(VirtAddr.of(PhysAddr.KERNEL_VIRT_BASE + 0x100000).toPhys().equals(PhysAddr.of(0x100000)));
    }
}
