/*
 * A process's signal dispositions (Linux's sighand): one SigAction per signal, shared by its
 * threads, copied by fork, shared by clone(CLONE_SIGHAND) between processes. execve resets every
 * caught signal to its default and keeps the ignored ones, as POSIX says. Guarded by
 * Processes.lock (sigaction and delivery take it briefly).
 */
package exo.kernel.proc;

import exo.kernel.signal.SigAction;
import exo.kernel.signal.Signals;

final class SignalHandlers {
    private final SigAction[] actions = new SigAction[Signals.NSIG + 1];

    SignalHandlers() {
        for (int s = 1; s <= Signals.NSIG; s++) {
            actions[s] = new SigAction();
        }
    }

    SigAction get(int sig) {
        return actions[sig];
    }

    void set(int sig, SigAction a) {
        actions[sig] = a;
    }

    /** For a child: the same table (CLONE_SIGHAND) or a copy (fork). */
    SignalHandlers forChild(boolean share) {
        if (share) {
            return this;
        }
        SignalHandlers c = new SignalHandlers();
        for (int s = 1; s <= Signals.NSIG; s++) {
            c.actions[s] = actions[s].copy();
        }
        return c;
    }

    /** execve: caught signals go back to their default; ignored ones stay ignored. */
    void resetForExec() {
        for (int s = 1; s <= Signals.NSIG; s++) {
            if (actions[s].handler != Signals.SIG_IGN) {
                actions[s] = new SigAction();
            }
        }
    }
}
