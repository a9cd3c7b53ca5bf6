/*
 * The end of the line: prints a panic report on the console and stops the machine. For a CPU
 * exception the report has the vector's name, the error code, rip/cs/rflags/rsp/ss, CR2 and the
 * page-fault classification for #PF, every general register from the trap frame, then the Java
 * stack of the interrupted code (PanicTrace: the faulting method and line first, then its
 * callers; for a panic raised by Java code, the cause's trace), and the thread table once
 * threads run. A fault address in a thread's stack guard page is named as that
 * thread's stack overflow (it shows as #PF, or as #DF when the CPU could not push the #PF frame
 * on the overflowed stack). Interrupts go off first, so no other thread runs. In a test boot
 * (test= on the command line) the machine powers off through isa-debug-exit instead of halting:
 * PASS when the test announced this very vector with expectTrap (the pagefault, gpf, divzero
 * and stackoverflow tests), FAIL otherwise. A fault while reporting stops at once with a
 * one-line message.
 */
package exo.kernel.trap;

import exo.hw.Cpu;
import exo.kernel.arch.x86_64.trap.TrapFrame;
import exo.kernel.console.Console;
import exo.kernel.cpu.CpuState;
import exo.kernel.dev.DebugExit;
import exo.kernel.mm.PageFault;
import exo.kernel.sched.KThread;
import exo.kernel.sched.Scheduler;
import exo.kernel.sched.Threads;
import exo.kernel.util.Fmt;
import exo.rt.AllocOk;
import exo.rt.BlockOk;

public final class Panic {
    private Panic() {}

    private static boolean testMode;
    private static int expectedVector = -1;
    private static boolean panicking;

    /** In test mode a panic powers the machine off with a status instead of halting. */
    public static void setTestMode(boolean on) {
        testMode = on;
    }

    /** The running test triggers this exception on purpose: its panic means PASS. */
    public static void expectTrap(int vector) {
        expectedVector = vector;
    }

    public static void reset() {
        CpuState.setIstStackTop(0);
        testMode = false;
        expectedVector = -1;
        panicking = false;
    }

    /** Report for a CPU exception described by a trap frame; never returns. */
    @AllocOk("panic path: interrupts are off and the machine stops after the report")
    @BlockOk("panic path: interrupts are off, no other thread runs again")
    public static void trap(long frame) {
        // First: the report allocates, and a heap page touched for the first time faults
        // (and is backed, mm.KernelHeap), which would leave its own address in CR2.
        long cr2 = Cpu.readCr2();
        int vector = TrapFrame.vector(frame);
        if (vector == Exceptions.DOUBLE_FAULT || vector == Exceptions.NMI) {
            // On an IST stack: the CPU's frame ends at its top (it was 16-byte aligned).
            CpuState.setIstStackTop(frame + TrapFrame.SIZE);
        }
        if (enter("nested " + Exceptions.describe(vector) + " at rip " + Fmt.hex(TrapFrame.rip(frame)))) {
            stop(false);
        }
        Console.println("");
        Console.println("*** KERNEL PANIC: " + Exceptions.describe(vector) + " (vector " + vector + ") ***");
        Console.println("error code " + Fmt.hex(TrapFrame.errorCode(frame))
                + (TrapFrame.fromUserMode(frame) ? " (from user mode)" : " (in kernel mode)"));
        Console.println("rip " + Fmt.hex16(TrapFrame.rip(frame)) + "  cs " + Fmt.hex(TrapFrame.cs(frame), 4)
                + "  rflags " + Fmt.hex(TrapFrame.rflags(frame), 8));
        Console.println("rsp " + Fmt.hex16(TrapFrame.rsp(frame)) + "  ss " + Fmt.hex(TrapFrame.ss(frame), 4));
        if (vector == Exceptions.PAGE_FAULT) {
            Console.println("cr2 " + Fmt.hex16(cr2) + ": " + PageFault.describe(cr2, TrapFrame.errorCode(frame)));
        }
        if (vector == Exceptions.PAGE_FAULT || vector == Exceptions.DOUBLE_FAULT) {
            printStackOverflow(cr2);
        }
        printRegisters(frame);
        Console.println("Java stack:");
        PanicTrace.print(TrapFrame.rip(frame), TrapFrame.get(frame, TrapFrame.RBP), TrapFrame.rsp(frame),
                interruptedStackTop(), Console::println);
        printThreads();
        boolean expected = vector == expectedVector;
        if (testMode && expected) {
            Console.println("panic: " + Exceptions.mnemonic(vector) + " was expected by the test");
        }
        stop(expected);
    }

