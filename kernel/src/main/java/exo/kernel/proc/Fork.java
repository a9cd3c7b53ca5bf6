/*
 * fork, vfork and clone: a new thread, in the caller's process (CLONE_THREAD) or in a new
 * child process, that returns from the same system call with 0 in rax. What the child shares
 * with its parent follows the clone flags, as on Linux: the address space (CLONE_VM, else a
 * copy-on-write copy), the descriptor table (CLONE_FILES, else a copy), the root, cwd and
 * umask (CLONE_FS, else a copy), the System V semaphore undo list (CLONE_SYSVSEM, else none
 * yet); CLONE_SETTLS gives it its own FS base, a new stack pointer replaces rsp,
 * CLONE_PARENT_SETTID/CLONE_CHILD_SETTID store its tid, CLONE_CHILD_CLEARTID arms
 * set_tid_address, and CLONE_VFORK suspends the parent until the child execs or exits.
 * The thread table, the pid space and RLIMIT_NPROC bound how many can exist: past them, EAGAIN.
 */
package exo.kernel.proc;

import exo.hw.Memory;
import exo.kernel.arch.x86_64.trap.TrapFrame;
import exo.kernel.fs.Errno;
import exo.kernel.ipc.Ipc;
import exo.kernel.ipc.SemUndo;
import exo.kernel.uaccess.UserMemory;
import exo.kernel.vm.AddressSpace;

public final class Fork {
    private Fork() {}

    public static final long CSIGNAL = 0xFF;
    public static final long CLONE_VM = 0x100;
    public static final long CLONE_FS = 0x200;
    public static final long CLONE_FILES = 0x400;
    public static final long CLONE_SIGHAND = 0x800;
    public static final long CLONE_PIDFD = 0x1000;
    public static final long CLONE_PTRACE = 0x2000;
    public static final long CLONE_VFORK = 0x4000;
    public static final long CLONE_PARENT = 0x8000;
    public static final long CLONE_THREAD = 0x10000;
    public static final long CLONE_NEWNS = 0x20000;
    public static final long CLONE_SYSVSEM = 0x40000;
    public static final long CLONE_SETTLS = 0x80000;
    public static final long CLONE_PARENT_SETTID = 0x100000;
    public static final long CLONE_CHILD_CLEARTID = 0x200000;
    public static final long CLONE_DETACHED = 0x400000;
    public static final long CLONE_UNTRACED = 0x800000;
    public static final long CLONE_CHILD_SETTID = 0x1000000;
    /** Namespaces and the like: refused with EINVAL (no namespaces here). */
    static final long UNSUPPORTED = 0x7E000000L | CLONE_NEWNS | CLONE_PIDFD;
    /** Accepted and without effect here (no ptrace, detached is obsolete). */
    static final long IGNORED = CLONE_PTRACE | CLONE_DETACHED | CLONE_UNTRACED;

    /** clone(2) for the calling task; returns the child's tid, or -errno. */
    public static long clone(Task parent, long flags, long newSp, long parentTidAddr, long childTidAddr, long tls) {
        int check = checkFlags(flags);
        if (check < 0) {
            return check;
        }
        Process pp = parent.process;
        boolean thread = (flags & CLONE_THREAD) != 0;
        Process child;
        AddressSpace mm = pp.mm;
        if (!thread) {
            mm = (flags & CLONE_VM) != 0 ? mm : mm.forkCopy(Processes.kernelSpace());
            if (mm == null) {
                return -Errno.ENOMEM;
            }
            if ((flags & CLONE_VM) != 0) {
                mm.retain();
            }
        }
        // CLONE_SYSVSEM: the child shares the parent's semaphore undo list (Ipc.lock taken
        // outside Processes.lock, so that the two never nest here).
        SemUndo undo = (flags & CLONE_SYSVSEM) != 0 && !thread ? Ipc.MACHINE.share(pp.semUndoList()) : null;
        Task t;
        Processes.lock.lock();
        try {
            int id = ProcessLimits.forkAllowedLocked(pp.cred, pp.limits) ? Processes.allocPidLocked() : -1;
            if (id < 0) {
                if (!thread) {
                    mm.release();
                }
                Ipc.MACHINE.processExited(pp.pid, undo);   // the parent still shares it: nothing reverted
                return -Errno.EAGAIN;
            }
            child = thread ? pp : newChildLocked(pp, id, flags, mm);
            if (!thread) {
                child.semUndo = undo;
            }
            t = new Task(id, child);
            Processes.addTaskLocked(t);
        } finally {
            Processes.lock.unlock();
        }
        try {
            UserEntry.createThread(t);
        } catch (IllegalStateException full) {
            undo(t, child, thread);
            return -Errno.EAGAIN;   // the thread table or memory is exhausted
        }
        long frame = t.frame();
        Memory.copy(frame, parent.frame(), TrapFrame.SIZE);
        TrapFrame.set(frame, TrapFrame.RAX, 0);
        if (newSp != 0) {
            TrapFrame.set(frame, TrapFrame.RSP, newSp);
        }
        t.fsBase = (flags & CLONE_SETTLS) != 0 ? tls : parent.fsBase;
        t.inheritSignals(parent);
        if ((flags & CLONE_CHILD_CLEARTID) != 0) {
            t.setClearChildTid(childTidAddr);
        }
        if ((flags & CLONE_PARENT_SETTID) != 0) {
            UserMemory.writeInt(pp.mm, parentTidAddr, t.tid);
        }
        if ((flags & CLONE_CHILD_SETTID) != 0) {
            UserMemory.writeInt(child.mm, childTidAddr, t.tid);
        }
        boolean vfork = (flags & CLONE_VFORK) != 0 && !thread;
        Processes.lock.lock();
        try {
            child.threads.add(t);
            if (vfork) {
                child.vforkDone = false;
            }
        } finally {
            Processes.lock.unlock();
        }
        if (!thread) {
            ProcessLimits.afterFork(child);
        }
        exo.kernel.sched.Threads.start(t.thread());
        if (vfork) {
            waitForVfork(child);
        }
        return t.tid;
    }

