/*
 * The buffer between the two ends of a pipe or FIFO: a ring of `capacity` bytes (64 KiB, changed
 * by F_SETPIPE_SZ) with counts of open readers and writers. Reads return what is there (up to
 * the request), 0 at end of file once no writer is left, or wait; writes of up to PIPE_BUF bytes
 * go in whole or wait for room (atomic), longer ones go in pieces; writing with no reader left is
 * EPIPE (the syscall layer raises SIGPIPE). With O_NONBLOCK a would-be wait is EAGAIN.
 *
 * Data moves straight between the ring and the caller's IoBuffer under the pipe's mutex; waits
 * happen outside it, on `waiters`, through the caller's Waiter, with conditions that only read
 * the volatile counts. A change wakes the waiters it concerns (POLLIN for readers, POLLOUT
 * for writers), which also drives poll and epoll; as in Linux's pipe_write and pipe_read
 * (was_empty, was_full), a write wakes only when the pipe was empty (a reader waits only on
 * an empty pipe, or a claimed one, whose commit wakes) and a read only when less than PIPE_BUF
 * was free (a writer waits for at most PIPE_BUF bytes of room), until the pipe is first
 * polled: from then on every change wakes (poll and epoll waiters, edge-triggered ones too,
 * wait for any change; Linux's poll_usage). readersOpened/writersOpened count opens ever made,
 * for FIFO opens that wait for the other side. A write that wakes a blocked reader hands the
 * CPU straight to it (Scheduler.handoffToWoken), when the scheduler's policy permits.
 *
 * splice takes bytes out with a read claim (claim, then commit once the output has taken some):
 * the claimed bytes stay first in the ring, and other readers find the pipe empty until the
 * commit, so two readers never both get the same bytes and an output that refuses loses
 * nothing. Linux holds the pipe's mutex for the whole splice instead; the one difference a
 * program can see is that an O_NONBLOCK read during another thread's splice is EAGAIN rather
 * than a short sleep.
 *
 * The ring is kernel heap: it starts empty and grows (powers of two from 4 KiB up to the
 * capacity, itself a power of two, so a position wraps with a mask) only as data waits in it,
 * so that a process filling its descriptor table with pipes does not take 64 KiB of heap per
 * pipe, as Linux takes a pipe's pages only on write.
 */
package exo.kernel.fs.pipe;

import exo.kernel.fs.Errno;
import exo.kernel.fs.IoBuffer;
import exo.kernel.fs.Limits;
import exo.kernel.fs.wait.Poll;
import exo.kernel.fs.wait.Ready;
import exo.kernel.fs.wait.WaitList;
import exo.kernel.fs.wait.Waiter;
import exo.kernel.sched.Scheduler;
import exo.kernel.sync.Mutex;
import exo.rt.Inline;

public final class Pipe {
    public static final int DEFAULT_CAPACITY = 65536;
    /** /proc/sys/fs/pipe-max-size: the most an unprivileged F_SETPIPE_SZ may ask. */
    public static final int MAX_UNPRIVILEGED = 1 << 20;

    public final WaitList waiters = new WaitList();
    private final Mutex lock = new Mutex();
    private static final int MIN_RING = 4096;
    private byte[] ring = new byte[0];
    private int head;
    private volatile int count;
    private volatile int capacity = DEFAULT_CAPACITY;
    volatile int readers;
    volatile int writers;
    volatile long readersOpened;
    volatile long writersOpened;
    /** A splice holds the first bytes (claim/commit): other reads wait or get EAGAIN. */
    private volatile boolean claimed;
    /** Set by the first poll or epoll that registers on waiters: every change wakes from then on. */
    private volatile boolean polled;
    private static final int CONSUME = 0;
    private static final int PEEK = 1;
    private static final int CLAIM = 2;
    /** The readiness tests of blocked readers and writers of one byte, made once per pipe
     *  rather than a capturing lambda per wait: they only read the volatile counts. */
    private final Ready readable = () -> !claimed && (count > 0 || writers == 0);
    private final Ready writableByte = () -> readers == 0 || capacity - count > 0;

    /** A poll or epoll registers on waiters (PipeFile.poll). */
    void markPolled() {
        polled = true;
    }

    public int available() {
        return count;
    }

    public int capacity() {
        return capacity;
    }

    /** Heap bytes the ring holds now (tests: it grows only as data waits). */
    int ringBytes() {
        return ring.length;
    }

    public int readers() {
        return readers;
    }

    public int writers() {
        return writers;
    }

    // ---- reading -------------------------------------------------------------------------