    /** Report for a kernel error found by Java code (bad boot info, exceptions); never returns. */
    @AllocOk("panic path: interrupts are off and the machine stops after the report")
    @BlockOk("panic path: interrupts are off, no other thread runs again")
    public static void panic(String message, Throwable cause) {
        Cpu.cli();
        if (enter("nested panic: " + message)) {
            stop(false);
        }
        Console.println("");
        Console.println("*** KERNEL PANIC: " + message + " ***");
        printJavaStack(cause);
        printThreads();
        stop(false);
    }

    /** Top of the stack the trapped code ran on: its thread's, or the boot stack's. */
    private static long interruptedStackTop() {
        return Scheduler.started() ? Scheduler.current().stackTop() : Cpu.symbolAddress("boot_stack_top");
    }

    private static void printStackOverflow(long cr2) {
        KThread t = Scheduler.started() ? Threads.guardPageOwner(cr2) : null;
        if (t != null) {
            Console.println("cr2 is in the guard page of " + t + ": stack overflow");
        }
    }

    private static void printThreads() {
        if (Scheduler.started()) {
            Console.println("running: " + Scheduler.current());
            Threads.dump(Console::println);
        }
    }

    /** Marks the panic as started; true (after a short message) when one already was. */
    private static boolean enter(String nestedMessage) {
        if (panicking) {
            Console.println("*** " + nestedMessage + " during panic ***");
            return true;
        }
        panicking = true;
        return false;
    }

    private static void printRegisters(long frame) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < TrapFrame.Gprs.NAMES.length; i++) {
            String name = TrapFrame.Gprs.NAMES[i];
            if (i % 4 != 0) {
                line.append("  ");
            }
            line.append(name.length() == 2 ? " " : "").append(name).append(' ')
                    .append(Fmt.hex16(TrapFrame.get(frame, TrapFrame.Gprs.OFFSETS[i])));
            if (i % 4 == 3 || i == TrapFrame.Gprs.NAMES.length - 1) {
                Console.println(line.toString());
                line = new StringBuilder();
            }
        }
    }

    /** The cause's trace, or where panic() was called from (without the panic's own frames). */
    private static void printJavaStack(Throwable cause) {
        Console.println("Java stack:");
        if (cause != null) {
            cause.printStackTrace();
            return;
        }
        // Under exoc, fillInStackTrace walks the machine stack through frame pointers and the
        // line table; the walk's own frames and Panic's come first and are left out.
        Throwable here = new Throwable("kernel panic");
        here.fillInStackTrace();
        StackTraceElement[] trace = here.getStackTrace();
        int first = 0;
        while (first < trace.length && isPanicMachinery(trace[first].getClassName())) {
            first++;
        }
        for (int i = first; i < trace.length; i++) {
            Console.println("\tat " + trace[i]);
        }
    }

    private static boolean isPanicMachinery(String className) {
        return className.equals(Panic.class.getName()) || className.equals("java.lang.Throwable")
                || className.equals("exo.rt.Runtime");
    }

    /** Powers off with PASS/FAIL in test mode, otherwise halts forever with interrupts off. */
    private static void stop(boolean pass) {
        if (testMode) {
            DebugExit.exit(pass);
        }
        Console.println("System halted.");
        Cpu.cli();
        for (;;) {
            Cpu.hlt();
        }
    }
}
