/*
 * The platform hooks of exoc's runtime for the kernel target: exoc binds exo.rt.VM's natives
 * write, exit, nanoTime and currentTimeMillis to these static methods. Output of every file
 * descriptor goes to the console (serial + VGA). exit powers QEMU off through the isa-debug-exit
 * device at port 0xf4 (value v makes QEMU exit with status 2v+1: 0x10 -> 33 PASS, 0x11 -> 35
 * FAIL); on a machine without that device it halts for good.
 */
package exo.kernel;

import exo.hw.Cpu;
import exo.hw.Port;
import exo.kernel.console.Console;
import exo.kernel.time.Clock;

public final class Platform {
    private Platform() {}

    public static final int DEBUG_EXIT_PORT = 0xF4;
    public static final int DEBUG_EXIT_PASS = 0x10;
    public static final int DEBUG_EXIT_FAIL = 0x11;

    public static void write(int fd, byte[] b, int off, int len) {
        Console.write(b, off, len);
    }

    /** Status 0 reports PASS, anything else FAIL; never returns. */
    public static void exit(int status) {
        Port.outb(DEBUG_EXIT_PORT, status == 0 ? DEBUG_EXIT_PASS : DEBUG_EXIT_FAIL);
        Cpu.cli();
        for (;;) {
            Cpu.hlt();
        }
    }

    public static long nanoTime() {
        return Clock.nanoTime();
    }

    public static long currentTimeMillis() {
        return Clock.currentTimeMillis();
    }
}
