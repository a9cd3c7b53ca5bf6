/*
 * The time system calls: clock_gettime and clock_getres (CLOCK_REALTIME and its coarse form
 * from the RTC-synchronised TSC; CLOCK_MONOTONIC, _RAW, _COARSE and CLOCK_BOOTTIME from the TSC
 * since boot; the process and thread CPU-time clocks, also another's through the negative ids
 * of clock_getcpuclockid, from the scheduler's accounting: proc.ProcessUsage), gettimeofday,
 * time, nanosleep and clock_nanosleep
 * (relative or TIMER_ABSTIME, interrupted by signals as Linux: EINTR with the time left).
 * Called only by Syscalls (and ProcessCalls for futex timeouts).
 */
package exo.kernel.syscall;

import exo.kernel.fs.Errno;
import exo.kernel.fs.abi.Le;
import exo.kernel.proc.Delivery;
import exo.kernel.proc.ProcessUsage;
import exo.kernel.proc.Task;
import exo.kernel.proc.TaskSleep;
import exo.kernel.time.Clock;
import exo.kernel.uaccess.UserMemory;

final class TimeCalls {
    private TimeCalls() {}

    static final int CLOCK_REALTIME = 0;
    static final int CLOCK_MONOTONIC = 1;
    static final int CLOCK_PROCESS_CPUTIME_ID = 2;
    static final int CLOCK_THREAD_CPUTIME_ID = 3;
    static final int CLOCK_MONOTONIC_RAW = 4;
    static final int CLOCK_REALTIME_COARSE = 5;
    static final int CLOCK_MONOTONIC_COARSE = 6;
    static final int CLOCK_BOOTTIME = 7;
    static final int TIMER_ABSTIME = 1;
    static final long NANOS = 1_000_000_000L;

    /** The clock's time in nanoseconds for t, or -1 for a clock that does not exist. */
    static long now(Task t, int clock) {
        if (clock < 0) {
            return CpuClocks.read(t, clock);
        }
        switch (clock) {
            case CLOCK_REALTIME:
            case CLOCK_REALTIME_COARSE:
                return Clock.currentTimeNanos();
            case CLOCK_MONOTONIC:
            case CLOCK_MONOTONIC_RAW:
            case CLOCK_MONOTONIC_COARSE:
            case CLOCK_BOOTTIME:
                return Clock.nanoTime();
            case CLOCK_PROCESS_CPUTIME_ID:
                return ProcessUsage.processCpuNanos(t.process);
            case CLOCK_THREAD_CPUTIME_ID:
                return ProcessUsage.threadCpuNanos(t);
            default:
                return -1;
        }
    }

    static long clockGettime(Task t, int clock, long tsAddr) {
        long ns = now(t, clock);
        if (ns < 0) {
            return -Errno.EINVAL;
        }
        return writeTimespec(t, tsAddr, ns) ? 0 : -Errno.EFAULT;
    }

    static long clockGetres(Task t, int clock, long tsAddr) {
        if (now(t, clock) < 0) {
            return -Errno.EINVAL;
        }
        boolean coarse = clock == CLOCK_REALTIME_COARSE || clock == CLOCK_MONOTONIC_COARSE;
        return tsAddr == 0 || writeTimespec(t, tsAddr, coarse ? 10_000_000L : 1) ? 0 : -Errno.EFAULT;
    }

    static long gettimeofday(Task t, long tvAddr, long tzAddr) {
        long ns = Clock.currentTimeNanos();
        if (tvAddr != 0) {
            byte[] b = new byte[16];
            Le.put64(b, 0, ns / NANOS);
            Le.put64(b, 8, ns % NANOS / 1000);
            if (UserMemory.copyOutArray(t.process.mm(), tvAddr, b, 0, 16) != 16) {
                return -Errno.EFAULT;
            }
        }
        if (tzAddr != 0 && UserMemory.zero(t.process.mm(), tzAddr, 8) != 8) {
            return -Errno.EFAULT;
        }
        return 0;
    }

    static long time(Task t, long addr) {
        long s = Clock.currentTimeNanos() / NANOS;
        if (addr != 0 && !UserMemory.writeLong(t.process.mm(), addr, s)) {
            return -Errno.EFAULT;
        }
        return s;
    }

    static long nanosleep(Task t, long reqAddr, long remAddr) {
        return clockNanosleep(t, CLOCK_MONOTONIC, 0, reqAddr, remAddr);
    }

