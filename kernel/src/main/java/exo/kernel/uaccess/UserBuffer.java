/*
 * A user buffer as the file layer sees it (fs.IoBuffer): one range for read/write, or the
 * ranges of an iovec array for readv/writev, behind one offset space. Each copy goes through
 * UserMemory, so it stops at the first bad page and reports how far it got (the file layer
 * then returns the bytes done, or -EFAULT when none were). A single range (read, write) is
 * copied directly; several (readv, writev) go through each(), with the kind of copy as a
 * constant rather than a lambda (no allocation per call). Built per system call by the file
 * system calls.
 */
package exo.kernel.uaccess;

import exo.kernel.fs.IoBuffer;
import exo.kernel.vm.AddressSpace;

public final class UserBuffer implements IoBuffer {
    private final AddressSpace as;
    /** The single range's start (read, write); bases is then null. */
    private final long base;
    /** The ranges of an iovec array (readv, writev), or null. */
    private final long[] bases;
    private final long[] lengths;
    private final long total;

    private UserBuffer(AddressSpace as, long base, long len) {
        this.as = as;
        this.base = base;
        this.bases = null;
        this.lengths = null;
        this.total = len;
    }

    private UserBuffer(AddressSpace as, long[] bases, long[] lengths) {
        this.as = as;
        this.base = 0;
        this.bases = bases;
        this.lengths = lengths;
        long t = 0;
        for (long l : lengths) {
            t += l;
        }
        this.total = t;
    }

    public static UserBuffer of(AddressSpace as, long addr, long len) {
        return new UserBuffer(as, addr, len);
    }

    public static UserBuffer ofVectors(AddressSpace as, long[] bases, long[] lengths) {
        return new UserBuffer(as, bases, lengths);
    }

    @Override
    public long length() {
        return total;
    }

    @Override
    public int fromKernel(long offset, long srcAddr, int len) {
        if (bases == null) {
            return (int) UserMemory.copyOut(as, base + offset, srcAddr, clip(offset, len));
        }
        return (int) each(offset, len, FROM_KERNEL, srcAddr, null, 0);
    }

    @Override
    public int toKernel(long offset, long dstAddr, int len) {
        if (bases == null) {
            return (int) UserMemory.copyIn(as, base + offset, dstAddr, clip(offset, len));
        }
        return (int) each(offset, len, TO_KERNEL, dstAddr, null, 0);
    }

    @Override
    public int fromArray(long offset, byte[] src, int srcOff, int len) {
        if (bases == null) {
            return UserMemory.arrayCopy(as, base + offset, src, srcOff, (int) clip(offset, len), true);
        }
        return (int) each(offset, len, FROM_ARRAY, 0, src, srcOff);
    }

    @Override
    public int toArray(long offset, byte[] dst, int dstOff, int len) {
        if (bases == null) {
            return UserMemory.arrayCopy(as, base + offset, dst, dstOff, (int) clip(offset, len), false);
        }
        return (int) each(offset, len, TO_ARRAY, 0, dst, dstOff);
    }

    @Override
    public int zero(long offset, int len) {
        if (bases == null) {
            return (int) UserMemory.zero(as, base + offset, clip(offset, len));
        }
        return (int) each(offset, len, ZERO, 0, null, 0);
    }

    /** The one-range case: len, cut at the end of the range (0 past it), as each() would. */
    private long clip(long offset, long len) {
        return offset >= total ? 0 : Math.min(len, total - offset);
    }

    /** What each() does with a piece: the IoBuffer method it stands for. */
    private static final int FROM_KERNEL = 0;
    private static final int TO_KERNEL = 1;
    private static final int FROM_ARRAY = 2;
    private static final int TO_ARRAY = 3;
    private static final int ZERO = 4;

    /** n bytes at user address user, the done-th byte of the request: one copy of kind op. */
    private long piece(int op, long user, long done, long n, long kernel, byte[] array, int arrayOff) {
        switch (op) {
            case FROM_KERNEL: return UserMemory.copyOut(as, user, kernel + done, n);
            case TO_KERNEL: return UserMemory.copyIn(as, user, kernel + done, n);
            case FROM_ARRAY: return UserMemory.copyOutArray(as, user, array, arrayOff + (int) done, (int) n);
            case TO_ARRAY: return UserMemory.copyInArray(as, user, array, arrayOff + (int) done, (int) n);
            default: return UserMemory.zero(as, user, n);
        }
    }

    /** Runs op over the user ranges that [offset, offset + len) covers; bytes copied. */
    private long each(long offset, long len, int op, long kernel, byte[] array, int arrayOff) {
        long done = 0;
        long skip = offset;
        for (int i = 0; i < bases.length && done < len; i++) {
            if (skip >= lengths[i]) {
                skip -= lengths[i];
                continue;
            }
            long n = Math.min(lengths[i] - skip, len - done);
            long got = piece(op, bases[i] + skip, done, n, kernel, array, arrayOff);
            done += got;
            if (got < n) {
                break;
            }
            skip = 0;
        }
        return done;
    }
}
