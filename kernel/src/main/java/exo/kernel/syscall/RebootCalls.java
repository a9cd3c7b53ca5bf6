/*
 * reboot(2): power off, halt or restart the machine, or say what Ctrl-Alt-Del does. The two
 * magic numbers are checked first (EINVAL), then the privilege (EPERM: root only), as Linux
 * does. Exo-OS keeps everything in memory, so there is nothing to write back before the
 * end; under QEMU power-off and halt leave through the isa-debug-exit device (the status QEMU
 * reports is a pass), and restart resets the machine through the keyboard controller (QEMU
 * started with -no-reboot, as tools/boot runs it, then exits too: dev.MachineReset). CAD_ON and
 * CAD_OFF say what Ctrl-Alt-Del on the keyboard does (tty.CtrlAltDel: a restart, or SIGINT to
 * PID 1 when off).
 * Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.console.Log;
import exo.kernel.dev.DebugExit;
import exo.kernel.dev.MachineReset;
import exo.kernel.fs.Errno;
import exo.kernel.proc.Task;
import exo.kernel.tty.CtrlAltDel;

final class RebootCalls {
    private RebootCalls() {}

    static final int MAGIC1 = 0xfee1dead;
    /** LINUX_REBOOT_MAGIC2, 2A, 2B and 2C (dates, as Linux's). */
    static final int[] MAGIC2 = {672274793, 85072278, 369367448, 537993216};

    static final int CMD_RESTART = 0x01234567;
    static final int CMD_HALT = 0xCDEF0123;
    static final int CMD_CAD_ON = 0x89ABCDEF;
    static final int CMD_CAD_OFF = 0x00000000;
    static final int CMD_POWER_OFF = 0x4321FEDC;

    static long reboot(Task t, int magic1, int magic2, int cmd, long arg) {
        if (magic1 != MAGIC1 || !isMagic2(magic2)) {
            return -Errno.EINVAL;
        }
        if (!t.process.cred().isRoot()) {
            return -Errno.EPERM;
        }
        switch (cmd) {
            case CMD_CAD_ON:
            case CMD_CAD_OFF:
                CtrlAltDel.setRestartsAtOnce(cmd == CMD_CAD_ON);
                return 0;
            case CMD_POWER_OFF:
            case CMD_HALT:
                Log.info("reboot: " + (cmd == CMD_HALT ? "system halted" : "power down") + " (pid " + t.process.pid + ")");
                DebugExit.exit(true);
                return 0;
            case CMD_RESTART:
                Log.info("reboot: restarting system (pid " + t.process.pid + ")");
                MachineReset.restart();
                return 0;
            default:
                return -Errno.EINVAL;
        }
    }

    private static boolean isMagic2(int magic2) {
        for (int m : MAGIC2) {
            if (m == magic2) {
                return true;
            }
        }
        return false;
    }
}
