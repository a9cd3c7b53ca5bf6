/*
 * The kernel's timer facility for the process layer (setitimer, alarm; POSIX timers later):
 * one kernel thread, "timers", sleeps until the earliest armed deadline (the scheduler's sleep
 * queue wakes it from the timer tick), takes what expired from the TimerSet, and runs each
 * timer's action - sending SIGALRM through Signalling, say - in thread context: nothing here
 * runs in the interrupt handler, so actions may take Processes.lock and allocate. Arming an
 * earlier deadline than the one the thread sleeps for wakes it to sleep again for less.
 * Resolution is the timer tick (10 ms); CPU-time timers are polled once a tick while armed.
 * The thread starts with the first timer armed.
 *
 * Lock order: Timers.lock, then Processes.lock (a CPU-time clock reads the process's threads).
 * So nothing may call into Timers while holding Processes.lock. Actions run with no lock held.
 * FIXME(SMP): the thread's sleep and wake-up use the interrupt flag as the lock (one CPU).
 */
package exo.kernel.proc;

import exo.kernel.console.Log;
import exo.kernel.cpu.Irq;
import exo.kernel.sched.KThread;
import exo.kernel.sched.Scheduler;
import exo.kernel.sched.Threads;
import exo.kernel.sync.Mutex;
import exo.kernel.time.Clock;
import java.util.ArrayList;

public final class Timers {
    private Timers() {}

    static final long NANOS_PER_TICK = 10_000_000L;

    private static final Mutex lock = new Mutex();
    private static final TimerSet set = new TimerSet();
    private static KThread thread;
    /** Set (interrupts off) when a deadline moved earlier: the thread must not sleep on the old one. */
    private static boolean kicked;
    /** When the thread will look next (monotonic ns), as it last decided. */
    private static long wakeupNanos = Long.MAX_VALUE;

    /**
     * Arms t: it expires in afterNanos (on its own clock), then every intervalNanos (0: once).
     * Returns false when the timer thread cannot be started (thread table full).
     */
    public static boolean arm(KernelTimer t, long afterNanos, long intervalNanos) {
        if (!ensureThread()) {
            return false;
        }
        boolean earlier;
        lock.lock();
        try {
            long base = t.isCpuTimer() ? t.cpuClock.nowNanos() : Clock.nanoTime();
            long deadline = afterNanos > Long.MAX_VALUE - base ? Long.MAX_VALUE / 2 : base + afterNanos;
            set.arm(t, deadline, intervalNanos);
            long wake = t.isCpuTimer() ? Clock.nanoTime() + TimerSet.POLL_NANOS : deadline;
            earlier = wake < wakeupNanos;
        } finally {
            lock.unlock();
        }
        if (earlier) {
            kick();
        }
        return true;
    }

    public static void cancel(KernelTimer t) {
        lock.lock();
        try {
            set.cancel(t);
        } finally {
            lock.unlock();
        }
    }

    /** {nanoseconds left, interval} of t; {0, interval} when it is not armed. */
    public static long[] read(KernelTimer t) {
        lock.lock();
        try {
            long now = t.isCpuTimer() ? t.cpuClock.nowNanos() : Clock.nanoTime();
            return new long[] {set.remaining(t, now), t.armed ? t.intervalNanos : 0};
        } finally {
            lock.unlock();
        }
    }

    public static boolean isArmed(KernelTimer t) {
        return t.armed;
    }

    private static boolean ensureThread() {
        lock.lock();
        try {
            if (thread == null) {
                thread = Threads.create(arg -> loop(), null, "timers", KThread.PRIORITY_HIGH);
            }
            return true;
        } catch (IllegalStateException full) {
            return false;
        } finally {
            lock.unlock();
        }
    }

    private static void loop() {
        ArrayList<KernelTimer> due = new ArrayList<>();
        ArrayList<Integer> overruns = new ArrayList<>();
        for (;;) {
            long next;
            lock.lock();
            try {
                long now = Clock.nanoTime();
                set.collectDue(now, due, overruns);
                next = set.nextWakeup(now);
                wakeupNanos = next;
            } finally {
                lock.unlock();
            }
            for (int i = 0; i < due.size(); i++) {
                fire(due.get(i), overruns.get(i));
            }
            due.clear();
            overruns.clear();
            sleepUntil(next);
        }
    }

    /** Runs one expiry; a broken action is reported and must not end the thread every timer needs. */
    private static void fire(KernelTimer t, int overruns) {
        try {
            t.action.expired(overruns);
        } catch (RuntimeException e) {
            Log.error("timer action failed: " + e);
        }
    }

    /** Sleeps until the monotonic time next (whole ticks), or until kick(). */
    private static void sleepUntil(long next) {
        boolean on = Irq.save();
        try {
            if (!kicked) {
                if (next == Long.MAX_VALUE) {
                    Scheduler.block();
                } else {
                    long left = next - Clock.nanoTime();
                    if (left > 0) {
                        Scheduler.sleepTicks((left + NANOS_PER_TICK - 1) / NANOS_PER_TICK);
                    }
                }
            }
            kicked = false;
        } finally {
            Irq.restore(on);
        }
    }

    private static void kick() {
        boolean on = Irq.save();
        try {
            kicked = true;
            if (thread != null) {
                Scheduler.wake(thread);
            }
        } finally {
            Irq.restore(on);
        }
        Scheduler.reschedIfNeeded();
    }
}
