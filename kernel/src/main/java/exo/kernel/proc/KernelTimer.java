/*
 * One timer of the kernel's timer facility (Timers): when it expires, the timer thread runs its
 * action (which may allocate, block and take Processes.lock: it runs in thread context, never
 * in the timer interrupt). A timer is one-shot (interval 0) or periodic; it counts time on a
 * clock of its own: the monotonic clock (ITIMER_REAL, alarm), or a process's CPU time
 * (ITIMER_VIRTUAL, ITIMER_PROF), which only the timer thread's polling sees advance. The
 * fields belong to Timers (under its lock); TimerList keeps the armed monotonic ones in order.
 */
package exo.kernel.proc;

public final class KernelTimer {
    /** What happens at expiry; overruns: how many further periods passed unseen (0 usually). */
    public interface Expiry {
        void expired(int overruns);
    }

    /** The time a timer counts, in nanoseconds. */
    public interface TimeSource {
        long nowNanos();
    }

    final Expiry action;
    /** null: the monotonic clock (Clock.nanoTime). */
    final TimeSource cpuClock;
    /** When it expires next, on its clock; meaningful while armed. */
    long deadlineNanos;
    /** The period of a periodic timer, 0 for one shot. */
    long intervalNanos;
    boolean armed;
    /** Arming order: ties in deadline fire first-armed first. */
    long sequence;

    /** A timer on the monotonic clock. */
    public KernelTimer(Expiry action) {
        this(action, null);
    }

    /** A timer on cpuClock (a process's CPU time), or on the monotonic clock when it is null. */
    public KernelTimer(Expiry action, TimeSource cpuClock) {
        this.action = action;
        this.cpuClock = cpuClock;
    }

    public boolean isCpuTimer() {
        return cpuClock != null;
    }

    /**
     * The next deadline of a periodic timer that expired at or before now: whole periods after
     * the last one (so the period does not drift), past now. Returns the periods skipped
     * beyond the one that fired (the overrun). A one-shot timer is disarmed.
     */
    int advance(long now) {
        if (intervalNanos <= 0) {
            armed = false;
            return 0;
        }
        long late = now - deadlineNanos;
        long periods = late / intervalNanos + 1;   // the period that fired, and those missed
        deadlineNanos += periods * intervalNanos;
        long overruns = periods - 1;
        return overruns > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) overruns;
    }
}
