/*
 * A user thread's timed sleep (nanosleep, clock_nanosleep): until a monotonic deadline, cut
 * short by a signal it does not block or by its process exiting. Sleeps in whole timer ticks.
 */
package exo.kernel.proc;

import exo.kernel.cpu.Irq;
import exo.kernel.sched.Scheduler;
import exo.kernel.time.Clock;

public final class TaskSleep {
    private TaskSleep() {}

    static final long NANOS_PER_TICK = 10_000_000L;

    /** Sleeps until deadlineNanos (Clock.nanoTime); false when a signal ended it first. */
    public static boolean until(Task t, long deadlineNanos) {
        boolean on = Irq.save();
        try {
            for (;;) {
                if (Delivery.interrupted(t)) {
                    return false;
                }
                long now = Clock.nanoTime();
                if (now >= deadlineNanos) {
                    return true;
                }
                t.interruptible = true;
                Scheduler.sleepTicks((deadlineNanos - now + NANOS_PER_TICK - 1) / NANOS_PER_TICK);
                t.interruptible = false;
            }
        } finally {
            t.interruptible = false;
            Irq.restore(on);
        }
    }
}
