/*
 * mremap(2) on an address space: shrink in place, grow in place when the range after the region
 * is free, otherwise move the region (MREMAP_MAYMOVE) to a free range or to a chosen one
 * (MREMAP_FIXED, which replaces what was there), optionally leaving the old range mapped but
 * empty (MREMAP_DONTUNMAP). A move carries the page-table entries over unchanged, so the frames,
 * their reference counts and copy-on-write state go with them: nothing is copied.
 *
 * The errors are Linux's (mm/mremap.c as mremap(2) documents it): EFAULT when the old range is
 * not inside one region, EINVAL for an overlapping MREMAP_FIXED target or a private region
 * duplicated with old_size 0, ENOMEM when it cannot grow in place and may not move, when no
 * room is left, or when RLIMIT_AS forbids it. syscall.MemoryCalls checks flags and alignment
 * first and calls remapLocked under the address space's lock.
 */
package exo.kernel.vm;

import exo.kernel.mm.PhysAddr;
import exo.kernel.mm.VirtAddr;

public final class Remap {
    private Remap() {}

    public static final int MREMAP_MAYMOVE = 1;
    public static final int MREMAP_FIXED = 2;
    public static final int MREMAP_DONTUNMAP = 4;

    private static final int EFAULT = 14;
    private static final int EINVAL = 22;
    private static final int ENOMEM = 12;
    private static final int EPERM = 1;

    /** Says whether the address space may grow by extraBytes (RLIMIT_AS, which vm cannot see). */
    public interface Budget {
        boolean allows(long extraBytes);
    }

    /**
     * mremap on as, lock held. addr page-aligned, oldLen and newLen rounded up to pages,
     * newLen > 0, flags valid (MemoryCalls checks). Returns the new address or -errno.
     */
    public static long remapLocked(AddressSpace as, long addr, long oldLen, long newLen, int flags, long newAddr, Budget budget) {
        if ((flags & (MREMAP_FIXED | MREMAP_DONTUNMAP)) != 0) {
            return moveToLocked(as, addr, oldLen, newLen, flags, newAddr, budget);
        }
        if (Long.compareUnsigned(oldLen, newLen) >= 0) {
            // Linux shrinks without looking for a region, but the tail is munmap's range: a
            // kernel-half one is EINVAL (the kernel half is shared: it must never be walked).
            return oldLen == newLen ? addr : unmapTail(as, addr, oldLen, newLen) < 0 ? -EINVAL : addr;
        }
        int bad = checkSource(as, addr, oldLen);
        if (bad < 0) {
            return bad;
        }
        Vma v = as.vmas.find(addr);
        long delta = newLen - oldLen;
        if (addr + oldLen == v.end && canExtend(as, v, delta)) {
            if (!budget.allows(delta)) {
                return -ENOMEM;
            }
            v.end += delta;
            return addr;
        }
        if ((flags & MREMAP_MAYMOVE) == 0) {
            return -ENOMEM;
        }
        if (!budget.allows(oldLen == 0 ? newLen : delta)) {
            return -ENOMEM;
        }
        long to = as.findFreeLocked(0, newLen);
        if (to < 0) {
            return -ENOMEM;
        }
        return moveLocked(as, addr, oldLen, to, newLen, oldLen == 0);
    }

