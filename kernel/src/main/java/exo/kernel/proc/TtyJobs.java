/*
 * The process layer's answers to the terminals (tty.JobControl): sessions and groups of
 * processes, the signals a thread blocks or ignores, orphaned groups, and the signals a
 * terminal sends (^C, ^Z, SIGWINCH, hang-ups) as kernel-sent signals (SI_KERNEL). Installed by
 * install() once the process table exists; every method takes Processes.lock, so terminals
 * call them without their own lock held. A process's `detachedFromTty` records TIOCNOTTY by a
 * process that does not lead its session (fork copies it; a new session has no terminal).
 */
package exo.kernel.proc;

import exo.kernel.signal.SigInfo;
import exo.kernel.signal.Signals;
import exo.kernel.tty.JobControl;
import exo.kernel.tty.Ttys;

public final class TtyJobs implements JobControl {
    private TtyJobs() {}

    public static void install() {
        Ttys.setJobControl(new TtyJobs());
    }

    @Override
    public int sessionOf(int pid) {
        Processes.lock.lock();
        try {
            Process p = Processes.findLocked(pid);
            return p == null ? -1 : p.sid;
        } finally {
            Processes.lock.unlock();
        }
    }

    @Override
    public int groupOf(int pid) {
        Processes.lock.lock();
        try {
            Process p = Processes.findLocked(pid);
            return p == null ? -1 : p.pgid;
        } finally {
            Processes.lock.unlock();
        }
    }

    @Override
    public int sessionOfGroup(int pgid) {
        Processes.lock.lock();
        try {
            for (Process p : Processes.allLocked()) {
                if (p.pgid == pgid && p.state != Process.ZOMBIE) {
                    return p.sid;
                }
            }
            return -1;
        } finally {
            Processes.lock.unlock();
        }
    }

    @Override
    public boolean detached(int pid) {
        Processes.lock.lock();
        try {
            Process p = Processes.findLocked(pid);
            return p == null || p.detachedFromTty;
        } finally {
            Processes.lock.unlock();
        }
    }

    @Override
    public void setDetached(int pid, boolean detached) {
        Processes.lock.lock();
        try {
            Process p = Processes.findLocked(pid);
            if (p != null) {
                p.detachedFromTty = detached;
            }
        } finally {
            Processes.lock.unlock();
        }
    }

    @Override
    public boolean blocksOrIgnores(int tid, int sig) {
        Processes.lock.lock();
        try {
            Task t = Processes.findTaskLocked(tid);
            if (t == null) {
                return true;
            }
            return (t.blocked & Signals.bit(sig)) != 0 || t.process.signals.get(sig).handler == Signals.SIG_IGN;
        } finally {
            Processes.lock.unlock();
        }
    }

    /** POSIX: orphaned when no member has a parent in another group of the same session. */
    @Override
    public boolean isOrphanedGroup(int pgid) {
        Processes.lock.lock();
        try {
            for (Process p : Processes.allLocked()) {
                Process q = p.parent;
                if (p.pgid == pgid && p.state != Process.ZOMBIE && q != null && q.pgid != pgid && q.sid == p.sid) {
                    return false;
                }
            }
            return true;
        } finally {
            Processes.lock.unlock();
        }
    }

    @Override
    public void signalGroup(int pgid, int sig) {
        Processes.lock.lock();
        try {
            for (Process p : Processes.allLocked()) {
                if (p.pgid == pgid && p.state != Process.ZOMBIE && !p.kernelReaper) {
                    Signalling.toProcessLocked(p, SigInfo.kernel(sig));
                }
            }
        } finally {
            Processes.lock.unlock();
        }
    }

    @Override
    public void signalProcess(int pid, int sig) {
        Processes.lock.lock();
        try {
            Process p = Processes.findLocked(pid);
            if (p != null && p.state != Process.ZOMBIE && !p.kernelReaper) {
                Signalling.toProcessLocked(p, SigInfo.kernel(sig));
            }
        } finally {
            Processes.lock.unlock();
        }
    }
}
