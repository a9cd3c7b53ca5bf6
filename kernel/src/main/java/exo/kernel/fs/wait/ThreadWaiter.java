/*
 * The Waiter of a kernel thread: blocks it in the scheduler until a WaitList wakes it, with
 * interrupts off between the readiness check and the block so that no wake-up is lost (one
 * CPU). A deadline becomes a timed sleep (the scheduler's wake() also ends a sleep early).
 * Signals are the process layer's: it overrides signalPending() (a pending signal ends the wait
 * with -ERESTARTSYS) and calls wake() when it queues one.
 * FIXME(SMP): the woken flag and the check need the WaitList lock instead of interrupts off.
 */
package exo.kernel.fs.wait;

import exo.kernel.cpu.Irq;
import exo.kernel.fs.Errno;
import exo.kernel.sched.KThread;
import exo.kernel.sched.Scheduler;
import exo.kernel.time.Clock;

public class ThreadWaiter extends Waiter {
    private static final long NANOS_PER_TICK = 10_000_000L; // the PIT runs at 100 Hz
    private final KThread thread;
    private boolean woken;
    /** The entry of this thread's waits, made once (see entryFor). */
    private WaitEntry entry;

    /** A waiter for the running thread. */
    public ThreadWaiter() {
        this.thread = Scheduler.current();
    }

    /** Overridden by the process layer: a signal should end the wait. */
    protected boolean signalPending() {
        return false;
    }

    /** Only the waiter's own thread waits with it, one wait at a time, so the entry is free
     *  again whenever a wait begins (a nested wait, were there one, gets a new entry). */
    @Override
    protected WaitEntry entryFor(int interest) {
        WaitEntry e = entry;
        if (e == null || e.isQueued()) {
            e = new WaitEntry(this, interest);
            entry = e;
        }
        e.interest = interest;
        return e;
    }

    @Override
    public void wake() {
        boolean on = Irq.save();
        woken = true;
        Scheduler.wake(thread);
        Irq.restore(on);
    }

    @Override
    public int sleepUntil(Ready ready, long deadlineNanos) {
        for (;;) {
            boolean on = Irq.save();
            try {
                // A wake-up before this point is seen by the tests below (they run with
                // interrupts off, after it). Left set, the flag of the wake-up that ended the
                // last wait would make the next wait loop once more before blocking: a second
                // readiness and signal test on every block.
                woken = false;
                if (ready.isReady()) {
                    return 0;
                }
                if (signalPending()) {
                    return -Errno.ERESTARTSYS;
                }
                if (deadlineNanos == FOREVER) {   // no clock read: the common untimed wait
                    if (!woken) {
                        Scheduler.block();
                    }
                } else {
                    long now = monotonicNanos();
                    if (now >= deadlineNanos) {
                        return -Errno.ETIMEDOUT;
                    }
                    if (!woken) {
                        Scheduler.sleepTicks((deadlineNanos - now + NANOS_PER_TICK - 1) / NANOS_PER_TICK);
                    }
                }
            } finally {
                Irq.restore(on);
            }
        }
    }

    @Override
    public long monotonicNanos() {
        return Clock.nanoTime();
    }
}
