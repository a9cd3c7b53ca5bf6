/*
 * Sending signals: to a process (kill, the terminal later) or to one thread (tkill, tgkill,
 * faults). A sent signal is queued (SignalQueue) and a thread that can take it is woken from an
 * interruptible wait; delivery happens on its way back to user mode (Delivery). As on Linux:
 * SIGKILL ends the process at once; SIGCONT resumes a stopped process and drops pending stop
 * signals, and a stop signal drops a pending SIGCONT; a signal that would be ignored is
 * discarded when sent, unless blocked; signal 0 only checks that the target exists and may be
 * signalled. Faults force their signal: blocked or ignored, it still kills.
 */
package exo.kernel.proc;

import exo.kernel.cpu.Irq;
import exo.kernel.fs.Errno;
import exo.kernel.sched.Scheduler;
import exo.kernel.signal.SigAction;
import exo.kernel.signal.SigInfo;
import exo.kernel.signal.Signals;

public final class Signalling {
    private Signalling() {}

    /** May sender signal target? Root, or a real or effective uid matching the target's real uid. */
    static boolean mayKill(Process sender, Process target) {
        return sender.cred.euid == 0 || sender.cred.uid == target.cred.uid || sender.cred.euid == target.cred.uid;
    }

    /** Sends info to the whole process p (lock not held). */
    public static void toProcess(Process p, SigInfo info) {
        Processes.lock.lock();
        try {
            toProcessLocked(p, info);
        } finally {
            Processes.lock.unlock();
        }
    }

    static void toProcessLocked(Process p, SigInfo info) {
        if (!prepare(p, info.signo)) {
            return;
        }
        p.sharedPending.add(info);
        p.noteWorkAll();
        Task target = null;
        for (Task t : p.threads) {
            if ((t.blocked & Signals.bit(info.signo)) == 0) {
                target = t;
                break;
            }
        }
        if (target != null) {
            wake(target);
        }
    }

    /** Sends info to thread t alone. */
    public static void toThread(Task t, SigInfo info) {
        Processes.lock.lock();
        try {
            if (prepare(t.process, info.signo)) {
                t.pending.add(info);
                t.noteWork();
                wake(t);
            }
        } finally {
            Processes.lock.unlock();
        }
    }

    /**
     * A fault's signal for the faulting thread: delivered even when blocked or ignored (then
     * with the default action, which ends the process).
     */
    public static void force(Task t, SigInfo info) {
        Processes.lock.lock();
        try {
            int sig = info.signo;
            SigAction a = t.process.signals.get(sig);
            if ((t.blocked & Signals.bit(sig)) != 0 || a.handler == Signals.SIG_IGN) {
                t.process.signals.set(sig, new SigAction());
                t.blocked &= ~Signals.bit(sig);
            }
            t.pending.add(info);
            t.noteWork();
        } finally {
            Processes.lock.unlock();
        }
    }

    /**
     * What sending sig to p implies before queueing; false when the signal is used up here
     * (SIGKILL acted on, or a signal nobody blocks that would be ignored). Locked.
     */
    private static boolean prepare(Process p, int sig) {
        if (p.state == Process.ZOMBIE) {
            return false;
        }
        if (sig == Signals.SIGKILL) {
            killLocked(p, sig);
            return false;
        }
        if (sig == Signals.SIGCONT) {
            p.sharedPending.discard(Signals.STOP_SIGNALS);
            for (Task t : p.threads) {
                t.pending.discard(Signals.STOP_SIGNALS);
            }
            if (p.stopped) {
                p.stopped = false;
                p.continuedReport = true;
                notifyContinuedLocked(p);
                Processes.childEvents.signalAll();
            }
        } else if ((Signals.STOP_SIGNALS & Signals.bit(sig)) != 0) {
            p.sharedPending.discard(Signals.bit(Signals.SIGCONT));
        }
        SigAction a = p.signals.get(sig);
        boolean ignored = Signals.ignored(sig, a.handler);
        if (ignored && !blockedByAll(p, sig)) {
            return false;
        }
        return true;
    }