    @Inline   // into PipeFile.read, its one caller: the whole read of a pipe is one frame
    public long read(IoBuffer buf, boolean nonblock, Waiter waiter) {
        long len = buf.length();
        if (len == 0) {
            return 0;
        }
        for (;;) {
            // Empty with a writer: the reader that is about to block finds that out without
            // the mutex pair (the volatile counts; the wait re-tests them with wake-ups
            // excluded, and a write that lands in between is read by the next pass).
            long r = count == 0 && writers != 0 ? -Errno.EAGAIN : tryRead(buf, len, CONSUME);
            if (r != -Errno.EAGAIN || nonblock) {
                return r;
            }
            int w = waiter.waitOn(waiters, Poll.POLLIN | Poll.POLLHUP, readable);
            if (w < 0) {
                return w;
            }
        }
    }

    /** tee: like read, but the bytes stay in the pipe. Waits like read unless nonblock. */
    public long peek(IoBuffer buf, boolean nonblock, Waiter waiter) {
        return readWaiting(buf, nonblock, waiter, PEEK);
    }

    /**
     * splice: like read, but the bytes read stay first in the pipe, held for the caller: other
     * readers wait (or get EAGAIN) until commit. A result > 0 obliges the caller to call
     * commit(n) with the count the output took (0 if none), also when the output fails.
     */
    public long claim(IoBuffer buf, boolean nonblock, Waiter waiter) {
        return readWaiting(buf, nonblock, waiter, CLAIM);
    }

    /** Ends a claim: drops the first n of the claimed bytes and lets the other readers in. */
    public void commit(long n) {
        lock.lock();
        try {
            int k = (int) Math.min(Math.max(n, 0), count);
            if (k > 0) {
                head = (head + k) & (ring.length - 1);
                count -= k;
            }
            claimed = false;
        } finally {
            lock.unlock();
        }
        waiters.wake(Poll.POLLIN | Poll.POLLOUT);   // readers waited for the claim, writers for room
    }

    private long readWaiting(IoBuffer buf, boolean nonblock, Waiter waiter, int mode) {
        long len = buf.length();
        if (len == 0) {
            return 0;
        }
        for (;;) {
            long r = tryRead(buf, len, mode);
            if (r != -Errno.EAGAIN || nonblock) {
                return r;
            }
            int w = waiter.waitOn(waiters, Poll.POLLIN | Poll.POLLHUP, readable);
            if (w < 0) {
                return w;
            }
        }
    }

    /** splice into the pipe: waits for free space; the free bytes, or -EPIPE, -EAGAIN, -EINTR. */
    public long waitForSpace(boolean nonblock, Waiter waiter) {
        for (;;) {
            if (readers == 0) {
                return -Errno.EPIPE;
            }
            int free = capacity - count;
            if (free > 0) {
                return free;
            }
            if (nonblock) {
                return -Errno.EAGAIN;
            }
            int w = waiter.waitOn(waiters, Poll.POLLOUT | Poll.POLLERR, writableByte);
            if (w < 0) {
                return w;
            }
        }
    }

    /** What is there now, 0 at end of file, or -EAGAIN (empty with a writer, or claimed). */
    @Inline   // into read (mode CONSUME: the claim tests fold away) and readWaiting
    private long tryRead(IoBuffer buf, long len, int mode) {
        int n;
        boolean roomWaited;   // could a writer be waiting for room
        lock.lock();
        try {
            if (claimed) {
                return -Errno.EAGAIN;
            }
            int used = count;   // changes only under the lock: read once
            if (used == 0) {
                return writers == 0 ? 0 : -Errno.EAGAIN;
            }
            byte[] r = ring;
            int h = head;
            int want = used < len ? used : (int) len;
            int first = Math.min(want, r.length - h);
            n = buf.fromArray(0, r, h, first);
            if (n == first && want > first) {
                n += buf.fromArray(first, r, 0, want - first);
            }
            if (n == 0) {
                return -Errno.EFAULT;
            }
            if (mode != CONSUME) {
                claimed = mode == CLAIM;
                return n;
            }
            head = (h + n) & (r.length - 1);
            count = used - n;
            roomWaited = capacity - used < Limits.PIPE_BUF;
        } finally {
            lock.unlock();
        }
        if (roomWaited || polled) {
            waiters.wake(Poll.POLLOUT);
        }
        return n;
    }

    // ---- writing -------------------------------------------------------------------------

    @Inline   // into PipeFile.write, its one caller
    public long write(IoBuffer buf, boolean nonblock, Waiter waiter) {
        long len = buf.length();
        if (len == 0) {
            return 0;
        }
        long done = 0;
        boolean atomic = len <= Limits.PIPE_BUF;
        for (;;) {
            long r = tryWrite(buf, done, len, atomic);
            if (r < 0 && r != -Errno.EAGAIN) {
                return done > 0 ? done : r;
            }
            if (r > 0) {
                done += r;
                if (done == len) {
                    return done;
                }
            }
            if (nonblock) {
                return done > 0 ? done : -Errno.EAGAIN;
            }
            long need = atomic ? len : 1;
            Ready room = need == 1 ? writableByte : () -> readers == 0 || capacity - count >= need;
            int w = waiter.waitOn(waiters, Poll.POLLOUT | Poll.POLLERR, room);
            if (w < 0) {
                return done > 0 ? done : w;
            }
        }
    }

