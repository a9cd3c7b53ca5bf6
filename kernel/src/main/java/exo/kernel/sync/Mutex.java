/*
 * A sleeping mutual-exclusion lock for threads. lock() takes it or blocks in FIFO order;
 * unlock() frees it and wakes the longest waiter, which takes it when it runs unless the
 * running thread took it again first. Handing it straight to the waiter instead made lock
 * convoys: once a thread was preempted holding a busy lock (proc.Processes.lock), every later
 * lock() found it owned by a thread that had not run yet, and each acquisition became a
 * context switch (libc-test's raise-race: about 8 switches per raise() with 4 processes
 * raising). So that nobody starves, a woken waiter that finds the mutex taken again is the
 * one the next unlock() hands it to directly. Not reentrant: locking a mutex the
 * thread already holds throws, as does unlocking one it does not hold. A blocked thread may be
 * woken by someone else than unlock() (Scheduler.wake does not know what it waits for), so
 * lock() re-checks after every wake-up. Only for threads (after
 * Scheduler.init), never in interrupt handlers. CondVar waits on it; the mutex-counter boot
 * test (test=mutex) checks it under preemption.
 */
package exo.kernel.sync;

import exo.kernel.cpu.Irq;
import exo.kernel.sched.KThread;
import exo.kernel.sched.Scheduler;
import exo.rt.Blocking;
import exo.rt.Inline;

public final class Mutex {
    private final WaitQueue waiters = new WaitQueue();
    /** The holding thread (a KThread), kept uncast: see Scheduler.currentIdentity. */
    private Object owner;
    /** A waiter that was woken and lost the mutex to a running thread: the next owner. */
    private KThread starving;
    /** Threads inside lockContended's wait on `waiters` (an upper bound: a woken one still counts
     *  until it runs), so that unlock's common case needs no look into the queue. */
    private int sleepers;
    private long contended;

    @Blocking
    @Inline   // the free mutex is taken in the caller: no call (two per pipe read or write)
    public void lock() {
        boolean on = Irq.save();
        if (owner == null) {   // the common case, kept free of the try block below
            owner = Scheduler.currentIdentity();
            Irq.restore(on);
            return;
        }
        lockContended(on);
    }

    /** lock() when the mutex is taken: waits its turn, then restores the interrupt flag on. */
    @Blocking
    private void lockContended(boolean on) {
        KThread self = Scheduler.current();
        try {
            if (owner == self) {
                throw new IllegalStateException("mutex locked twice by " + self);
            }
            contended++;
            // unlock() wakes us with the mutex free, or hands it over (owner = self) once we
            // lost it after a wake-up. A wake-up from elsewhere (a futex, signal or timer wakes
            // a thread whatever it blocks on) is just another look.
            boolean woken = false;
            while (owner != self) {
                if (owner == null) {
                    owner = self;
                    break;
                }
                if (woken && (starving == null || starving == self)) {
                    starving = self;   // off the queue: unlock() hands the mutex to us
                    Scheduler.block();
                } else {
                    sleepers++;
                    waiters.sleep();
                    sleepers--;
                }
                woken = true;
            }
            if (starving == self) {
                starving = null;
            }
        } finally {
            Irq.restore(on);
        }
    }

    /** Takes the mutex if it is free; never blocks. */
    public boolean tryLock() {
        boolean on = Irq.save();
        boolean taken = owner == null;
        if (taken) {
            owner = Scheduler.currentIdentity();
        }
        Irq.restore(on);
        return taken;
    }

    @Inline   // nobody to wake: the mutex is freed in the caller, no call
    public void unlock() {
        boolean on = Irq.save();
        if (owner == Scheduler.currentIdentity() && starving == null && sleepers == 0) {
            owner = null;
            Irq.restore(on);
        } else {
            unlockContended(on);
        }
        Scheduler.reschedIfNeeded();
    }

    /** unlock() with a waiter to wake, or by a thread that does not hold the mutex (a bug). */
    private void unlockContended(boolean on) {
        if (owner != Scheduler.currentIdentity()) {
            Irq.restore(on);
            throw notOwner();
        }
        passOn();
        Irq.restore(on);
    }

    /** Frees the mutex (or gives it to a starving waiter) and wakes the next waiter; interrupts off. */
    void release() {
        if (owner != Scheduler.currentIdentity()) {
            throw notOwner();
        }
        passOn();
    }

    private void passOn() {
        KThread next = starving;
        if (next != null) {
            starving = null;
            owner = next;
            Scheduler.wake(next);
            return;
        }
        owner = null;
        if (sleepers != 0) {   // (unlock tests the nobody-to-wake case before calling)
            waiters.wakeOne();
        }
    }

    private IllegalStateException notOwner() {
        return new IllegalStateException("mutex unlocked by " + Scheduler.current() + ", held by " + owner);
    }

    public boolean isHeldByCurrent() {
        return owner != null && owner == Scheduler.currentIdentity();
    }

    public KThread owner() {
        return (KThread) owner;
    }

    /** How many lock() calls found the mutex taken and had to wait. */
    public long contendedCount() {
        return contended;
    }
}
