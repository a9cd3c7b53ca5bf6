/*
 * Futexes (futex(2)): threads wait on a 32-bit user word and are woken by address. A private
 * futex (FUTEX_PRIVATE_FLAG, what pthreads use) is named by its address space and virtual
 * address; a shared one by the physical address of the word when it lies in a MAP_SHARED
 * mapping, so that processes mapping the same page meet, and otherwise by address space and
 * virtual address too (a copy-on-write page changes its frame when written), in a namespace
 * apart from the private one, as on Linux: a private wake-up does not end a shared wait.
 * Thread exit's clear_child_tid wake-up is a shared one (musl waits for it on its thread-list
 * lock with a shared wait). WAIT compares the word with the expected value under the table's
 * lock, so a wake that follows a change of the word is never lost; a wait ends on a wake, a
 * timeout or a signal (the call then returns ETIMEDOUT or restarts/EINTR). WAKE,
 * WAIT_BITSET/WAKE_BITSET (bit masks that must intersect) and REQUEUE/CMP_REQUEUE are here;
 * the priority-inheritance operations are PiFutexes' (which shares the keys, waiters and
 * sleep). Used by the futex system call and by thread exit (clear_child_tid, RobustLists).
 */
package exo.kernel.proc;

import exo.kernel.cpu.Irq;
import exo.kernel.fs.Errno;
import exo.kernel.sched.Scheduler;
import exo.kernel.sync.Mutex;
import exo.kernel.time.Clock;
import exo.kernel.uaccess.UserMemory;
import exo.kernel.vm.AddressSpace;
import exo.kernel.vm.Vma;
import java.util.ArrayList;

public final class Futexes {
    private Futexes() {}

    public static final int BITSET_ALL = -1;
    static final long NANOS_PER_TICK = 10_000_000L;

    private static final Mutex lock = new Mutex();
    private static final ArrayList<Waiter> waiters = new ArrayList<>();

    /** A thread waiting on a futex word. */
    static final class Waiter {
        final Task task;
        Object space;
        long addr;
        final int bitset;
        boolean woken;

        Waiter(Task task, Object space, long addr, int bitset) {
            this.task = task;
            this.space = space;
            this.addr = addr;
            this.bitset = bitset;
        }
    }

    /** Marks the key of a shared futex in a private mapping (user addresses are below 2^47). */
    static final long SHARED_IN_PRIVATE = 1L << 62;
    /** Marks a key that is a frame's physical address: a shared futex in a MAP_SHARED mapping. */
    static final long SHARED_FRAME = 1L << 61;

    /**
     * The name of a futex word: its key within a space. The key is the virtual address (with
     * SHARED_IN_PRIVATE for a shared futex) in the space of the address space, or the physical
     * address with SHARED_FRAME, in no space, for a shared futex in a MAP_SHARED mapping.
     * key() returns -1 for an unmapped word.
     */
    static long key(AddressSpace mm, long uaddr, boolean shared) {
        mm.lock.lock();
        try {
            Vma v = mm.findLocked(uaddr);
            if (v == null) {
                return -1;
            }
            if (!shared) {
                return uaddr;
            }
            if ((v.prot() & Vma.PROT_READ) == 0) {
                return -1;   // a shared key needs the page itself (Linux's GUP): EFAULT
            }
            if (!v.isShared()) {
                return uaddr | SHARED_IN_PRIVATE;
            }
            long phys = mm.userPageLocked(uaddr, false);
            return phys < 0 ? -1 : phys | SHARED_FRAME;
        } finally {
            mm.lock.unlock();
        }
    }

    static Object space(AddressSpace mm, long key) {
        return (key & SHARED_FRAME) != 0 ? null : mm;
    }

    /**
     * FUTEX_WAIT(_BITSET): sleeps while *uaddr == expected, until woken, deadlineNanos (on
     * Clock.nanoTime, or Long.MAX_VALUE) or a signal. Returns 0, -EAGAIN, -ETIMEDOUT,
     * -EFAULT, -EINVAL or -ERESTARTSYS.
     */
    public static int wait(Task t, long uaddr, int expected, long deadlineNanos, int bitset, boolean shared) {
        if ((uaddr & 3) != 0 || bitset == 0) {
            return -Errno.EINVAL;
        }
        AddressSpace mm = t.process.mm();
        long k = key(mm, uaddr, shared);
        if (k < 0) {
            return -Errno.EFAULT;
        }
        Waiter w = new Waiter(t, space(mm, k), k, bitset);
        lock.lock();
        try {
            byte[] b = new byte[4];
            if (UserMemory.copyInArray(mm, uaddr, b, 0, 4) != 4) {
                return -Errno.EFAULT;
            }
            int value = (b[0] & 0xFF) | (b[1] & 0xFF) << 8 | (b[2] & 0xFF) << 16 | (b[3] & 0xFF) << 24;
            if (value != expected) {
                return -Errno.EAGAIN;
            }
            waiters.add(w);
        } finally {
            lock.unlock();
        }
        boolean timedOut = sleep(t, w, deadlineNanos);
        lock.lock();
        try {
            if (!w.woken) {
                waiters.remove(w);
            }
        } finally {
            lock.unlock();
        }
        return w.woken ? 0 : timedOut ? -Errno.ETIMEDOUT : -Delivery.ERESTARTSYS;
    }

