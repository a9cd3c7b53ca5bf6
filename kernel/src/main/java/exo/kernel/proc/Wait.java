/*
 * wait4 and waitid: a parent collects the status of its children. Which children (a pid, any,
 * the caller's process group, another group) and what it waits for (their end; with WUNTRACED
 * their stop; with WCONTINUED their continuation; WNOHANG: never sleep) follow wait(2). A
 * zombie is reaped when its status is read (unless WNOWAIT). The wait sleeps on
 * Processes.childEvents and ends early for a signal (-ERESTARTSYS: restarted or EINTR).
 */
package exo.kernel.proc;

import exo.kernel.fs.Errno;

public final class Wait {
    private Wait() {}

    public static final int WNOHANG = 1;
    public static final int WUNTRACED = 2;
    public static final int WEXITED = 4;
    public static final int WCONTINUED = 8;
    public static final int WNOWAIT = 0x01000000;
    static final int WCLONE = 0x80000000;
    static final int WALL = 0x40000000;
    static final int WNOTHREAD = 0x20000000;

    /** What a wait found: the child's pid and its status in wait(2)'s encoding. */
    public static final class Result {
        public int pid;
        public int status;
        /** For waitid: CLD_EXITED, CLD_KILLED, CLD_DUMPED, CLD_STOPPED, CLD_CONTINUED. */
        public int code;
        public int uid;
    }

    /**
     * Waits for a child matching pid (wait4's selector) under options; returns the child's pid
     * with its status in out, 0 (WNOHANG and nothing yet), or -errno.
     */
    public static int waitChild(Task t, int pid, int options, boolean exited, Result out) {
        Process self = t.process;
        Processes.lock.lock();
        try {
            for (;;) {
                boolean any = false;
                for (Process c : self.children) {
                    if (!matches(c, pid, self)) {
                        continue;
                    }
                    any = true;
                    if (exited && c.state == Process.ZOMBIE) {
                        fill(out, c, c.waitStatus);
                        if ((options & WNOWAIT) == 0) {
                            Exits.reapLocked(c);
                        }
                        return c.pid;
                    }
                    if ((options & WUNTRACED) != 0 && c.stopped && !c.stopReported) {
                        fill(out, c, (c.stopStatus << 8) | 0x7F);
                        out.code = 5;
                        if ((options & WNOWAIT) == 0) {
                            c.stopReported = true;
                        }
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

    private static boolean matches(Process c, int pid, Process self) {
        if (pid > 0) {
            return c.pid == pid;
        }
        if (pid == 0) {
            return c.pgid == self.pgid;
        }
        if (pid == -1) {
            return true;
        }
        return c.pgid == -pid;
    }

    private static void fill(Result out, Process c, int status) {
        out.pid = c.pid;
        out.status = status;
        out.uid = c.cred.uid;
        boolean killed = (status & 0x7F) != 0;
        out.code = !killed ? 1 : (status & 0x80) != 0 ? 3 : 2;
    }
}
