/*
 * Job-control stops: a stop signal's default action (SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU) stops
 * the whole process until SIGCONT (or SIGKILL); the parent learns it through SIGCHLD
 * (CLD_STOPPED, unless it asked SA_NOCLDSTOP) and wait4 with WUNTRACED. The threads of a
 * stopped process wait here on their way back to user mode.
 */
package exo.kernel.proc;

import exo.kernel.signal.SigAction;
import exo.kernel.signal.SigInfo;
import exo.kernel.signal.Signals;

final class Stops {
    private Stops() {}

    /** The default action of stop signal sig for process p. */
    static void stop(Process p, int sig) {
        Process parent;
        Processes.lock.lock();
        try {
            if (p.exiting || p.stopped) {
                return;
            }
            p.stopped = true;
            p.noteWorkAll();
            p.continuedReport = false;
            p.stopStatus = sig;
            p.stopReported = false;
            parent = p.parent;
            Processes.childEvents.signalAll();
            if (parent != null && !parent.kernelReaper) {
                SigAction a = parent.signals.get(Signals.SIGCHLD);
                if ((a.flags & Signals.SA_NOCLDSTOP) == 0) {
                    Signalling.toProcessLocked(parent, SigInfo.child(SigInfo.CLD_STOPPED, p.pid, p.cred.uid, sig, 0, 0));
                }
            }
        } finally {
            Processes.lock.unlock();
        }
    }

    /** Waits while t's process is stopped (until SIGCONT, or SIGKILL makes it exit). */
    static void waitWhileStopped(Task t) {
        Process p = t.process;
        Processes.lock.lock();
        try {
            while (p.stopped && !p.exiting) {
                t.interruptible = true;
                Processes.childEvents.await(Processes.lock);
                t.interruptible = false;
            }
        } finally {
            t.interruptible = false;
            Processes.lock.unlock();
        }
    }
}
