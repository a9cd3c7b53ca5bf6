/*
 * The first check of every user access: does [start, start + bytes) lie in the user half of
 * the address space, without wrapping? The copy-in/copy-out of the next issue call it before
 * touching memory (and turn a fault inside the range into EFAULT); here so that UserAddr's raw
 * value has its one consumer in this package.
 */
package exo.kernel.uaccess;

import exo.kernel.mm.VirtAddr;

public final class UserRange {
    private UserRange() {}

    /** True when the bytes [start, start + bytes) are all user-half addresses. */
    public static boolean isUserRange(UserAddr start, long bytes) {
        long s = start.raw();
        if (bytes < 0 || s < 0) {
            return false;
        }
        long end = s + bytes;   // no overflow: s < 2^47 and a wrap would make end negative
        return end >= s && end <= VirtAddr.USER_HALF_END;
    }
}
