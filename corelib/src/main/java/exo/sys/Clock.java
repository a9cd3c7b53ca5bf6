/*
 * Time for Java programs on the linux target: the monotonic clock and sleeping. init uses it
 * to pace restarts of a shell that keeps dying; the shell's `sleep`-like waits may too.
 */
package exo.sys;

import exo.rt.SysSupport;
import exo.rt.Syscall;

public final class Clock {
    private Clock() {}

    static final int NANOSLEEP = 35, CLOCK_GETTIME = 228;
    static final int CLOCK_MONOTONIC = 1;

    /** Milliseconds on the monotonic clock (an arbitrary origin; never goes back). */
    public static long monotonicMillis() {
        long[] ts = new long[2];
        Sys.check(Syscall.syscall6(CLOCK_GETTIME, CLOCK_MONOTONIC, SysSupport.address(ts), 0, 0, 0, 0), "clock_gettime");
        return ts[0] * 1000 + ts[1] / 1_000_000;
    }

    /**
     * Sleeps for millis milliseconds, or less: a signal ends the sleep early, after its Java
     * handlers have run, so the caller can react to it. Returns true when the whole time passed.
     */
    public static boolean sleepMillis(long millis) {
        if (millis < 0) {
            throw new SysException("nanosleep " + millis + " ms", Errno.EINVAL);
        }
        long[] ts = {millis / 1000, millis % 1000 * 1_000_000};
        long r = Syscall.syscall6(NANOSLEEP, SysSupport.address(ts), 0, 0, 0, 0, 0);
        if (r == -Errno.EINTR) {
            Signals.poll();
            return false;
        }
        Sys.check(r, "nanosleep");
        return true;
    }
}
