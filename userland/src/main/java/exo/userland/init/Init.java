/*
 * init, the first user process, in Java (compiled by exoc's linux target, installed as
 * /sbin/init). It mounts /proc, /dev and /dev/pts when they are not mounted yet (Mounts),
 * runs /etc/rc if present (with /bin/exosh, else /bin/sh), starts a shell on each console
 * (Consoles), restarts a shell when it exits, reaps every orphan, and on SIGUSR2/SIGPWR
 * (power off), SIGTERM/SIGINT (restart: Ctrl-Alt-Del sends SIGINT) or SIGUSR1 (halt) stops
 * everything and calls reboot (Shutdown).
 *
 * Not running as PID 1 (a test on the host, or PID 2 under `./exo run`), it becomes a child
 * subreaper so it still gets the orphans, signals only its own children on shutdown and
 * exits instead of calling reboot. Options, for tests and the kernel command line:
 *   --shell PATH     the shell to start (default /bin/exosh, else /bin/sh)
 *   --console DEV    a console (repeatable; default /dev/console and /dev/tty2.. that exist)
 *   --rc FILE        the start-up script (default /etc/rc; "none": none)
 *   --respawn N      start each console's shell at most N times, then stop (default: forever)
 *   --no-mount       leave the mounts alone;  --verbose   also report each orphan reaped
 */
package exo.userland.init;

import exo.sys.Machine;
import exo.sys.Proc;
import exo.sys.Signals;
import exo.sys.SysException;
import exo.sys.Text;
import exo.sys.WaitStatus;
import java.util.ArrayList;
import java.util.List;

public final class Init {
    final boolean pid1 = Proc.getpid() == 1;
    String shell;
    final List<String> consoles = new ArrayList<>();
    String rc = "/etc/rc";
    int respawnLimit = -1;
    boolean mount = true;
    final Log log = new Log();
    /** The shutdown asked for by a signal (a Shutdown.Kind), or null while running. */
    Shutdown.Kind shutdown;

    public static void main(String[] args) {
        Text.useByteStrings();
        Init init = new Init();
        String bad = init.parseArgs(args);
        if (bad != null) {
            init.log.say(bad);
            Proc.exit(2);
        }
        Proc.exit(init.run());
    }

    /** Reads the options; returns an error message, or null. */
    String parseArgs(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--verbose")) {
                log.verbose = true;
                continue;
            }
            if (a.equals("--no-mount")) {
                mount = false;
                continue;
            }
            if (!a.startsWith("--")) {
                continue;   // the kernel passes words of its command line it did not use: not ours
            }
            if (i + 1 >= args.length) {
                return a + ": missing value";
            }
            String v = args[++i];
            switch (a) {
                case "--shell": shell = v; break;
                case "--console": consoles.add(v); break;
                case "--rc": rc = v.equals("none") ? null : v; break;
                case "--respawn":
                    try {
                        respawnLimit = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        return "--respawn " + v + ": not a number";
                    }
                    break;
                default: return a + ": unknown option";
            }
        }
        return null;
    }

    /** Everything init does; returns the status to exit with when it is not PID 1. */
    int run() {
        installSignals();
        if (pid1) {
            try {
                Machine.reboot(Machine.RB_CAD_OFF);   // Ctrl-Alt-Del: SIGINT to init, not an instant reset
            } catch (SysException e) {
                log.say(e.getMessage());
            }
        } else {
            try {
                Proc.becomeSubreaper();
            } catch (SysException e) {
                log.say("not PID 1 and " + e.getMessage() + ": orphans go to PID 1");
            }
        }
        if (mount) {
            Mounts.ensure(log);
        }
        if (shell == null) {
            shell = Consoles.defaultShell();
        }
        if (consoles.isEmpty()) {
            consoles.addAll(Consoles.defaults());
        }
        if (rc != null && shutdown == null) {
            runRc();
        }
        Consoles cons = new Consoles(this);
        cons.startAll();
        superviseUntilShutdown(cons);
        return Shutdown.perform(this, cons);
    }

    private void installSignals() {
        Signals.handle(Signals.SIGUSR2, s -> shutdown = Shutdown.Kind.POWER_OFF);
        Signals.handle(Signals.SIGPWR, s -> shutdown = Shutdown.Kind.POWER_OFF);
        Signals.handle(Signals.SIGTERM, s -> shutdown = Shutdown.Kind.RESTART);
        Signals.handle(Signals.SIGINT, s -> shutdown = Shutdown.Kind.RESTART);
        Signals.handle(Signals.SIGUSR1, s -> shutdown = Shutdown.Kind.HALT);
        Signals.ignore(Signals.SIGHUP);
        Signals.ignore(Signals.SIGTSTP);
        Signals.ignore(Signals.SIGTTIN);
        Signals.ignore(Signals.SIGTTOU);
    }

    /** Runs the start-up script with the shell, reaping whatever else ends meanwhile. */
    private void runRc() {
        if (!exo.sys.Sys.access(rc, exo.sys.Sys.R_OK)) {
            return;
        }
        int pid = Consoles.spawn(this, null, new String[] {Consoles.defaultShell(), rc});
        if (pid < 0) {
            return;
        }
        while (shutdown == null) {
            WaitStatus w = reapOne();
            if (w != null && w.pid == pid) {
                if (w.shellStatus() != 0) {
                    log.say(rc + ": " + describe(w));
                }
                return;
            }
            if (w == null && !hasChildren()) {
                return;
            }
        }
    }

    /** Restarts shells as they exit until a shutdown is asked for or nothing is left to run. */
    private void superviseUntilShutdown(Consoles cons) {
        while (shutdown == null) {
            WaitStatus w = reapOne();
            if (w != null) {
                cons.exited(w);
            } else if (!hasChildren() && !cons.anyWillRestart()) {
                log.say("no console left to serve");
                if (pid1) {
                    shutdown = Shutdown.Kind.POWER_OFF;
                }
                return;
            }
        }
    }

    private boolean noChildren;

    /**
     * Waits for any child to end (a signal ends the wait early); returns what it reported, or
     * null after a signal or when there is no child at all (noChildren says which).
     */
    WaitStatus reapOne() {
        noChildren = false;
        if (Signals.pending()) {
            Signals.poll();
            return null;
        }
        try {
            return Proc.wait4(-1, 0, true);
        } catch (SysException e) {
            if (e.errno() == exo.sys.Errno.ECHILD) {
                noChildren = true;
                if (!exo.sys.Clock.sleepMillis(200)) {
                    Signals.poll();
                }
            }
            return null;
        }
    }

    boolean hasChildren() {
        return !noChildren;
    }

    static String describe(WaitStatus w) {
        if (w.exited()) {
            return "exited with status " + w.exitCode();
        }
        return "killed by SIG" + Signals.name(w.termSignal());
    }
}
