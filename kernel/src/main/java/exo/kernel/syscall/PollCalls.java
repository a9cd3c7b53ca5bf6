/*
 * poll, ppoll, select and pselect6: the pollfd array or the three fd_sets are copied in
 * (ArgLayouts), the wait is the file layer's (fs.event.PollCall), and the results go back out.
 * As on Linux: poll's nfds above RLIMIT_NOFILE is EINVAL; select's nfds is cut to the table's
 * limit and bits past it are ignored; ppoll/select/pselect6 write the time left back into the
 * caller's timeout (not for a zero timeout; a failed write-back is ignored); the signal mask
 * of ppoll and pselect6 applies during the wait only (ProcessSignals.setWaitMask), unless a
 * signal ended it, and then the handler runs first. A signal ends the wait with
 * -ERESTARTNOHAND: EINTR when a handler ran, a transparent restart otherwise (which waits the
 * whole timeout again for poll, whose int timeout cannot be updated). Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Errno;
import exo.kernel.fs.abi.Le;
import exo.kernel.fs.abi.SmallLayouts;
import exo.kernel.fs.event.PollCall;
import exo.kernel.fs.file.FdTable;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.proc.Delivery;
import exo.kernel.proc.ProcessSignals;
import exo.kernel.proc.Task;
import exo.kernel.signal.Signals;

final class PollCalls {
    private PollCalls() {}

    static final long NANOS_PER_MS = 1_000_000L;
    /** A timeout argument that is absent: wait as long as it takes. */
    static final long FOREVER = -1;

    static long poll(Task t, long fdsAddr, long nfds, int timeoutMs) {
        long r = pollFds(t, fdsAddr, nfds, timeoutMs < 0 ? FOREVER : timeoutMs * NANOS_PER_MS);
        return r == -Delivery.ERESTARTSYS ? -Delivery.ERESTARTNOHAND : r;
    }

    static long ppoll(Task t, long fdsAddr, long nfds, long tsAddr, long maskAddr, long maskSize) {
        long timeout = readTimespec(t, tsAddr);
        if (timeout < FOREVER) {
            return timeout;
        }
        long[] mask = readMask(t, maskAddr, maskSize);
        if (mask == BAD_SIZE || mask == BAD_ADDR) {
            return mask == BAD_SIZE ? -Errno.EINVAL : -Errno.EFAULT;
        }
        long deadline = PollCall.deadline(t.fsContext(), timeout);
        if (mask != null) {
            ProcessSignals.setWaitMask(t, mask[0]);
        }
        long r = pollFds(t, fdsAddr, nfds, timeout);
        return finish(t, r, mask != null, tsAddr, timeout, deadline, false);
    }

    /** poll's common part: -ERESTARTSYS when a signal ended the wait. */
    private static long pollFds(Task t, long fdsAddr, long nfds, long timeoutNanos) {
        FdTable table = t.process.fds();
        if (nfds < 0 || nfds > table.limit()) {
            return -Errno.EINVAL;
        }
        int n = (int) nfds;
        byte[] raw = UserArgs.in(t, fdsAddr, n * SmallLayouts.POLLFD_SIZE);
        if (raw == null) {
            return -Errno.EFAULT;
        }
        int[] fds = new int[n];
        short[] events = new short[n];
        short[] revents = new short[n];
        for (int i = 0; i < n; i++) {
            fds[i] = Le.get32(raw, i * SmallLayouts.POLLFD_SIZE + SmallLayouts.PFD_FD);
            events[i] = (short) Le.get16(raw, i * SmallLayouts.POLLFD_SIZE + SmallLayouts.PFD_EVENTS);
        }
        int r = PollCall.poll(t.fsContext(), table, fds, events, revents, timeoutNanos);
        if (r < 0) {
            return r;
        }
        for (int i = 0; i < n; i++) {
            Le.put16(raw, i * SmallLayouts.POLLFD_SIZE + SmallLayouts.PFD_REVENTS, revents[i]);
        }
        return UserArgs.out(t, fdsAddr, raw) ? r : -Errno.EFAULT;
    }

    static long select(Task t, int nfds, long inAddr, long outAddr, long exAddr, long tvAddr) {
        long timeout = FOREVER;
        if (tvAddr != 0) {
            byte[] tv = UserArgs.in(t, tvAddr, ArgLayouts.TIMEVAL_SIZE);
            if (tv == null) {
                return -Errno.EFAULT;
            }
            timeout = ArgLayouts.timevalTimeoutNanos(tv, 0);
            if (timeout < 0) {
                return -Errno.EINVAL;
            }
        }
        long deadline = PollCall.deadline(t.fsContext(), timeout);
        long r = selectSets(t, nfds, inAddr, outAddr, exAddr, timeout);
        return finish(t, r, false, tvAddr, timeout, deadline, true);
    }

    static long pselect6(Task t, int nfds, long inAddr, long outAddr, long exAddr, long tsAddr, long sigArgAddr) {
        long timeout = readTimespec(t, tsAddr);
        if (timeout < FOREVER) {
            return timeout;
        }
        long[] mask = null;
        if (sigArgAddr != 0) {
            byte[] arg = UserArgs.in(t, sigArgAddr, ArgLayouts.SIGMASK_ARG_SIZE);
            if (arg == null) {
                return -Errno.EFAULT;
            }
            mask = readMask(t, Le.get64(arg, ArgLayouts.SMA_SET), Le.get64(arg, ArgLayouts.SMA_LEN));
            if (mask == BAD_SIZE || mask == BAD_ADDR) {
                return mask == BAD_SIZE ? -Errno.EINVAL : -Errno.EFAULT;
            }
        }
        long deadline = PollCall.deadline(t.fsContext(), timeout);
        if (mask != null) {
            ProcessSignals.setWaitMask(t, mask[0]);
        }
        long r = selectSets(t, nfds, inAddr, outAddr, exAddr, timeout);
        return finish(t, r, mask != null, tsAddr, timeout, deadline, false);
    }

    /** select's common part: the sets in, the wait, the sets out; -ERESTARTSYS for a signal. */
    private static long selectSets(Task t, int nfds, long inAddr, long outAddr, long exAddr, long timeoutNanos) {
        if (nfds < 0) {
            return -Errno.EINVAL;
        }
        FdTable table = t.process.fds();
        int n = Math.min(nfds, table.limit());
        long[] in = readSet(t, inAddr, n);
        long[] out = readSet(t, outAddr, n);
        long[] ex = readSet(t, exAddr, n);
        if (in == BAD_ADDR || out == BAD_ADDR || ex == BAD_ADDR) {
            return -Errno.EFAULT;
        }
        FsContext ctx = t.fsContext();
        int r = PollCall.select(ctx, table, n, in, out, ex, timeoutNanos);
        if (r < 0) {
            return r;
        }
        if (!writeSet(t, inAddr, in) || !writeSet(t, outAddr, out) || !writeSet(t, exAddr, ex)) {
            return -Errno.EFAULT;
        }
        return r;
    }

    /** Markers for readMask/readSet failures (compared by identity). */
    static final long[] BAD_ADDR = new long[0];
    static final long[] BAD_SIZE = new long[0];

    private static long[] readSet(Task t, long addr, int nfds) {
        if (addr == 0) {
            return null;
        }
        byte[] b = UserArgs.in(t, addr, ArgLayouts.fdSetBytes(nfds));
        return b == null ? BAD_ADDR : ArgLayouts.decodeFdSet(b, nfds);
    }

    private static boolean writeSet(Task t, long addr, long[] set) {
        return addr == 0 || UserArgs.out(t, addr, ArgLayouts.encodeFdSet(set));
    }

    /** A sigset argument: null when absent, BAD_SIZE unless size is 8, BAD_ADDR when unreadable. */
    static long[] readMask(Task t, long addr, long size) {
        if (addr == 0) {
            return null;
        }
        if (size != Signals.SIGSET_BYTES) {
            return BAD_SIZE;
        }
        long[] mask = new long[1];
        return UserArgs.readLong(t, addr, mask) ? mask : BAD_ADDR;
    }

    /** A timespec timeout in nanoseconds: FOREVER for a null pointer, -EFAULT or -EINVAL (< FOREVER). */
    static long readTimespec(Task t, long addr) {
        if (addr == 0) {
            return FOREVER;
        }
        byte[] b = UserArgs.in(t, addr, ArgLayouts.TIMESPEC_SIZE);
        if (b == null) {
            return -Errno.EFAULT;
        }
        long ns = ArgLayouts.timeoutNanos(b, 0);
        return ns < 0 ? -Errno.EINVAL : ns;
    }

    /**
     * The end of ppoll/select/pselect6: a signal's -ERESTARTSYS becomes -ERESTARTNOHAND; the
     * wait mask goes unless a signal ended the wait; the time left is written back when there
     * was a non-zero timeout (a fault there turns a restart into EINTR, as Linux's sticky case).
     */
    private static long finish(Task t, long r, boolean masked, long timeoutAddr, long timeout, long deadline,
                               boolean timeval) {
        if (r == -Delivery.ERESTARTSYS) {
            r = -Delivery.ERESTARTNOHAND;
        }
        if (masked && r != -Delivery.ERESTARTNOHAND) {
            ProcessSignals.restoreWaitMask(t);
        }
        if (timeoutAddr == 0 || timeout == 0 || timeout == FOREVER) {
            return r;
        }
        long left = Math.max(0, deadline - t.fsContext().waiter.monotonicNanos());
        byte[] b = new byte[ArgLayouts.TIMESPEC_SIZE];
        if (timeval) {
            ArgLayouts.putTimeval(b, 0, left);
        } else {
            ArgLayouts.putTimespec(b, 0, left);
        }
        if (!UserArgs.out(t, timeoutAddr, b) && r == -Delivery.ERESTARTNOHAND) {
            return -Errno.EINTR;
        }
        return r;
    }
}
