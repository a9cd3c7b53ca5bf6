/*
 * Nice values (getpriority(2), setpriority(2)): per thread, -20 (most favoured) to 19, inherited
 * by new threads and children. A target is a thread (PRIO_PROCESS: a tid, 0 the caller), every
 * thread of a process group (PRIO_PGRP) or of a real user (PRIO_USER). Changing one needs the
 * caller's effective uid to be the target's real or effective uid, or privilege (EPERM);
 * lowering it (more favoured) beyond what RLIMIT_NICE allows (20 - nice <= limit) needs
 * privilege (EACCES). getpriority answers the best of its targets as 20 - nice (1..40), as
 * the system call does (libc turns it back). FIXME: the scheduler does not weigh nice values.
 * Used by syscall.SchedCalls.
 */
package exo.kernel.proc;

import exo.kernel.fs.Credentials;
import exo.kernel.fs.Errno;
import java.util.ArrayList;

public final class Priorities {
    private Priorities() {}

    public static final int PRIO_PROCESS = 0;
    public static final int PRIO_PGRP = 1;
    public static final int PRIO_USER = 2;
    public static final int NICE_MIN = -20;
    public static final int NICE_MAX = 19;

    /** getpriority: 20 - the lowest nice value among the targets, or -errno. */
    public static int get(Task caller, int which, int who) {
        Processes.lock.lock();
        try {
            ArrayList<Task> targets = targetsLocked(caller, which, who);
            if (targets == null) {
                return -Errno.EINVAL;
            }
            if (targets.isEmpty()) {
                return isKernelInitLocked(which, who) ? 20 : -Errno.ESRCH;
            }
            int best = NICE_MAX + 1;
            for (Task t : targets) {
                best = Math.min(best, t.nice);
            }
            return 20 - best;
        } finally {
            Processes.lock.unlock();
        }
    }

    /** setpriority: every target gets nice (clamped to -20..19); 0 or -errno. */
    public static int set(Task caller, int which, int who, int nice) {
        int value = Math.max(NICE_MIN, Math.min(NICE_MAX, nice));
        Credentials me = caller.process.cred;
        Processes.lock.lock();
        try {
            ArrayList<Task> targets = targetsLocked(caller, which, who);
            if (targets == null) {
                return -Errno.EINVAL;
            }
            if (targets.isEmpty() && isKernelInitLocked(which, who)) {
                return me.isRoot() ? 0 : -Errno.EPERM;   // root's, at nice 0, and it stays so
            }
            int error = -Errno.ESRCH;
            for (Task t : targets) {
                Credentials c = t.process.cred;
                if (!me.isRoot() && c.uid != me.euid && c.euid != me.euid) {
                    error = -Errno.EPERM;
                } else if (value < t.nice && !me.isRoot()
                        && !t.process.limits.allows(ResourceLimits.RLIMIT_NICE, 20 - value)) {
                    error = -Errno.EACCES;
                } else {
                    if (error == -Errno.ESRCH) {
                        error = 0;
                    }
                    t.nice = value;
                }
            }
            return error;
        } finally {
            Processes.lock.unlock();
        }
    }

    /** Does which/who name the kernel's own PID 1 of a run= boot (a process without threads)? Locked. */
    private static boolean isKernelInitLocked(int which, int who) {
        Process p = which == PRIO_PROCESS && who > 0 ? Processes.findLocked(who) : null;
        return p != null && p.kernelReaper;
    }

    /** The threads which/who names; null for an unknown which. Locked. */
    private static ArrayList<Task> targetsLocked(Task caller, int which, int who) {
        ArrayList<Task> out = new ArrayList<>();
        Process self = caller.process;
        switch (which) {
            case PRIO_PROCESS: {
                Task t = who == 0 ? caller : Processes.findTaskLocked(who);
                if (t != null && t.process.state != Process.ZOMBIE) {
                    out.add(t);
                }
                return out;
            }
            case PRIO_PGRP:
            case PRIO_USER: {
                int key = who != 0 ? who : which == PRIO_PGRP ? self.pgid : self.cred.uid;
                for (Process p : Processes.allLocked()) {
                    boolean match = which == PRIO_PGRP ? p.pgid == key : p.cred.uid == key;
                    if (match && !p.kernelReaper) {
                        out.addAll(p.threads);
                    }
                }
                return out;
            }
            default:
                return null;
        }
    }
}
