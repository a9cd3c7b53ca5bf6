/*
 * A caller that can block: the file layer's only way to sleep. Operations that cannot proceed
 * (an empty pipe, a conflicting lock, poll with nothing ready) register on the object's WaitList
 * and call sleepUntil with the condition they need; they retry when it returns 0. The file
 * layer never blocks by itself, so its logic runs on the host without threads: tests pass a
 * Waiter that plays the other side's part instead of sleeping.
 *
 * The kernel's implementation is ThreadWaiter (kernel threads). The process layer extends it to
 * end a wait on a signal (-ERESTARTSYS, which the syscall layer turns into EINTR or a restart)
 * and calls wake() when it queues a signal.
 */
package exo.kernel.fs.wait;

import exo.kernel.fs.Errno;

public abstract class Waiter {
    /** sleepUntil's deadline meaning "no timeout". */
    public static final long FOREVER = Long.MAX_VALUE;

    /** Makes a sleepUntil in progress re-check its condition; any context, never allocates. */
    public abstract void wake();

    /**
     * Sleeps until ready.isReady(), which is checked with wake-ups excluded so none is lost.
     * Returns 0, -ETIMEDOUT once monotonicNanos() passes deadlineNanos, or -ERESTARTSYS when a
     * signal interrupts the wait.
     */
    public abstract int sleepUntil(Ready ready, long deadlineNanos);

    /** Monotonic time in nanoseconds, the clock of deadlines. */
    public abstract long monotonicNanos();

    /** Registers on list for interest, sleeps until ready (no timeout), unregisters. */
    public final int waitOn(WaitList list, int interest, Ready ready) {
        return waitOn(list, interest, ready, FOREVER);
    }

    /** (No readiness test before registering: callers come here after a failed attempt, and
     *  sleepUntil tests first thing, with wake-ups excluded.) ThreadWaiter does the same in
     *  one stretch with interrupts off. */
    public int waitOn(WaitList list, int interest, Ready ready, long deadlineNanos) {
        WaitEntry e = new WaitEntry(this, interest);   // (a waiter shared between threads, as
        list.add(e);                                    // NEVER, may be in several waits at once)
        try {
            return sleepUntil(ready, deadlineNanos);
        } finally {
            list.remove(e);
        }
    }

    /** A Waiter for callers that must never block: every wait fails with -EAGAIN at once. */
    public static final Waiter NEVER = new Waiter() {
        @Override
        public void wake() {
        }

        @Override
        public int sleepUntil(Ready ready, long deadlineNanos) {
            return ready.isReady() ? 0 : -Errno.EAGAIN;
        }

        @Override
        public long monotonicNanos() {
            return 0;
        }
    };
}
