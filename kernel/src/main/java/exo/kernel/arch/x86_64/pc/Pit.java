/*
 * The 8253/8254 programmable interval timer (input clock 1193182 Hz), channel 0 driving IRQ0.
 * startPeriodic(hz) programs mode 2 (rate generator) with divisor = 1193182 / hz rounded to the
 * nearest integer, clamped to the 16-bit range [1, 65536] (65536 is written as 0); so 100 Hz
 * gives divisor 11932 and a real rate of 99.998 Hz, a 10.00015 ms period, which tickNanos()
 * reports so time derived from ticks does not drift. Channel 2 is used by TscCalibration.
 */
package exo.kernel.arch.x86_64.pc;

import exo.hw.Port;

public final class Pit {
    private Pit() {}

    public static final int BASE_HZ = 1193182;
    public static final int CHANNEL0 = 0x40;
    public static final int CHANNEL2 = 0x42;
    public static final int COMMAND = 0x43;
    /** Channel 0, access low then high byte, mode 2 (rate generator), binary. */
    public static final int CMD_CHANNEL0_RATE = 0x34;

    private static int divisor;

    /** The divisor for a rate of hz interrupts per second (see the file comment). */
    public static int divisorFor(int hz) {
        if (hz <= 0) {
            throw new IllegalArgumentException("PIT rate " + hz + " Hz");
        }
        long d = ((long) BASE_HZ + hz / 2) / hz;
        return (int) Math.max(1, Math.min(65536, d));
    }

    public static void startPeriodic(int hz) {
        divisor = divisorFor(hz);
        Port.outb(COMMAND, CMD_CHANNEL0_RATE);
        Port.outb(CHANNEL0, divisor & 0xFF);
        Port.outb(CHANNEL0, (divisor >> 8) & 0xFF);
    }

    /** Length of one tick of the running timer in nanoseconds (0 before startPeriodic). */
    public static long tickNanos() {
        return divisor * 1_000_000_000L / BASE_HZ;
    }

    /** The real rate in millihertz for a divisor, e.g. 99998 for 11932. */
    public static long milliHz(int divisor) {
        return BASE_HZ * 1000L / divisor;
    }
}
