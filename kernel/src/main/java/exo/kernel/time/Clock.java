/*
 * Kernel time from the TSC: monotonic nanoseconds since boot (nanoTime) and wall-clock
 * milliseconds (currentTimeMillis = RTC reading at boot + TSC cycles since). Boot records the
 * TSC at entry, then the calibrated frequency (right after the console, before the first log
 * line), then the RTC date. Until calibration the TSC is taken to run at 1 GHz. Platform
 * serves exo.rt.VM's nanoTime/currentTimeMillis from here; the log uses uptime for its
 * timestamps.
 */
package exo.kernel.time;

import exo.hw.Cpu;

public final class Clock {
    private Clock() {}

    private static final long ASSUMED_HZ = 1_000_000_000L;
    private static long tscHz;
    private static long bootTsc;
    private static long wallMillisAtSync;
    private static long tscAtSync;

    public static void setBootTsc(long tsc) {
        bootTsc = tsc;
    }

    public static void setTscHz(long hz) {
        tscHz = hz;
    }

    /** Records that the wall clock read epochMillis when the TSC read tsc. */
    public static void syncWallClock(long epochMillis, long tsc) {
        wallMillisAtSync = epochMillis;
        tscAtSync = tsc;
    }

    /**
     * clock_settime/settimeofday: from now on the wall clock reads epochNanos plus the time
     * since. The sub-millisecond part is kept by moving the TSC reference instead.
     */
    public static void setWallClockNanos(long epochNanos) {
        long tsc = Cpu.rdtsc();
        long subMillisNanos = Math.floorMod(epochNanos, 1_000_000L);
        wallMillisAtSync = Math.floorDiv(epochNanos, 1_000_000L);
        tscAtSync = tsc - subMillisNanos * tscHz() / 1_000_000_000L;
    }

    public static long tscHz() {
        return tscHz != 0 ? tscHz : ASSUMED_HZ;
    }

    public static boolean isCalibrated() {
        return tscHz != 0;
    }

    public static long bootTsc() {
        return bootTsc;
    }

    /** cycles at hz converted to nanoseconds, without overflow for any realistic uptime. */
    public static long cyclesToNanos(long cycles, long hz) {
        return cycles / hz * 1_000_000_000L + cycles % hz * 1_000_000_000L / hz;
    }

    public static long nanoTime() {
        return cyclesToNanos(Cpu.rdtsc() - bootTsc, tscHz());
    }

    public static long uptimeMillis() {
        return nanoTime() / 1_000_000L;
    }

    public static long currentTimeMillis() {
        return wallMillisAtSync + cyclesToNanos(Cpu.rdtsc() - tscAtSync, tscHz()) / 1_000_000L;
    }

    /** Wall-clock time in nanoseconds since the epoch (file timestamps). */
    public static long currentTimeNanos() {
        return wallMillisAtSync * 1_000_000L + cyclesToNanos(Cpu.rdtsc() - tscAtSync, tscHz());
    }

    /** Milliseconds between two TSC readings. */
    public static long millisBetween(long tscStart, long tscEnd) {
        return cyclesToNanos(tscEnd - tscStart, tscHz()) / 1_000_000L;
    }

    /** Forgets everything (tests). */
    public static void reset() {
        tscHz = 0;
        bootTsc = 0;
        wallMillisAtSync = 0;
        tscAtSync = 0;
    }
}
