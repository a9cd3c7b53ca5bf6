/*
 * adjtimex(2) and clock_adjtime(2) on CLOCK_REALTIME: the NTP discipline's parameters as
 * Linux keeps them (offset, frequency, maximum and estimated error, status, time constant,
 * tick) are stored and reported, the argument checks are Linux's (timekeeping_validate_timex:
 * EPERM for a change without CAP_SYS_TIME, EINVAL for a tick outside 900000/HZ..1100000/HZ or
 * the old adjtime mode without SINGLESHOT, an ADJ_SETOFFSET with bad microseconds), and
 * ADJ_SETOFFSET steps the wall clock. The kernel's clock does not slew: offset and frequency
 * are kept, not applied. The result is the clock state: TIME_ERROR while STA_UNSYNC is set (as
 * at boot), else TIME_OK. struct timex is 208 bytes (offsets below, from the x86_64 ABI).
 * Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Errno;
import exo.kernel.fs.abi.Le;
import exo.kernel.proc.Task;
import exo.kernel.time.Clock;
import exo.kernel.uaccess.UserMemory;

final class AdjtimexCalls {
    private AdjtimexCalls() {}

    static final int SIZE = 208;
    // struct timex offsets
    static final int MODES = 0, OFFSET = 8, FREQ = 16, MAXERROR = 24, ESTERROR = 32, STATUS = 40;
    static final int CONSTANT = 48, PRECISION = 56, TOLERANCE = 64, TIME_SEC = 72, TIME_USEC = 80, TICK = 88;
    static final int TAI = 160;
    // modes
    static final int ADJ_OFFSET = 0x0001, ADJ_FREQUENCY = 0x0002, ADJ_MAXERROR = 0x0004, ADJ_ESTERROR = 0x0008;
    static final int ADJ_STATUS = 0x0010, ADJ_TIMECONST = 0x0020, ADJ_TAI = 0x0080, ADJ_SETOFFSET = 0x0100;
    static final int ADJ_MICRO = 0x1000, ADJ_NANO = 0x2000, ADJ_TICK = 0x4000;
    static final int ADJ_OFFSET_SINGLESHOT = 0x8001, ADJ_OFFSET_READONLY = 0xA001, ADJ_ADJTIME = 0x8000;
    static final int STA_UNSYNC = 0x0040, STA_NANO = 0x2000, STA_RONLY = 0xFF00;
    static final int TIME_OK = 0, TIME_ERROR = 5;
    static final int HZ = 100;
    /** MAXFREQ_SCALED: 500 ppm in 16.16 fixed point; MAXPHASE: 0.5 s in ns. */
    static final long MAXFREQ_SCALED = 500L << 16, MAXPHASE_NS = 500_000_000L, MAXERROR_US = 16_000_000L;

    private static long offsetNs;
    private static long freq;
    private static long maxError = MAXERROR_US;
    private static long estError = MAXERROR_US;
    private static int status = STA_UNSYNC;
    private static long constant = 2;
    private static long tick = 1_000_000 / HZ;
    private static int tai;

    static long clockAdjtime(Task t, int clock, long txAddr) {
        if (clock == TimeCalls.CLOCK_REALTIME) {
            return adjtimex(t, txAddr);
        }
        return TimeCalls.now(t, clock) < 0 ? -Errno.EINVAL : -Errno.EOPNOTSUPP;
    }

    static synchronized long adjtimex(Task t, long txAddr) {
        byte[] tx = new byte[SIZE];
        if (UserMemory.copyInArray(t.process.mm(), txAddr, tx, 0, SIZE) != SIZE) {
            return -Errno.EFAULT;
        }
        int modes = Le.get32(tx, MODES);
        int r = validate(t, modes, tx);
        if (r < 0) {
            return r;
        }
        apply(modes, tx);
        fill(tx, modes);
        if (UserMemory.copyOutArray(t.process.mm(), txAddr, tx, 0, SIZE) != SIZE) {
            return -Errno.EFAULT;
        }
        return (status & STA_UNSYNC) != 0 ? TIME_ERROR : TIME_OK;
    }

    private static int validate(Task t, int modes, byte[] tx) {
        boolean root = t.process.cred().isRoot();
        if ((modes & ADJ_ADJTIME) != 0) {
            if ((modes & ADJ_OFFSET_SINGLESHOT) != ADJ_OFFSET_SINGLESHOT) {
                return -Errno.EINVAL;   // the old adjtime() mode goes only with SINGLESHOT
            }
            if ((modes & ADJ_OFFSET_READONLY) != ADJ_OFFSET_READONLY && !root) {
                return -Errno.EPERM;
            }
            return 0;
        }
        if (modes != 0 && !root) {
            return -Errno.EPERM;
        }
        long tickIn = Le.get64(tx, TICK);
        if ((modes & ADJ_TICK) != 0 && (tickIn < 900_000 / HZ || tickIn > 1_100_000 / HZ)) {
            return -Errno.EINVAL;
        }
        if ((modes & ADJ_SETOFFSET) != 0) {
            long sub = Le.get64(tx, TIME_USEC);
            long limit = (modes & ADJ_NANO) != 0 ? 1_000_000_000L : 1_000_000L;
            if (sub < 0 || sub >= limit) {
                return -Errno.EINVAL;
            }
        }
        return 0;
    }

    private static void apply(int modes, byte[] tx) {
        if ((modes & ADJ_ADJTIME) != 0) {
            if ((modes & ADJ_OFFSET_READONLY) != ADJ_OFFSET_READONLY) {
                offsetNs = clamp(Le.get64(tx, OFFSET) * 1000, MAXPHASE_NS);
            }
            return;
        }
        if ((modes & ADJ_NANO) != 0) {
            status |= STA_NANO;
        }
        if ((modes & ADJ_MICRO) != 0) {
            status &= ~STA_NANO;
        }
        if ((modes & ADJ_SETOFFSET) != 0) {
            long sec = Le.get64(tx, TIME_SEC);
            long sub = Le.get64(tx, TIME_USEC);
            long deltaNs = sec * TimeCalls.NANOS + ((modes & ADJ_NANO) != 0 ? sub : sub * 1000);
            Clock.setWallClockNanos(Clock.currentTimeNanos() + deltaNs);
        }
        if ((modes & ADJ_STATUS) != 0) {
            status = (status & STA_RONLY) | (Le.get32(tx, STATUS) & ~STA_RONLY);
        }
        if ((modes & ADJ_MAXERROR) != 0) {
            maxError = Math.max(0, Math.min(Le.get64(tx, MAXERROR), MAXERROR_US));
        }
        if ((modes & ADJ_ESTERROR) != 0) {
            estError = Math.max(0, Math.min(Le.get64(tx, ESTERROR), MAXERROR_US));
        }
        if ((modes & ADJ_TIMECONST) != 0) {
            constant = Math.max(0, Math.min(Le.get64(tx, CONSTANT), 10));
        }
        if ((modes & ADJ_TAI) != 0 && Le.get32(tx, CONSTANT) >= 0) {
            tai = (int) Le.get64(tx, CONSTANT);
        }
        if ((modes & ADJ_FREQUENCY) != 0) {
            freq = clamp(Le.get64(tx, FREQ), MAXFREQ_SCALED);
        }
        if ((modes & ADJ_OFFSET) != 0) {
            long in = Le.get64(tx, OFFSET);
            offsetNs = clamp((status & STA_NANO) != 0 ? in : in * 1000, MAXPHASE_NS);
        }
        if ((modes & ADJ_TICK) != 0) {
            tick = Le.get64(tx, TICK);
        }
    }

    private static void fill(byte[] tx, int modes) {
        boolean nano = (status & STA_NANO) != 0;
        long now = Clock.currentTimeNanos();
        Le.put64(tx, OFFSET, (modes & ADJ_ADJTIME) != 0 ? offsetNs / 1000 : nano ? offsetNs : offsetNs / 1000);
        Le.put64(tx, FREQ, freq);
        Le.put64(tx, MAXERROR, maxError);
        Le.put64(tx, ESTERROR, estError);
        Le.put32(tx, STATUS, status);
        Le.put64(tx, CONSTANT, constant);
        Le.put64(tx, PRECISION, 1);
        Le.put64(tx, TOLERANCE, MAXFREQ_SCALED);
        Le.put64(tx, TIME_SEC, now / TimeCalls.NANOS);
        Le.put64(tx, TIME_USEC, nano ? now % TimeCalls.NANOS : now % TimeCalls.NANOS / 1000);
        Le.put64(tx, TICK, tick);
        java.util.Arrays.fill(tx, TICK + 8, SIZE, (byte) 0);   // no PPS signal: its fields are 0
        Le.put32(tx, TAI, tai);
    }

    private static long clamp(long v, long limit) {
        return Math.max(-limit, Math.min(v, limit));
    }
}
