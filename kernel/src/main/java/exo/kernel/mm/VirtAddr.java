/*
 * Virtual address helpers: canonical form, the kernel/user halves, and the four page-table
 * indices of x86_64 4-level paging (PML4 bits 47-39, PDPT 38-30, PD 29-21, PT 20-12). Used by
 * PageTable and the page-fault classifier. Also a word type (@exo.rt.Word, as PhysAddr): a
 * kernel virtual address in a signature, never confused with a physical one. A pointer from
 * user space is a different type, exo.kernel.uaccess.UserAddr, which cannot be dereferenced.
 */
package exo.kernel.mm;

import exo.kernel.util.Fmt;
import exo.rt.Word;

@Word
public final class VirtAddr {
    private final long value;

    private VirtAddr(long value) {
        this.value = value;
    }

    /** First address of the upper (kernel) half of the canonical address space. */
    public static final long KERNEL_HALF_START = 0xFFFF800000000000L;
    /** One past the last address of the lower (user) half. */
    public static final long USER_HALF_END = 0x0000800000000000L;

    /** True when bits 63-47 are all equal, as the CPU requires of every address it uses. */
    public static boolean isCanonical(long v) {
        long top = v >> 47;
        return top == 0 || top == -1;
    }

    public static boolean isKernelHalf(long v) {
        return isCanonical(v) && v < 0;
    }

    public static boolean isUserHalf(long v) {
        return v >= 0 && v < USER_HALF_END;
    }

    /** Index into the table of the given level: 4 = PML4, 3 = PDPT, 2 = PD, 1 = PT. */
    public static int index(long v, int level) {
        return (int) ((v >>> (12 + 9 * (level - 1))) & 511);
    }

    /** Bytes covered by one entry at a level: 4 KiB at level 1, 2 MiB at 2, 1 GiB at 3. */
    public static long entrySpan(int level) {
        return 1L << (12 + 9 * (level - 1));
    }

    // ---- the word type ------------------------------------------------------------------------

    public static VirtAddr of(long virt) {
        return new VirtAddr(virt);
    }

    public long value() {
        return value;
    }

    public VirtAddr plus(long bytes) {
        return new VirtAddr(value + bytes);
    }

    public boolean isCanonical() {
        return isCanonical(value);
    }

    public boolean isKernelHalf() {
        return isKernelHalf(value);
    }

    public int index(int level) {
        return index(value, level);
    }

    /** The physical address behind a direct-map or kernel-image address. */
    public PhysAddr toPhys() {
        return PhysAddr.of(PhysAddr.fromVirt(value));
    }

    public boolean equals(VirtAddr other) {
        return other.value == value;
    }

    // For host collections only: exoc never reaches it (a word is never an Object).
    @Override
    public boolean equals(Object o) {
        return o instanceof VirtAddr && ((VirtAddr) o).value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public String toString() {
        return "virt " + Fmt.hex16(value);
    }
}
