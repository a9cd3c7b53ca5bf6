/*
 * A process's three interval timers (getitimer(2)/setitimer(2), alarm(2)): ITIMER_REAL counts
 * real time and sends SIGALRM, ITIMER_VIRTUAL and ITIMER_PROF count the process's CPU time and
 * send SIGVTALRM and SIGPROF. Here both CPU timers count all of it (user and system time are not
 * told apart: FIXME when the entry paths account them), at the tick's resolution. The signals
 * are sent by the timer thread (Timers), as SI_KERNEL like Linux. A fork child starts with none
 * armed; exec keeps them; exit disarms them (cancelAll). Used by syscall.TimerCalls.
 */
package exo.kernel.proc;

import exo.kernel.signal.SigInfo;
import exo.kernel.signal.Signals;

public final class IntervalTimers {
    public static final int ITIMER_REAL = 0;
    public static final int ITIMER_VIRTUAL = 1;
    public static final int ITIMER_PROF = 2;

    private final KernelTimer[] timers = new KernelTimer[3];

    IntervalTimers(Process p) {
        timers[ITIMER_REAL] = new KernelTimer(overruns -> send(p, Signals.SIGALRM));
        KernelTimer.TimeSource cpu = () -> ProcessUsage.processCpuNanos(p);
        timers[ITIMER_VIRTUAL] = new KernelTimer(overruns -> send(p, Signals.SIGVTALRM), cpu);
        timers[ITIMER_PROF] = new KernelTimer(overruns -> send(p, Signals.SIGPROF), cpu);
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
    }

    private static void send(Process p, int sig) {
        Signalling.toProcess(p, SigInfo.kernel(sig));
    }
}
