/*
 * The direct map beyond the boot assembly's 4 GiB: every RAM region above it is mapped
 * with 2 MiB pages exactly once (unsorted and overlapping regions included), and the frame
 * allocator then manages that RAM too.
 */
package exo.kernel.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.Sim;
import exo.kernel.arch.x86_64.mm.PageEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DirectMapTest {
    static final long GIB = 1L << 30;

    @BeforeEach
    void reset() {
        Sim.reset();
    }

    /** A q35-like 8 GiB machine: 2 GiB low, a hole, 6 GiB from 4 GiB; listed out of order. */
    static MemoryMap q35EightGib() {
        MemoryMap m = new MemoryMap();
        m.add(4 * GIB, 6 * GIB, MemoryMap.AVAILABLE);
        m.add(0x100000, 2 * GIB - 0x100000, MemoryMap.AVAILABLE);
        m.add(5 * GIB, GIB, MemoryMap.AVAILABLE);          // overlaps the first entry
        m.add(0xFEFFC000L, 0x4000, MemoryMap.RESERVED);
        m.add(0xFD00000000L, 12 * GIB, MemoryMap.RESERVED);   // QEMU's HyperTransport hole
        return m;
    }

    @Test
    void mapsEverythingAboveTheBootMapOnceWithHugePages() {
        MemoryMap m = q35EightGib();
        FrameAllocator frames = new FrameAllocator(m, PhysAddr.of(PhysAddr.DIRECT_MAP_BYTES));
        PageTable kernel = PageTable.create(frames);
        long mapped = DirectMap.extend(kernel, m, true);
        assertEquals(6 * GIB, mapped);
        for (long p = 4 * GIB; p < 10 * GIB; p += 512L << 20) {
            assertEquals(p + 0x1234, kernel.translate(VirtAddr.of(PhysAddr.toVirt(p) + 0x1234)).value());
        }
        long e = kernel.leafEntry(VirtAddr.of(PhysAddr.toVirt(9 * GIB)));
        assertTrue(PageEntry.isHuge(e) && (e & PageEntry.NX) != 0 && (e & PageEntry.GLOBAL) != 0);
        assertEquals(-1, kernel.translate(VirtAddr.of(PhysAddr.toVirt(10 * GIB))).value());
        assertEquals(-1, kernel.translate(VirtAddr.of(PhysAddr.toVirt(0xFD00000000L))).value(), "reserved ranges stay unmapped");
    }

    @Test
    void theAllocatorManagesTheNewRamOnlyAfterExtendTo() {
        MemoryMap m = q35EightGib();
        FrameAllocator frames = new FrameAllocator(m, PhysAddr.of(PhysAddr.DIRECT_MAP_BYTES));
        long low = frames.managedFrames();
        assertEquals((2 * GIB - 0x100000) / 4096, low);
        assertFalse(frames.isFree(PhysAddr.of(6 * GIB)));
        frames.reserve(PhysAddr.of(7 * GIB), PhysAddr.of(7 * GIB + 0x10000), "a module loaded high");
        frames.extendTo(PhysAddr.of(m.usableEnd()));
        assertEquals(low + (6 * GIB - 0x10000) / 4096, frames.managedFrames());
        assertTrue(frames.isFree(PhysAddr.of(6 * GIB)));
        assertFalse(frames.isFree(PhysAddr.of(7 * GIB)));
        assertEquals(10 * GIB, frames.limit().value());
        frames.extendTo(PhysAddr.of(m.usableEnd()));   // a second call adds nothing
        assertEquals(low + (6 * GIB - 0x10000) / 4096, frames.managedFrames());
    }
}
