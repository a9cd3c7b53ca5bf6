/*
 * The IRQ0 handler: counts PIT ticks and drives the scheduler (Scheduler.tick wakes due
 * sleepers and counts the running thread's time slice down). ticks() is the kernel's global
 * tick counter (100 per second once Boot has started the PIT at 100 Hz); it is volatile because
 * waiting loops read it while the interrupt handler writes it. lastTickTsc() is the TSC when the
 * latest tick was taken (wake-up latency measurements). waitTicks halts the calling code until
 * the ticks have passed, so it needs interrupts on; threads sleep with Scheduler.sleepMillis.
 */
package exo.kernel.trap;

import exo.hw.Cpu;
import exo.kernel.sched.Scheduler;

public final class Timer implements IrqHandler {
    public static final int IRQ = 0;

    private static volatile long ticks;
    private static volatile long lastTickTsc;

    @Override
    public void handleIrq(int irq, long frame) {
        lastTickTsc = Cpu.rdtsc();
        ticks++; // single writer (this handler, interrupts off), so no atomic needed
        Scheduler.tick(ticks);
    }

    public static long lastTickTsc() {
        return lastTickTsc;
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