    static int checkFlags(long flags) {
        if ((flags & UNSUPPORTED) != 0) {
            return -Errno.EINVAL;
        }
        if ((flags & CLONE_THREAD) != 0 && (flags & CLONE_SIGHAND) == 0
                || (flags & CLONE_SIGHAND) != 0 && (flags & CLONE_VM) == 0) {
            return -Errno.EINVAL;
        }
        return 0;
    }

    /** The new process, registered as a child (of the parent's parent with CLONE_PARENT). Locked. */
    private static Process newChildLocked(Process pp, int pid, long flags, AddressSpace mm) {
        Process c = new Process(pid, pp.name);
        c.mm = mm;
        c.cred = pp.cred;
        c.inheritFrom(pp);
        c.argv = pp.argv;
        c.envp = pp.envp;
        c.exe = pp.exe;
        c.pgid = pp.pgid;
        c.sid = pp.sid;
        c.detachedFromTty = pp.detachedFromTty;
        c.exitSignal = (int) (flags & CSIGNAL);
        if ((flags & CLONE_FILES) != 0) {
            c.fds = pp.fds;
            c.fdsUsers = pp.fdsUsers;
            c.fdsUsers[0]++;
        } else {
            c.fds = pp.fds.copy(pid);
        }
        if ((flags & CLONE_FS) != 0) {
            c.fsState = pp.fsState;
            c.fsUsers = pp.fsUsers;
            c.fsUsers[0]++;
        } else {
            c.fsState = pp.fsState.copy();
        }
        c.signals = pp.signals.forChild((flags & CLONE_SIGHAND) != 0);
        Process parent = (flags & CLONE_PARENT) != 0 && pp.parent != null ? pp.parent : pp;
        c.parent = parent;
        parent.children.add(c);
        Processes.addLocked(c);
        return c;
    }

    /** Takes back a child whose thread could not be created. */
    private static void undo(Task t, Process child, boolean thread) {
        Processes.lock.lock();
        try {
            Processes.removeTaskLocked(t);
            if (!thread) {
                child.parent.children.remove(child);
                Processes.removeLocked(child);
            }
        } finally {
            Processes.lock.unlock();
        }
        if (!thread) {
            if (--child.fdsUsers[0] == 0) {
                child.fds.closeAll();
            }
            if (--child.fsUsers[0] == 0) {
                child.fsState.release();
            }
            child.mm.release();
            Ipc.MACHINE.processExited(child.pid, child.semUndo);
        }
    }

    private static void waitForVfork(Process child) {
        Processes.lock.lock();
        try {
            while (!child.vforkDone) {
                Processes.childEvents.await(Processes.lock);
            }
        } finally {
            Processes.lock.unlock();
        }
    }

    /** A vfork child has exec'd or exited: its parent may go on. */
    static void vforkRelease(Process p) {
        Processes.lock.lock();
        try {
            if (!p.vforkDone) {
                p.vforkDone = true;
                Processes.childEvents.signalAll();
            }
        } finally {
            Processes.lock.unlock();
        }
    }
}
