/*
 * The kernel's tick counter: the timer interrupt (trap.Timer, IRQ 0 at Boot.TIMER_HZ) advances
 * it; the scheduler counts sleeps and time slices in it. Volatile because waiting loops read it
 * while the interrupt handler writes it; the handler is its only writer and runs with interrupts
 * off, so no atomic update is needed. lastTickTsc() is the TSC when the latest tick was taken
 * (wake-up latency measurements).
 *
 * Once the timer has started (start), the count follows the TSC rather than the number of
 * interrupts: an emulator on a busy host delivers late ticks in a burst, and a sleep whose
 * deadline was counted from a lagging count would end early by the clock (Clock.nanoTime,
 * CLOCK_MONOTONIC). So now() is the TSC's tick and a sleep of n ticks lasts at least n - 1
 * tick periods of TSC time, however the interrupts come.
 * FIXME(SMP): one CPU's timer advances the global count; per-CPU timers will only drive their
 * own scheduler.
 */
package exo.kernel.time;

import exo.hw.Cpu;

public final class Ticks {
    private Ticks() {}

    private static volatile long ticks;
    private static volatile long lastTickTsc;
    /** Timer interrupts taken (the PIT's real rate, whatever the count does). */
    private static volatile long interrupts;
    /** Ticks per second once the timer runs; 0 before (the count is then interrupts taken). */
    private static long rateHz;
    /** TSC when the timer started: tick 0. */
    private static long originTsc;

    /** The timer interrupts rateHz times a second from TSC value tsc on (Boot, once calibrated). */
    public static void start(long hz, long tsc) {
        originTsc = tsc;
        rateHz = hz;
    }

    /** A timer interrupt, taken at TSC value tsc (interrupts off); returns the new count. */
    public static long advance(long tsc) {
        lastTickTsc = tsc;
        interrupts++;
        long now = rateHz == 0 ? ticks + 1 : Math.max(ticks, atTsc(tsc));
        ticks = now;
        return now;
    }

    /** The current tick: the TSC's, even when its interrupt has not been taken yet. */
    public static long now() {
        long t = ticks;
        return rateHz == 0 ? t : Math.max(t, atTsc(Cpu.rdtsc()));
    }

    private static long atTsc(long tsc) {
        return Clock.cyclesToNanos(tsc - originTsc, Clock.tscHz()) / (1_000_000_000L / rateHz);
    }

    /** Timer interrupts taken since boot (the timer test measures the PIT's rate with it). */
    public static long interrupts() {
        return interrupts;
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
        interrupts = 0;
        rateHz = 0;
        originTsc = 0;
        lastTickTsc = 0;
    }
}
