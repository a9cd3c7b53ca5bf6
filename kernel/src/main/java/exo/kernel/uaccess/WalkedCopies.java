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

    /** What walk() does with each user page: the direction and the kernel side's kind. */
    private static final int TO_USER = 0;
    private static final int FROM_USER = 1;
    private static final int ARRAY_TO_USER = 2;
    private static final int USER_TO_ARRAY = 3;
    private static final int ZERO_USER = 4;

    /** User range [user, user + len), kernel side at kernel; write = to user. */
    static long copy(AddressSpace as, long user, long kernel, long len, boolean write) {
        return walk(as, user, len, write ? TO_USER : FROM_USER, kernel, null, 0);
    }

    /** Copies into a Java array; returns the bytes copied. */
    static int copyInArray(AddressSpace as, long src, byte[] dst, int off, int len) {
        return (int) walk(as, src, len, USER_TO_ARRAY, 0, dst, off);
    }

    /** Copies from a Java array to user memory; returns the bytes copied. */
    static int copyOutArray(AddressSpace as, long dst, byte[] src, int off, int len) {
        return (int) walk(as, dst, len, ARRAY_TO_USER, 0, src, off);
    }

    /** Zeroes len user bytes at dst; returns the bytes zeroed. */
    static long zero(AddressSpace as, long dst, long len) {
        return walk(as, dst, len, ZERO_USER, 0, null, 0);
    }

    /**
     * Does op on [user, user + len) a page at a time under the address space's lock; the
     * kernel side is kernel (an address) or array from off. Returns the bytes done.
     */
    private static long walk(AddressSpace as, long user, long len, int op, long kernel, byte[] array, int off) {
        if (len <= 0 || !AddressSpace.isUserRange(user, len)) {
            return 0;   // nothing, or a range that leaves the user half: -EFAULT, as access_ok
        }
        boolean write = op != FROM_USER && op != USER_TO_ARRAY;
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
                long page = PhysAddr.toVirt(phys);
                switch (op) {
                    case TO_USER: Memory.copy(page, kernel + done, chunk); break;
                    case FROM_USER: Memory.copy(kernel + done, page, chunk); break;
                    case ARRAY_TO_USER: Memory.copyFromArray(page, array, off + (int) done, (int) chunk); break;
                    case USER_TO_ARRAY: Memory.copyToArray(array, off + (int) done, page, (int) chunk); break;
                    default: Memory.fill(page, 0, chunk); break;
                }
                done += chunk;
            }
        } finally {
            as.lock.unlock();
        }
        return done;
    }
}