    /** Sleeps until w is woken, the deadline passes (true) or a signal comes (false). */
    static boolean sleep(Task t, Waiter w, long deadlineNanos) {
        boolean on = Irq.save();
        try {
            for (;;) {
                if (w.woken || Delivery.interrupted(t)) {
                    return false;
                }
                long now = Clock.nanoTime();
                if (now >= deadlineNanos) {
                    return true;
                }
                t.interruptible = true;
                if (deadlineNanos == Long.MAX_VALUE) {
                    Scheduler.block();
                } else {
                    Scheduler.sleepTicks((deadlineNanos - now + NANOS_PER_TICK - 1) / NANOS_PER_TICK);
                }
                t.interruptible = false;
            }
        } finally {
            t.interruptible = false;
            Irq.restore(on);
        }
    }

    /** FUTEX_WAKE(_BITSET): wakes up to n waiters of the word; returns how many. */
    public static int wake(AddressSpace mm, long uaddr, int n, int bitset) {
        return wake(mm, uaddr, n, bitset, false);
    }

    public static int wake(AddressSpace mm, long uaddr, int n, int bitset, boolean shared) {
        if (bitset == 0) {
            return -Errno.EINVAL;
        }
        long k = key(mm, uaddr, shared);
        if (k < 0) {
            return shared ? -Errno.EFAULT : 0;   // as Linux: only a shared key looks at the page
        }
        Object sp = space(mm, k);
        lock.lock();
        try {
            int woken = 0;
            for (int i = 0; i < waiters.size() && woken < n; i++) {
                Waiter w = waiters.get(i);
                if (w.space == sp && w.addr == k && (w.bitset & bitset) != 0) {
                    waiters.remove(i--);
                    wakeWaiter(w);
                    woken++;
                }
            }
            return woken;
        } finally {
            lock.unlock();
        }
    }

    /**
     * FUTEX_CMP_REQUEUE (checkValue) / FUTEX_REQUEUE: wakes up to n waiters of uaddr and moves up
     * to n2 more to uaddr2; returns how many were woken plus moved, or -EAGAIN when *uaddr is not
     * expected.
     */
    public static int requeue(Task t, long uaddr, int n, int n2, long uaddr2, boolean checkValue, int expected,
            boolean shared) {
        AddressSpace mm = t.process.mm();
        long k = key(mm, uaddr, shared);
        long k2 = key(mm, uaddr2, shared);
        if (k < 0 || k2 < 0) {
            return -Errno.EFAULT;
        }
        Object sp = space(mm, k);
        Object sp2 = space(mm, k2);
        lock.lock();
        try {
            if (checkValue) {
                byte[] b = new byte[4];
                if (UserMemory.copyInArray(mm, uaddr, b, 0, 4) != 4) {
                    return -Errno.EFAULT;
                }
                int value = (b[0] & 0xFF) | (b[1] & 0xFF) << 8 | (b[2] & 0xFF) << 16 | (b[3] & 0xFF) << 24;
                if (value != expected) {
                    return -Errno.EAGAIN;
                }
            }
            int woken = 0;
            int moved = 0;
            for (int i = 0; i < waiters.size(); i++) {
                Waiter w = waiters.get(i);
                if (w.space != sp || w.addr != k) {
                    continue;
                }
                if (woken < n) {
                    waiters.remove(i--);
                    wakeWaiter(w);
                    woken++;
                } else if (moved < n2) {
                    w.space = sp2;
                    w.addr = k2;
                    moved++;
                } else {
                    break;
                }
            }
            return woken + moved;
        } finally {
            lock.unlock();
        }
    }

    static void wakeWaiter(Waiter w) {
        boolean on = Irq.save();
        try {
            w.woken = true;
            Scheduler.wake(w.task.thread());
        } finally {
            Irq.restore(on);
        }
    }
}
