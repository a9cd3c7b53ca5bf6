/*
 * QEMU's isa-debug-exit device (-device isa-debug-exit,iobase=0xf4,iosize=0x04): writing value v
 * to its port ends QEMU with exit status (v << 1) | 1, so PASS (0x10) gives 33 and FAIL (0x11)
 * gives 35, which the boot tests read. On a machine without the device the write does nothing
 * and the CPU halts for good. Used by Platform.exit (System.exit in the kernel) and by the panic
 * report of a test boot. These numbers are written here only: the assembly's layout.h and the
 * boot-test scripts get them from this class (arch.x86_64.LayoutHeader).
 */
package exo.kernel.dev;

import exo.hw.Cpu;
import exo.hw.Port;

public final class DebugExit {
    private DebugExit() {}

    public static final int PORT = 0xF4;
    public static final int PASS = 0x10;
    public static final int FAIL = 0x11;

    /** The exit status QEMU reports for a value written to the port. */
    public static int qemuStatus(int value) {
        return (value << 1) | 1;
    }

    /** Powers QEMU off with PASS or FAIL; never returns. */
    public static void exit(boolean pass) {
        Port.outb(PORT, pass ? PASS : FAIL);
        Cpu.cli();
        for (;;) {
            Cpu.hlt();
        }
    }
}
