/*
 * A condition variable used with a Mutex: await(m) releases m and sleeps as one step (no
 * signal can be lost in between, since both happen with interrupts off), then takes m again
 * before returning. As everywhere, the waiter re-checks its condition in a loop:
 *     m.lock(); while (!ready) cv.await(m); ... m.unlock();
 * signal() wakes the longest waiter, signalAll() every waiter. Only for threads.
 */
package exo.kernel.sync;

import exo.kernel.cpu.Irq;
import exo.kernel.sched.Scheduler;
import exo.rt.Blocking;

public final class CondVar {
    private final WaitQueue waiters = new WaitQueue();

    /** Releases m (held by the caller), waits for a signal, then locks m again. */
    @Blocking
    public void await(Mutex m) {
        boolean on = Irq.save();
        try {
            m.release();
            waiters.sleep();
        } finally {
            Irq.restore(on);
        }
        m.lock();
    }

    /** A reason to stop waiting, checked with interrupts off just before the sleep. */
    public interface Abort {
        boolean now();
    }

    /**
     * Like await, unless abort says so at the last moment (interrupts off, so that whoever
     * makes it true and then wakes the thread cannot slip in between): then returns false at
     * once, m still held. The process layer's interruptible waits (a signal arrived).
     */
    public boolean await(Mutex m, Abort abort) {
        boolean on = Irq.save();
        try {
            if (abort.now()) {
                return false;
            }
            m.release();
            waiters.sleep();
        } finally {
            Irq.restore(on);
        }
        m.lock();
        return true;
    }

    public void signal() {
        waiters.wakeOne();
        Scheduler.reschedIfNeeded();
    }

    public void signalAll() {
        waiters.wakeAll();
        Scheduler.reschedIfNeeded();
    }

    public int waiting() {
        return waiters.size();
    }
}