    /** The parent of a stopped process that SIGCONT resumed learns it (CLD_CONTINUED), unless SA_NOCLDSTOP. */
    private static void notifyContinuedLocked(Process p) {
        Process parent = p.parent;
        if (parent == null || parent.kernelReaper) {
            return;
        }
        if ((parent.signals.get(Signals.SIGCHLD).flags & Signals.SA_NOCLDSTOP) == 0) {
            toProcessLocked(parent, SigInfo.child(SigInfo.CLD_CONTINUED, p.pid, p.cred.uid, Signals.SIGCONT, 0, 0));
        }
    }

    /** Does every thread block sig (a sigtimedwait waiting for it counts as blocking it)? */
    private static boolean blockedByAll(Process p, int sig) {
        for (Task t : p.threads) {
            if (((t.blocked | t.realBlocked) & Signals.bit(sig)) == 0) {
                return false;
            }
        }
        return !p.threads.isEmpty();
    }

    /** The process dies of sig now: every thread leaves at its next return to user mode. */
    static void killLocked(Process p, int sig) {
        if (!p.exiting) {
            p.exiting = true;
            p.waitStatus = sig | (Exits.dumpsCore(sig) ? 0x80 : 0);
        }
        p.noteWorkAll();
        p.stopped = false;
        Processes.childEvents.signalAll();
        for (Task t : p.threads) {
            wake(t);
        }
    }

    /** Ends t's interruptible wait, if it is in one, so that it sees the signal. */
    static void wake(Task t) {
        boolean on = Irq.save();
        try {
            if (t.interruptible && t.thread() != null) {
                Scheduler.wake(t.thread());
            }
        } finally {
            Irq.restore(on);
        }
        t.wakeFsWait();
    }

    /** kill(2): pid > 0 one process, 0 the caller's group, -1 everyone it may signal, < -1 group -pid. */
    public static int kill(Task sender, int pid, int sig) {
        if (sig < 0 || sig > Signals.NSIG) {
            return -Errno.EINVAL;
        }
        Process self = sender.process;
        SigInfo info = sig == 0 ? null : SigInfo.kill(sig, SigInfo.SI_USER, self.pid, self.cred.uid);   // 0 only probes
        Processes.lock.lock();
        try {
            if (pid > 0) {
                Process p = processOfLocked(pid);
                if (p == null) {
                    return -Errno.ESRCH;
                }
                if (!mayKill(self, p)) {
                    return -Errno.EPERM;   // the kernel's PID 1 is root's, as Linux's init
                }
                if (sig != 0 && !p.kernelReaper) {   // it has no handlers: init drops the signal
                    toProcessLocked(p, info);
                }
                return 0;
            }
            int group = pid == 0 ? self.pgid : -pid;
            boolean any = false;
            boolean allowed = false;
            for (Process p : Processes.allLocked()) {
                boolean match = pid == -1 ? p.pid > 1 && p != self : p.pgid == group;
                if (!match || p.kernelReaper || p.state == Process.ZOMBIE) {
                    continue;
                }
                any = true;
                if (mayKill(self, p)) {
                    allowed = true;
                    if (sig != 0) {
                        toProcessLocked(p, info);
                    }
                }
            }
            return !any ? -Errno.ESRCH : allowed ? 0 : -Errno.EPERM;
        } finally {
            Processes.lock.unlock();
        }
    }

    /**
     * The process that pid names for kill and rt_sigqueueinfo: a process, or else the process of
     * the thread with that id (Linux looks pids up among all tasks, so a thread's id signals its
     * whole process). Null when there is neither. Processes.lock held.
     */
    static Process processOfLocked(int pid) {
        Process p = Processes.findLocked(pid);
        if (p == null) {
            Task t = Processes.findTaskLocked(pid);
            p = t == null ? null : t.process;
        }
        return p;
    }

    /** tgkill(2) (tgid > 0) and tkill(2) (tgid -1): one thread. */
    public static int tgkill(Task sender, int tgid, int tid, int sig) {
        if (sig < 0 || sig > Signals.NSIG || tid <= 0 || tgid == 0 || tgid < -1) {
            return -Errno.EINVAL;
        }
        Task t = Processes.findTask(tid);
        if (t == null || tgid != -1 && t.process.pid != tgid) {
            return -Errno.ESRCH;
        }
        if (!mayKill(sender.process, t.process)) {
            return -Errno.EPERM;
        }
        if (sig != 0) {
            toThread(t, SigInfo.kill(sig, SigInfo.SI_TKILL, sender.process.pid, sender.process.cred.uid));
        }
        return 0;
    }
}
