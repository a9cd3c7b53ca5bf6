/*
 * The frame allocator of a booted kernel: the loader's memory map minus everything already in
 * use when Java starts (the first MiB, the kernel image, the multiboot2 information and the
 * modules, the runtime heap when it lies outside the image), and minus RAM beyond the direct
 * map, which the kernel could not reach. Called once by Boot.
 */
package exo.kernel.boot;

import exo.kernel.mm.FrameAllocator;
import exo.kernel.mm.KernelHeap;
import exo.kernel.mm.PhysAddr;

public final class BootMemory {
    private BootMemory() {}

    public static FrameAllocator frameAllocator(BootInfo info, long kernelEndPhys, KernelHeap heap) {
        FrameAllocator fa = new FrameAllocator(info.memoryMap, PhysAddr.of(PhysAddr.DIRECT_MAP_BYTES));
        fa.reserve(PhysAddr.of(0), PhysAddr.of(0x100000), "first MiB (BIOS, VGA, real-mode data)");
        fa.reserve(PhysAddr.of(PhysAddr.KERNEL_LOAD_PHYS), PhysAddr.of(kernelEndPhys), "kernel image");
        fa.reserve(PhysAddr.of(info.infoPhys), PhysAddr.of(info.infoPhys + info.infoSize), "multiboot2 info");
        for (BootModule m : info.modules) {
            fa.reserve(PhysAddr.of(m.start), PhysAddr.of(m.end), "module " + m.cmdline);
        }
        if (heap != null && !heap.backedOnDemand() && heap.isOutside(PhysAddr.KERNEL_LOAD_PHYS, kernelEndPhys)) {
            fa.reserve(PhysAddr.of(heap.physStart()), PhysAddr.of(heap.physEnd()), "runtime heap");
        }
        return fa;
    }
}
