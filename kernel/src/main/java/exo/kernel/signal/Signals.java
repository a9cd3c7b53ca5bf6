/*
 * Linux x86_64's signal numbers and the rules that do not depend on a process: names (for
 * strace and the log), default actions (signal(7)), masks as 64-bit words (bit sig-1), which
 * signals can be neither caught nor blocked, the sa_flags bits, and the order pending signals
 * are taken in. The process and thread code keeps pending/blocked words and a SigAction per
 * signal and asks this class what to do; SignalFrame builds the handler's frame.
 */
package exo.kernel.signal;

public final class Signals {
    private Signals() {}

    public static final int SIGHUP = 1;
    public static final int SIGINT = 2;
    public static final int SIGQUIT = 3;
    public static final int SIGILL = 4;
    public static final int SIGTRAP = 5;
    public static final int SIGABRT = 6;
    public static final int SIGBUS = 7;
    public static final int SIGFPE = 8;
    public static final int SIGKILL = 9;
    public static final int SIGUSR1 = 10;
    public static final int SIGSEGV = 11;
    public static final int SIGUSR2 = 12;
    public static final int SIGPIPE = 13;
    public static final int SIGALRM = 14;
    public static final int SIGTERM = 15;
    public static final int SIGSTKFLT = 16;
    public static final int SIGCHLD = 17;
    public static final int SIGCONT = 18;
    public static final int SIGSTOP = 19;
    public static final int SIGTSTP = 20;
    public static final int SIGTTIN = 21;
    public static final int SIGTTOU = 22;
    public static final int SIGURG = 23;
    public static final int SIGXCPU = 24;
    public static final int SIGXFSZ = 25;
    public static final int SIGVTALRM = 26;
    public static final int SIGPROF = 27;
    public static final int SIGWINCH = 28;
    public static final int SIGIO = 29;
    public static final int SIGPOLL = SIGIO;
    public static final int SIGPWR = 30;
    public static final int SIGSYS = 31;
    /** The kernel's first real-time signal; libcs keep 32-34 for themselves and start SIGRTMIN above. */
    public static final int SIGRTMIN = 32;
    public static final int SIGRTMAX = 64;
    /** Signals are 1.._NSIG. */
    public static final int NSIG = 64;
    /** sigsetsize that rt_sigaction, rt_sigprocmask and friends accept: 64 bits. */
    public static final int SIGSET_BYTES = 8;

    public static final long SIG_DFL = 0;
    public static final long SIG_IGN = 1;

    public static final long SA_NOCLDSTOP = 0x00000001L;
    public static final long SA_NOCLDWAIT = 0x00000002L;
    public static final long SA_SIGINFO = 0x00000004L;
    public static final long SA_UNSUPPORTED = 0x00000400L;
    public static final long SA_EXPOSE_TAGBITS = 0x00000800L;
    public static final long SA_RESTORER = 0x04000000L;
    public static final long SA_ONSTACK = 0x08000000L;
    public static final long SA_RESTART = 0x10000000L;
    public static final long SA_NODEFER = 0x40000000L;
    public static final long SA_RESETHAND = 0x80000000L;

    /** rt_sigprocmask's `how`. */
    public static final int SIG_BLOCK = 0;
    public static final int SIG_UNBLOCK = 1;
    public static final int SIG_SETMASK = 2;

    /** What happens when a signal's action is SIG_DFL. */
    public static final int TERM = 0;
    public static final int CORE = 1;
    public static final int IGNORE = 2;
    public static final int STOP = 3;
    public static final int CONTINUE = 4;