    /** MREMAP_FIXED and/or MREMAP_DONTUNMAP: the region goes to newAddr (or a free place). */
    private static long moveToLocked(AddressSpace as, long addr, long oldLen, long newLen, int flags, long newAddr, Budget budget) {
        boolean fixed = (flags & MREMAP_FIXED) != 0;
        if (fixed) {
            if ((newAddr & (PhysAddr.PAGE_SIZE - 1)) != 0 || !AddressSpace.isUserRange(newAddr, newLen)) {
                return -EINVAL;
            }
            if (Long.compareUnsigned(newAddr, addr + oldLen) < 0 && Long.compareUnsigned(addr, newAddr + newLen) < 0) {
                return -EINVAL;   // the two ranges overlap
            }
            if (Long.compareUnsigned(newAddr, AddressSpace.MMAP_MIN) < 0) {
                return -EPERM;
            }
        }
        int bad = checkSource(as, addr, Math.min(oldLen, newLen));
        if (bad < 0) {
            return bad;
        }
        boolean keepOld = (flags & MREMAP_DONTUNMAP) != 0 || oldLen == 0;
        long extra = keepOld ? newLen : newLen - Math.min(oldLen, newLen);
        if (fixed) {
            as.unmapLocked(newAddr, newLen);
        }
        if (Long.compareUnsigned(oldLen, newLen) > 0) {
            if (unmapTail(as, addr, oldLen, newLen) < 0) {
                return -EINVAL;
            }
            oldLen = newLen;
        }
        if (!budget.allows(extra)) {
            return -ENOMEM;
        }
        long to = fixed ? newAddr : as.findFreeLocked(0, newLen);
        if (to < 0) {
            return -ENOMEM;
        }
        return moveLocked(as, addr, oldLen, to, newLen, keepOld);
    }

    /**
     * The old range must lie inside one region (compatible neighbours joined first, as Linux
     * would have merged them); a private one cannot be duplicated (len 0).
     */
    private static int checkSource(AddressSpace as, long addr, long oldLen) {
        as.vmas.joinFrom(addr, addr + oldLen);
        Vma v = as.vmas.find(addr);
        if (v == null || Long.compareUnsigned(oldLen, v.end - addr) > 0) {
            return -EFAULT;
        }
        if (oldLen == 0 && !v.shared) {
            return -EINVAL;
        }
        return 0;
    }

    /** Unmaps [addr + newLen, addr + oldLen) when it is user space (munmap's rule); else -EINVAL. */
    private static int unmapTail(AddressSpace as, long addr, long oldLen, long newLen) {
        long tail = addr + newLen;
        if (Long.compareUnsigned(tail, addr) < 0 || !AddressSpace.isUserRange(tail, oldLen - newLen)) {
            return -EINVAL;
        }
        as.unmapLocked(tail, oldLen - newLen);
        return 0;
    }

    /** Can v's end move up by delta bytes into free user space? */
    private static boolean canExtend(AddressSpace as, Vma v, long delta) {
        long newEnd = v.end + delta;
        return Long.compareUnsigned(newEnd, v.end) > 0 && AddressSpace.isUserRange(v.start, newEnd - v.start)
                && as.vmas.isFree(v.end, newEnd);
    }

    /**
     * Puts [addr, addr + oldLen)'s region at [to, to + newLen) (a free range), its pages' entries
     * moved across; the old range is removed, or kept empty when keepOld. -ENOMEM, with nothing
     * changed, when a page table for the new place cannot be had.
     */
    static long moveLocked(AddressSpace as, long addr, long oldLen, long to, long newLen, boolean keepOld) {
        long end = addr + oldLen;
        if (oldLen != 0 && !makeTables(as, addr, end, to)) {
            return -ENOMEM;
        }
        Vma moved = as.vmas.find(addr).copyPart(addr, to, newLen);
        if (oldLen != 0) {
            as.pageTable().walk(VirtAddr.of(addr), VirtAddr.of(end), (virt, slot, e) -> {
                VirtAddr newPage = VirtAddr.of(to + (virt - addr));
                as.pageTable().setLeaf(as.pageTable().leafSlotFor(newPage, false, true), newPage, e);
                as.pageTable().setLeaf(slot, VirtAddr.of(virt), 0);
            });
            if (!keepOld) {
                as.vmas.removeRange(addr, end);
            }
        }
        as.vmas.insert(moved);
        return to;
    }

    /** Creates the page tables the moved pages need, before anything moves; false when out of frames. */
    private static boolean makeTables(AddressSpace as, long addr, long end, long to) {
        boolean[] ok = {true};
        as.pageTable().walk(VirtAddr.of(addr), VirtAddr.of(end), (virt, slot, e) -> {
            as.pageTable().reserveLowerTables(3);
            if (ok[0] && as.pageTable().leafSlotFor(VirtAddr.of(to + (virt - addr)), true, true) == 0) {
                ok[0] = false;
            }
        });
        return ok[0];
    }
}
