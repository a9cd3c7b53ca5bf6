/*
 * The kernel's tick counter: the timer interrupt (trap.Timer, IRQ 0 at Boot.TIMER_HZ) advances
 * it; the scheduler counts sleeps and time slices in it. Volatile because waiting loops read it
 * while the interrupt handler writes it; the handler is its only writer and runs with interrupts
 * off, so no atomic update is needed. lastTickTsc() is the TSC when the latest tick was taken
 * (wake-up latency measurements).
 * FIXME(SMP): one CPU's timer advances the global count; per-CPU timers will only drive their
 * own scheduler.
 */
package exo.kernel.time;

import exo.hw.Cpu;

public final class Ticks {
    private Ticks() {}

    private static volatile long ticks;
    private static volatile long lastTickTsc;

    /** One more tick, taken at TSC value tsc (the timer interrupt, interrupts off). */
    public static long advance(long tsc) {
        lastTickTsc = tsc;
        long now = ticks + 1;
        ticks = now;
        return now;
    }

    public static long now() {
        return ticks;
    }

    public static long lastTickTsc() {
        return lastTickTsc;
    }

    /** Halts until n more ticks have passed (interrupts must be on). */
    public static void waitTicks(long n) {
        long target = ticks + n;
        while (ticks < target) {
            Cpu.hlt();
        }
    }

    public static void reset() {
        ticks = 0;
        lastTickTsc = 0;
    }
}
