/*
 * The one Java entry point for every interrupt and exception: the assembly stubs build a
 * TrapFrame and call exo_trap_dispatch(frame). Vectors 0-31 (CPU exceptions) end in a panic
 * report, since nothing resolves faults yet; 32-47 are the PIC's IRQs, handed to Irqs; anything
 * else is unexpected (no APIC or system call yet) and only counted, with a warning for the first
 * few. A Java exception escaping an IRQ handler is a kernel bug and panics too, rather than
 * unwinding into the assembly stub. On the way out of an IRQ, after the EOI, the scheduler may
 * switch threads (Scheduler.preemptIfNeeded): the interrupted thread then stays suspended
 * inside this call, its trap frame on its own stack, until it is scheduled again.
 */
package exo.kernel.trap;

import exo.hw.Export;
import exo.kernel.arch.x86_64.pc.Pic8259;
import exo.kernel.arch.x86_64.trap.TrapFrame;
import exo.kernel.console.Log;
import exo.kernel.cpu.CpuState;
import exo.kernel.irq.Irqs;
import exo.kernel.sched.Scheduler;

public final class Traps {
    private Traps() {}

    public static final int FIRST_IRQ_VECTOR = Pic8259.VECTOR_BASE;
    public static final int LAST_IRQ_VECTOR = Pic8259.VECTOR_BASE + Irqs.LINES - 1;
    private static final int WARN_UNEXPECTED = 5;

    private static long unexpected;

    @Export("exo_trap_dispatch")
    public static void dispatch(long frame) {
        int vector = TrapFrame.vector(frame);
        if (vector < 32) {
            Panic.trap(frame);
            return;
        }
        if (vector <= LAST_IRQ_VECTOR) {
            CpuState.setInInterrupt(true);   // interrupt gates keep handlers from nesting
            try {
                Irqs.handle(vector - FIRST_IRQ_VECTOR, frame);
            } catch (Throwable t) {
                Panic.panic("exception in the handler of IRQ " + (vector - FIRST_IRQ_VECTOR), t);
            }
            CpuState.setInInterrupt(false);
            // Cleared first: the thread switched to is not in a handler, whatever this one was.
            Scheduler.preemptIfNeeded();
            return;
        }
        unexpected++;
        if (unexpected <= WARN_UNEXPECTED) {
            Log.warn("unexpected interrupt vector " + vector + " (ignored)");
        }
    }

    public static long unexpectedCount() {
        return unexpected;
    }

    public static void reset() {
        unexpected = 0;
        CpuState.setInInterrupt(false);
    }
}
