/*
 * A sleeping mutual-exclusion lock for threads. lock() takes it or blocks in FIFO order;
 * unlock() hands it directly to the longest waiter (ownership passes without a window in which
 * a third thread could barge in), so waiters cannot starve. Not reentrant: locking a mutex the
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

public final class Mutex {
    private final WaitQueue waiters = new WaitQueue();
    private KThread owner;
    private long contended;

    @Blocking
    public void lock() {
        boolean on = Irq.save();
        KThread self = Scheduler.current();
        if (owner == null) {   // the common case, kept free of the try block below
            owner = self;
            Irq.restore(on);
            return;
        }
        lockContended(self, on);
    }

    /** lock() when the mutex is taken: waits its turn, then restores the interrupt flag on. */
    @Blocking
    private void lockContended(KThread self, boolean on) {
        try {
            if (owner == self) {
                throw new IllegalStateException("mutex locked twice by " + self);
            }
            contended++;
            // unlock() hands the mutex over (owner = self). A wake-up from elsewhere (a futex,
            // signal or timer wakes a thread whatever it blocks on) leaves us off the queue:
            // take the mutex if it has been freed meanwhile, queue again otherwise.
            while (owner != self) {
                if (owner == null) {
                    owner = self;
                    break;
                }
                waiters.sleep();
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
            owner = Scheduler.current();
        }
        Irq.restore(on);
        return taken;
    }

    public void unlock() {
        boolean on = Irq.save();
        if (owner != Scheduler.current()) {
            Irq.restore(on);
            throw notOwner();
        }
        owner = waiters.isEmpty() ? null : waiters.wakeOne();
        Irq.restore(on);
        Scheduler.reschedIfNeeded();
    }

    /** Gives the mutex to the next waiter (or frees it); interrupts off. */
    void release() {
        if (owner != Scheduler.current()) {
            throw notOwner();
        }
        owner = waiters.isEmpty() ? null : waiters.wakeOne();
    }

    private IllegalStateException notOwner() {
        return new IllegalStateException("mutex unlocked by " + Scheduler.current() + ", held by " + owner);
    }

    public boolean isHeldByCurrent() {
        return owner != null && owner == Scheduler.current();
    }

    public KThread owner() {
        return owner;
    }

    /** How many lock() calls found the mutex taken and had to wait. */
    public long contendedCount() {
        return contended;
    }
}
