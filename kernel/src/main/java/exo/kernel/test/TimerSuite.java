/*
 * test=timer: the PIT really interrupts at 100 Hz. Waits for a tick edge, then times 50 ticks
 * with the calibrated TSC; they must take 500 ms within 10 % (the PIT's exact period is
 * 10.00015 ms). A timer that never ticks fails after 5 s of TSC time instead of hanging. Also
 * checks that time as seen by Platform.nanoTime moves forward by about the same amount.
 */
package exo.kernel.test;

import exo.hw.Cpu;
import exo.kernel.Platform;
import exo.kernel.arch.x86_64.Pit;
import exo.kernel.console.Console;
import exo.kernel.time.Clock;
import exo.kernel.trap.Timer;

final class TimerSuite {
    private TimerSuite() {}

    private static final int TICKS = 50;

    static boolean run() {
        Check check = new Check();
        check.that(Cpu.interruptsEnabled(), "interrupts are enabled");
        long deadline = Cpu.rdtsc() + 5 * Clock.tscHz();
        long t0 = Timer.ticks();
        while (Timer.ticks() == t0 && Cpu.rdtsc() < deadline) {
            Cpu.hlt();
        }
        check.that(Timer.ticks() != t0, "the timer ticks");
        long startTicks = Timer.ticks();
        long startTsc = Cpu.rdtsc();
        long startNanos = Platform.nanoTime();
        while (Timer.ticks() - startTicks < TICKS && Cpu.rdtsc() < deadline) {
            Cpu.hlt();
        }
        long ms = Clock.millisBetween(startTsc, Cpu.rdtsc());
        long nanosMs = (Platform.nanoTime() - startNanos) / 1_000_000L;
        long expectedMs = TICKS * Pit.tickNanos() / 1_000_000L;
        Console.println("  " + (Timer.ticks() - startTicks) + " ticks took " + ms + " ms by the TSC (expected "
                + expectedMs + " ms)");
        check.that(Math.abs(ms - expectedMs) * 10 <= expectedMs, "tick rate within 10 % of " + Pit.milliHz(Pit.divisorFor(100)) / 1000 + " Hz");
        check.that(Math.abs(nanosMs - ms) <= 2, "nanoTime agrees with the TSC");
        return check.passed();
    }
}
