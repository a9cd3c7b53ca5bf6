/*
 * Signals for Java programs. A Java handler never runs inside the signal: handle() installs
 * the runtime's C handler (linux.c), which only records the signal, and the Java handler runs
 * at the next poll: poll() itself, or any exo.sys call that the signal interrupted (EINTR).
 * Also: ignoring and restoring default actions, the signal mask, names and numbers.
 */
package exo.sys;

import exo.rt.SysSupport;
import exo.rt.Syscall;

public final class Signals {
    private Signals() {}

    static final int RT_SIGACTION = 13, RT_SIGPROCMASK = 14;
    static final long SA_RESTORER = 0x04000000L, SA_RESTART = 0x10000000L;

    public static final int SIGHUP = 1, SIGINT = 2, SIGQUIT = 3, SIGILL = 4, SIGTRAP = 5, SIGABRT = 6,
            SIGBUS = 7, SIGFPE = 8, SIGKILL = 9, SIGUSR1 = 10, SIGSEGV = 11, SIGUSR2 = 12, SIGPIPE = 13,
            SIGALRM = 14, SIGTERM = 15, SIGCHLD = 17, SIGCONT = 18, SIGSTOP = 19, SIGTSTP = 20, SIGTTIN = 21,
            SIGTTOU = 22, SIGURG = 23, SIGWINCH = 28, SIGPWR = 30, SIGSYS = 31;
    public static final int SIG_BLOCK = 0, SIG_UNBLOCK = 1, SIG_SETMASK = 2;

    private static final String[] NAMES = {null, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE",
        "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP",
        "TTIN", "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS"};

    /** A Java signal handler; it runs at a poll, in ordinary thread context. */
    public interface Handler {
        void handle(int sig);
    }

    private static final Handler[] handlers = new Handler[65];
    private static long deferred;      // taken from the C side but not yet handled
    private static boolean polling;    // a handler is running: nested polls leave signals for it

    /** Runs handler at a poll after each delivery of sig. */
    public static void handle(int sig, Handler handler) {
        checkNumber(sig);
        handlers[sig] = handler;
        action(sig, SysSupport.signalHandler(), SA_RESTORER);
    }

    /** SIG_IGN. */
    public static void ignore(int sig) {
        checkNumber(sig);
        handlers[sig] = null;
        action(sig, 1, SA_RESTORER);
    }

    /** SIG_DFL. */
    public static void setDefault(int sig) {
        checkNumber(sig);
        handlers[sig] = null;
        action(sig, 0, SA_RESTORER);
    }

    /** True when sig's current disposition is SIG_IGN (e.g. inherited across execve). */
    public static boolean isIgnored(int sig) {
        checkNumber(sig);
        long[] old = new long[4];
        Sys.check(Syscall.syscall6(RT_SIGACTION, sig, 0, SysSupport.address(old), 8, 0, 0), "rt_sigaction " + sig);
        return old[0] == 1;
    }

    private static void action(int sig, long handler, long flags) {
        long[] act = {handler, flags, SysSupport.signalRestorer(), 0};   // struct kernel_sigaction
        Sys.check(Syscall.syscall6(RT_SIGACTION, sig, SysSupport.address(act), 0, 8, 0, 0), "rt_sigaction " + sig);
    }

    private static void checkNumber(int sig) {
        if (sig < 1 || sig > 64) {
            throw new SysException("signal " + sig, Errno.EINVAL);
        }
    }

    /** Runs the Java handlers of the signals received since the last poll; returns how many ran. */
    public static int poll() {
        long bits = SysSupport.takeSignals() | deferred;
        deferred = 0;
        if (bits == 0) {
            return 0;
        }
        if (polling) {
            deferred = bits;
            return 0;
        }
        polling = true;
        int ran = 0;
        try {
            for (int sig = 1; sig <= 64; sig++) {
                long bit = 1L << (sig - 1);
                if ((bits & bit) != 0) {
                    bits &= ~bit;
                    Handler h = handlers[sig];
                    if (h != null) {
                        ran++;
                        h.handle(sig);
                    }
                }
            }
        } finally {
            deferred |= bits;   // a handler threw: the rest wait for the next poll
            polling = false;
        }
        return ran;
    }

    /** True when a signal with a Java handler is waiting for a poll. */
    public static boolean pending() {
        return (SysSupport.pendingSignals() | deferred) != 0;
    }

    /** sigprocmask(how, set); returns the previous mask (bit sig-1). */
    public static long procMask(int how, long set) {
        long[] m = {set, 0};
        Sys.check(Syscall.syscall6(RT_SIGPROCMASK, how, SysSupport.address(m), SysSupport.address(m) + 8, 8, 0, 0),
                "rt_sigprocmask");
        return m[1];
    }

    /** The mask bit of sig. */
    public static long bit(int sig) {
        return 1L << (sig - 1);
    }

    /** "INT" for 2; "RTMIN+n"/"SIGn" forms are not used: unknown numbers give their digits. */
    public static String name(int sig) {
        return sig > 0 && sig < NAMES.length ? NAMES[sig] : Integer.toString(sig);
    }

    /** The number of "INT", "SIGINT" or "2" (case-insensitive), or -1. */
    public static int number(String name) {
        String n = name.toUpperCase();
        if (n.startsWith("SIG")) {
            n = n.substring(3);
        }
        for (int i = 1; i < NAMES.length; i++) {
            if (n.equals(NAMES[i])) {
                return i;
            }
        }
        try {
            int v = Integer.parseInt(name);
            return v >= 0 && v <= 64 ? v : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The description strsignal gives, as shells print it for a killed job. */
    public static String description(int sig) {
        switch (sig) {
            case SIGHUP: return "Hangup";
            case SIGINT: return "Interrupt";
            case SIGQUIT: return "Quit";
            case SIGILL: return "Illegal instruction";
            case SIGTRAP: return "Trace/breakpoint trap";
            case SIGABRT: return "Aborted";
            case SIGBUS: return "Bus error";
            case SIGFPE: return "Floating point exception";
            case SIGKILL: return "Killed";
            case SIGUSR1: return "User defined signal 1";
            case SIGSEGV: return "Segmentation fault";
            case SIGUSR2: return "User defined signal 2";
            case SIGPIPE: return "Broken pipe";
            case SIGALRM: return "Alarm clock";
            case SIGTERM: return "Terminated";
            case SIGSTOP: return "Stopped (signal)";
            case SIGTSTP: return "Stopped";
            case SIGTTIN: return "Stopped (tty input)";
            case SIGTTOU: return "Stopped (tty output)";
            default: return "Signal " + sig;
        }
    }
}
