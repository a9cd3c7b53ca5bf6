/*
 * Processes: fork, execve, wait4, exit, kill, process groups and sessions, the environment
 * the process started with. Part of exo.sys (see Sys for the conventions).
 */
package exo.sys;

import exo.rt.SysSupport;
import exo.rt.Syscall;

public final class Proc {
    private Proc() {}

    static final int GETPID = 39, FORK = 57, EXECVE = 59, EXIT = 60, WAIT4 = 61, KILL = 62, SETPGID = 109,
            GETPPID = 110, GETPGRP = 111, SETSID = 112, GETPGID = 121, GETSID = 124, PRCTL = 157, EXIT_GROUP = 231;
    static final int PR_SET_CHILD_SUBREAPER = 36;

    public static final int WNOHANG = 1, WUNTRACED = 2, WCONTINUED = 8;

    public static int getpid() {
        return (int) Syscall.syscall6(GETPID, 0, 0, 0, 0, 0, 0);
    }

    public static int getppid() {
        return (int) Syscall.syscall6(GETPPID, 0, 0, 0, 0, 0, 0);
    }

    /**
     * fork(2): the child's pid in the parent, 0 in the child. The child starts with no
     * recorded signal: those the parent received are the parent's to handle.
     */
    public static int fork() {
        int pid = (int) Sys.check(Syscall.syscall6(FORK, 0, 0, 0, 0, 0, 0), "fork");
        if (pid == 0) {
            SysSupport.takeSignals();
        }
        return pid;
    }

    /** execve(2); returns only by throwing. argv[0] is the program's name as it will see it. */
    public static void execve(String path, String[] argv, String[] envp) {
        byte[] p = Text.cString(path);
        byte[][] av = cStrings(argv);
        byte[][] ev = cStrings(envp);
        long[] avp = pointers(av);
        long[] evp = pointers(ev);
        long r = Syscall.syscall6(EXECVE, SysSupport.address(p, 0), SysSupport.address(avp), SysSupport.address(evp), 0, 0, 0);
        keep(av, ev);
        throw new SysException("execve " + path, (int) -r);
    }

    private static byte[][] cStrings(String[] s) {
        byte[][] out = new byte[s.length][];
        for (int i = 0; i < s.length; i++) {
            out[i] = Text.cString(s[i]);
        }
        return out;
    }

    private static long[] pointers(byte[][] strings) {
        long[] p = new long[strings.length + 1];   // NULL-terminated
        for (int i = 0; i < strings.length; i++) {
            p[i] = SysSupport.address(strings[i], 0);
        }
        return p;
    }

    // The strings must stay referenced until the kernel has read them; this use keeps them.
    private static void keep(byte[][] a, byte[][] b) {
        if (a.length + b.length < 0) {
            throw new IllegalStateException();
        }
    }

    /** Ends the whole process (exit_group); never returns. */
    public static void exit(int status) {
        for (;;) {
            Syscall.syscall6(EXIT_GROUP, status, 0, 0, 0, 0, 0);
        }
    }

    /**
     * wait4(2) for pid (-1: any child, 0: the caller's group, -pgid: that group). Returns null
     * when WNOHANG was given and no child changed state. Restarted after EINTR.
     */
    public static WaitStatus wait4(int pid, int options) {
        return wait4(pid, options, false);
    }

    /**
     * As wait4, but when interruptible a signal that interrupts the wait ends it: its Java
     * handlers run, then SysException(EINTR) is thrown (the shell's `wait` returns on a trap).
     */
    public static WaitStatus wait4(int pid, int options, boolean interruptible) {
        int[] status = new int[1];
        long r;
        while ((r = Syscall.syscall6(WAIT4, pid, SysSupport.address(status), options, 0, 0, 0)) == -Errno.EINTR) {
            Signals.poll();
            if (interruptible) {
                break;
            }
        }
        Sys.check(r, "wait4 " + pid);
        return r == 0 ? null : new WaitStatus((int) r, status[0]);
    }

    /** kill(2): sig 0 only checks that pid exists. Negative pid: a process group. */
    public static void kill(int pid, int sig) {
        Sys.call("kill " + pid, KILL, pid, sig, 0);
    }

    public static void setpgid(int pid, int pgid) {
        Sys.call("setpgid " + pid + " " + pgid, SETPGID, pid, pgid, 0);
    }

    public static int getpgrp() {
        return (int) Syscall.syscall6(GETPGRP, 0, 0, 0, 0, 0, 0);
    }

    public static int getpgid(int pid) {
        return (int) Sys.call("getpgid " + pid, GETPGID, pid, 0, 0);
    }

    /** setsid(2): a new session and group led by the caller; returns the session id. */
    public static int setsid() {
        return (int) Sys.call("setsid", SETSID, 0, 0, 0);
    }

    public static int getsid(int pid) {
        return (int) Sys.call("getsid " + pid, GETSID, pid, 0, 0);
    }

    /**
     * prctl(PR_SET_CHILD_SUBREAPER): orphans of the caller's descendants become its children
     * rather than PID 1's, so it reaps them (init when it does not run as PID 1).
     */
    public static void becomeSubreaper() {
        Sys.call("prctl PR_SET_CHILD_SUBREAPER", PRCTL, PR_SET_CHILD_SUBREAPER, 1, 0);
    }

    /** The environment the process was started with, as "NAME=value" strings. */
    public static String[] environ() {
        long envp = Syscall.environ();
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (int i = 0; envp != 0; i++) {
            long s = SysSupport.load64(envp + 8L * i);
            if (s == 0) {
                break;
            }
            byte[] b = SysSupport.cStringBytes(s);
            out.add(Text.decode(b, 0, b.length));
        }
        return out.toArray(new String[0]);
    }
}