    static long clockNanosleep(Task t, int clock, int flags, long reqAddr, long remAddr) {
        if (clock < 0 || clock == CLOCK_THREAD_CPUTIME_ID || now(t, clock) < 0) {
            return -Errno.EINVAL;
        }
        long[] ts = readTimespec(t, reqAddr);
        if (ts == null) {
            return -Errno.EFAULT;
        }
        if (ts[0] < 0 || ts[1] < 0 || ts[1] >= NANOS) {
            return -Errno.EINVAL;
        }
        long req = ts[0] > Long.MAX_VALUE / NANOS ? Long.MAX_VALUE / 2 : ts[0] * NANOS + ts[1];
        boolean absolute = (flags & TIMER_ABSTIME) != 0;
        long deadline = absolute ? toMonotonic(clock == CLOCK_REALTIME || clock == CLOCK_REALTIME_COARSE, req)
                : Clock.nanoTime() + req;
        if (deadline < 0) {
            deadline = Long.MAX_VALUE / 2;
        }
        if (TaskSleep.until(t, deadline)) {
            return 0;
        }
        if (!absolute && remAddr != 0) {
            long left = Math.max(0, deadline - Clock.nanoTime());
            if (!writeTimespec(t, remAddr, left)) {
                return -Errno.EFAULT;
            }
        }
        return absolute ? -Delivery.ERESTARTNOHAND : -Errno.EINTR;
    }

    /**
     * An absolute time (ns >= 0) on CLOCK_REALTIME (realtime) or the monotonic clock, as a
     * monotonic deadline; saturates at Long.MAX_VALUE (a wait that never times out).
     */
    static long toMonotonic(boolean realtime, long ns) {
        return realtime ? saturatingAdd(Clock.nanoTime(), ns - Clock.currentTimeNanos()) : ns;
    }

    /** The monotonic deadline ns (>= 0) from now; saturates at Long.MAX_VALUE. */
    static long deadlineAfter(long ns) {
        return saturatingAdd(Clock.nanoTime(), ns);
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return b > 0 && sum < a ? Long.MAX_VALUE : sum;
    }

    /** Linux's KTIME_SEC_MAX: timespec64_valid_settod's bound on a new wall-clock time. */
    static final long SETTOD_SEC_MAX = Long.MAX_VALUE / NANOS - 30L * 365 * 24 * 3600;

    /**
     * clock_settime: only CLOCK_REALTIME can be set (EINVAL for the other clocks, EPERM for the
     * CPU-time ones), by root (CAP_SYS_TIME); the time is checked before the privilege, as Linux.
     */
    static long clockSettime(Task t, int clock, long tsAddr) {
        if (clock < 0) {
            return CpuClocks.read(t, clock) < 0 ? -Errno.EINVAL : -Errno.EPERM;
        }
        if (now(t, clock) < 0 || clock != CLOCK_REALTIME) {
            return -Errno.EINVAL;
        }
        long[] ts = readTimespec(t, tsAddr);
        if (ts == null) {
            return -Errno.EFAULT;
        }
        return setWallClock(t, ts[0], ts[1]);
    }

    /** settimeofday(tv, tz): tv's microseconds checked; tz (obsolete) only for its range. */
    static long settimeofday(Task t, long tvAddr, long tzAddr) {
        long[] tv = null;
        if (tvAddr != 0) {
            tv = readTimespec(t, tvAddr);   // struct timeval: two longs too
            if (tv == null) {
                return -Errno.EFAULT;
            }
            if (tv[1] < 0 || tv[1] >= 1_000_000L) {
                return -Errno.EINVAL;
            }
        }
        if (tzAddr != 0) {
            byte[] tz = new byte[8];
            if (UserMemory.copyInArray(t.process.mm(), tzAddr, tz, 0, 8) != 8) {
                return -Errno.EFAULT;
            }
            int minutesWest = Le.get32(tz, 0);
            if (minutesWest < -15 * 60 || minutesWest > 15 * 60) {
                return -Errno.EINVAL;
            }
        }
        if (tv == null) {
            return t.process.cred().isRoot() ? 0 : -Errno.EPERM;
        }
        return setWallClock(t, tv[0], tv[1] * 1000);
    }

    private static long setWallClock(Task t, long sec, long nsec) {
        if (sec < 0 || sec > SETTOD_SEC_MAX || nsec < 0 || nsec >= NANOS) {
            return -Errno.EINVAL;
        }
        if (!t.process.cred().isRoot()) {
            return -Errno.EPERM;
        }
        Clock.setWallClockNanos(sec * NANOS + nsec);
        return 0;
    }

    /** {tv_sec, tv_nsec} of the struct timespec at addr, or null when it cannot be read. */
    static long[] readTimespec(Task t, long addr) {
        byte[] b = new byte[16];
        if (UserMemory.copyInArray(t.process.mm(), addr, b, 0, 16) != 16) {
            return null;
        }
        return new long[] {Le.get64(b, 0), Le.get64(b, 8)};
    }

    static boolean writeTimespec(Task t, long addr, long ns) {
        byte[] b = new byte[16];
        Le.put64(b, 0, ns / NANOS);
        Le.put64(b, 8, ns % NANOS);
        return UserMemory.copyOutArray(t.process.mm(), addr, b, 0, 16) == 16;
    }
}
