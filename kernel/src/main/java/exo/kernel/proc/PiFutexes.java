/*
 * The priority-inheritance futex operations (futex(2) FUTEX_LOCK_PI, FUTEX_TRYLOCK_PI,
 * FUTEX_UNLOCK_PI), what PTHREAD_PRIO_INHERIT mutexes use. The lock word holds the owner's
 * thread id, FUTEX_WAITERS when threads sleep on it in the kernel, and FUTEX_OWNER_DIED after
 * an owner ended holding it. The user takes a free lock and releases an uncontended one with
 * its own cmpxchg; it calls in here only when the word is contended. Unlike plain futexes, the
 * kernel changes the word itself: LOCK_PI sets FUTEX_WAITERS and sleeps; UNLOCK_PI hands the
 * lock straight to the first waiter (the word becomes that waiter's id), so a lock is never
 * free while someone waits for it. Priorities are not boosted: the scheduler has no
 * priorities to lend yet, so this is the ownership protocol without the inheritance. When an
 * owner ends, RobustLists (for a robust lock) or ownerExited (for any lock with waiters) hands
 * the lock on with FUTEX_OWNER_DIED. The word is changed only through
 * uaccess.UserAtomics. Keys, waiters and the sleep are Futexes'; the queue is apart, under its
 * own lock. Called by the futex system call and at thread exit.
 */
package exo.kernel.proc;

import exo.kernel.fs.Errno;
import exo.kernel.sync.Mutex;
import exo.kernel.uaccess.UserAtomics;
import exo.kernel.vm.AddressSpace;
import java.util.ArrayList;

public final class PiFutexes {
    private PiFutexes() {}

    private static final int WAITERS = RobustLists.FUTEX_WAITERS;
    private static final int OWNER_DIED = RobustLists.FUTEX_OWNER_DIED;
    private static final int TID_MASK = RobustLists.FUTEX_TID_MASK;

    private static final Mutex lock = new Mutex();
    /** Threads waiting for a PI lock, oldest first (the lock is handed to the first). */
    private static final ArrayList<PiWaiter> waiters = new ArrayList<>();

    private static final class PiWaiter {
        final Futexes.Waiter w;
        final AddressSpace mm;
        final long uaddr;
        /** Who holds the lock, as the kernel knows it (Linux's pi_state owner). */
        int ownerTid;

        PiWaiter(Futexes.Waiter w, AddressSpace mm, long uaddr) {
            this.w = w;
            this.mm = mm;
            this.uaddr = uaddr;
        }
    }

    /**
     * FUTEX_LOCK_PI (tryOnly false) and FUTEX_TRYLOCK_PI: takes the lock at uaddr for t, sleeping
     * (LOCK_PI) until it is handed over, deadlineNanos passes (Clock.nanoTime, or
     * Long.MAX_VALUE) or a signal comes. Returns 0, -EDEADLK (t holds it), -EAGAIN (TRYLOCK of a
     * held lock), -ESRCH (the owner named by the word does not exist), -ETIMEDOUT, -EFAULT,
     * -EINVAL or -ERESTARTNOINTR.
     */
    public static int lock(Task t, long uaddr, long deadlineNanos, boolean shared, boolean tryOnly) {
        if ((uaddr & 3) != 0) {
            return -Errno.EINVAL;
        }
        AddressSpace mm = t.process.mm();
        long k = Futexes.key(mm, uaddr, shared);
        if (k < 0) {
            return -Errno.EFAULT;
        }
        PiWaiter pw = new PiWaiter(new Futexes.Waiter(t, Futexes.space(mm, k), k, Futexes.BITSET_ALL), mm, uaddr);
        lock.lock();
        try {
            int r = tryTakeLocked(t, pw, tryOnly);
            if (r != 1) {
                return r;
            }
            waiters.add(pw);
        } finally {
            lock.unlock();
        }
        boolean timedOut = Futexes.sleep(t, pw.w, deadlineNanos);
        lock.lock();
        try {
            if (pw.w.woken) {
                return 0;   // handed over by unlock or by the owner's exit
            }
            waiters.remove(pw);
        } finally {
            lock.unlock();
        }
        return timedOut ? -Errno.ETIMEDOUT : -Delivery.ERESTARTNOINTR;
    }

    /** Takes a free lock (0), refuses (an -errno), or marks the word FUTEX_WAITERS (1: sleep). */
    private static int tryTakeLocked(Task t, PiWaiter pw, boolean tryOnly) {
        for (;;) {
            long found = UserAtomics.read32(pw.mm, pw.uaddr);
            if (found < 0) {
                return (int) found;
            }
            int old = (int) found;
            int owner = old & TID_MASK;
            if (owner == 0) {
                // free (perhaps after its owner died: OWNER_DIED stays for the user to see)
                int mine = (old & OWNER_DIED) | t.tid | (hasWaiterLocked(pw.w) ? WAITERS : 0);
                if (cas(pw, old, mine)) {
                    return 0;
                }
                continue;
            }
            if (owner == t.tid) {
                return -Errno.EDEADLK;
            }
            if (tryOnly) {
                return -Errno.EAGAIN;
            }
            if (Processes.findTask(owner) == null) {
                return -Errno.ESRCH;
            }
            if ((old & WAITERS) != 0 || cas(pw, old, old | WAITERS)) {
                pw.ownerTid = owner;
                return 1;
            }
        }
    }

