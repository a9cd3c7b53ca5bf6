/*
 * Physical addresses and frame numbers. The kernel reaches physical memory only through the
 * direct map set up by the boot assembly (physical P at DIRECT_MAP_BASE + P), and the kernel
 * image is linked at KERNEL_VIRT_BASE + its physical address. Used by every mm class and by
 * drivers that touch fixed physical memory (VGA, multiboot info).
 *
 * Two faces: the static helpers over plain longs that the mm code uses today, and a word type
 * (@exo.rt.Word: an object on the host, one 64-bit value under exoc, docs/RUNTIME.md) so that
 * an API can say "physical" in its signature and javac keeps it apart from VirtAddr.
 */
package exo.kernel.mm;

import exo.kernel.arch.x86_64.mm.BootMaps;
import exo.kernel.util.Fmt;
import exo.rt.Word;

@Word
public final class PhysAddr {
    private final long value;

    private PhysAddr(long value) {
        this.value = value;
    }

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

    // ---- the word type ------------------------------------------------------------------------

    /** The raw value of none(): what the frame allocator returns when it has nothing left. */
    public static final long NONE_VALUE = -1;

    /** "No frame": not an address (all ones, never page-aligned). */
    public static PhysAddr none() {
        return new PhysAddr(NONE_VALUE);
    }

    public static PhysAddr of(long phys) {
        return new PhysAddr(phys);
    }

    public static PhysAddr ofFrame(long frameNumber) {
        return new PhysAddr(frameNumber << PAGE_SHIFT);
    }

    public long value() {
        return value;
    }

    public boolean isNone() {
        return value == NONE_VALUE;
    }

    public long frame() {
        return value >>> PAGE_SHIFT;
    }

    public PhysAddr plus(long bytes) {
        return new PhysAddr(value + bytes);
    }

    public boolean isPageAligned() {
        return isPageAligned(value);
    }

    /** Where the kernel reads this address: the direct map. */
    public VirtAddr direct() {
        return VirtAddr.of(toVirt(value));
    }

    public boolean equals(PhysAddr other) {
        return other.value == value;
    }

    // For host collections only: exoc never reaches it (a word is never an Object).
    @Override
    public boolean equals(Object o) {
        return o instanceof PhysAddr && ((PhysAddr) o).value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public String toString() {
        return "phys " + Fmt.hex(value);
    }
}
