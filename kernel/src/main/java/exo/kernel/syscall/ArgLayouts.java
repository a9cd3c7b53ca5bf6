/*
 * The small structures the file system calls take from user memory or give back, as Linux
 * x86_64 lays them out, each written once here with its field table (ArgLayoutsTest checks
 * every offset against gcc and the system headers) and a pure decoder/encoder over a byte
 * array: struct timespec and timeval (poll, select and utime timeouts and times), struct
 * utimbuf, struct open_how (openat2), fd_set (select), pselect6's {sigset pointer, size} pair,
 * struct flock (fcntl locks) and struct epoll_event (both from fs.abi.SmallLayouts), and the
 * old getdents's struct linux_dirent (OldDirentWriter). The calls copy the bytes in and out
 * with uaccess; nothing here touches user memory.
 */
package exo.kernel.syscall;

import exo.kernel.fs.abi.Field;
import exo.kernel.fs.abi.Le;
import exo.kernel.fs.abi.SmallLayouts;
import exo.kernel.fs.file.Flock;

final class ArgLayouts {
    private ArgLayouts() {}

    static final long NANOS_PER_SECOND = 1_000_000_000L;

    // ---- struct timespec {tv_sec, tv_nsec} and struct timeval {tv_sec, tv_usec} -------------

    static final int TIMESPEC_SIZE = 16;
    static final int TS_SEC = 0;
    static final int TS_NSEC = 8;
    static final Field[] TIMESPEC_FIELDS = {new Field("tv_sec", TS_SEC, 8), new Field("tv_nsec", TS_NSEC, 8)};

    static final int TIMEVAL_SIZE = 16;
    static final int TV_SEC = 0;
    static final int TV_USEC = 8;
    static final Field[] TIMEVAL_FIELDS = {new Field("tv_sec", TV_SEC, 8), new Field("tv_usec", TV_USEC, 8)};

    /**
     * A timeout timespec as nanoseconds; -1 when it is invalid (negative seconds, nanoseconds
     * outside [0, 1e9)), Long.MAX_VALUE when it is too long to count (as good as forever).
     */
    static long timeoutNanos(byte[] b, int off) {
        long sec = Le.get64(b, off + TS_SEC);
        long nsec = Le.get64(b, off + TS_NSEC);
        if (sec < 0 || nsec < 0 || nsec >= NANOS_PER_SECOND) {
            return -1;
        }
        return sec >= Long.MAX_VALUE / NANOS_PER_SECOND ? Long.MAX_VALUE : sec * NANOS_PER_SECOND + nsec;
    }

    /** select's timeval timeout as nanoseconds; -1 when invalid (as timeoutNanos). */
    static long timevalTimeoutNanos(byte[] b, int off) {
        long sec = Le.get64(b, off + TV_SEC);
        long usec = Le.get64(b, off + TV_USEC);
        if (sec < 0 || usec < 0 || usec >= 1_000_000L) {
            return -1;
        }
        return sec >= Long.MAX_VALUE / NANOS_PER_SECOND ? Long.MAX_VALUE : sec * NANOS_PER_SECOND + usec * 1000;
    }

    static void putTimespec(byte[] b, int off, long nanos) {
        Le.put64(b, off + TS_SEC, nanos / NANOS_PER_SECOND);
        Le.put64(b, off + TS_NSEC, nanos % NANOS_PER_SECOND);
    }

    static void putTimeval(byte[] b, int off, long nanos) {
        Le.put64(b, off + TV_SEC, nanos / NANOS_PER_SECOND);
        Le.put64(b, off + TV_USEC, nanos % NANOS_PER_SECOND / 1000);
    }

    /**
     * utimes/futimesat's two timevals as the VFS's {atime s, atime ns, mtime s, mtime ns};
     * null when a microsecond field is outside [0, 1e6) (EINVAL).
     */
    static long[] timevalPair(byte[] b) {
        long[] t = new long[4];
        for (int i = 0; i < 2; i++) {
            long usec = Le.get64(b, i * TIMEVAL_SIZE + TV_USEC);
            if (usec < 0 || usec >= 1_000_000L) {
                return null;
            }
            t[2 * i] = Le.get64(b, i * TIMEVAL_SIZE + TV_SEC);
            t[2 * i + 1] = usec * 1000;
        }
        return t;
    }

    /** utimensat's two timespecs as {atime s, atime ns, mtime s, mtime ns} (the VFS checks them). */
    static long[] timespecPair(byte[] b) {
        return new long[] {Le.get64(b, TS_SEC), Le.get64(b, TS_NSEC),
            Le.get64(b, TIMESPEC_SIZE + TS_SEC), Le.get64(b, TIMESPEC_SIZE + TS_NSEC)};
    }

