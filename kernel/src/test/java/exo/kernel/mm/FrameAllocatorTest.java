/*
 * The frame allocator over hand-made memory maps: first fit across regions, reservations
 * never handed out, exhaustion, bad and double frees, contiguous runs.
 */
package exo.kernel.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.Memory;
import exo.hw.Sim;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FrameAllocatorTest {
    @BeforeEach
    void reset() {
        Sim.reset();
    }

    /** 0-640K free, hole, 1M-1M+64K free, reserved 64K, then 1M+128K+0x800 (unaligned) to 2M free. */
    static MemoryMap smallMap() {
        MemoryMap m = new MemoryMap();
        m.add(0, 0xA0000, MemoryMap.AVAILABLE);
        m.add(0x100000, 0x10000, MemoryMap.AVAILABLE);
        m.add(0x110000, 0x10000, MemoryMap.RESERVED);
        m.add(0x120800, 0x100000 - 0x20800, MemoryMap.AVAILABLE);
        return m;
    }

    @Test
    void firstFitAcrossTheMapSkippingHolesAndReservedRegions() {
        FrameAllocator fa = new FrameAllocator(smallMap());
        assertEquals(0xA0 + 0x10 + (0x200000 - 0x121000) / 4096, fa.freeFrames());
        assertEquals(0, fa.alloc().value());
        for (int i = 1; i < 0xA0; i++) {
            assertEquals(i * 4096L, fa.alloc().value());
        }
        assertEquals(0x100000, fa.alloc().value()); // skips the 640K-1M hole
        for (int i = 1; i < 0x10; i++) {
            fa.alloc().value();
        }
        assertEquals(0x121000, fa.alloc().value()); // skips the reserved region and the partial page
    }

    @Test
    void exhaustionThenFreeAgain() {
        MemoryMap m = new MemoryMap();
        m.add(0x100000, 0x8000, MemoryMap.AVAILABLE);
        FrameAllocator fa = new FrameAllocator(m);
        long[] got = new long[8];
        for (int i = 0; i < 8; i++) {
            got[i] = fa.alloc().value();
        }
        assertEquals(PhysAddr.NONE_VALUE, fa.alloc().value());
        fa.free(PhysAddr.of(got[3]));
        assertEquals(got[3], fa.alloc().value()); // next fit wraps around to the freed frame
        assertEquals(PhysAddr.NONE_VALUE, fa.alloc().value());
    }

    @Test
    void badFreesAreDetected() {
        FrameAllocator fa = new FrameAllocator(smallMap());
        long f = fa.alloc().value();
        fa.free(PhysAddr.of(f));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> fa.free(PhysAddr.of(f)));
        assertTrue(e.getMessage().contains("double free"));
        assertThrows(IllegalStateException.class, () -> fa.free(PhysAddr.of(0x110000))); // reserved in the map
        assertThrows(IllegalStateException.class, () -> fa.free(PhysAddr.of(0x120000))); // partial page
        assertThrows(IllegalStateException.class, () -> fa.free(PhysAddr.of(0x40000000))); // beyond RAM
        assertThrows(IllegalArgumentException.class, () -> fa.free(PhysAddr.of(0x1001)));
        fa.reserve(PhysAddr.of(0x2000), PhysAddr.of(0x3000), "test");
        assertThrows(IllegalStateException.class, () -> fa.free(PhysAddr.of(0x2000)));
    }

    @Test
    void contiguousAlignedRuns() {
        FrameAllocator fa = new FrameAllocator(smallMap());
        long run = fa.allocRun(16, 16).value();
        assertEquals(0, run);
        long second = fa.allocRun(32, 32).value();
        assertEquals(0x20000, second);
        long big = fa.allocRun(256, 256).value(); // 1 MiB aligned: only 1M..2M qualifies, and it has holes
        assertEquals(PhysAddr.NONE_VALUE, big);
        long free = fa.freeFrames();
        fa.freeRun(PhysAddr.of(second), 32);
        assertEquals(free + 32, fa.freeFrames());
    }

    @Test
    void zeroedFramesAreZero() {
        FrameAllocator fa = new FrameAllocator(smallMap());
        Memory.write64(PhysAddr.toVirt(0) + 64, -1);
        long f = fa.allocZeroed().value();
        assertEquals(0, f);
        assertEquals(0, Memory.read64(PhysAddr.toVirt(f) + 64));
    }

    @Test
    void managedFramesFollowTheMapTheLimitAndReservations() {
        FrameAllocator fa = new FrameAllocator(smallMap(), PhysAddr.of(0x110000));
        assertTrue(fa.isManaged(0x9F));
        assertFalse(fa.isManaged(0xA0), "the 640K-1M hole");
        assertTrue(fa.isManaged(0x10F));
        assertFalse(fa.isManaged(0x121), "above the limit, not managed yet");
        fa.extendTo(PhysAddr.of(0x200000));
        assertFalse(fa.isManaged(0x110), "reserved in the map");
        assertFalse(fa.isManaged(0x120), "the partial page");
        assertTrue(fa.isManaged(0x121));
        assertTrue(fa.isManaged(0x1FF));
        assertFalse(fa.isManaged(0x200), "beyond RAM");
        assertFalse(fa.isManaged(-1));
        long f = fa.alloc().value() >>> 12;
        assertTrue(fa.isManaged(f), "allocated frames stay managed");
        fa.reserve(PhysAddr.of(0x150000), PhysAddr.of(0x152000), "test");
        assertFalse(fa.isManaged(0x150));
        assertFalse(fa.isManaged(0x151));
        assertTrue(fa.isManaged(0x152));
    }
}
