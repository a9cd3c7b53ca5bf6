/*
 * The boot-time frame allocator: the reservations BootMemory makes (low memory, kernel image,
 * multiboot info, modules, heap outside the image) and the RAM it leaves out.
 */
package exo.kernel.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.Sim;
import exo.kernel.mm.FrameAllocator;
import exo.kernel.mm.KernelHeap;
import exo.kernel.mm.MemoryMap;
import exo.kernel.mm.PhysAddr;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BootMemoryTest {
    @BeforeEach
    void reset() {
        Sim.reset();
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
        FrameAllocator fa = BootMemory.frameAllocator(info, 0x300000, heap);
        Set<Long> seen = new HashSet<>();
        for (long f = fa.alloc().value(); f != PhysAddr.NONE_VALUE; f = fa.alloc().value()) {
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
        FrameAllocator fa = BootMemory.frameAllocator(info, 0x400000, heap);
        assertEquals(2, fa.reservationCount()); // first MiB and kernel; no info block, heap inside the kernel
    }

    @Test
    void ramBeyondTheDirectMapIsIgnored() {
        BootInfo info = new BootInfo();
        info.memoryMap.add(0x100000, 0x3FF00000, MemoryMap.AVAILABLE);
        info.memoryMap.add(0x100000000L, 0x100000000L, MemoryMap.AVAILABLE); // 4 GiB-8 GiB
        FrameAllocator fa = BootMemory.frameAllocator(info, 0x200000, null);
        assertEquals((0x40000000L - 0x200000) / 4096, fa.freeFrames());
        assertFalse(fa.isFree(PhysAddr.of(0x100000000L)));
    }
}