    // ---- struct utimbuf {actime, modtime} (utime) ---------------------------------------

    static final int UTIMBUF_SIZE = 16;
    static final int UT_ACTIME = 0;
    static final int UT_MODTIME = 8;
    static final Field[] UTIMBUF_FIELDS = {new Field("actime", UT_ACTIME, 8), new Field("modtime", UT_MODTIME, 8)};

    static long[] utimbuf(byte[] b) {
        return new long[] {Le.get64(b, UT_ACTIME), 0, Le.get64(b, UT_MODTIME), 0};
    }

    // ---- struct open_how {flags, mode, resolve} (openat2) -------------------------------

    /** OPEN_HOW_SIZE_VER0: the smallest size openat2 accepts. */
    static final int OPEN_HOW_SIZE = 24;
    static final int HOW_FLAGS = 0;
    static final int HOW_MODE = 8;
    static final int HOW_RESOLVE = 16;
    static final Field[] OPEN_HOW_FIELDS = {
        new Field("flags", HOW_FLAGS, 8), new Field("mode", HOW_MODE, 8), new Field("resolve", HOW_RESOLVE, 8),
    };

    // ---- fd_set: bits of descriptors, 64 per long, in little-endian longs ---------------------

    static final int FD_SETSIZE = 1024;
    static final int FD_SET_BYTES = FD_SETSIZE / 8;

    /** Bytes select reads and writes of each set for nfds descriptors (whole longs). */
    static int fdSetBytes(int nfds) {
        return (nfds + 63) / 64 * 8;
    }

    /** The set's longs from bytes (fdSetBytes(nfds) of them), bits at and above nfds dropped. */
    static long[] decodeFdSet(byte[] b, int nfds) {
        long[] set = new long[(nfds + 63) / 64];
        for (int i = 0; i < set.length; i++) {
            set[i] = Le.get64(b, 8 * i);
        }
        if ((nfds & 63) != 0) {
            set[set.length - 1] &= (1L << (nfds & 63)) - 1;
        }
        return set;
    }

    static byte[] encodeFdSet(long[] set) {
        byte[] b = new byte[set.length * 8];
        for (int i = 0; i < set.length; i++) {
            Le.put64(b, 8 * i, set[i]);
        }
        return b;
    }

    // ---- pselect6's sixth argument: struct {const sigset_t *ss; size_t ss_len;} ---------------

    static final int SIGMASK_ARG_SIZE = 16;
    static final int SMA_SET = 0;
    static final int SMA_LEN = 8;

    // ---- struct flock (fs.abi.SmallLayouts' offsets) ----------------------------------------

    static Flock decodeFlock(byte[] b) {
        Flock f = new Flock();
        f.type = (short) Le.get16(b, SmallLayouts.L_TYPE);
        f.whence = (short) Le.get16(b, SmallLayouts.L_WHENCE);
        f.start = Le.get64(b, SmallLayouts.L_START);
        f.len = Le.get64(b, SmallLayouts.L_LEN);
        f.pid = Le.get32(b, SmallLayouts.L_PID);
        return f;
    }

    /** F_GETLK's answer written over the caller's struct (padding bytes kept as they were). */
    static void encodeFlock(Flock f, byte[] b) {
        Le.put16(b, SmallLayouts.L_TYPE, f.type);
        Le.put16(b, SmallLayouts.L_WHENCE, f.whence);
        Le.put64(b, SmallLayouts.L_START, f.start);
        Le.put64(b, SmallLayouts.L_LEN, f.len);
        Le.put32(b, SmallLayouts.L_PID, f.pid);
    }

    // ---- struct epoll_event (packed: 12 bytes) ------------------------------------------

    static int epollEvents(byte[] b, int off) {
        return Le.get32(b, off + SmallLayouts.EV_EVENTS);
    }

    static long epollData(byte[] b, int off) {
        return Le.get64(b, off + SmallLayouts.EV_DATA);
    }

    /** n ready events as an array of epoll_event records. */
    static byte[] encodeEpollEvents(int[] events, long[] data, int n) {
        byte[] b = new byte[n * SmallLayouts.EPOLL_EVENT_SIZE];
        for (int i = 0; i < n; i++) {
            int off = i * SmallLayouts.EPOLL_EVENT_SIZE;
            Le.put32(b, off + SmallLayouts.EV_EVENTS, events[i]);
            Le.put64(b, off + SmallLayouts.EV_DATA, data[i]);
        }
        return b;
    }
}
