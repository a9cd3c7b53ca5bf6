/*
 * epoll and eventfd: epoll_create/epoll_create1 install a new fs.event.Epoll, epoll_ctl copies
 * the struct epoll_event in (not for EPOLL_CTL_DEL, whose event Linux ignores), the epoll_wait
 * family waits through Epoll.await and copies the ready events out as packed 12-byte records;
 * epoll_pwait applies its signal mask during the wait (as ppoll), epoll_pwait2 takes a
 * timespec timeout. A signal ends a wait with EINTR (epoll never restarts). eventfd/eventfd2
 * install a fs.event.EventFd. Errors in Linux's order: for epoll_wait maxevents (EINVAL), the
 * events buffer (EFAULT), the descriptor (EBADF), not an epoll instance (EINVAL); for
 * epoll_ctl the event (EFAULT), both descriptors (EBADF), a target that cannot be polled
 * (EPERM), then epfd's kind (EINVAL). Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Errno;
import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.abi.SmallLayouts;
import exo.kernel.fs.event.Epoll;
import exo.kernel.fs.event.EventFd;
import exo.kernel.fs.file.FdTable;
import exo.kernel.fs.vfs.OpenFile;
import exo.kernel.proc.Delivery;
import exo.kernel.proc.ProcessSignals;
import exo.kernel.proc.Processes;
import exo.kernel.proc.Task;
import exo.kernel.vm.AddressSpace;

final class EpollCalls {
    private EpollCalls() {}

    /** epoll_wait's largest maxevents (Linux's EP_MAX_EVENTS: the array must fit an int of bytes). */
    static final int MAX_EVENTS = Integer.MAX_VALUE / SmallLayouts.EPOLL_EVENT_SIZE;
    /** Events gathered per call at most, whatever maxevents says (bounds the kernel's arrays). */
    static final int EVENTS_PER_CALL = 1024;

    /** epoll_create(size): size is only a hint, but must be positive. */
    static long epollCreate(Task t, int size) {
        return size <= 0 ? -Errno.EINVAL : epollCreate1(t, 0);
    }

    static long epollCreate1(Task t, int flags) {
        Epoll e = Epoll.create(Processes.files().anon, flags);
        if (e == null) {
            return -Errno.EINVAL;
        }
        return install(t, e, (flags & Epoll.EPOLL_CLOEXEC) != 0);
    }

    /** Installs a new file; when no descriptor is free it is released again (EMFILE). */
    private static long install(Task t, OpenFile f, boolean cloexec) {
        int fd = t.process.fds().install(f, cloexec);
        if (fd < 0) {
            f.put();
        }
        return fd;
    }

    static long epollCtl(Task t, int epfd, int op, int fd, long eventAddr) {
        int events = 0;
        long data = 0;
        if (op != Epoll.EPOLL_CTL_DEL) {
            byte[] ev = UserArgs.in(t, eventAddr, SmallLayouts.EPOLL_EVENT_SIZE);
            if (ev == null) {
                return -Errno.EFAULT;
            }
            events = ArgLayouts.epollEvents(ev, 0);
            data = ArgLayouts.epollData(ev, 0);
        }
        FdTable table = t.process.fds();
        OpenFile f = table.acquire(epfd);
        if (f == null) {
            return -Errno.EBADF;
        }
        try {
            OpenFile target = table.file(fd);
            if (target == null || target.isPathOnly() || f.isPathOnly()) {
                return -Errno.EBADF;
            }
            if (!target.pollable()) {
                return -Errno.EPERM; // files that cannot be polled, checked before epfd's kind
            }
            if (!(f instanceof Epoll)) {
                return -Errno.EINVAL;
            }
            return ((Epoll) f).ctl(table, op, fd, events, data);
        } finally {
            f.put();
        }
    }

    static long epollWait(Task t, int epfd, long eventsAddr, int maxEvents, int timeoutMs) {
        return epollPwait(t, epfd, eventsAddr, maxEvents, timeoutMs, 0, 0);
    }

    static long epollPwait(Task t, int epfd, long eventsAddr, int maxEvents, int timeoutMs, long maskAddr,
                           long maskSize) {
        long timeout = timeoutMs < 0 ? PollCalls.FOREVER : timeoutMs * PollCalls.NANOS_PER_MS;
        return waitMasked(t, epfd, eventsAddr, maxEvents, timeout, maskAddr, maskSize);
    }

    static long epollPwait2(Task t, int epfd, long eventsAddr, int maxEvents, long tsAddr, long maskAddr,
                            long maskSize) {
        long timeout = PollCalls.readTimespec(t, tsAddr);
        if (timeout < PollCalls.FOREVER) {
            return timeout;
        }
        return waitMasked(t, epfd, eventsAddr, maxEvents, timeout, maskAddr, maskSize);
    }

    private static long waitMasked(Task t, int epfd, long eventsAddr, int maxEvents, long timeoutNanos,
                                   long maskAddr, long maskSize) {
        long[] mask = PollCalls.readMask(t, maskAddr, maskSize);
        if (mask == PollCalls.BAD_SIZE || mask == PollCalls.BAD_ADDR) {
            return mask == PollCalls.BAD_SIZE ? -Errno.EINVAL : -Errno.EFAULT;
        }
        if (mask != null) {
            ProcessSignals.setWaitMask(t, mask[0]);
        }
        long r = await(t, epfd, eventsAddr, maxEvents, timeoutNanos);
        if (r == -Delivery.ERESTARTSYS) {
            r = -Errno.EINTR;
        } else if (mask != null) {
            ProcessSignals.restoreWaitMask(t);
        }
        return r;
    }

    private static long await(Task t, int epfd, long eventsAddr, int maxEvents, long timeoutNanos) {
        if (maxEvents <= 0 || maxEvents > MAX_EVENTS) {
            return -Errno.EINVAL;
        }
        if (!AddressSpace.isUserRange(eventsAddr, (long) maxEvents * SmallLayouts.EPOLL_EVENT_SIZE)) {
            return -Errno.EFAULT;
        }
        OpenFile f = t.process.fds().acquire(epfd);
        if (f == null) {
            return -Errno.EBADF;
        }
        try {
            if (!(f instanceof Epoll)) {
                return -Errno.EINVAL;
            }
            int n = Math.min(maxEvents, EVENTS_PER_CALL);
            int[] events = new int[n];
            long[] data = new long[n];
            int got = ((Epoll) f).await(t.fsContext(), events, data, timeoutNanos);
            if (got <= 0) {
                return got;
            }
            return UserArgs.out(t, eventsAddr, ArgLayouts.encodeEpollEvents(events, data, got)) ? got : -Errno.EFAULT;
        } finally {
            f.put();
        }
    }

    static long eventfd2(Task t, int initial, int flags) {
        EventFd e = EventFd.create(Processes.files().anon, initial & 0xFFFFFFFFL, flags);
        if (e == null) {
            return -Errno.EINVAL;
        }
        return install(t, e, (flags & OpenFlags.O_CLOEXEC) != 0);
    }
}
