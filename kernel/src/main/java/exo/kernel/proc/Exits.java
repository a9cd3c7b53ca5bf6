/*
 * How threads and processes end. exitThread: the calling thread clears its clear_child_tid
 * word and wakes its futex (pthread_join), leaves its process, and the last thread out releases
 * what the process holds (descriptors, fs state, address space), hands its children to PID 1
 * and becomes a zombie: its parent gets its exit signal (SIGCHLD) and reaps it with wait4 -
 * unless the parent ignores SIGCHLD or set SA_NOCLDWAIT, or is the kernel's own PID 1 of a
 * run= boot, which reap at once. exitGroup and a fatal signal end every thread of the process
 * (each leaves at its next return to user mode). The end of the watched process (PID 1, or the
 * command of a run= boot) goes to the kernel's InitExit.
 */
package exo.kernel.proc;

import exo.kernel.ipc.Ipc;
import exo.kernel.sched.Threads;
import exo.kernel.signal.SigAction;
import exo.kernel.signal.SigInfo;
import exo.kernel.signal.Signals;
import exo.kernel.tty.Ttys;
import exo.kernel.uaccess.UserMemory;
import exo.kernel.vm.KernelHalf;

public final class Exits {
    private Exits() {}

    /** wait(2)'s status for exit(code): the low byte of code in bits 8-15. */
    public static int exitedStatus(int code) {
        return (code & 0xFF) << 8;
    }

    /** exit_group(2): the whole process ends with code; never returns. */
    public static void exitGroup(Task t, int code) {
        Process p = t.process;
        Processes.lock.lock();
        try {
            if (!p.exiting) {
                p.exiting = true;
                p.waitStatus = exitedStatus(code);
                p.noteWorkAll();
                for (Task other : p.threads) {
                    if (other != t) {
                        Signalling.wake(other);
                    }
                }
            }
        } finally {
            Processes.lock.unlock();
        }
        exitThread(t, code);
    }

    /**
     * The thread's process dies of a signal's default action (its wait status is the signal
     * number, with the core-dump bit for the signals that dump core). Never returns.
     */
    public static void killedBySignal(Task t, int signal) {
        Processes.lock.lock();
        try {
            Signalling.killLocked(t.process, signal);
        } finally {
            Processes.lock.unlock();
        }
        exitThread(t, 0);
    }

    /** SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV, SIGXCPU, SIGXFSZ, SIGSYS. */
    static boolean dumpsCore(int signal) {
        return Signals.defaultAction(signal) == Signals.CORE;
    }

    /** exit(2) of one thread; the last one out ends the process with code. Never returns. */
    public static void exitThread(Task t, int code) {
        Process p = t.process;
        RobustLists.release(t);      // before clear_child_tid, as Linux
        PiFutexes.ownerExited(t);
        if (t.clearChildTid != 0) {
            UserMemory.writeInt(p.mm, t.clearChildTid, 0);
            // shared, as Linux: waiters in a private mapping match either way (Futexes.key)
            Futexes.wake(p.mm, t.clearChildTid, 1, Futexes.BITSET_ALL, true);
        }
        boolean last;
        Processes.lock.lock();
        try {
            p.threads.remove(t);
            Processes.removeTaskLocked(t);
            ProcessUsage.threadExitedLocked(t);
            last = p.threads.isEmpty();
            if (last && !p.exiting) {
                p.exiting = true;
                p.waitStatus = exitedStatus(code);
            }
        } finally {
            Processes.lock.unlock();
        }
        if (last) {
            releaseProcess(p, t);
        }
        Threads.exit();
    }

    /** The process's last thread is leaving: give everything back and become a zombie. */
    private static void releaseProcess(Process p, Task last) {
        if (--p.fdsUsers[0] == 0) {
            p.fds.closeAll();
        }
        if (--p.fsUsers[0] == 0) {
            p.fsState.release();
        }
        p.itimers.cancelAll();
        Ipc.MACHINE.processExited(p.pid, p.semUndo);   // semop's SEM_UNDO adjustments
        ProcessUsage.sampleRss(p);
        // This thread runs on the address space it is about to free: the kernel's root instead.
        last.rootPhys = KernelHalf.kernelRoot();
        p.mm.release();
        Fork.vforkRelease(p);
        if (p.sid == p.pid) {
            // Its terminal hangs up its foreground group and is free, before the parent can
            // see the exit (a new session made then may take the terminal at once).
            Ttys.sessionLeaderExited(p.sid);
        }
        boolean watched;
        Processes.lock.lock();
        try {
            Process init = Processes.init;
            for (Process c : p.children) {
                c.parent = init;
                if (c.parentDeathSignal != 0 && c.state != Process.ZOMBIE) {
                    Signalling.toProcessLocked(c, SigInfo.kill(c.parentDeathSignal, SigInfo.SI_USER, p.pid, p.cred.uid));
                }
                if (init != null && init != p) {
                    init.children.add(c);
                    if (c.state == Process.ZOMBIE && init.kernelReaper) {
                        reapLocked(c);
                    }
                }
            }
            p.children.clear();
            p.state = Process.ZOMBIE;
            watched = p == Processes.watched;
            notifyParentLocked(p);
            Processes.childEvents.signalAll();
        } finally {
            Processes.lock.unlock();
        }
        p.exitWaiters.wake(exo.kernel.fs.wait.Poll.POLLIN);   // its pidfds become readable
        if (watched) {
            Processes.initExit.exited(p.waitStatus);
        }
    }

    /** The parent learns of the end: its exit signal, or an immediate reap when it wants none. */
    private static void notifyParentLocked(Process p) {
        Process parent = p.parent;
        if (parent == null) {
            return;
        }
        if (parent.kernelReaper) {
            reapLocked(p);
            return;
        }
        SigAction a = parent.signals.get(Signals.SIGCHLD);
        boolean autoReap = p.exitSignal == Signals.SIGCHLD
                && (a.handler == Signals.SIG_IGN || (a.flags & Signals.SA_NOCLDWAIT) != 0);
        if (p.exitSignal != 0) {
            int status = p.waitStatus;
            boolean killed = (status & 0x7F) != 0;
            int code = !killed ? SigInfo.CLD_EXITED : (status & 0x80) != 0 ? SigInfo.CLD_DUMPED : SigInfo.CLD_KILLED;
            Signalling.toProcessLocked(parent, SigInfo.child(code, p.pid, p.cred.uid,
                    killed ? status & 0x7F : (status >> 8) & 0xFF, 0, 0));
        }
        if (autoReap) {
            reapLocked(p);
        }
    }

    /** Removes a zombie for good (wait4 has read it, or nobody will). Locked. */
    static void reapLocked(Process z) {
        if (z.parent != null) {
            z.parent.children.remove(z);
        }
        Processes.removeLocked(z);
    }
}
