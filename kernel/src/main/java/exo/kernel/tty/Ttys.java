/*
 * The terminals of the kernel and the process layer's answers about their users: every Tty
 * registers here when it is created (and unregisters when a PTY pair goes), so the controlling
 * terminal of a process — the terminal whose session is the process's session, unless the
 * process detached from it — can be found from its pid (/dev/tty, job control, TIOC* requests).
 * The process layer installs its JobControl at boot and tells sessionLeaderExited() when a
 * session leader exits. One set per kernel; host tests reset() it.
 */
package exo.kernel.tty;

import exo.kernel.signal.Signals;
import java.util.ArrayList;

public final class Ttys {
    private Ttys() {}

    private static volatile JobControl jobs = JobControl.NONE;
    private static final ArrayList<Tty> all = new ArrayList<>();

    public static void setJobControl(JobControl jc) {
        jobs = jc;
    }

    public static JobControl jobs() {
        return jobs;
    }

    /** Forgets every terminal and the job control (tests). */
    public static void reset() {
        synchronized (all) {
            all.clear();
        }
        jobs = JobControl.NONE;
    }

    static void register(Tty t) {
        synchronized (all) {
            all.add(t);
        }
    }

    static void unregister(Tty t) {
        synchronized (all) {
            all.remove(t);
        }
    }

    /** The terminal whose session is sid, or null. */
    public static Tty ofSession(int sid) {
        if (sid <= 0) {
            return null;
        }
        synchronized (all) {
            for (Tty t : all) {
                if (t.session() == sid) {
                    return t;
                }
            }
        }
        return null;
    }

    /** The controlling terminal of process pid, or null. */
    public static Tty controlling(int pid) {
        JobControl jc = jobs;
        int sid = jc.sessionOf(pid);
        if (sid <= 0 || jc.detached(pid)) {
            return null;
        }
        return ofSession(sid);
    }

    /**
     * The leader of session sid exited: its terminal (if any) sends SIGHUP and SIGCONT to its
     * foreground group and belongs to no session any more (Linux's disassociate_ctty).
     */
    public static void sessionLeaderExited(int sid) {
        Tty t = ofSession(sid);
        if (t != null) {
            int pgrp = t.foregroundGroup();
            t.disassociate();
            if (pgrp > 0) {
                jobs.signalGroup(pgrp, Signals.SIGHUP);
                jobs.signalGroup(pgrp, Signals.SIGCONT);
            }
        }
    }
}
