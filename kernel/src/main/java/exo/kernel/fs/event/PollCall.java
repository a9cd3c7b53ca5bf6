/*
 * poll/ppoll and select/pselect6 over open files: each file reports its ready mask through
 * poll(table), registering the caller on its wait lists on the first pass; while nothing is
 * ready the caller sleeps (through its Waiter) until a registered file changes or the timeout
 * passes, then polls again. poll reports POLLNVAL for a descriptor that is not open and skips
 * negative ones; select fails with EBADF for a descriptor that is not open. The syscall layer
 * copies the pollfd array or fd_sets in and out, applies ppoll's/pselect's signal mask around
 * the call, and turns -ERESTARTSYS into EINTR or a restart.
 */
package exo.kernel.fs.event;

import exo.kernel.fs.Errno;
import exo.kernel.fs.file.FdTable;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.OpenFile;
import exo.kernel.fs.wait.Poll;
import exo.kernel.fs.wait.PollTable;
import exo.kernel.fs.wait.Waiter;
import exo.kernel.fs.wait.WaiterTable;

public final class PollCall {
    private PollCall() {}

    /** select's three sets as poll masks (what Linux's select maps them to). */
    static final int SELECT_IN = Poll.POLLIN | Poll.POLLRDNORM | Poll.POLLRDBAND | Poll.POLLHUP | Poll.POLLERR;
    static final int SELECT_OUT = Poll.POLLOUT | Poll.POLLWRNORM | Poll.POLLWRBAND | Poll.POLLERR;
    static final int SELECT_EX = Poll.POLLPRI;

    /** The deadline for a timeout (negative: none) on ctx's monotonic clock. */
    public static long deadline(FsContext ctx, long timeoutNanos) {
        if (timeoutNanos < 0) {
            return Waiter.FOREVER;
        }
        long now = ctx.waiter.monotonicNanos();
        return timeoutNanos > Long.MAX_VALUE - now ? Waiter.FOREVER : now + timeoutNanos;
    }

    /**
     * poll: revents[i] for fds[i] and events[i]; returns how many entries have revents, 0 on
     * timeout, or -errno from the wait.
     */
    public static int poll(FsContext ctx, FdTable table, int[] fds, short[] events, short[] revents, long timeoutNanos) {
        long deadline = deadline(ctx, timeoutNanos);
        WaiterTable wt = new WaiterTable(ctx.waiter);
        try {
            PollTable register = timeoutNanos == 0 ? null : wt;
            for (;;) {
                wt.rearm();
                int n = 0;
                for (int i = 0; i < fds.length; i++) {
                    revents[i] = (short) pollOne(table, fds[i], events[i], register);
                    if (revents[i] != 0) {
                        n++;
                    }
                }
                register = null; // registered once; wake-ups re-run the loop
                if (n > 0 || timeoutNanos == 0) {
                    return n;
                }
                int w = ctx.waiter.sleepUntil(wt::triggered, deadline);
                if (w == -Errno.ETIMEDOUT) {
                    return 0;
                }
                if (w < 0) {
                    return w;
                }
            }
        } finally {
            wt.clear();
        }
    }

    private static int pollOne(FdTable table, int fd, int events, PollTable register) {
        if (fd < 0) {
            return 0;
        }
        OpenFile f = table.acquire(fd);
        if (f == null) {
            return Poll.POLLNVAL;
        }
        try {
            int want = (events & 0xFFFF) | Poll.POLLERR | Poll.POLLHUP;
            return f.poll(register) & want;
        } finally {
            f.put();
        }
    }

    /**
     * select over descriptors [0, nfds): the sets are bit arrays (64 descriptors per long), read
     * and rewritten in place (a null set is empty). Returns the number of bits set, 0 on timeout,
     * or -errno (EBADF for a descriptor in a set that is not open, EINVAL for a negative nfds).
     */
    public static int select(FsContext ctx, FdTable table, int nfds, long[] in, long[] out, long[] ex, long timeoutNanos) {
        if (nfds < 0) {
            return -Errno.EINVAL;
        }
        int count = 0;
        int[] fds = new int[nfds];
        short[] events = new short[nfds];
        for (int fd = 0; fd < nfds; fd++) {
            int ev = (bit(in, fd) ? SELECT_IN : 0) | (bit(out, fd) ? SELECT_OUT : 0) | (bit(ex, fd) ? SELECT_EX : 0);
            fds[fd] = ev == 0 ? -1 : fd;
            events[fd] = (short) ev;
            if (ev != 0) {
                if (table.file(fd) == null) {
                    return -Errno.EBADF;
                }
                count++;
            }
        }
        short[] revents = new short[nfds];
        int r = poll(ctx, table, fds, events, revents, timeoutNanos);
        if (r < 0) {
            return r;
        }
        int n = 0;
        for (int fd = 0; fd < nfds; fd++) {
            n += rewrite(in, fd, revents[fd] & SELECT_IN);
            n += rewrite(out, fd, revents[fd] & SELECT_OUT);
            n += rewrite(ex, fd, revents[fd] & SELECT_EX);
        }
        return count == 0 ? 0 : n;
    }

    private static boolean bit(long[] set, int fd) {
        return set != null && (set[fd >>> 6] & (1L << (fd & 63))) != 0;
    }

    /** Keeps fd's bit only if it was asked and is ready; returns 1 when it stays set. */
    private static int rewrite(long[] set, int fd, int ready) {
        if (!bit(set, fd)) {
            return 0;
        }
        if (ready == 0) {
            set[fd >>> 6] &= ~(1L << (fd & 63));
            return 0;
        }
        return 1;
    }
}
