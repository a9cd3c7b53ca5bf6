/*
 * wait4 and waitid: a parent collects the status of its children. Which children (a pid, any,
 * the caller's process group, another group) and what it waits for (their end with WEXITED,
 * which wait4 always asks; their stop with WSTOPPED/WUNTRACED; their continuation with
 * WCONTINUED; WNOHANG: never sleep) follow wait(2). A zombie is reaped when its status is read
 * (unless WNOWAIT), and its CPU time then joins the parent's children's time (getrusage). The
 * wait sleeps on Processes.childEvents and ends early for a signal (-ERESTARTSYS: restarted
 * or EINTR).
 */
package exo.kernel.proc;

import exo.kernel.fs.Errno;
import exo.kernel.signal.SigInfo;
import exo.kernel.signal.Signals;

public final class Wait {
    private Wait() {}

    public static final int WNOHANG = 1;
    public static final int WUNTRACED = 2;
    public static final int WSTOPPED = WUNTRACED;
    public static final int WEXITED = 4;
    public static final int WCONTINUED = 8;
    public static final int WNOWAIT = 0x01000000;
    static final int WCLONE = 0x80000000;
    static final int WALL = 0x40000000;
    static final int WNOTHREAD = 0x20000000;
    /** waitid's idtype: any child, one pid, one process group. */
    public static final int P_ALL = 0;
    public static final int P_PID = 1;
    public static final int P_PGID = 2;
    /** wait(2)'s status of a child resumed by SIGCONT (WIFCONTINUED). */
    static final int CONTINUED_STATUS = 0xFFFF;

    /** What a wait found: the child's pid and its status in wait(2)'s encoding. */
    public static final class Result {
        public int pid;
        public int status;
        /** For waitid: CLD_EXITED, CLD_KILLED, CLD_DUMPED, CLD_STOPPED, CLD_CONTINUED. */
        public int code;
        /** For waitid's si_status: the exit code, or the signal that killed, stopped or continued it. */
        public int signalOrCode;
        public int uid;
        /** The child's resource use (its own and its reaped children's), for wait4's rusage. */
        public ProcessUsage.Sample usage;
    }

    /**
     * wait4: waits for a child matching pid (wait4's selector: > 0 that pid, 0 the caller's
     * group, -1 any, < -1 group -pid) under options; exited: whether ends count (WEXITED).
     * Returns the child's pid with its status in out, 0 (WNOHANG and nothing yet), or -errno.
     */
    public static int waitChild(Task t, int pid, int options, boolean exited, Result out) {
        int idtype = pid > 0 ? P_PID : pid == -1 ? P_ALL : P_PGID;
        int id = pid > 0 ? pid : pid == 0 || pid == -1 ? 0 : -pid;
        return waitId(t, idtype, id, exited ? options | WEXITED : options & ~WEXITED, out);
    }

    /**
     * waitid's selection: idtype P_ALL, P_PID id, or P_PGID id (0: the caller's group); options
     * WEXITED, WSTOPPED, WCONTINUED, WNOHANG, WNOWAIT. Same results as waitChild.
     */
    public static int waitId(Task t, int idtype, int id, int options, Result out) {
        Process self = t.process;
        Processes.lock.lock();
        try {
            for (;;) {
                int group = idtype == P_PGID && id == 0 ? self.pgid : id;
                boolean any = false;
                for (Process c : self.children) {
                    if (!matches(c, idtype, group)) {
                        continue;
                    }
                    any = true;
                    if (report(self, c, options, out)) {
                        return c.pid;
                    }
                }
                if (!any) {
                    return -Errno.ECHILD;
                }
                if ((options & WNOHANG) != 0) {
                    return 0;
                }
                t.interruptible = true;
                boolean slept = Processes.childEvents.await(Processes.lock, () -> Delivery.interrupted(t));
                t.interruptible = false;
                if (!slept) {
                    return -Delivery.ERESTARTSYS;
                }
            }
        } finally {
            t.interruptible = false;
            Processes.lock.unlock();
        }
    }

    /** Fills out if child c has something options ask for (and consumes it unless WNOWAIT). Locked. */
    private static boolean report(Process self, Process c, int options, Result out) {
        boolean consume = (options & WNOWAIT) == 0;
        if ((options & WEXITED) != 0 && c.state == Process.ZOMBIE) {
            fill(out, c, c.waitStatus);
            if (consume) {
                ProcessUsage.reapedLocked(self, c);
                Exits.reapLocked(c);
            }
            return true;
        }
        if (c.state == Process.ZOMBIE) {
            return false;
        }
        if ((options & WSTOPPED) != 0 && c.stopped && !c.stopReported) {
            fill(out, c, (c.stopStatus << 8) | 0x7F);
            if (consume) {
                c.stopReported = true;
            }
            return true;
        }
        if ((options & WCONTINUED) != 0 && c.continuedReport) {
            fill(out, c, CONTINUED_STATUS);
            if (consume) {
                c.continuedReport = false;
            }
            return true;
        }
        return false;
    }

    private static boolean matches(Process c, int idtype, int id) {
        switch (idtype) {
            case P_PID:
                return c.pid == id;
            case P_PGID:
                return c.pgid == id;
            default:
                return true;
        }
    }

    private static void fill(Result out, Process c, int status) {
        out.pid = c.pid;
        out.status = status;
        out.uid = c.cred.uid;
        out.usage = ProcessUsage.totalLocked(c);
        if (status == CONTINUED_STATUS) {
            out.code = SigInfo.CLD_CONTINUED;
            out.signalOrCode = Signals.SIGCONT;
        } else if ((status & 0xFF) == 0x7F) {
            out.code = SigInfo.CLD_STOPPED;
            out.signalOrCode = (status >> 8) & 0xFF;
        } else if ((status & 0x7F) != 0) {
            out.code = (status & 0x80) != 0 ? SigInfo.CLD_DUMPED : SigInfo.CLD_KILLED;
            out.signalOrCode = status & 0x7F;
        } else {
            out.code = SigInfo.CLD_EXITED;
            out.signalOrCode = (status >> 8) & 0xFF;
        }
    }
}
