/*
 * `trap`: shell commands run when a signal arrives, and at exit (EXIT, signal 0). The signal
 * handler (exo.sys.Signals) only marks the signal; the command runs between commands
 * (runPending, called by Exec and the prompt loop), with $? preserved, as POSIX asks.
 */
package exo.userland.sh;

import exo.sys.Signals;

final class Traps {
    private final Shell sh;
    private final String[] commands = new String[65];   // null: default, "": ignored
    private final boolean[] pending = new boolean[65];
    private boolean running;
    /** In a subshell until it sets a trap: the parent's, which `trap` lists (save=$(trap)). */
    private String[] parentCommands;

    Traps(Shell sh) {
        this.sh = sh;
    }

    /** Sets sig's action: a command, "" to ignore, null for the default. */
    void set(int sig, String command) {
        parentCommands = null;
        commands[sig] = command;
        if (sig == 0) {
            return;
        }
        if (command == null) {
            if (sh.interactive && (sig == Signals.SIGINT || sig == Signals.SIGQUIT || sig == Signals.SIGTERM
                    || (sh.monitor && (sig == Signals.SIGTSTP || sig == Signals.SIGTTIN || sig == Signals.SIGTTOU)))) {
                Signals.ignore(sig);   // the interactive shell's own setting
            } else {
                Signals.setDefault(sig);
            }
        } else if (command.isEmpty()) {
            Signals.ignore(sig);
        } else {
            Signals.handle(sig, s -> pending[s] = true);
        }
    }

    String get(int sig) {
        return commands[sig];
    }

    boolean hasExitTrap() {
        return commands[0] != null && !commands[0].isEmpty();
    }

    /** Runs the commands of the signals that arrived since the last call. */
    void runPending() {
        Signals.poll();
        if (running) {
            return;
        }
        for (int sig = 1; sig < pending.length; sig++) {
            if (pending[sig]) {
                pending[sig] = false;
                String cmd = commands[sig];
                if (cmd != null && !cmd.isEmpty()) {
                    runTrap(cmd);
                }
            }
        }
    }

    private void runTrap(String cmd) {
        int saved = sh.status;
        running = true;
        try {
            sh.runSource(cmd);
        } finally {
            running = false;
        }
        sh.status = saved;
    }

    /** Runs the EXIT trap once (the shell is exiting). */
    void runExitTrap() {
        String cmd = commands[0];
        commands[0] = null;
        if (cmd != null && !cmd.isEmpty()) {
            try {
                sh.runSource(cmd);
            } catch (ControlFlow e) {
                // exit inside the EXIT trap: the status set stays
            }
        }
    }

    /** In a subshell: trapped signals go back to their defaults (ignored ones stay ignored). */
    void resetInChild() {
        parentCommands = commands.clone();
        for (int sig = 0; sig < commands.length; sig++) {
            if (commands[sig] != null && !commands[sig].isEmpty()) {
                commands[sig] = null;
                if (sig > 0) {
                    Signals.setDefault(sig);
                }
            }
            pending[sig] = false;
        }
    }

    /** `trap` without arguments: the commands in a form the shell can read back. */
    String list() {
        String[] shown = parentCommands != null ? parentCommands : commands;
        StringBuilder sb = new StringBuilder();
        for (int sig = 0; sig < shown.length; sig++) {
            if (shown[sig] != null) {
                sb.append("trap -- ").append(Quote.forShell(shown[sig])).append(' ')
                        .append(sig == 0 ? "EXIT" : Signals.name(sig)).append('\n');
            }
        }
        return sb.toString();
    }
}
