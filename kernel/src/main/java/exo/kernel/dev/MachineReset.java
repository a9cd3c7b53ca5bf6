/*
 * Restarting the machine: the 8042 keyboard controller's pulse-reset command (0xFE to port
 * 0x64) pulls the CPU's reset line, which is how PCs (and QEMU) reboot without ACPI. QEMU
 * started with -no-reboot, as tools/boot runs it, exits instead. Used by reboot(2)'s restart
 * (syscall.RebootCalls) and by Ctrl-Alt-Del when it restarts at once (tty.CtrlAltDel).
 */
package exo.kernel.dev;

import exo.hw.Port;

public final class MachineReset {
    private MachineReset() {}

    /** The 8042 keyboard controller's command port and its pulse-reset-line command. */
    public static final int KBC_COMMAND_PORT = 0x64;
    public static final int KBC_RESET = 0xFE;

    /** Resets the machine; never returns (a controller that did not reset: stop all the same). */
    public static void restart() {
        Port.outb(KBC_COMMAND_PORT, KBC_RESET);
        DebugExit.exit(true);
    }
}
