/*
 * The IRQ0 handler: counts PIT ticks. ticks() is the kernel's global tick counter (100 per
 * second once Boot has started the PIT at 100 Hz); it is volatile because waiting loops read it
 * while the interrupt handler writes it. waitTicks sleeps with hlt, so it needs interrupts on.
 */
package exo.kernel.trap;

import exo.hw.Cpu;

public final class Timer implements IrqHandler {
    public static final int IRQ = 0;

    private static volatile long ticks;

    @Override
    public void handleIrq(int irq, long frame) {
        ticks++; // single writer (this handler, interrupts off), so no atomic needed
    }

    public static long ticks() {
        return ticks;
    }

    /** Halts until n more ticks have passed. */
    public static void waitTicks(long n) {
        long target = ticks + n;
        while (ticks < target) {
            Cpu.hlt();
        }
    }

    public static void reset() {
        ticks = 0;
    }
}
