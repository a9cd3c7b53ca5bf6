/*
 * The platform hooks of exoc's runtime for the kernel target: exoc binds exo.rt.VM's natives
 * write, exit, nanoTime and currentTimeMillis to these static methods. Output of every file
 * descriptor goes to the console (serial + VGA). exit powers QEMU off through the isa-debug-exit
 * device at port 0xf4 (value v makes QEMU exit with status 2v+1: 0x10 -> 33 PASS, 0x11 -> 35
 * FAIL); on a machine without that device it halts for good.
 *
 * The threading hooks, which exoc binds because they are defined here: the garbage collector's
 * view of the thread stacks (currentStackTop, otherStack*), and `synchronized` (monitorEnter,
 * monitorExit). Until the scheduler starts there is one thread on the boot stack and monitors
 * are no-ops. The heap's critical section (enterCritical/exitCritical) keeps exoc's default,
 * interrupts off, which is right on one CPU. The stack hooks run inside a collection with
 * interrupts off: they must not allocate, block or throw, and must not trigger a class
 * initialiser (which could allocate), hence the threadsStarted test before Threads is touched.
 */
package exo.kernel;

import exo.hw.Cpu;
import exo.hw.Port;
import exo.kernel.console.Console;
import exo.kernel.sched.Threads;
import exo.kernel.sync.Monitors;
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

    /** Set by Scheduler.init once the thread table exists (the boot thread is in it). */
    public static boolean threadsStarted;
    /**
     * Top of the interrupt stack (IST) the code now runs on, or 0: set by the panic report of a
     * double fault or NMI, which run on their own stacks, so that a collection during the report
     * scans that stack and not the address range between it and the thread's stack.
     */
    public static long istStackTop;

    /** Top of the running thread's stack: the GC scans from its stack pointer up to here. */
    public static long currentStackTop() {
        if (istStackTop != 0) {
            return istStackTop;
        }
        if (!threadsStarted) {
            return Cpu.symbolAddress("boot_stack_top");
        }
        return Threads.currentStackTop();
    }

    /** How many other threads' stacks the GC must scan (a snapshot for otherStackLow/High). */
    public static int otherStackCount() {
        return threadsStarted ? Threads.gcStackCount() : 0;
    }

    /** The saved stack pointer of the i-th other thread: its switch frame, registers included. */
    public static long otherStackLow(int i) {
        return Threads.gcStackLow(i);
    }

    public static long otherStackHigh(int i) {
        return Threads.gcStackHigh(i);
    }

    public static void monitorEnter(Object o) {
        if (threadsStarted) {
            Monitors.enter(o);
        }
    }

    /* On the exception exit of a synchronized method exoc sets the exception aside first. */
    public static void monitorExit(Object o) {
        if (threadsStarted) {
            Monitors.exit(o);
        }
    }
}
