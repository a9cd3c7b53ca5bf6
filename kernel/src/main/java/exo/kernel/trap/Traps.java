/*
 * The one Java entry point for every interrupt and exception: the assembly stubs build a
 * TrapFrame and call exo_trap_dispatch(frame). Vectors 0-31 (CPU exceptions) raised by user
 * code go to the process layer (UserFaults: page-in or a signal); raised by the kernel they end
 * in a panic report, except a page fault inside a user copy (uaccess.UserCopyFaults: paged in,
 * or the copy's fixup). 32-47 are the PIC's IRQs, handed to Irqs in interrupt context; anything
 * else is unexpected and only counted, with a warning for the first few. A Java exception
 * escaping an IRQ handler is a kernel bug and panics too, rather than unwinding into the
 * assembly stub. On the way out of an IRQ, after the EOI, the scheduler may switch threads
 * (Scheduler.preemptIfNeeded): the interrupted thread then stays suspended inside this call,
 * its trap frame on its own stack, until it is scheduled again. Before any return to user mode
 * the thread's pending work runs in its own context (Delivery: signals, exit).
 */
package exo.kernel.trap;

import exo.hw.Cpu;
import exo.hw.Export;
import exo.kernel.arch.x86_64.pc.Pic8259;
import exo.kernel.arch.x86_64.regs.ControlRegs;
import exo.kernel.arch.x86_64.trap.TrapFrame;
import exo.kernel.console.Console;
import exo.kernel.cpu.CpuState;
import exo.kernel.irq.Irqs;
import exo.kernel.proc.Delivery;
import exo.kernel.proc.Task;
import exo.kernel.proc.UserFaults;
import exo.kernel.sched.Scheduler;
import exo.kernel.uaccess.UserCopyFaults;
import exo.kernel.vm.AddressSpace;
import exo.rt.AllocOk;
import exo.rt.IrqContext;

public final class Traps {
    private Traps() {}

    public static final int FIRST_IRQ_VECTOR = Pic8259.VECTOR_BASE;
    public static final int LAST_IRQ_VECTOR = Pic8259.VECTOR_BASE + Irqs.LINES - 1;
    private static final int WARN_UNEXPECTED = 5;

    /** Page-fault error code: the access was a write (Intel SDM vol. 3A, 4.7). */
    private static final long PF_WRITE = 1 << 1;

    private static long unexpected;

    /**
     * Not itself @IrqContext: a fault from user mode runs in its thread's context and may
     * block (UserFaults); the interrupt and kernel-fault paths below are checked.
     */
    @Export("exo_trap_dispatch")
    public static void dispatch(long frame) {
        int vector = TrapFrame.vector(frame);
        if (vector < 32) {
            if (TrapFrame.fromUserMode(frame) && Task.current() != null) {
                // A user thread's fault is its own business: page it in or signal it, with
                // interrupts on (it may block on its address space), then maybe switch.
                long cr2 = Cpu.readCr2();
                Cpu.sti();
                UserFaults.handle(vector, frame, cr2);
                Delivery.afterTrap(Task.current(), frame);
                Cpu.cli();
                Scheduler.preemptIfNeeded();
                return;
            }
            if (vector == Exceptions.PAGE_FAULT && userCopyFault(frame)) {
                return;
            }
            Panic.trap(frame);
            return;
        }
        interrupt(vector, frame);
        if (TrapFrame.fromUserMode(frame)) {
            returnToUser(frame);
        }
    }

    /**
     * A kernel-mode page fault inside a user copy (uaccess.S): paged in as the user's access
     * would be, with the interrupt state the copy had (the fault may block on the address
     * space's lock), then the copy retries; or it resumes at its fixup (-EFAULT). False for
     * any other kernel fault, and for a fault on the kernel side of a copy: both panic.
     */
    private static boolean userCopyFault(long frame) {
        long fixup = UserCopyFaults.fixupFor(TrapFrame.rip(frame));
        Task t = Task.current();
        long cr2 = Cpu.readCr2();
        if (fixup == 0 || t == null || !AddressSpace.isUserRange(cr2, 1)) {
            return false;
        }
        boolean write = (TrapFrame.errorCode(frame) & PF_WRITE) != 0;
        if ((TrapFrame.rflags(frame) & ControlRegs.RFLAGS_IF) != 0) {
            Cpu.sti();
        }
        int pages = UserCopyFaults.resolvePages(t.process == null ? null : t.process.mm(), cr2, write);
        Cpu.cli();
        if (pages > 0) {
            t.countMinorFaults(pages);   // the user's pages, paged in for it: ru_minflt, as on Linux
        } else {
            TrapFrame.setRip(frame, fixup);
        }
        return true;
    }

    /**
     * The interrupted thread is about to resume user code: out of interrupt context now, it
     * takes its pending signals or leaves if its process is exiting (as Linux's exit to user
     * mode). Interrupts are on while it does.
     */
    private static void returnToUser(long frame) {
        Task t = Task.current();
        if (t != null && Delivery.interrupted(t)) {
            Cpu.sti();
            Delivery.afterTrap(t, frame);
            Cpu.cli();
        }
    }

    /** An IRQ or an unexpected vector: interrupt context, no allocation, no blocking. */
    @IrqContext
    private static void interrupt(int vector, long frame) {
        if (vector <= LAST_IRQ_VECTOR) {
            CpuState.setInInterrupt(true);   // interrupt gates keep handlers from nesting
            try {
                Irqs.handle(vector - FIRST_IRQ_VECTOR, frame);
            } catch (Throwable t) {
                handlerFailed(vector - FIRST_IRQ_VECTOR, t);
            }
            CpuState.setInInterrupt(false);
            // Cleared first: the thread switched to is not in a handler, whatever this one was.
            Scheduler.preemptIfNeeded();
            return;
        }
        unexpected++;
        if (unexpected <= WARN_UNEXPECTED) {
            warnUnexpected(vector);
        }
    }

    @AllocOk("panic path: the machine stops after the report")
    private static void handlerFailed(int irq, Throwable t) {
        Panic.panic("exception in the handler of IRQ " + irq, t);
    }

    /** Allocates nothing: the interrupted thread may be inside the allocation fast path. */
    private static void warnUnexpected(int vector) {
        Console.print("warning: unexpected interrupt vector ");
        Console.writeByte('0' + vector / 100 % 10);
        Console.writeByte('0' + vector / 10 % 10);
        Console.writeByte('0' + vector % 10);
        Console.print(" (ignored)\n");
    }

    public static long unexpectedCount() {
        return unexpected;
    }

    public static void reset() {
        unexpected = 0;
        CpuState.setInInterrupt(false);
    }
}
