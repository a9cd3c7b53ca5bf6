/*
 * siginfo_t as Linux x86_64 lays it out: 128 bytes, si_signo, si_errno and si_code at 0, 4
 * and 8, then a union from offset 16 whose members the si_code says how to read. The kernel
 * keeps only the 32 bytes of the union any member uses (four 8-byte words, Linux's
 * kernel_siginfo); the rest of the 128 is zero when written out. Factories build the info of
 * each kind of sender (kill, tkill, sigqueue, timers, child state changes, faults, SIGPOLL,
 * seccomp), accessors read it back, write() gives the user's bytes and fromUser() takes
 * rt_sigqueueinfo's.
 */
package exo.kernel.signal;

import exo.kernel.util.LittleEndian;

public final class SigInfo {
    public static final int SIZE = 128;
    public static final int SIGNO = 0;
    public static final int ERRNO = 4;
    public static final int CODE = 8;
    /** kill, tkill, sigqueue, SIGCHLD. */
    public static final int PID = 16;
    public static final int UID = 20;
    /** POSIX timers. */
    public static final int TIMERID = 16;
    public static final int OVERRUN = 20;
    /** sigqueue and timers: union sigval. */
    public static final int VALUE = 24;
    /** SIGCHLD. */
    public static final int STATUS = 24;
    public static final int UTIME = 32;
    public static final int STIME = 40;
    /** Faults: SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP. */
    public static final int ADDR = 16;
    public static final int ADDR_LSB = 24;
    public static final int LOWER = 32;
    public static final int UPPER = 40;
    public static final int PKEY = 32;
    /** SIGPOLL. */
    public static final int BAND = 16;
    public static final int FD = 24;
    /** SIGSYS from seccomp. */
    public static final int CALL_ADDR = 16;
    public static final int SYSCALL = 24;
    public static final int ARCH = 28;
    /** Bytes of the union the kernel keeps. */
    static final int UNION = 16;
    static final int UNION_WORDS = 4;

    public static final int SI_USER = 0;
    public static final int SI_KERNEL = 0x80;
    public static final int SI_QUEUE = -1;
    public static final int SI_TIMER = -2;
    public static final int SI_MESGQ = -3;
    public static final int SI_ASYNCIO = -4;
    public static final int SI_SIGIO = -5;
    public static final int SI_TKILL = -6;
    public static final int ILL_ILLOPC = 1;
    public static final int ILL_ILLOPN = 2;
    public static final int ILL_ILLADR = 3;
    public static final int ILL_ILLTRP = 4;
    public static final int ILL_PRVOPC = 5;
    public static final int ILL_PRVREG = 6;
    public static final int ILL_COPROC = 7;
    public static final int ILL_BADSTK = 8;
    public static final int FPE_INTDIV = 1;
    public static final int FPE_INTOVF = 2;
    public static final int FPE_FLTDIV = 3;
    public static final int FPE_FLTOVF = 4;
    public static final int FPE_FLTUND = 5;
    public static final int FPE_FLTRES = 6;
    public static final int FPE_FLTINV = 7;
    public static final int FPE_FLTSUB = 8;
    public static final int SEGV_MAPERR = 1;
    public static final int SEGV_ACCERR = 2;
    public static final int SEGV_BNDERR = 3;
    public static final int SEGV_PKUERR = 4;
    public static final int BUS_ADRALN = 1;
    public static final int BUS_ADRERR = 2;
    public static final int BUS_OBJERR = 3;
    public static final int TRAP_BRKPT = 1;
    public static final int TRAP_TRACE = 2;
    public static final int CLD_EXITED = 1;
    public static final int CLD_KILLED = 2;
    public static final int CLD_DUMPED = 3;
    public static final int CLD_TRAPPED = 4;
    public static final int CLD_STOPPED = 5;
    public static final int CLD_CONTINUED = 6;
    public static final int POLL_IN = 1;
    public static final int POLL_OUT = 2;
    public static final int POLL_MSG = 3;
    public static final int POLL_ERR = 4;
    public static final int POLL_PRI = 5;
    public static final int POLL_HUP = 6;
    public static final int SYS_SECCOMP = 1;

    public final int signo;
    public final int errno;
    public final int code;
    private final long[] words = new long[UNION_WORDS];

    private SigInfo(int signo, int errno, int code) {
        if (!Signals.valid(signo)) {
            throw new IllegalArgumentException("no signal " + signo);
        }
        this.signo = signo;
        this.errno = errno;
        this.code = code;
    }

    // ---- one factory per sender --------------------------------------------------------------

    /** kill(2), or SI_TKILL for tkill/tgkill: the sender's pid and real uid. */
    public static SigInfo kill(int sig, int code, int senderPid, int senderUid) {
        return new SigInfo(sig, 0, code).set32(PID, senderPid).set32(UID, senderUid);
    }

    /** Sent by the kernel itself (e.g. SIGKILL at the process limit, SIGPIPE): SI_KERNEL, no sender. */
    public static SigInfo kernel(int sig) {
        return new SigInfo(sig, 0, SI_KERNEL);
    }

