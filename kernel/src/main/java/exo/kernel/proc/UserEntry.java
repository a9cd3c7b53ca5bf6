/*
 * How a user thread first reaches user mode. Its kernel thread (Threads.createUser) starts in
 * enter(), which jumps to exo_enter_user with the trap frame kept at the top of its kernel
 * stack: exec fills that frame with the program's entry and initial stack (initFrame), fork
 * and clone with a copy of the parent's registers. Used by exec, fork and clone.
 */
package exo.kernel.proc;

import exo.hw.Cpu;
import exo.hw.Memory;
import exo.kernel.arch.x86_64.cpu.Gdt;
import exo.kernel.arch.x86_64.regs.ControlRegs;
import exo.kernel.arch.x86_64.trap.TrapFrame;
import exo.kernel.sched.KThread;
import exo.kernel.sched.Threads;

public final class UserEntry {
    private UserEntry() {}

    /** RFLAGS at the first instruction: interrupts on, and bit 1, which is always set. */
    public static final long INITIAL_RFLAGS = ControlRegs.RFLAGS_IF | 2;

    /** A fresh program's registers: all zero but rip, rsp, the user selectors and RFLAGS. */
    public static void initFrame(long frame, long rip, long rsp) {
        Memory.fill(frame, 0, TrapFrame.SIZE);
        TrapFrame.set(frame, TrapFrame.RIP, rip);
        TrapFrame.set(frame, TrapFrame.CS, Gdt.USER_CODE);
        TrapFrame.set(frame, TrapFrame.RFLAGS, INITIAL_RFLAGS);
        TrapFrame.set(frame, TrapFrame.RSP, rsp);
        TrapFrame.set(frame, TrapFrame.SS, Gdt.USER_DATA);
    }

    /**
     * Gives a task its kernel thread (not started: Threads.start runs it). Throws
     * IllegalStateException when the thread table or memory is exhausted.
     */
    static KThread createThread(Task t) {
        KThread k = Threads.createUser(arg -> enter((Task) arg), t, t.process.name, t);
        t.thread = k;
        return k;
    }

    private static void enter(Task t) {
        Cpu.enterUser(t.frame());
        throw new IllegalStateException("exo_enter_user returned");
    }
}
