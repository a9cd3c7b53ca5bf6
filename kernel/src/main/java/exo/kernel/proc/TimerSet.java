/*
 * The state of the timer facility without its thread: the armed monotonic timers in deadline
 * order (TimerList) and the armed CPU-time timers, which no deadline can predict (a process's
 * CPU time advances only while it runs), so they are polled every POLL_NANOS while any is
 * armed. arm/cancel/remaining are the operations setitimer and alarm need; collectDue takes
 * what expired at a given time, re-arming periodic timers a whole number of periods later.
 * Pure logic driven by the caller's clock readings; Timers holds one under its lock. Host-tested.
 */
package exo.kernel.proc;

import java.util.ArrayList;

final class TimerSet {
    /** How often armed CPU-time timers are looked at: one timer tick (their resolution). */
    static final long POLL_NANOS = 10_000_000L;

    private final TimerList monotonic = new TimerList();
    private final ArrayList<KernelTimer> cpu = new ArrayList<>();

    /** Arms t to expire at deadlineNanos on its clock, then every intervalNanos (0: once). */
    void arm(KernelTimer t, long deadlineNanos, long intervalNanos) {
        cancel(t);
        t.deadlineNanos = deadlineNanos;
        t.intervalNanos = intervalNanos;
        t.armed = true;
        if (t.isCpuTimer()) {
            cpu.add(t);
        } else {
            monotonic.add(t);
        }
    }

    void cancel(KernelTimer t) {
        t.armed = false;
        if (t.isCpuTimer()) {
            cpu.remove(t);
        } else {
            monotonic.remove(t);
        }
    }

    /** A due timer that has not fired yet still reports this much left (Linux: 1 µs), never 0. */
    static final long DUE_NANOS = 1000;

    /** Nanoseconds until t expires (DUE_NANOS at least while armed), 0 when disarmed. */
    long remaining(KernelTimer t, long now) {
        if (!t.armed) {
            return 0;
        }
        return Math.max(DUE_NANOS, t.deadlineNanos - now);
    }

    int armedCount() {
        return monotonic.size() + cpu.size();
    }

    /**
     * Moves every timer due at monotonic time now (CPU timers: at their clock's reading) to
     * due, with its overrun count in overruns; periodic ones stay armed for their next period.
     */
    void collectDue(long now, ArrayList<KernelTimer> due, ArrayList<Integer> overruns) {
        KernelTimer t;
        while ((t = monotonic.takeExpired(now)) != null) {
            overruns.add(t.advance(now));
            due.add(t);
            if (t.armed) {
                monotonic.add(t);
            }
        }
        for (int i = 0; i < cpu.size(); i++) {
            KernelTimer c = cpu.get(i);
            long cpuNow = c.cpuClock.nowNanos();
            if (c.deadlineNanos > cpuNow) {
                continue;
            }
            overruns.add(c.advance(cpuNow));
            due.add(c);
            if (!c.armed) {
                cpu.remove(i--);
            }
        }
    }

    /** When the timer thread must look again: the earliest deadline, sooner while CPU timers are armed. */
    long nextWakeup(long now) {
        long next = monotonic.nextDeadline();
        if (!cpu.isEmpty()) {
            next = Math.min(next, now + POLL_NANOS);
        }
        return next;
    }
}
