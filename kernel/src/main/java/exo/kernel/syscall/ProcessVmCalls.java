/*
 * process_vm_readv and process_vm_writev: copy between the caller's memory and another
 * process's, each side given as an iovec array (UserIovecs). The target is any thread id (its
 * process's memory is used); the caller must be root or hold all of the target's uids and gids
 * as its real ones (ProcessLimits.mayAccess, Linux's ptrace access rule without capabilities).
 * Bytes move through a page-sized kernel buffer, each side copied with UserMemory (the
 * target's pages are faulted in as its own accesses would be); a fault on either side ends the
 * transfer, which returns the bytes moved so far, or EFAULT when none were. The target's
 * address space is held (AddressSpace.tryRetain) so that its exit cannot free it mid-copy.
 * Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Errno;
import exo.kernel.proc.ProcessLimits;
import exo.kernel.proc.Processes;
import exo.kernel.proc.Task;
import exo.kernel.uaccess.UserMemory;
import exo.kernel.vm.AddressSpace;

final class ProcessVmCalls {
    private ProcessVmCalls() {}

    /** The bounce buffer: one page at a time (no user page is crossed by a copy). */
    static final int CHUNK_BYTES = 4096;

    /** process_vm_readv (write false) and process_vm_writev (write true). */
    static long transfer(Task t, int pid, long localIov, long localCount, long remoteIov, long remoteCount,
            long flags, boolean write) {
        if (flags != 0) {
            return -Errno.EINVAL;
        }
        UserIovecs local = UserIovecs.read(t, localIov, localCount);
        if (local.error != 0) {
            return local.error;
        }
        UserIovecs remote = UserIovecs.read(t, remoteIov, remoteCount);
        if (remote.error != 0) {
            return remote.error;
        }
        Task target = pid > 0 ? Processes.findTask(pid) : null;
        AddressSpace other = target == null ? null : target.process.mm();
        if (other == null) {
            return -Errno.ESRCH;
        }
        if (!ProcessLimits.mayAccess(t.process, target.process)) {
            return -Errno.EPERM;
        }
        if (!other.tryRetain()) {
            return -Errno.ESRCH;   // it is exiting
        }
        try {
            long moved = write ? copy(t.process.mm(), local, other, remote) : copy(other, remote, t.process.mm(), local);
            return moved;
        } finally {
            other.release();
        }
    }

    /** Copies the from segments into the to segments, in order, until either ends or faults. */
    private static long copy(AddressSpace fromMm, UserIovecs from, AddressSpace toMm, UserIovecs to) {
        byte[] chunk = new byte[CHUNK_BYTES];
        int fi = 0;
        int ti = 0;
        long fOff = 0;
        long tOff = 0;
        long moved = 0;
        while (fi < from.bases.length && ti < to.bases.length) {
            if (fOff == from.lengths[fi]) {
                fi++;
                fOff = 0;
                continue;
            }
            if (tOff == to.lengths[ti]) {
                ti++;
                tOff = 0;
                continue;
            }
            long src = from.bases[fi] + fOff;
            long dst = to.bases[ti] + tOff;
            int n = (int) Math.min(Math.min(from.lengths[fi] - fOff, to.lengths[ti] - tOff),
                    Math.min(CHUNK_BYTES - (src & (CHUNK_BYTES - 1)), CHUNK_BYTES - (dst & (CHUNK_BYTES - 1))));
            int got = UserMemory.copyInArray(fromMm, src, chunk, 0, n);
            int put = got <= 0 ? 0 : UserMemory.copyOutArray(toMm, dst, chunk, 0, got);
            moved += Math.max(put, 0);
            if (put != n) {
                break;
            }
            fOff += n;
            tOff += n;
        }
        return moved == 0 && hasBytes(from) && hasBytes(to) ? -Errno.EFAULT : moved;
    }

    private static boolean hasBytes(UserIovecs v) {
        for (long len : v.lengths) {
            if (len > 0) {
                return true;
            }
        }
        return false;
    }
}
