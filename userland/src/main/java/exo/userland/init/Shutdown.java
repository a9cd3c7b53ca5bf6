/*
 * Stopping the system when a signal asked init to: every process gets SIGTERM (SIGHUP and
 * SIGCONT first for the shells, which ignore SIGTERM when interactive), has GRACE_MS to end,
 * then SIGKILL; then sync and reboot(2). Not PID 1, init signals only the sessions it
 * started and returns the status to exit with instead of calling reboot.
 */
package exo.userland.init;

import exo.sys.Clock;
import exo.sys.Machine;
import exo.sys.Proc;
import exo.sys.Signals;
import exo.sys.SysException;
import exo.sys.WaitStatus;
import java.util.List;

final class Shutdown {
    private Shutdown() {}

    static final long GRACE_MS = 2000, POLL_MS = 50;

    enum Kind {
        POWER_OFF("powering off", Machine.RB_POWER_OFF),
        RESTART("restarting", Machine.RB_RESTART),
        HALT("halting", Machine.RB_HALT);

        final String doing;
        final long rebootCmd;

        Kind(String doing, long rebootCmd) {
            this.doing = doing;
            this.rebootCmd = rebootCmd;
        }
    }

    /** Ends every process and then the machine (or init, when it is not PID 1). */
    static int perform(Init init, Consoles cons) {
        Kind kind = init.shutdown;
        if (kind == null) {
            return 0;   // nothing left to run and not PID 1: init just ends
        }
        init.log.say(kind.doing);
        List<Integer> shells = cons.running();
        signalAll(init, shells, Signals.SIGHUP);
        signalAll(init, shells, Signals.SIGCONT);
        signalAll(init, shells, Signals.SIGTERM);
        if (!reapFor(init, cons, GRACE_MS)) {
            signalAll(init, shells, Signals.SIGKILL);
            reapFor(init, cons, GRACE_MS);
        }
        Machine.sync();
        if (!init.pid1) {
            return 0;
        }
        try {
            Machine.reboot(kind.rebootCmd);
        } catch (SysException e) {
            init.log.say(e.getMessage());
        }
        for (;;) {   // PID 1 must not end: the kernel would panic
            Clock.sleepMillis(60_000);
        }
    }

    /** PID 1: every process (kill -1). Otherwise: the session of each shell init started. */
    private static void signalAll(Init init, List<Integer> shells, int sig) {
        try {
            if (init.pid1) {
                Proc.kill(-1, sig);
                return;
            }
            for (int pid : shells) {
                Proc.kill(-pid, sig);   // a session leader leads its own group too
            }
        } catch (SysException e) {
            // ESRCH: nobody left to signal
        }
    }

    /** Reaps children for up to millis; true when none is left. */
    private static boolean reapFor(Init init, Consoles cons, long millis) {
        long end = Clock.monotonicMillis() + millis;
        while (Clock.monotonicMillis() < end) {
            WaitStatus w;
            try {
                w = Proc.wait4(-1, Proc.WNOHANG);
            } catch (SysException e) {
                return true;   // ECHILD: all gone
            }
            if (w == null) {
                Clock.sleepMillis(POLL_MS);
            } else {
                cons.exited(w);
            }
        }
        return false;
    }
}
