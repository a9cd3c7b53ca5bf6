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
import exo.rt.Inline;

public class ThreadWaiter extends Waiter {
    private static final long NANOS_PER_TICK = 10_000_000L; // the PIT runs at 100 Hz
    private final KThread thread;
    private boolean woken;
    /** The entry of this thread's waits, made once (see waitOn). */
    private Entry entry;

    /** A waiter for the running thread. */
    public ThreadWaiter() {
        this.thread = Scheduler.current();
    }

    /** Overridden by the process layer: a signal should end the wait. */
    protected boolean signalPending() {
        return false;
    }

    /**
     * Waiter.waitOn in one stretch with interrupts off: registering, the tests, the block and
     * unregistering, without an interrupt save and restore of their own for the list's add and
     * remove (every blocking pipe read comes here). Only the waiter's own thread waits with
     * it, one wait at a time, so its entry is free again whenever a wait begins (a nested
     * wait, were there one, gets a new entry).
     */
    @Override
    public int waitOn(WaitList list, int interest, Ready ready, long deadlineNanos) {
        Entry e = entry;
        if (e == null || e.isQueued()) {
            e = new Entry(this, interest);
            entry = e;
        }
        e.interest = interest;
        boolean on = Irq.save();
        try {
            list.addLocked(e);
            return sleepLocked(ready, deadlineNanos);
        } finally {
            list.removeLocked(e);
            Irq.restore(on);
        }
    }

    @Override
    public void wake() {
        boolean on = Irq.save();
        wakeLocked();
        Irq.restore(on);
    }

    /** wake() with interrupts off already. */
    @Inline
    private void wakeLocked() {
        woken = true;
        Scheduler.wake(thread);
    }

    /**
     * The entry of a ThreadWaiter's waits. WaitList.wake calls it with interrupts off, so it
     * does wake()'s work without wake()'s own interrupt save and restore and without the call
     * through Waiter (the wake-up of every blocked pipe reader).
     */
    private static final class Entry extends WaitEntry {
        private final ThreadWaiter owner;

        Entry(ThreadWaiter owner, int interest) {
            super(owner, interest);
            this.owner = owner;
        }

        @Override
        public void wake(int mask) {
            owner.wakeLocked();
        }
    }

    @Override
    public int sleepUntil(Ready ready, long deadlineNanos) {
        boolean on = Irq.save();
        try {
            return sleepLocked(ready, deadlineNanos);
        } finally {
            Irq.restore(on);
        }
    }

    /**
     * sleepUntil with interrupts off (the caller restores them): each pass tests with wake-ups
     * excluded, and the thread blocks with them still off, so a wake-up is either seen by the
     * tests or ends the block. The thread comes back from the block with interrupts off again.
     */
    @Inline   // into waitOn, on every blocking pipe read
    private int sleepLocked(Ready ready, long deadlineNanos) {
        for (;;) {
            // Left set, the flag of the wake-up that ended the last pass or wait would make the
            // next one loop once more before blocking: a second readiness and signal test.
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
        }
    }

    @Override
    public long monotonicNanos() {
        return Clock.nanoTime();
    }
}