    /**
     * FUTEX_UNLOCK_PI: t releases the lock at uaddr; the first waiter, if any, becomes its owner
     * (and is woken). Returns 0, -EPERM (t is not the owner), -EFAULT or -EINVAL.
     */
    public static int unlock(Task t, long uaddr, boolean shared) {
        if ((uaddr & 3) != 0) {
            return -Errno.EINVAL;
        }
        AddressSpace mm = t.process.mm();
        long k = Futexes.key(mm, uaddr, shared);
        if (k < 0) {
            return -Errno.EFAULT;
        }
        Object sp = Futexes.space(mm, k);
        lock.lock();
        try {
            for (;;) {
                long found = UserAtomics.read32(mm, uaddr);
                if (found < 0) {
                    return (int) found;
                }
                int old = (int) found;
                if ((old & TID_MASK) != t.tid) {
                    return -Errno.EPERM;
                }
                if (handOffLocked(mm, uaddr, sp, k, old, 0)) {
                    return 0;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * A robust PI lock's owner died (RobustLists has set FUTEX_OWNER_DIED): its first waiter
     * gets the lock, with the bit kept so that it learns of the death.
     */
    static void handOffDead(AddressSpace mm, long uaddr) {
        long k = Futexes.key(mm, uaddr, true);
        if (k < 0) {
            return;
        }
        lock.lock();
        try {
            for (int attempt = 0; attempt < 16; attempt++) {
                long found = UserAtomics.read32(mm, uaddr);
                if (found < 0 || ((int) found & TID_MASK) != 0
                        || handOffLocked(mm, uaddr, Futexes.space(mm, k), k, (int) found, OWNER_DIED)) {
                    return;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Thread t is ending: every PI lock it owns that others wait for (robust or not) is handed
     * to its first waiter with FUTEX_OWNER_DIED, so that no waiter sleeps for ever. That
     * includes a lock whose word the owner already cleared on its way out (musl's pthread_exit
     * marks its robust mutexes dead in user space and wakes with a plain FUTEX_WAKE, which a
     * LOCK_PI sleeper does not heed): the kernel remembers the owner, as Linux's pi_state does.
     */
    static void ownerExited(Task t) {
        lock.lock();
        try {
            for (int i = 0; i < waiters.size(); i++) {
                PiWaiter pw = waiters.get(i);
                if (pw.ownerTid != t.tid) {
                    continue;
                }
                long found = UserAtomics.read32(pw.mm, pw.uaddr);
                int owner = (int) found & TID_MASK;
                if (found >= 0 && (owner == t.tid || owner == 0)
                        && handOffLocked(pw.mm, pw.uaddr, pw.w.space, pw.w.addr, (int) found, OWNER_DIED)) {
                    i = -1;   // the queue changed: look again from the start
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Replaces the word (which was old) with the first waiter's id (plus keep, and
     * FUTEX_WAITERS if more wait), or with 0 when nobody waits; wakes that waiter. False when the
     * word changed under us (the caller reads it again).
     */
    private static boolean handOffLocked(AddressSpace mm, long uaddr, Object sp, long k, int old, int keep) {
        PiWaiter next = null;
        int others = 0;
        for (PiWaiter pw : waiters) {
            if (pw.w.space == sp && pw.w.addr == k) {
                if (next == null) {
                    next = pw;
                } else {
                    others++;
                }
            }
        }
        int word = next == null ? keep : next.w.task.tid | keep | (others > 0 ? WAITERS : 0);
        if (UserAtomics.compareAndSwap32(mm, uaddr, old, word) != (old & 0xFFFF_FFFFL)) {
            return false;
        }
        if (next != null) {
            waiters.remove(next);
            for (PiWaiter pw : waiters) {
                if (pw.w.space == sp && pw.w.addr == k) {
                    pw.ownerTid = next.w.task.tid;
                }
            }
            Futexes.wakeWaiter(next.w);
        }
        return true;
    }

    private static boolean hasWaiterLocked(Futexes.Waiter me) {
        for (PiWaiter pw : waiters) {
            if (pw.w.space == me.space && pw.w.addr == me.addr) {
                return true;
            }
        }
        return false;
    }

    private static boolean cas(PiWaiter pw, int old, int update) {
        return UserAtomics.compareAndSwap32(pw.mm, pw.uaddr, old, update) == (old & 0xFFFF_FFFFL);
    }
}
