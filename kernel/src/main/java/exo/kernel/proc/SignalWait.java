/*
 * rt_sigtimedwait (sigwaitinfo, sigtimedwait): takes a pending signal of a set without running
 * its handler. If one is pending (the thread's own first, then the process's), it is taken at
 * once; otherwise the thread sleeps with the set unblocked - so that a signal of the set sent
 * meanwhile picks this thread and wakes it, as Linux does - until one comes (taken before the
 * mask is restored, so no handler runs for it), another unblocked signal interrupts (EINTR:
 * never restarted, per signal(7)), or the timeout passes (EAGAIN). While it waits, the mask it
 * had is kept in Task.realBlocked, which Signalling reads so that a default-ignored signal of
 * the set (SIGCHLD) is not discarded on arrival. Used by syscall.SignalWaitCalls.
 */
package exo.kernel.proc;

import exo.kernel.fs.Errno;
import exo.kernel.signal.SigInfo;
import exo.kernel.signal.Signals;
import exo.kernel.time.Clock;

public final class SignalWait {
    private SignalWait() {}

    /** A deadline that means "no timeout" and leaves room for TaskSleep's arithmetic. */
    public static final long FOREVER = Long.MAX_VALUE / 4;

    /**
     * Waits until deadlineNanos (Clock.nanoTime; FOREVER: no limit; the past: only poll) for a
     * signal of set; returns its number with its siginfo in out[0], or -EAGAIN or -EINTR.
     */
    public static int timedWait(Task t, long set, long deadlineNanos, SigInfo[] out) {
        long wanted = Signals.blockable(set);
        Processes.lock.lock();
        try {
            int sig = takeLocked(t, wanted, out);
            if (sig > 0) {
                return sig;
            }
            if (deadlineNanos <= Clock.nanoTime()) {
                return -Errno.EAGAIN;
            }
            t.realBlocked = t.blocked;
            t.blocked &= ~wanted;
        } finally {
            Processes.lock.unlock();
        }
        boolean timedOut = TaskSleep.until(t, deadlineNanos);
        Processes.lock.lock();
        try {
            t.blocked = t.realBlocked;
            t.realBlocked = 0;
            int sig = takeLocked(t, wanted, out);
            if (sig > 0) {
                return sig;
            }
            return timedOut ? -Errno.EAGAIN : -Errno.EINTR;
        } finally {
            Processes.lock.unlock();
        }
    }

    /** Takes the next pending signal of wanted, thread queue first; 0 when none. Locked. */
    private static int takeLocked(Task t, long wanted, SigInfo[] out) {
        int sig = Signals.next(t.pending.mask & wanted);
        SignalQueue from = t.pending;
        if (sig == 0) {
            sig = Signals.next(t.process.sharedPending.mask & wanted);
            from = t.process.sharedPending;
        }
        if (sig == 0) {
            return 0;
        }
        SigInfo info = from.take(sig);
        out[0] = info != null ? info : SigInfo.kernel(sig);
        return sig;
    }
}
