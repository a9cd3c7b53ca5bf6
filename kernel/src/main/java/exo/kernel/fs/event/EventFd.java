/*
 * eventfd2: a 64-bit counter behind a descriptor. A read takes the whole count (or 1 with
 * EFD_SEMAPHORE) as 8 bytes and waits while it is 0; a write adds an 8-byte value and waits
 * while that would pass 0xfffffffffffffffe; buffers shorter than 8 bytes and the value
 * 0xffffffffffffffff are EINVAL; O_NONBLOCK turns waits into EAGAIN. Readable while the count is
 * above 0, writable while 1 more fits. The counter is unsigned, compared with compareUnsigned.
 */
package exo.kernel.fs.event;

import exo.kernel.fs.Errno;
import exo.kernel.fs.IoBuffer;
import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.abi.Le;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.OpenFile;
import exo.kernel.fs.wait.Poll;
import exo.kernel.fs.wait.PollTable;
import exo.kernel.fs.wait.WaitList;
import exo.kernel.sync.Mutex;

public final class EventFd extends OpenFile {
    public static final int EFD_SEMAPHORE = 1;
    public static final int EFD_CLOEXEC = OpenFlags.O_CLOEXEC;
    public static final int EFD_NONBLOCK = OpenFlags.O_NONBLOCK;
    private static final long MAX = 0xfffffffffffffffeL;

    private final WaitList waiters = new WaitList();
    private final Mutex lock = new Mutex();
    private final boolean semaphore;
    private volatile long count;

    private EventFd(AnonInodes anon, long initial, int flags) {
        super(null, anon.newInode(), OpenFlags.O_RDWR | (flags & OpenFlags.O_NONBLOCK));
        this.count = initial;
        this.semaphore = (flags & EFD_SEMAPHORE) != 0;
    }

    /** eventfd2(initval, flags): the new file, or null for unknown flags (EINVAL). */
    public static EventFd create(AnonInodes anon, long initial, int flags) {
        if ((flags & ~(EFD_SEMAPHORE | EFD_CLOEXEC | EFD_NONBLOCK)) != 0) {
            return null;
        }
        return new EventFd(anon, initial & 0xFFFFFFFFL, flags);
    }

    public long count() {
        return count;
    }

    @Override
    public long read(IoBuffer buf, FsContext ctx) {
        if (buf.length() < 8) {
            return -Errno.EINVAL;
        }
        for (;;) {
            long taken = -1;
            lock.lock();
            try {
                if (count != 0) {
                    taken = semaphore ? 1 : count;
                    count -= taken;
                }
            } finally {
                lock.unlock();
            }
            if (taken >= 0) {
                byte[] b = new byte[8];
                Le.put64(b, 0, taken);
                waiters.wake(Poll.POLLOUT);
                return buf.fromArray(0, b, 0, 8) == 8 ? 8 : -Errno.EFAULT;
            }
            if (isNonBlocking()) {
                return -Errno.EAGAIN;
            }
            int w = ctx.waiter.waitOn(waiters, Poll.POLLIN, () -> count != 0);
            if (w < 0) {
                return w;
            }
        }
    }

    @Override
    public long write(IoBuffer buf, FsContext ctx) {
        if (buf.length() < 8) {
            return -Errno.EINVAL;
        }
        byte[] b = new byte[8];
        if (buf.toArray(0, b, 0, 8) != 8) {
            return -Errno.EFAULT;
        }
        long v = Le.get64(b, 0);
        if (v == -1L) {
            return -Errno.EINVAL;
        }
        for (;;) {
            boolean added = false;
            lock.lock();
            try {
                if (Long.compareUnsigned(v, MAX - count) <= 0) {
                    count += v;
                    added = true;
                }
            } finally {
                lock.unlock();
            }
            if (added) {
                if (v != 0) {
                    waiters.wake(Poll.POLLIN);
                }
                return 8;
            }
            if (isNonBlocking()) {
                return -Errno.EAGAIN;
            }
            int w = ctx.waiter.waitOn(waiters, Poll.POLLOUT, () -> Long.compareUnsigned(v, MAX - count) <= 0);
            if (w < 0) {
                return w;
            }
        }
    }

    @Override
    public int poll(PollTable table) {
        if (table != null) {
            table.register(waiters);
        }
        long c = count;
        return (c != 0 ? Poll.IN : 0) | (Long.compareUnsigned(c, MAX) < 0 ? Poll.OUT : 0);
    }

    @Override
    public String describe(FsContext ctx) {
        return "anon_inode:[eventfd]";
    }
}
