/*
 * Where exoc's runtime heap lives, as a region of kernel virtual memory. The heap itself, its
 * allocator and its GC belong to exoc's runtime; the kernel only needs the bookkeeping: its
 * bounds, its size for the boot log and the gc test, and its physical range so the frame
 * allocator never hands those frames out. The runtime exports the bounds as the linker symbols
 * exo_heap_start and exo_heap_end (virtual addresses, in the kernel image or the direct map).
 */
package exo.kernel.mm;

import exo.hw.Cpu;
import exo.kernel.util.Fmt;

public final class KernelHeap {
    private final long startVirt;
    private final long endVirt;

    public KernelHeap(long startVirt, long endVirt) {
        if (Long.compareUnsigned(endVirt, startVirt) < 0) {
            throw new IllegalArgumentException("heap ends before it starts");
        }
        this.startVirt = startVirt;
        this.endVirt = endVirt;
    }

    /** The heap as exported by exoc's runtime. */
    public static KernelHeap fromLinker() {
        return new KernelHeap(Cpu.symbolAddress("exo_heap_start"), Cpu.symbolAddress("exo_heap_end"));
    }

    public long startVirt() {
        return startVirt;
    }

    public long endVirt() {
        return endVirt;
    }

    public long sizeBytes() {
        return endVirt - startVirt;
    }

    public long physStart() {
        return PhysAddr.fromVirt(startVirt);
    }

    public long physEnd() {
        return startVirt == endVirt ? physStart() : PhysAddr.fromVirt(endVirt - 1) + 1;
    }

    public boolean contains(long virt) {
        return Long.compareUnsigned(virt, startVirt) >= 0 && Long.compareUnsigned(virt, endVirt) < 0;
    }

    /** True when the heap's physical range does not lie inside [startPhys, endPhys). */
    public boolean isOutside(long startPhys, long endPhys) {
        return physStart() < startPhys || physEnd() > endPhys;
    }

    public String describe() {
        return "[" + Fmt.hex16(startVirt) + "-" + Fmt.hex16(endVirt) + ") " + Fmt.size(sizeBytes());
    }
}
