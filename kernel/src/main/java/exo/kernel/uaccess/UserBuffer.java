/*
 * A user buffer as the file layer sees it (fs.IoBuffer): one range for read/write, or the
 * ranges of an iovec array for readv/writev, behind one offset space. Each copy goes through
 * UserMemory, so it stops at the first bad page and reports how far it got (the file layer
 * then returns the bytes done, or -EFAULT when none were). Built per system call by the file
 * system calls.
 */
package exo.kernel.uaccess;

import exo.kernel.fs.IoBuffer;
import exo.kernel.vm.AddressSpace;

public final class UserBuffer implements IoBuffer {
    private final AddressSpace as;
    private final long[] bases;
    private final long[] lengths;
    private final long total;

    private UserBuffer(AddressSpace as, long[] bases, long[] lengths) {
        this.as = as;
        this.bases = bases;
        this.lengths = lengths;
        long t = 0;
        for (long l : lengths) {
            t += l;
        }
        this.total = t;
    }

    public static UserBuffer of(AddressSpace as, long addr, long len) {
        return new UserBuffer(as, new long[] {addr}, new long[] {len});
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
        return (int) each(offset, len, (user, done, n) -> UserMemory.copyOut(as, user, srcAddr + done, n));
    }

    @Override
    public int toKernel(long offset, long dstAddr, int len) {
        return (int) each(offset, len, (user, done, n) -> UserMemory.copyIn(as, user, dstAddr + done, n));
    }

    @Override
    public int fromArray(long offset, byte[] src, int srcOff, int len) {
        return (int) each(offset, len, (user, done, n) -> UserMemory.copyOutArray(as, user, src, srcOff + (int) done, (int) n));
    }

    @Override
    public int toArray(long offset, byte[] dst, int dstOff, int len) {
        return (int) each(offset, len, (user, done, n) -> UserMemory.copyInArray(as, user, dst, dstOff + (int) done, (int) n));
    }

    @Override
    public int zero(long offset, int len) {
        return (int) each(offset, len, (user, done, n) -> UserMemory.zero(as, user, n));
    }

    /** One piece of a copy: n bytes at user address user, the done-th byte of the request. */
    private interface Piece {
        long copy(long user, long done, long n);
    }

    /** Runs piece over the user ranges that [offset, offset + len) covers; bytes copied. */
    private long each(long offset, long len, Piece piece) {
        long done = 0;
        long skip = offset;
        for (int i = 0; i < bases.length && done < len; i++) {
            if (skip >= lengths[i]) {
                skip -= lengths[i];
                continue;
            }
            long n = Math.min(lengths[i] - skip, len - done);
            long got = piece.copy(bases[i] + skip, done, n);
            done += got;
            if (got < n) {
                break;
            }
            skip = 0;
        }
        return done;
    }
}