    /** Copies what fits of buf[from, len); -EPIPE without reader, -EAGAIN when nothing fits. */
    @Inline   // into write, its one caller
    private long tryWrite(IoBuffer buf, long from, long len, boolean atomic) {
        int n;
        boolean wasEmpty;   // could a reader be waiting
        lock.lock();
        try {
            if (readers == 0) {
                return -Errno.EPIPE;
            }
            int used = count;   // changes only under the lock: read once
            int free = capacity - used;
            long want = len - from;
            if (free == 0 || (atomic && free < want)) {
                return -Errno.EAGAIN;
            }
            int put = free < want ? free : (int) want;
            if (ring.length < used + put) {
                regrow(ringSizeFor(used + put));
            }
            byte[] r = ring;
            int tail = (head + used) & (r.length - 1);
            int first = Math.min(put, r.length - tail);
            n = buf.toArray(from, r, tail, first);
            if (n == first && put > first) {
                n += buf.toArray(from + first, r, 0, put - first);
            }
            if (n == 0) {
                return -Errno.EFAULT;
            }
            count = used + n;
            wasEmpty = used == 0;
        } finally {
            lock.unlock();
        }
        if ((wasEmpty || polled) && waiters.wake(Poll.POLLIN) > 0) {
            // a reader blocked on the empty pipe: run it now (the issue-12 direct switch)
            Scheduler.handoffToWoken();
        }
        return n;
    }

    // ---- ends and size ---------------------------------------------------------------------

    /**
     * A reader or writer end opened (anonymous pipes: both at creation). For a FIFO end of one
     * kind, returns -1 when the other kind is open at this moment, else how many of the other
     * kind were ever opened (a blocking open waits for that count to change): both read in the
     * same critical section as the count this open adds, so that a peer that closes right
     * after is still seen, as in Linux's fifo_open.
     */
    long opened(boolean reader, boolean writer) {
        long peerSeen;
        lock.lock();
        try {
            if (reader) {
                readers++;
                readersOpened++;
            }
            if (writer) {
                writers++;
                writersOpened++;
            }
            peerSeen = reader ? (writers > 0 ? -1 : writersOpened) : (readers > 0 ? -1 : readersOpened);
        } finally {
            lock.unlock();
        }
        waiters.wake(Poll.ANY);
        return peerSeen;
    }

    /** An end closed: the last writer means EOF for readers, the last reader EPIPE for writers. */
    void closed(boolean reader, boolean writer) {
        lock.lock();
        try {
            if (reader) {
                readers--;
            }
            if (writer) {
                writers--;
            }
        } finally {
            lock.unlock();
        }
        waiters.wake(Poll.ANY);
    }

    /** F_SETPIPE_SZ: rounds up to a power-of-two number of pages; returns the new capacity. */
    long resize(long bytes, boolean privileged) {
        if (bytes < 0 || bytes > (1L << 31)) {
            return -Errno.EINVAL;
        }
        long size = 4096;
        while (size < bytes) {
            size <<= 1;
        }
        if (size > MAX_UNPRIVILEGED && !privileged) {
            return -Errno.EPERM;
        }
        lock.lock();
        try {
            if (size < count) {
                return -Errno.EBUSY;
            }
            if (ring.length > size) {
                regrow((int) size);
            }
            capacity = (int) size;
        } finally {
            lock.unlock();
        }
        waiters.wake(Poll.POLLOUT);
        return size;
    }

    /** The ring length for bytes waiting: a power of two from MIN_RING, at most the capacity. */
    private int ringSizeFor(int bytes) {
        int size = MIN_RING;
        while (size < bytes) {
            size <<= 1;
        }
        return Math.min(size, capacity);
    }

    /** Moves the waiting bytes to the start of a new ring of length bytes (lock held). */
    private void regrow(int length) {
        byte[] next = new byte[length];
        int first = Math.min(count, ring.length - head);
        System.arraycopy(ring, head, next, 0, first);
        System.arraycopy(ring, 0, next, first, count - first);
        ring = next;
        head = 0;
    }

    /** Ready mask for a reader end and/or a writer end. */
    int poll(boolean reader, boolean writer, long openedWriters) {
        int mask = 0;
        if (reader) {
            if (count > 0) {
                mask |= Poll.IN;
            }
            // A FIFO reader opened before any writer does not see a hang-up yet (Linux).
            if (writers == 0 && writersOpened != openedWriters) {
                mask |= Poll.POLLHUP;
            }
        }
        if (writer) {
            if (capacity - count >= Limits.PIPE_BUF || capacity - count == capacity) {
                mask |= Poll.OUT;
            }
            if (readers == 0) {
                mask |= Poll.POLLERR;
            }
        }
        return mask;
    }
}
