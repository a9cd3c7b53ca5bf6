/*
 * A counting semaphore: acquire() takes a permit or blocks until there is one; release() adds
 * a permit and wakes the longest waiter. The woken waiter takes the permit when it runs (a
 * thread that acquires in between may take it first; the waiter then queues again): a thread
 * can be woken by someone else than release() (a futex, a signal or a timer wake it whatever
 * it blocks on), so a permit is never handed to a thread that may not be waiting for it. A waiter woken into a better run queue than the
 * releasing thread's runs at once (the wake-up latency benchmark measures exactly that). Only
 * for threads; release() may also be called from an interrupt handler (it never blocks).
 */
package exo.kernel.sync;

import exo.kernel.cpu.Irq;
import exo.kernel.sched.Scheduler;
import exo.rt.Blocking;

public final class Semaphore {
    private final WaitQueue waiters = new WaitQueue();
    private int permits;

    public Semaphore(int permits) {
        if (permits < 0) {
            throw new IllegalArgumentException("negative permits");
        }
        this.permits = permits;
    }

    @Blocking
    public void acquire() {
        boolean on = Irq.save();
        try {
            // release() adds a permit and wakes the longest waiter, which takes it here. A
            // wake-up from elsewhere (a futex, signal or timer) finds no permit and sleeps again.
            while (permits == 0) {
                waiters.sleep();
            }
            permits--;
        } finally {
            Irq.restore(on);
        }
    }

    public boolean tryAcquire() {
        boolean on = Irq.save();
        boolean taken = permits > 0;
        if (taken) {
            permits--;
        }
        Irq.restore(on);
        return taken;
    }

    public void release() {
        boolean on = Irq.save();
        permits++;
        waiters.wakeOne();
        Irq.restore(on);
        Scheduler.reschedIfNeeded();
    }

    public int availablePermits() {
        return permits;
    }

    public int waiting() {
        return waiters.size();
    }
}
