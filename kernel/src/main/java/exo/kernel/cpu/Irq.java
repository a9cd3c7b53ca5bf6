/*
 * Interrupts off and back on as they were: the kernel's basic critical section on one CPU.
 *     boolean on = Irq.save();  ...  Irq.restore(on);
 * Everything that touches scheduler state (run queues, wait queues, the timer queue) runs
 * inside one, because the timer interrupt may otherwise preempt or wake threads in the middle
 * of the change. Critical sections nest: an inner restore(false) leaves interrupts off.
 * FIXME(SMP): with more CPUs this becomes a real lock (SpinLock) on top of the interrupt state.
 */
package exo.kernel.cpu;

import exo.hw.Cpu;

public final class Irq {
    private Irq() {}

    /** Disables interrupts; returns whether they were enabled. */
    public static boolean save() {
        boolean on = Cpu.interruptsEnabled();
        Cpu.cli();
        return on;
    }

    /** Re-enables interrupts when save() found them enabled. */
    public static void restore(boolean on) {
        if (on) {
            Cpu.sti();
        }
    }
}