    /** SIGKILL and SIGSTOP: never caught, ignored or blocked. */
    public static final long UNBLOCKABLE = bit(SIGKILL) | bit(SIGSTOP);
    /** Faults the CPU raises: taken before other pending signals, as Linux's SYNCHRONOUS_MASK. */
    public static final long SYNCHRONOUS = bit(SIGSEGV) | bit(SIGBUS) | bit(SIGILL) | bit(SIGTRAP) | bit(SIGFPE) | bit(SIGSYS);
    public static final long STOP_SIGNALS = bit(SIGSTOP) | bit(SIGTSTP) | bit(SIGTTIN) | bit(SIGTTOU);
    private static final long CORE_SIGNALS = bit(SIGQUIT) | bit(SIGILL) | bit(SIGTRAP) | bit(SIGABRT) | bit(SIGBUS)
            | bit(SIGFPE) | bit(SIGSEGV) | bit(SIGXCPU) | bit(SIGXFSZ) | bit(SIGSYS);
    private static final long IGNORED_SIGNALS = bit(SIGCHLD) | bit(SIGURG) | bit(SIGWINCH);

    private static final String[] NAMES = {
        null, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL",
        "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCONT",
        "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF",
        "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS",
    };

    public static boolean valid(long sig) {
        return sig >= 1 && sig <= NSIG;
    }

    /** The mask bit of a signal (1..64). */
    public static long bit(int sig) {
        return 1L << (sig - 1);
    }

    public static boolean isRealtime(int sig) {
        return sig >= SIGRTMIN && sig <= SIGRTMAX;
    }

    /** "SIGSEGV", "SIGRTMIN+3" (counting from the kernel's 32), or "signal 99" for a bad number. */
    public static String name(int sig) {
        if (sig >= 1 && sig < NAMES.length) {
            return NAMES[sig];
        }
        if (isRealtime(sig)) {
            return sig == SIGRTMIN ? "SIGRTMIN" : "SIGRTMIN+" + (sig - SIGRTMIN);
        }
        return "signal " + sig;
    }

    /** TERM, CORE, IGNORE, STOP or CONTINUE, per signal(7); real-time signals terminate. */
    public static int defaultAction(int sig) {
        if (!valid(sig)) {
            throw new IllegalArgumentException("no signal " + sig);
        }
        long b = bit(sig);
        if ((b & CORE_SIGNALS) != 0) {
            return CORE;
        }
        if ((b & IGNORED_SIGNALS) != 0) {
            return IGNORE;
        }
        if ((b & STOP_SIGNALS) != 0) {
            return STOP;
        }
        return sig == SIGCONT ? CONTINUE : TERM;
    }

    /** A mask as rt_sigprocmask or sigaction may set it: SIGKILL and SIGSTOP removed. */
    public static long blockable(long mask) {
        return mask & ~UNBLOCKABLE;
    }

    /** May user space install a handler or SIG_IGN for sig? (not for SIGKILL, SIGSTOP or a bad number) */
    public static boolean catchable(long sig) {
        return valid(sig) && sig != SIGKILL && sig != SIGSTOP;
    }

    /** True when delivering sig with this action would do nothing (SIG_IGN, or SIG_DFL of an ignored signal). */
    public static boolean ignored(int sig, long handler) {
        return handler == SIG_IGN || (handler == SIG_DFL && defaultAction(sig) == IGNORE);
    }

    /** The blocked mask while a handler runs: its sa_mask and, unless SA_NODEFER, the signal itself. */
    public static long maskDuringHandler(long blocked, int sig, SigAction action) {
        long mask = blocked | action.mask;
        if ((action.flags & SA_NODEFER) == 0) {
            mask |= bit(sig);
        }
        return blockable(mask);
    }

    /** rt_sigprocmask: the new blocked mask, or -1 for a bad `how` (the call answers EINVAL). */
    public static long procmask(long blocked, int how, long set) {
        switch (how) {
            case SIG_BLOCK:
                return blockable(blocked | set);
            case SIG_UNBLOCK:
                return blocked & ~set;
            case SIG_SETMASK:
                return blockable(set);
            default:
                return -1; // never a valid mask: SIGKILL and SIGSTOP are never in one
        }
    }

    /**
     * The signal to take next from a set of pending, unblocked ones, 0 if none: faults first,
     * then the lowest number, as Linux does.
     */
    public static int next(long deliverable) {
        long sync = deliverable & SYNCHRONOUS;
        long from = sync != 0 ? sync : deliverable;
        return from == 0 ? 0 : Long.numberOfTrailingZeros(from) + 1;
    }
}
