/*
 * Process groups and sessions (setpgid(2), getpgid, setsid(2), getsid), with POSIX's rules: a
 * process may move itself or a child that has not called execve (EACCES after it has) into a
 * group of its own session, or make it lead a new group; a child in another session, a
 * session leader, or a group of another session is EPERM; a pid that is neither the caller
 * nor its child is ESRCH. setsid makes the caller the leader of a new session and group,
 * unless it already leads a group (EPERM). Under Processes.lock, as every tree change.
 * Used by syscall.GroupCalls.
 */
package exo.kernel.proc;

import exo.kernel.fs.Errno;

public final class ProcessGroups {
    private ProcessGroups() {}

    /** setpgid(pid, pgid) for caller (0s mean the caller, and a group named after the process). */
    public static int setpgid(Task caller, int pid, int pgid) {
        if (pgid < 0) {
            return -Errno.EINVAL;
        }
        Process self = caller.process;
        Processes.lock.lock();
        try {
            Process p = pid == 0 ? self : Processes.findLocked(pid);
            if (p == null || p != self && p.parent != self) {
                return -Errno.ESRCH;
            }
            if (p != self) {
                if (p.sid != self.sid) {
                    return -Errno.EPERM;
                }
                if (p.execed) {
                    return -Errno.EACCES;
                }
            }
            if (p.sid == p.pid) {
                return -Errno.EPERM;   // a session leader keeps its group
            }
            int group = pgid == 0 ? p.pid : pgid;
            if (group != p.pid && !groupExistsLocked(group, self.sid)) {
                return -Errno.EPERM;
            }
            p.pgid = group;
            return 0;
        } finally {
            Processes.lock.unlock();
        }
    }

    /** getpgid(pid): the group of pid (0: the caller), ESRCH when there is no such process. */
    public static int getpgid(Task caller, int pid) {
        if (pid == 0) {
            return caller.process.pgid;
        }
        Processes.lock.lock();
        try {
            Process p = pid > 0 ? Processes.findLocked(pid) : null;
            return p == null ? -Errno.ESRCH : p.pgid;
        } finally {
            Processes.lock.unlock();
        }
    }

    /** getsid(pid): the session of pid (0: the caller). */
    public static int getsid(Task caller, int pid) {
        if (pid == 0) {
            return caller.process.sid;
        }
        Processes.lock.lock();
        try {
            Process p = pid > 0 ? Processes.findLocked(pid) : null;
            return p == null ? -Errno.ESRCH : p.sid;
        } finally {
            Processes.lock.unlock();
        }
    }

    /** setsid(): a new session and group led by the caller; EPERM when it already leads a group. */
    public static int setsid(Task caller) {
        Process self = caller.process;
        Processes.lock.lock();
        try {
            if (groupExistsLocked(self.pid, -1)) {
                return -Errno.EPERM;
            }
            self.sid = self.pid;
            self.pgid = self.pid;
            self.detachedFromTty = false; // a new session has no terminal to have given up
            return self.pid;
        } finally {
            Processes.lock.unlock();
        }
    }

    /**
     * Does a process (zombies too: a group lasts until its last member is reaped) have group
     * pgid, in session sid (-1: in any)? Locked.
     */
    private static boolean groupExistsLocked(int pgid, int sid) {
        for (Process p : Processes.allLocked()) {
            if (p.pgid == pgid && (sid == -1 || p.sid == sid)) {
                return true;
            }
        }
        return false;
    }
}
