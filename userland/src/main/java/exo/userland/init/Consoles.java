/*
 * The shells init keeps running, one per console: each in its own session with the console
 * as controlling terminal and as descriptors 0, 1 and 2. When one exits it is started again;
 * one that keeps dying within a second of its start is started again only after a pause, so
 * a broken shell does not make init spin. Also spawn(), which init uses for /etc/rc too.
 */
package exo.userland.init;

import exo.sys.Clock;
import exo.sys.Proc;
import exo.sys.Signals;
import exo.sys.Sys;
import exo.sys.SysException;
import exo.sys.Tty;
import exo.sys.WaitStatus;
import java.util.ArrayList;
import java.util.List;

final class Consoles {
    static final long QUICK_EXIT_MS = 1000, PAUSE_MS = 5000;
    static final int QUICK_EXITS_BEFORE_PAUSE = 5;
    static final int MAX_VIRTUAL_CONSOLES = 12;

    /** One console and the shell init runs on it. */
    static final class Console {
        final String device;
        int pid = -1;
        int starts;
        int quickExits;
        long startedMillis;

        Console(String device) {
            this.device = device;
        }
    }

    private final Init init;
    final List<Console> all = new ArrayList<>();

    Consoles(Init init) {
        this.init = init;
        for (String d : init.consoles) {
            all.add(new Console(d));
        }
    }

    /** /bin/exosh, else /bin/sh. */
    static String defaultShell() {
        return Sys.access("/bin/exosh", Sys.X_OK) ? "/bin/exosh" : "/bin/sh";
    }

    /** /dev/console, then /dev/tty2, /dev/tty3... while they exist (virtual consoles). */
    static List<String> defaults() {
        List<String> out = new ArrayList<>();
        out.add("/dev/console");
        for (int n = 2; n <= MAX_VIRTUAL_CONSOLES && Sys.access("/dev/tty" + n, Sys.F_OK); n++) {
            out.add("/dev/tty" + n);
        }
        return out;
    }

    void startAll() {
        for (Console c : all) {
            start(c);
        }
    }

    private void start(Console c) {
        if (init.respawnLimit >= 0 && c.starts >= init.respawnLimit) {
            return;
        }
        c.starts++;
        c.startedMillis = Clock.monotonicMillis();
        c.pid = spawn(init, c.device, new String[] {init.shell});
    }

    /** A child ended: restart it if it was a console's shell, else it was an orphan. */
    void exited(WaitStatus w) {
        for (Console c : all) {
            if (c.pid == w.pid) {
                c.pid = -1;
                init.log.say(init.shell + " on " + c.device + " " + Init.describe(w) + restartNote(c));
                pauseIfFailing(c);
                if (init.shutdown == null) {
                    start(c);
                }
                return;
            }
        }
        init.log.detail("reaped orphan " + w.pid + ", " + Init.describe(w));
    }

    private String restartNote(Console c) {
        boolean again = init.shutdown == null && (init.respawnLimit < 0 || c.starts < init.respawnLimit);
        return again ? ", starting it again" : "";
    }

    private void pauseIfFailing(Console c) {
        boolean quick = Clock.monotonicMillis() - c.startedMillis < QUICK_EXIT_MS;
        c.quickExits = quick ? c.quickExits + 1 : 0;
        if (c.quickExits >= QUICK_EXITS_BEFORE_PAUSE && init.shutdown == null) {
            init.log.say(c.device + ": the shell keeps exiting at once; waiting " + PAUSE_MS / 1000 + " s");
            Clock.sleepMillis(PAUSE_MS);   // a shutdown signal ends the pause
            c.quickExits = 0;
        }
    }

    /** True while some console's shell runs or will be started again. */
    boolean anyWillRestart() {
        for (Console c : all) {
            if (c.pid > 0 || init.respawnLimit < 0 || c.starts < init.respawnLimit) {
                return true;
            }
        }
        return false;
    }

    /** The pids of the shells running now. */
    List<Integer> running() {
        List<Integer> out = new ArrayList<>();
        for (Console c : all) {
            if (c.pid > 0) {
                out.add(c.pid);
            }
        }
        return out;
    }

    /**
     * Forks argv (argv[0] is the program) in a new session with init's signal handling undone;
     * on console (null: init's own descriptors) as its terminal. Returns the pid, or -1.
     */
    static int spawn(Init init, String console, String[] argv) {
        int pid;
        try {
            pid = Proc.fork();
        } catch (SysException e) {
            init.log.say(e.getMessage());
            return -1;
        }
        if (pid == 0) {
            runChild(init, console, argv);
        }
        return pid;
    }

    private static void runChild(Init init, String console, String[] argv) {
        try {
            for (int sig = 1; sig < 32; sig++) {
                if (sig != Signals.SIGKILL && sig != Signals.SIGSTOP) {
                    Signals.setDefault(sig);
                }
            }
            Signals.procMask(Signals.SIG_SETMASK, 0);
            Proc.setsid();
            if (console != null) {
                attach(console);
            }
            Proc.execve(argv[0], argv, Environment.forChild(argv[0]));
        } catch (SysException e) {
            init.log.say(e.getMessage());
        }
        Proc.exit(127);
    }

    /** Opens the console as descriptors 0, 1, 2 and makes it the controlling terminal. */
    private static void attach(String console) {
        int fd = Sys.open(console, Sys.O_RDWR, 0);
        if (Tty.isatty(fd)) {
            Tty.setControlling(fd, true);
        }
        for (int target = 0; target <= 2; target++) {
            Sys.dup2(fd, target);
        }
        if (fd > 2) {
            Sys.close(fd);
        }
    }
}
