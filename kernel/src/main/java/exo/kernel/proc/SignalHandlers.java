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
    /** SIG_DFL with no flags. A table's actions are never changed in place, only replaced
     *  (set), so tables share action objects: fork copies references, exec stores this one. */
    private static final SigAction DEFAULT = new SigAction();

    private final SigAction[] actions;

    SignalHandlers() {
        actions = new SigAction[Signals.NSIG + 1];
        for (int s = 1; s <= Signals.NSIG; s++) {
            actions[s] = DEFAULT;
        }
    }

    private SignalHandlers(SigAction[] actions) {
        this.actions = actions;
    }

    SigAction get(int sig) {
        return actions[sig];
    }

    /** Installs a (so far unshared) action; the table keeps it and no one modifies it after. */
    void set(int sig, SigAction a) {
        actions[sig] = a;
    }

    /** For a child: the same table (CLONE_SIGHAND) or a copy (fork). */
    SignalHandlers forChild(boolean share) {
        return share ? this : new SignalHandlers(actions.clone());
    }

    /** execve: caught signals go back to their default; ignored ones stay ignored. */
    void resetForExec() {
        for (int s = 1; s <= Signals.NSIG; s++) {
            if (actions[s].handler != Signals.SIG_IGN) {
                actions[s] = DEFAULT;
            }
        }
    }
}
