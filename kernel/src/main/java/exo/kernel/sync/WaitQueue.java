/*
 * Threads waiting for an event: the building block of every blocking primitive (Mutex,
 * Semaphore, CondVar, Monitors). The waiter checks its condition and sleeps with interrupts
 * off, so that no wake-up can slip in between:
 *     boolean on = Irq.save();
 *     while (!condition) queue.sleep();
 *     Irq.restore(on);
 * and the waker changes the condition and calls wakeOne or wakeAll. Waiters are woken in
 * arrival order (FIFO). Queueing is intrusive (KThread's links), so it never allocates. A
 * woken thread in a better run queue than the waker's preempts it at the waker's next
 * Scheduler.reschedIfNeeded() (the primitives call it after restoring interrupts).
 */
package exo.kernel.sync;

import exo.kernel.cpu.Irq;
import exo.kernel.sched.KThread;
import exo.kernel.sched.Scheduler;
import exo.kernel.sched.ThreadList;
import exo.rt.Blocking;

public final class WaitQueue {
    private final ThreadList waiters = new ThreadList();

    /** Blocks the running thread here until woken; interrupts must be off. */
    @Blocking
    public void sleep() {
        waiters.add(Scheduler.current());
        Scheduler.block();
    }

    /** Wakes the longest waiter; returns it, or null when none waits. */
    public KThread wakeOne() {
        boolean on = Irq.save();
        KThread t = waiters.poll();
        if (t != null) {
            Scheduler.wake(t);
        }
        Irq.restore(on);
        return t;
    }

    /** Wakes every waiter; returns how many. */
    public int wakeAll() {
        boolean on = Irq.save();
        int n = 0;
        KThread t;
        while ((t = waiters.poll()) != null) {
            Scheduler.wake(t);
            n++;
        }
        Irq.restore(on);
        return n;
    }

    public boolean isEmpty() {
        return waiters.isEmpty();
    }

    public int size() {
        return waiters.size();
    }
}
