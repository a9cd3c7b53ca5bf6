/*
 * User copies the slow way, for an address space that is not the live one (exec filling a new
 * image, another process's memory) or whose MMU view would let the kernel through where the
 * user may not go (a present PROT_NONE page): each user page is looked up in the address space
 * (AddressSpace.userPageLocked: faulting it in as the user's own access would, with the same
 * permission checks) and copied through the direct map, under the address space's lock, one
 * page at a time. Callers (UserMemory) have checked the user range; each returns the bytes
 * copied, stopping at the first page the user could not access.
 */
package exo.kernel.uaccess;

import exo.hw.Memory;
import exo.kernel.mm.PhysAddr;
import exo.kernel.vm.AddressSpace;

final class WalkedCopies {
    private WalkedCopies() {}

    /** User range [user, user + len), kernel side at kernel; write = to user. */
    static long copy(AddressSpace as, long user, long kernel, long len, boolean write) {
        if (len <= 0 || !AddressSpace.isUserRange(user, len)) {
            return 0;   // nothing, or a range that leaves the user half: -EFAULT, as access_ok
        }
        long done = 0;
        as.lock.lock();
        try {
            while (done < len) {
                long u = user + done;
                long phys = as.userPageLocked(u, write);
                if (phys < 0) {
                    break;
                }
                long chunk = Math.min(len - done, PhysAddr.PAGE_SIZE - (u & (PhysAddr.PAGE_SIZE - 1)));
                if (write) {
                    Memory.copy(PhysAddr.toVirt(phys), kernel + done, chunk);
                } else {
                    Memory.copy(kernel + done, PhysAddr.toVirt(phys), chunk);
                }
                done += chunk;
            }
        } finally {
            as.lock.unlock();
        }
        return done;
    }

    /** Copies into a Java array; returns the bytes copied. */
    static int copyInArray(AddressSpace as, long src, byte[] dst, int off, int len) {
        if (len <= 0) {
            return 0;
        }
        if (!AddressSpace.isUserRange(src, len)) {
            return 0;
        }
        int done = 0;
        as.lock.lock();
        try {
            while (done < len) {
                long u = src + done;
                long phys = as.userPageLocked(u, false);
                if (phys < 0) {
                    break;
                }
                int chunk = (int) Math.min(len - done, PhysAddr.PAGE_SIZE - (u & (PhysAddr.PAGE_SIZE - 1)));
                Memory.copyToArray(dst, off + done, PhysAddr.toVirt(phys), chunk);
                done += chunk;
            }
        } finally {
            as.lock.unlock();
        }
        return done;
    }

    /** Copies from a Java array to user memory; returns the bytes copied. */
    static int copyOutArray(AddressSpace as, long dst, byte[] src, int off, int len) {
        if (len <= 0) {
            return 0;
        }
        if (!AddressSpace.isUserRange(dst, len)) {
            return 0;
        }
        int done = 0;
        as.lock.lock();
        try {
            while (done < len) {
                long u = dst + done;
                long phys = as.userPageLocked(u, true);
                if (phys < 0) {
                    break;
                }
                int chunk = (int) Math.min(len - done, PhysAddr.PAGE_SIZE - (u & (PhysAddr.PAGE_SIZE - 1)));
                Memory.copyFromArray(PhysAddr.toVirt(phys), src, off + done, chunk);
                done += chunk;
            }
        } finally {
            as.lock.unlock();
        }
        return done;
    }

    /** Zeroes len user bytes at dst; returns the bytes zeroed. */
    static long zero(AddressSpace as, long dst, long len) {
        if (len <= 0 || !AddressSpace.isUserRange(dst, len)) {
            return 0;
        }
        long done = 0;
        as.lock.lock();
        try {
            while (done < len) {
                long u = dst + done;
                long phys = as.userPageLocked(u, true);
                if (phys < 0) {
                    break;
                }
                long chunk = Math.min(len - done, PhysAddr.PAGE_SIZE - (u & (PhysAddr.PAGE_SIZE - 1)));
                Memory.fill(PhysAddr.toVirt(phys), 0, chunk);
                done += chunk;
            }
        } finally {
            as.lock.unlock();
        }
        return done;
    }

}
