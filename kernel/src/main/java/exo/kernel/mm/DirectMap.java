/*
 * The direct map: all of physical memory at PhysAddr.DIRECT_MAP_BASE + P, which is how the
 * kernel reaches page tables, frames and the boot information. The boot assembly maps only the
 * first BootMaps.DIRECT_MAP_GIB GiB (with 2 MiB pages, from .bss page directories); extend()
 * maps every RAM and ACPI region of the memory map above that (not reserved ranges), also with 2 MiB pages (writable, global,
 * not executable), taking the page-directory pages from the frame allocator, which at that
 * point only hands out frames the boot map covers. Boot calls it once, then lets the frame
 * allocator manage the newly mapped RAM (FrameAllocator.extendTo).
 */
package exo.kernel.mm;

import exo.kernel.arch.x86_64.mm.BootMaps;
import exo.kernel.arch.x86_64.mm.PageEntry;

public final class DirectMap {
    private DirectMap() {}

    /** Maps every memory-map region above the boot direct map; returns the bytes mapped. */
    public static long extend(PageTable kernelSpace, MemoryMap map, boolean nx) {
        long bootEnd = PhysAddr.DIRECT_MAP_BYTES;
        long flags = PageEntry.WRITABLE | PageEntry.GLOBAL | PageEntry.HUGE | (nx ? PageEntry.NX : 0);
        long mapped = 0;
        long doneEnd = bootEnd;   // regions may overlap or come unsorted: never map a page twice
        for (int pass = 0; pass < map.count(); pass++) {
            long lo = Long.MAX_VALUE;
            long hi = 0;
            for (int i = 0; i < map.count(); i++) {
                if (!isMemory(map.type(i))) {
                    continue;
                }
                long start = Math.max(map.base(i) & ~(BootMaps.PAGE_2MIB - 1), doneEnd);
                long end = alignUp2M(map.end(i));
                if (end > start && start < lo) {
                    lo = start;
                    hi = end;
                }
            }
            if (lo == Long.MAX_VALUE) {
                break;
            }
            for (long p = lo; p < hi; p += BootMaps.PAGE_2MIB) {
                kernelSpace.map(PhysAddr.of(p).direct(), PhysAddr.of(p), flags);
                mapped += BootMaps.PAGE_2MIB;
            }
            doneEnd = hi;
        }
        return mapped;
    }

    /** RAM and the ACPI tables; not reserved ranges (firmware, MMIO holes) nor bad RAM. */
    private static boolean isMemory(int type) {
        return type == MemoryMap.AVAILABLE || type == MemoryMap.ACPI_RECLAIMABLE || type == MemoryMap.ACPI_NVS;
    }

    private static long alignUp2M(long a) {
        return (a + BootMaps.PAGE_2MIB - 1) & ~(BootMaps.PAGE_2MIB - 1);
    }
}
