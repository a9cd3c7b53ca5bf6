/*
 * What Ctrl-Alt-Del on the PS/2 keyboard does, as on Linux: while it is "on" (the state at
 * boot, reboot(2) with LINUX_REBOOT_CMD_CAD_ON) the machine restarts at once; once init has
 * turned it "off" (CAD_OFF, as every init does) it becomes SIGINT to PID 1, which decides (our
 * init restarts cleanly). A kernel-held PID 1 (run= boots) has no handler and is not signalled.
 * VirtualConsoles calls pressed() from the input thread (thread context: it may block);
 * syscall.RebootCalls sets the state.
 */
package exo.kernel.tty;

import exo.kernel.console.Log;
import exo.kernel.dev.MachineReset;
import exo.kernel.signal.Signals;

public final class CtrlAltDel {
    private CtrlAltDel() {}

    private static volatile boolean restartsAtOnce = true;
    /** How the machine restarts: MachineReset, or a counter in host tests. */
    static volatile Runnable restart = MachineReset::restart;

    /** reboot(2)'s CAD_ON (true) and CAD_OFF (false). */
    public static void setRestartsAtOnce(boolean on) {
        restartsAtOnce = on;
    }

    public static boolean restartsAtOnce() {
        return restartsAtOnce;
    }

    static void pressed() {
        if (restartsAtOnce) {
            Log.info("reboot: Ctrl-Alt-Del: restarting system");
            restart.run();
        } else {
            Ttys.jobs().signalProcess(1, Signals.SIGINT);
        }
    }
}
