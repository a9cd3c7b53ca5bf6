/*
 * What the file system calls read from and write to user memory, in one place: path strings
 * (EFAULT, ENAMETOOLONG), fixed-size structures copied in and out as byte arrays (decoded by
 * ArgLayouts), 32- and 64-bit values. Each reader returns null (or false) when the copy fell
 * short, and the caller answers -EFAULT: no user pointer is ever dereferenced. Used by the
 * family classes of this package (FileCalls, PathCalls, MetadataCalls, PollCalls...).
 */
package exo.kernel.syscall;

import exo.kernel.fs.Errno;
import exo.kernel.proc.Task;
import exo.kernel.uaccess.UserMemory;
import exo.kernel.uaccess.UserStrings;

final class UserArgs {
    private UserArgs() {}

    /** The path at addr, or null with the (positive) errno in err[0]: EFAULT or ENAMETOOLONG. */
    static String path(Task t, long addr, int[] err) {
        return UserStrings.path(t.process.mm(), addr, err);
    }

    /** size bytes at addr, or null when they cannot all be read. */
    static byte[] in(Task t, long addr, int size) {
        byte[] b = new byte[size];
        return UserMemory.copyInArray(t.process.mm(), addr, b, 0, size) == size ? b : null;
    }

    /** Writes all of b at addr; false when it could not. */
    static boolean out(Task t, long addr, byte[] b) {
        return b.length == 0 || UserMemory.copyOutArray(t.process.mm(), addr, b, 0, b.length) == b.length;
    }

    static boolean writeInt(Task t, long addr, int value) {
        return UserMemory.writeInt(t.process.mm(), addr, value);
    }

    static boolean writeLong(Task t, long addr, long value) {
        return UserMemory.writeLong(t.process.mm(), addr, value);
    }

    /** The int at addr in cell[0]; false when it cannot be read. */
    static boolean readInt(Task t, long addr, int[] cell) {
        byte[] b = in(t, addr, 4);
        if (b == null) {
            return false;
        }
        cell[0] = exo.kernel.fs.abi.Le.get32(b, 0);
        return true;
    }

    /** The long at addr in cell[0]; false when it cannot be read. */
    static boolean readLong(Task t, long addr, long[] cell) {
        byte[] b = in(t, addr, 8);
        if (b == null) {
            return false;
        }
        cell[0] = exo.kernel.fs.abi.Le.get64(b, 0);
        return true;
    }

    /**
     * An optional string argument (mount's source, type and data): null for a null pointer;
     * null with err[0] set (EFAULT, ENAMETOOLONG past maxLen) for a bad one.
     */
    static String optionalString(Task t, long addr, int maxLen, int[] err) {
        if (addr == 0) {
            return null;
        }
        return UserStrings.read(t.process.mm(), addr, maxLen, Errno.ENAMETOOLONG, err);
    }
}
