/*
 * The interval-timer system calls: getitimer, setitimer (ITIMER_REAL, ITIMER_VIRTUAL,
 * ITIMER_PROF: proc.IntervalTimers, fired by the kernel's timer thread) and alarm, which is
 * ITIMER_REAL in whole seconds. struct itimerval is two struct timevals (interval, then value),
 * each {tv_sec, tv_usec} in 64-bit words; a value of zero disarms. Times read back are
 * truncated to microseconds, and a timer that is due but has not fired reports 1 µs, as on
 * Linux. Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Errno;
import exo.kernel.fs.abi.Le;
import exo.kernel.proc.IntervalTimers;
import exo.kernel.proc.Task;
import exo.kernel.uaccess.UserMemory;

final class TimerCalls {
    private TimerCalls() {}

    static final int ITIMERVAL_SIZE = 32;
    static final long NANOS_PER_USEC = 1000;
    static final long USEC_PER_SEC = 1_000_000;
    /** Longer times are clamped (about 73 years): nanosecond arithmetic stays far from overflow. */
    static final long MAX_SECONDS = Long.MAX_VALUE / 4 / 1_000_000_000L;

    static long getitimer(Task t, int which, long addr) {
        if (!IntervalTimers.valid(which)) {
            return -Errno.EINVAL;
        }
        long[] cur = t.process.itimers().get(which);
        return write(t, addr, cur) ? 0 : -Errno.EFAULT;
    }

    static long setitimer(Task t, int which, long newAddr, long oldAddr) {
        long[] wanted = {0, 0};   // a NULL new value disarms, as Linux allows
        if (newAddr != 0) {
            byte[] b = new byte[ITIMERVAL_SIZE];
            if (UserMemory.copyInArray(t.process.mm(), newAddr, b, 0, b.length) != b.length) {
                return -Errno.EFAULT;
            }
            long interval = timevalNanos(Le.get64(b, 0), Le.get64(b, 8));
            long value = timevalNanos(Le.get64(b, 16), Le.get64(b, 24));
            if (interval < 0 || value < 0) {
                return -Errno.EINVAL;
            }
            wanted = new long[] {value, interval};
        }
        if (!IntervalTimers.valid(which)) {
            return -Errno.EINVAL;
        }
        long[] old = t.process.itimers().set(which, wanted[0], wanted[1]);
        if (old == null) {
            return -Errno.EAGAIN;   // no thread for the timer facility
        }
        return oldAddr == 0 || write(t, oldAddr, old) ? 0 : -Errno.EFAULT;
    }

    /** alarm(seconds): the seconds left of the previous alarm, rounded up from half a second, never 0 when one was set. */
    static long alarm(Task t, long seconds) {
        long s = seconds & 0xFFFFFFFFL;
        long[] old = t.process.itimers().set(IntervalTimers.ITIMER_REAL, Math.min(s, MAX_SECONDS) * 1_000_000_000L, 0);
        if (old == null) {
            return 0;
        }
        long usec = old[0] / NANOS_PER_USEC;
        long left = usec / USEC_PER_SEC;
        long frac = usec % USEC_PER_SEC;
        if (left == 0 && frac != 0 || frac >= USEC_PER_SEC / 2) {
            left++;
        }
        return left;
    }

    /** A struct timeval as nanoseconds, or -1 when it is not valid (negative, or usec >= 10^6). */
    static long timevalNanos(long sec, long usec) {
        if (sec < 0 || usec < 0 || usec >= USEC_PER_SEC) {
            return -1;
        }
        return Math.min(sec, MAX_SECONDS) * 1_000_000_000L + usec * NANOS_PER_USEC;
    }

    /** Writes {value, interval} (nanoseconds) as a struct itimerval. */
    private static boolean write(Task t, long addr, long[] valueInterval) {
        byte[] b = new byte[ITIMERVAL_SIZE];
        putTimeval(b, 0, valueInterval[1]);
        putTimeval(b, 16, valueInterval[0]);
        return UserMemory.copyOutArray(t.process.mm(), addr, b, 0, b.length) == b.length;
    }

    private static void putTimeval(byte[] b, int off, long nanos) {
        long usec = nanos / NANOS_PER_USEC;
        Le.put64(b, off, usec / USEC_PER_SEC);
        Le.put64(b, off + 8, usec % USEC_PER_SEC);
    }
}
