/*
 * The signal state the system calls read and change: a process's dispositions (sigaction),
 * a thread's mask, pending set and alternate stack, and the waits that only a signal ends
 * (rt_sigsuspend, pause). Guarded by Processes.lock. Used by syscall.SignalCalls.
 */
package exo.kernel.proc;

import exo.kernel.signal.AltStack;
import exo.kernel.signal.SigAction;
import exo.kernel.signal.Signals;

public final class ProcessSignals {
    private ProcessSignals() {}

    /** Installs act for sig (when not null) and returns the previous action. */
    public static SigAction exchange(Process p, int sig, SigAction act) {
        Processes.lock.lock();
        try {
            SigAction old = p.signals.get(sig).copy();
            if (act != null) {
                p.signals.set(sig, act);
                if (Signals.ignored(sig, act.handler)) {
                    // POSIX: setting a pending signal to be ignored discards it.
                    p.sharedPending.discard(Signals.bit(sig));
                    for (Task t : p.threads) {
                        t.pending.discard(Signals.bit(sig));
                    }
                }
            }
            return old;
        } finally {
            Processes.lock.unlock();
        }
    }

    public static void setBlocked(Task t, long mask) {
        Processes.lock.lock();
        try {
            t.blocked = mask;
        } finally {
            Processes.lock.unlock();
        }
    }

    /** Signals pending for the thread or its process. */
    public static long pending(Task t) {
        Processes.lock.lock();
        try {
            return t.pending.mask | t.process.sharedPending.mask;
        } finally {
            Processes.lock.unlock();
        }
    }

    public static AltStack altStack(Task t) {
        return t.altStack;
    }

    /**
     * ppoll, pselect6 and epoll_pwait: mask is the thread's mask for the length of the wait.
     * The old mask is kept as rt_sigsuspend keeps it: a handler that the wait's signal runs
     * gets it in its frame (and sigreturn restores it), a restart puts it back; a wait that no
     * signal ended calls restoreWaitMask.
     */
    public static void setWaitMask(Task t, long mask) {
        Processes.lock.lock();
        try {
            t.savedMask = t.blocked;
            t.blocked = Signals.blockable(mask);
            t.noteWork();
        } finally {
            Processes.lock.unlock();
        }
    }

    /** The end of a setWaitMask wait that no signal interrupted: the old mask comes back now. */
    public static void restoreWaitMask(Task t) {
        Processes.lock.lock();
        try {
            if (t.savedMask != -1) {
                t.blocked = t.savedMask;
                t.savedMask = -1;
            }
        } finally {
            Processes.lock.unlock();
        }
    }

    /**
     * rt_sigsuspend/pause: waits with mask as the thread's mask until a signal is delivered;
     * the old mask comes back once the handler has its frame. Always -ERESTARTNOHAND: EINTR
     * after a handler, a restart (back to waiting) otherwise.
     */
    public static long suspend(Task t, long mask) {
        Processes.lock.lock();
        try {
            t.savedMask = t.blocked;
            t.blocked = mask;
            t.noteWork();
            while (!Delivery.interrupted(t)) {
                t.interruptible = true;
                Processes.childEvents.await(Processes.lock, () -> Delivery.interrupted(t));
                t.interruptible = false;
            }
        } finally {
            t.interruptible = false;
            Processes.lock.unlock();
        }
        return -Delivery.ERESTARTNOHAND;
    }
}
