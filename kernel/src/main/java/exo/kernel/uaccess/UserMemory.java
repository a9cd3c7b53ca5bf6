/*
 * The only way kernel code reaches user memory: copies between a user address range and kernel
 * memory (or Java arrays), and readers for the strings and pointer arrays system calls take.
 * Nothing here dereferences a user address in Java. Each copy checks that the range lies in
 * the user half (below AddressSpace.USER_TOP, no wrap) and then, when the address space is the
 * live one, is one block copy through the MMU (Memory.copyUser: kernel/arch/x86_64/uaccess.S),
 * holding no lock: a page not there yet, copy-on-write or read-only raises a page fault that
 * UserCopyFaults resolves as the user's own access would, or that ends the copy. Otherwise
 * (another address space, or one with present PROT_NONE pages) WalkedCopies walks the tables
 * under the address-space lock. Either way a pointer into the kernel half, a non-canonical
 * one, an unmapped page, a read-only page written, a length that wraps: each makes the copy
 * stop short at the first bad byte, and the caller returns -EFAULT.
 * Used by the system calls (exo.kernel.syscall) and exec.
 */
package exo.kernel.uaccess;

import exo.hw.Memory;
import exo.kernel.fs.abi.Le;
import exo.kernel.vm.AddressSpace;
import exo.rt.Inline;

public final class UserMemory {
    private UserMemory() {}

    public static final int EFAULT = 14;

    /** Copies len bytes from user src to kernel virtual dst; returns the bytes copied. */
    public static long copyIn(AddressSpace as, long src, long dst, long len) {
        return copy(as, src, dst, len, false);
    }

    /** Copies len bytes from kernel virtual src to user dst; returns the bytes copied. */
    public static long copyOut(AddressSpace as, long dst, long src, long len) {
        return copy(as, dst, src, len, true);
    }

    /** copyIn from a typed user pointer (what system calls should pass: UserAddr). */
    public static long copyIn(AddressSpace as, UserAddr src, long dst, long len) {
        return copy(as, src.raw(), dst, len, false);
    }

    /** copyOut to a typed user pointer. */
    public static long copyOut(AddressSpace as, UserAddr dst, long src, long len) {
        return copy(as, dst.raw(), src, len, true);
    }

    /** User range [user, user + len), kernel side at kernel; write = to user. */
    private static long copy(AddressSpace as, long user, long kernel, long len, boolean write) {
        if (len <= 0 || !AddressSpace.isUserRange(user, len)) {
            return 0;   // nothing, or a range that leaves the user half: -EFAULT, as access_ok
        }
        if (!as.mmuCopyOk()) {
            return WalkedCopies.copy(as, user, kernel, len, write);
        }
        return len - (write ? Memory.copyUser(user, kernel, len) : Memory.copyUser(kernel, user, len));
    }

    /** Copies into a Java array; returns the bytes copied. */
    public static int copyInArray(AddressSpace as, long src, byte[] dst, int off, int len) {
        return arrayCopy(as, src, dst, off, len, false);
    }

    /** Copies from a Java array to user memory; returns the bytes copied. */
    public static int copyOutArray(AddressSpace as, long dst, byte[] src, int off, int len) {
        return arrayCopy(as, dst, src, off, len, true);
    }

    /**
     * copyInArray (toUser false) and copyOutArray (toUser true): inlined into both and into
     * UserBuffer's single-range copies, which every read and write of a pipe makes, so that
     * such a copy costs one frame, not two.
     */
    @Inline
    static int arrayCopy(AddressSpace as, long user, byte[] array, int off, int len, boolean toUser) {
        if (len <= 0) {
            return 0;
        }
        if (off < 0 || off > array.length - len) {
            throw outOfRange(array, off, len);
        }
        if (!AddressSpace.isUserRange(user, len)) {
            return 0;
        }
        if (!as.mmuCopyOk()) {
            return toUser ? WalkedCopies.copyOutArray(as, user, array, off, len)
                    : WalkedCopies.copyInArray(as, user, array, off, len);
        }
        long left = toUser ? Memory.copyUserFromArray(user, array, off, len) : Memory.copyUserToArray(array, off, user, len);
        return len - (int) left;
    }

    /**
     * The block copies to and from arrays do not check indexes themselves: their callers test
     * the range inline (len > 0, so array.length - len cannot wrap) and throw this.
     */
    private static ArrayIndexOutOfBoundsException outOfRange(byte[] array, int off, int len) {
        return new ArrayIndexOutOfBoundsException("range [" + off + ", " + off + " + " + len + ") of byte[" + array.length + "]");
    }

    /** Zeroes len user bytes at dst; returns the bytes zeroed. */
    public static long zero(AddressSpace as, long dst, long len) {
        if (len <= 0 || !AddressSpace.isUserRange(dst, len)) {
            return 0;
        }
        if (!as.mmuCopyOk()) {
            return WalkedCopies.zero(as, dst, len);
        }
        return len - Memory.zeroUser(dst, len);
    }

    /** The 64-bit word at user addr; sets ok[0] false (and returns 0) when it cannot be read. */
    public static long readLong(AddressSpace as, long addr, boolean[] ok) {
        byte[] b = new byte[8];
        if (copyInArray(as, addr, b, 0, 8) != 8) {
            ok[0] = false;
            return 0;
        }
        return Le.get64(b, 0);
    }

    public static boolean writeLong(AddressSpace as, long addr, long value) {
        byte[] b = new byte[8];
        Le.put64(b, 0, value);
        return copyOutArray(as, addr, b, 0, 8) == 8;
    }

    public static boolean writeInt(AddressSpace as, long addr, int value) {
        byte[] b = new byte[4];
        Le.put32(b, 0, value);
        return copyOutArray(as, addr, b, 0, 4) == 4;
    }
}
