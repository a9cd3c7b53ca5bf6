/*
 * A counting semaphore: acquire() takes a permit or blocks until release() hands one over;
 * release() gives its permit straight to the longest waiter when there is one (FIFO, no
 * barging), otherwise adds it to the count. A waiter woken into a better run queue than the
 * releasing thread's runs at once (the wake-up latency benchmark measures exactly that). Only
 * for threads; release() may also be called from an interrupt handler (it never blocks).
 */
package exo.kernel.sync;

import exo.kernel.cpu.Irq;
import exo.kernel.sched.KThread;
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
            if (permits > 0) {
                permits--;
            } else {
                // release() wakes us only to hand over its permit.
                waiters.sleep();
            }
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
        KThread woken = waiters.isEmpty() ? null : waiters.wakeOne();
        if (woken == null) {
            permits++;
        }
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
