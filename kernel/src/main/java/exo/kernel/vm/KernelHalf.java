/*
 * The kernel half of every address space. All address spaces share the kernel's page tables
 * for addresses above 2^47: a new address space's PML4 copies the kernel's 256 upper entries.
 * So that a kernel mapping made later shows everywhere, prepare() gives each of those 256
 * entries a page-directory-pointer table at boot (1 MiB in all), and no upper PML4 entry
 * changes afterwards. The boot assembly's identity map of low memory (PML4 entry 0) is the
 * kernel's own and never copied: user address spaces start empty below 2^47.
 */
package exo.kernel.vm;

import exo.hw.Memory;
import exo.kernel.arch.x86_64.mm.PageEntry;
import exo.kernel.mm.FrameAllocator;
import exo.kernel.mm.PageTable;
import exo.kernel.mm.PhysAddr;

public final class KernelHalf {
    private KernelHalf() {}

    private static long kernelRoot;

    /** Fills every empty upper PML4 entry of the kernel's address space; Boot, once. */
    public static void prepare(PageTable kernelSpace, FrameAllocator frames) {
        kernelRoot = kernelSpace.root().value();
        long pml4 = PhysAddr.toVirt(kernelRoot);
        for (int i = 256; i < 512; i++) {
            long slot = pml4 + 8L * i;
            if (!PageEntry.isPresent(Memory.read64(slot))) {
                PhysAddr pdpt = frames.allocZeroed();
                if (pdpt.isNone()) {
                    throw new IllegalStateException("no frame for the kernel half's tables");
                }
                Memory.write64(slot, PageEntry.make(pdpt.value(), PageEntry.PRESENT | PageEntry.WRITABLE));
            }
        }
    }

    /** The kernel's own root (loaded when no user address space is). */
    public static long kernelRoot() {
        return kernelRoot;
    }

    /** A new page table: empty lower half, the kernel's upper half. */
    static PageTable newAddressSpace(PageTable kernelSpace, FrameAllocator frames) {
        PageTable t = PageTable.create(frames);
        Memory.copy(t.root().direct().value() + 8 * 256, kernelSpace.root().direct().value() + 8 * 256, 8 * 256);
        return t;
    }
}