    /** sigqueue (SI_QUEUE) with its value. */
    public static SigInfo queue(int sig, int senderPid, int senderUid, long value) {
        return new SigInfo(sig, 0, SI_QUEUE).set32(PID, senderPid).set32(UID, senderUid).set64(VALUE, value);
    }

    /** A POSIX timer's expiry (SI_TIMER); setitimer/alarm send SIGALRM as SI_KERNEL instead, as Linux does. */
    public static SigInfo timer(int sig, int timerId, int overrun, long value) {
        return new SigInfo(sig, 0, SI_TIMER).set32(TIMERID, timerId).set32(OVERRUN, overrun).set64(VALUE, value);
    }

    /** SIGCHLD: code CLD_*, status the exit code or signal number, times in clock ticks. */
    public static SigInfo child(int code, int pid, int uid, int status, long utimeTicks, long stimeTicks) {
        return new SigInfo(Signals.SIGCHLD, 0, code).set32(PID, pid).set32(UID, uid).set32(STATUS, status)
                .set64(UTIME, utimeTicks).set64(STIME, stimeTicks);
    }

    /** A fault (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP) at addr. */
    public static SigInfo fault(int sig, int code, long addr) {
        return new SigInfo(sig, 0, code).set64(ADDR, addr);
    }

    /** SIGPOLL/SIGIO with its band (poll events) and fd. */
    public static SigInfo poll(int code, long band, int fd) {
        return new SigInfo(Signals.SIGIO, 0, code).set64(BAND, band).set32(FD, fd);
    }

    /** SIGSYS from seccomp: the call's address, number and AUDIT_ARCH. */
    public static SigInfo sys(long callAddr, int syscall, int arch) {
        return new SigInfo(Signals.SIGSYS, 0, SYS_SECCOMP).set64(CALL_ADDR, callAddr).set32(SYSCALL, syscall).set32(ARCH, arch);
    }

    /**
     * rt_sigqueueinfo/rt_tgsigqueueinfo: the user's 128 bytes, with si_signo forced to sig as Linux
     * does. Only the first 48 bytes are kept (what any union member uses); the permission rule
     * (non-negative si_code or SI_TKILL only to oneself) is the caller's: see spoofsKernel().
     */
    public static SigInfo fromUser(int sig, byte[] b, int off) {
        SigInfo i = new SigInfo(sig, LittleEndian.s32(b, off + ERRNO), LittleEndian.s32(b, off + CODE));
        for (int w = 0; w < UNION_WORDS; w++) {
            i.words[w] = LittleEndian.u64(b, off + UNION + 8 * w);
        }
        return i;
    }

    /** An si_code only the kernel (or the sender itself) may use: Linux answers EPERM to others. */
    public boolean spoofsKernel() {
        return code >= 0 || code == SI_TKILL;
    }

    // ---- accessors ---------------------------------------------------------------------------

    public int pid() {
        return get32(PID);
    }

    public int uid() {
        return get32(UID);
    }

    public int status() {
        return get32(STATUS);
    }

    public long utime() {
        return get64(UTIME);
    }

    public long stime() {
        return get64(STIME);
    }

    public long addr() {
        return get64(ADDR);
    }

    public long value() {
        return get64(VALUE);
    }

    public long band() {
        return get64(BAND);
    }

    public int fd() {
        return get32(FD);
    }

    public int timerId() {
        return get32(TIMERID);
    }

    public int overrun() {
        return get32(OVERRUN);
    }

    /** The 32-bit field at a union offset (16..44). */
    public int get32(int offset) {
        long w = words[(offset - UNION) >> 3];
        return (int) ((offset & 4) == 0 ? w : w >>> 32);
    }

    /** The 64-bit field at a union offset (16, 24, 32, 40). */
    public long get64(int offset) {
        return words[(offset - UNION) >> 3];
    }

    /** The user's 128 bytes at off: header, the union's words, zeros. */
    public void write(byte[] b, int off) {
        for (int i = 0; i < SIZE; i++) {
            b[off + i] = 0;
        }
        LittleEndian.put32(b, off + SIGNO, signo);
        LittleEndian.put32(b, off + ERRNO, errno);
        LittleEndian.put32(b, off + CODE, code);
        for (int w = 0; w < UNION_WORDS; w++) {
            LittleEndian.put64(b, off + UNION + 8 * w, words[w]);
        }
    }

    private SigInfo set32(int offset, int v) {
        int w = (offset - UNION) >> 3;
        long bits = v & 0xFFFFFFFFL;
        words[w] = (offset & 4) == 0 ? (words[w] & ~0xFFFFFFFFL) | bits : (words[w] & 0xFFFFFFFFL) | bits << 32;
        return this;
    }

    private SigInfo set64(int offset, long v) {
        words[(offset - UNION) >> 3] = v;
        return this;
    }

    @Override
    public String toString() {
        return "{" + Signals.name(signo) + " code " + code + " errno " + errno + " " + Long.toHexString(words[0]) + " "
                + Long.toHexString(words[1]) + " " + Long.toHexString(words[2]) + " " + Long.toHexString(words[3]) + "}";
    }
}
