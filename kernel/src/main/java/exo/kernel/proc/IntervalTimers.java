/*
 * A process's three interval timers (getitimer(2)/setitimer(2), alarm(2)): ITIMER_REAL counts
 * real time and sends SIGALRM, ITIMER_VIRTUAL and ITIMER_PROF count the process's CPU time and
 * send SIGVTALRM and SIGPROF. Here both CPU timers count all of it (user and system time are not
 * told apart: FIXME when the entry paths account them), at the tick's resolution. The signals
 * are sent by the timer thread (Timers), as SI_KERNEL like Linux. A fork child starts with none
 * armed; exec keeps them; exit disarms them (cancelAll). A fourth CPU-time timer enforces
 * RLIMIT_CPU: SIGXCPU when the soft limit is reached and every second after, SIGKILL at the
 * hard limit. Used by syscall.TimerCalls and ProcessLimits.
 */
package exo.kernel.proc;

import exo.kernel.signal.SigInfo;
import exo.kernel.signal.Signals;

public final class IntervalTimers {
    public static final int ITIMER_REAL = 0;
    public static final int ITIMER_VIRTUAL = 1;
    public static final int ITIMER_PROF = 2;

    static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final KernelTimer[] timers = new KernelTimer[3];
    private final KernelTimer cpuLimit;
    /** RLIMIT_CPU's hard limit in nanoseconds of CPU time while cpuLimit is armed. */
    private volatile long cpuHardNanos;

    IntervalTimers(Process p) {
        timers[ITIMER_REAL] = new KernelTimer(overruns -> send(p, Signals.SIGALRM));
        KernelTimer.TimeSource cpu = () -> ProcessUsage.processCpuNanos(p);
        timers[ITIMER_VIRTUAL] = new KernelTimer(overruns -> send(p, Signals.SIGVTALRM), cpu);
        timers[ITIMER_PROF] = new KernelTimer(overruns -> send(p, Signals.SIGPROF), cpu);
        cpuLimit = new KernelTimer(overruns -> cpuLimitReached(p), cpu);
    }

    public static boolean valid(int which) {
        return which >= ITIMER_REAL && which <= ITIMER_PROF;
    }

    /** {value, interval} in nanoseconds: the time left (0: disarmed) and the period. */
    public long[] get(int which) {
        return Timers.read(timers[which]);
    }

    /**
     * Sets timer which to expire in valueNanos, then every intervalNanos; a value of 0 disarms
     * it. Returns the old {value, interval}, or null when the timer thread cannot run.
     */
    public long[] set(int which, long valueNanos, long intervalNanos) {
        KernelTimer t = timers[which];
        long[] old = Timers.read(t);
        if (valueNanos == 0) {
            Timers.cancel(t);
        } else if (!Timers.arm(t, valueNanos, intervalNanos)) {
            return null;
        }
        return old;
    }

    /** The process ends: nothing may fire for it any more. */
    void cancelAll() {
        for (KernelTimer t : timers) {
            Timers.cancel(t);
        }
        Timers.cancel(cpuLimit);
    }

    /**
     * RLIMIT_CPU is (soft, hard) seconds (ResourceLimits.INFINITY: none) for p: the limit timer
     * is armed for the CPU time left before soft (a soft limit of 0 counts as 1 s, as Linux).
     * Called without Processes.lock held (Timers' lock order).
     */
    void applyCpuLimit(Process p, long softSeconds, long hardSeconds) {
        if (softSeconds == ResourceLimits.INFINITY && hardSeconds == ResourceLimits.INFINITY) {
            Timers.cancel(cpuLimit);
            return;
        }
        long soft = Long.compareUnsigned(softSeconds, hardSeconds) <= 0 ? softSeconds : hardSeconds;
        cpuHardNanos = toNanos(hardSeconds);
        long used = ProcessUsage.processCpuNanos(p);
        long at = toNanos(Math.max(1, soft));
        Timers.arm(cpuLimit, Math.max(1, at - used), NANOS_PER_SECOND);
    }

    private void cpuLimitReached(Process p) {
        boolean hard = ProcessUsage.processCpuNanos(p) >= cpuHardNanos;
        send(p, hard ? Signals.SIGKILL : Signals.SIGXCPU);
    }

    private static long toNanos(long seconds) {
        return Long.compareUnsigned(seconds, Long.MAX_VALUE / 4 / NANOS_PER_SECOND) > 0 ? Long.MAX_VALUE / 4
                : seconds * NANOS_PER_SECOND;
    }

    private static void send(Process p, int sig) {
        Signalling.toProcess(p, SigInfo.kernel(sig));
    }
}
