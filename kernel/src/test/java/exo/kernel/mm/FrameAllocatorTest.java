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
import exo.kernel.boot.BootInfo;
import exo.kernel.boot.BootModule;
import exo.kernel.boot.MemoryMap;
import java.util.HashSet;
import java.util.Set;
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
        assertEquals(0, fa.alloc());
        for (int i = 1; i < 0xA0; i++) {
            assertEquals(i * 4096L, fa.alloc());
        }
        assertEquals(0x100000, fa.alloc()); // skips the 640K-1M hole
        for (int i = 1; i < 0x10; i++) {
            fa.alloc();
        }
        assertEquals(0x121000, fa.alloc()); // skips the reserved region and the partial page
    }

    @Test
    void fromBootReservesLowMemoryKernelInfoModulesAndHeap() {
        BootInfo info = new BootInfo();
        info.memoryMap.add(0, 0x9F000, MemoryMap.AVAILABLE);
        info.memoryMap.add(0x100000, 0x1F00000, MemoryMap.AVAILABLE); // up to 32 MiB
        info.infoPhys = 0x400000;
        info.infoSize = 0x120;
        info.modules.add(new BootModule(0x500000, 0x501001, "initrd"));
        KernelHeap heap = new KernelHeap(PhysAddr.toVirt(0x800000), PhysAddr.toVirt(0xA00000));
        FrameAllocator fa = FrameAllocator.fromBoot(info, 0x300000, heap);
        Set<Long> seen = new HashSet<>();
        for (long f = fa.alloc(); f != FrameAllocator.NONE; f = fa.alloc()) {
            assertTrue(seen.add(f), "frame handed out twice");
            assertTrue(f >= 0x300000, "below the kernel end: " + Long.toHexString(f));
            assertFalse(f == 0x400000, "multiboot info");
            assertFalse(f >= 0x500000 && f < 0x502000, "module");
            assertFalse(f >= 0x800000 && f < 0xA00000, "heap");
            assertTrue(f < 0x2000000);
        }
        long expected = (0x2000000 - 0x300000) / 4096 - 1 - 2 - 0x200;
        assertEquals(expected, seen.size());
        assertEquals(expected, fa.managedFrames());
        assertEquals(0, fa.freeFrames());
        assertEquals(5, fa.reservationCount());
    }

    @Test
    void heapInsideTheKernelImageIsNotReservedTwice() {
        BootInfo info = new BootInfo();
        info.memoryMap.add(0x100000, 0x700000, MemoryMap.AVAILABLE);
        KernelHeap heap = new KernelHeap(0xFFFFFFFF80200000L, 0xFFFFFFFF80300000L);
        FrameAllocator fa = FrameAllocator.fromBoot(info, 0x400000, heap);
        assertEquals(2, fa.reservationCount()); // first MiB and kernel; no info block, heap inside the kernel
    }

    @Test
    void ramBeyondTheDirectMapIsIgnored() {
        BootInfo info = new BootInfo();
        info.memoryMap.add(0x100000, 0x3FF00000, MemoryMap.AVAILABLE);
        info.memoryMap.add(0x100000000L, 0x100000000L, MemoryMap.AVAILABLE); // 4 GiB-8 GiB
        FrameAllocator fa = FrameAllocator.fromBoot(info, 0x200000, null);
        assertEquals((0x40000000L - 0x200000) / 4096, fa.freeFrames());
        assertFalse(fa.isFree(0x100000000L));
    }

    @Test
    void exhaustionThenFreeAgain() {
        MemoryMap m = new MemoryMap();
        m.add(0x100000, 0x8000, MemoryMap.AVAILABLE);
        FrameAllocator fa = new FrameAllocator(m);
        long[] got = new long[8];
        for (int i = 0; i < 8; i++) {
            got[i] = fa.alloc();
        }
        assertEquals(FrameAllocator.NONE, fa.alloc());
        fa.free(got[3]);
        assertEquals(got[3], fa.alloc()); // next fit wraps around to the freed frame
        assertEquals(FrameAllocator.NONE, fa.alloc());
    }

    @Test
    void badFreesAreDetected() {
        FrameAllocator fa = new FrameAllocator(smallMap());
        long f = fa.alloc();
        fa.free(f);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> fa.free(f));
        assertTrue(e.getMessage().contains("double free"));
        assertThrows(IllegalStateException.class, () -> fa.free(0x110000)); // reserved in the map
        assertThrows(IllegalStateException.class, () -> fa.free(0x120000)); // partial page
        assertThrows(IllegalStateException.class, () -> fa.free(0x40000000)); // beyond RAM
        assertThrows(IllegalArgumentException.class, () -> fa.free(0x1001));
        fa.reserve(0x2000, 0x3000, "test");
        assertThrows(IllegalStateException.class, () -> fa.free(0x2000));
    }

    @Test
    void contiguousAlignedRuns() {
        FrameAllocator fa = new FrameAllocator(smallMap());
        long run = fa.allocRun(16, 16);
        assertEquals(0, run);
        long second = fa.allocRun(32, 32);
        assertEquals(0x20000, second);
        long big = fa.allocRun(256, 256); // 1 MiB aligned: only 1M..2M qualifies, and it has holes
        assertEquals(FrameAllocator.NONE, big);
        long free = fa.freeFrames();
        fa.freeRun(second, 32);
        assertEquals(free + 32, fa.freeFrames());
    }

    @Test
    void zeroedFramesAreZero() {
        FrameAllocator fa = new FrameAllocator(smallMap());
        Memory.write64(PhysAddr.toVirt(0) + 64, -1);
        long f = fa.allocZeroed();
        assertEquals(0, f);
        assertEquals(0, Memory.read64(PhysAddr.toVirt(f) + 64));
    }
}
