/*
 * Physical addresses and frame numbers, as plain longs. The kernel reaches physical memory only
 * through the direct map set up by the boot assembly (physical P at DIRECT_MAP_BASE + P), and
 * the kernel image is linked at KERNEL_VIRT_BASE + its physical address. Used by every mm class
 * and by drivers that touch fixed physical memory (VGA, multiboot info).
 */
package exo.kernel.mm;

import exo.kernel.arch.x86_64.mm.BootMaps;

public final class PhysAddr {
    private PhysAddr() {}

    public static final long PAGE_SIZE = 4096;
    public static final int PAGE_SHIFT = 12;
    public static final long DIRECT_MAP_BASE = 0xFFFF800000000000L;
    /** How much physical memory the boot assembly's direct map is guaranteed to cover. */
    public static final long DIRECT_MAP_BYTES = (long) BootMaps.DIRECT_MAP_GIB << 30;
    /** Virtual address of physical 0 in the kernel image mapping (-mcmodel=kernel). */
    public static final long KERNEL_VIRT_BASE = 0xFFFFFFFF80000000L;
    /** Physical (and, above KERNEL_VIRT_BASE, virtual) start of the kernel image. */
    public static final long KERNEL_LOAD_PHYS = 0x100000L;

    /** Virtual address at which the kernel reads physical address phys. */
    public static long toVirt(long phys) {
        return DIRECT_MAP_BASE + phys;
    }

    /** Physical address behind a direct-map or kernel-image virtual address. */
    public static long fromVirt(long virt) {
        if (Long.compareUnsigned(virt, KERNEL_VIRT_BASE) >= 0) {
            return virt - KERNEL_VIRT_BASE;
        }
        if (Long.compareUnsigned(virt, DIRECT_MAP_BASE) >= 0) {
            return virt - DIRECT_MAP_BASE;
        }
        throw new IllegalArgumentException("not a kernel virtual address: " + exo.kernel.util.Fmt.hex16(virt));
    }

    public static long frameNumber(long phys) {
        return phys >>> PAGE_SHIFT;
    }

    public static long frameAddress(long frameNumber) {
        return frameNumber << PAGE_SHIFT;
    }

    public static long alignDown(long addr) {
        return addr & ~(PAGE_SIZE - 1);
    }

    public static long alignUp(long addr) {
        return (addr + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
    }

    public static boolean isPageAligned(long addr) {
        return (addr & (PAGE_SIZE - 1)) == 0;
    }
}
