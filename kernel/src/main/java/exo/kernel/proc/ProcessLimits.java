/*
 * Reading and changing a process's resource limits (getrlimit, setrlimit, prlimit64) and the
 * checks that enforce them outside the file layer: a change is validated by
 * ResourceLimits.check and applied under Processes.lock, then pushed to where the limit acts
 * (RLIMIT_NOFILE to the descriptor table, RLIMIT_STACK to the address space's stack growth,
 * RLIMIT_CPU to a CPU-time timer: IntervalTimers).
 * prlimit64 on another process needs the caller's real uid and gid to match all of the
 * target's, or privilege. forkAllowed is RLIMIT_NPROC's check, made by Fork; memoryAllowed is
 * RLIMIT_AS's and RLIMIT_DATA's, made by the memory system calls. Used by syscall.LimitCalls.
 */
package exo.kernel.proc;

import exo.kernel.fs.Credentials;
import exo.kernel.fs.Errno;
import exo.kernel.vm.AddressSpace;

public final class ProcessLimits {
    private ProcessLimits() {}

    /** {soft, hard} of resource for p (resource valid). */
    public static long[] get(Process p, int resource) {
        Processes.lock.lock();
        try {
            return new long[] {p.limits.soft(resource), p.limits.hard(resource)};
        } finally {
            Processes.lock.unlock();
        }
    }

    /**
     * Sets resource of target to (soft, hard) for caller; returns the old {soft, hard}, or
     * null with the errno in err[0] (EINVAL, EPERM).
     */
    public static long[] set(Process caller, Process target, int resource, long soft, long hard, int[] err) {
        long[] old;
        Processes.lock.lock();
        try {
            int r = target.limits.check(resource, soft, hard, caller.cred.isRoot());
            if (r < 0) {
                err[0] = -r;
                return null;
            }
            old = new long[] {target.limits.soft(resource), target.limits.hard(resource)};
            target.limits.set(resource, soft, hard);
        } finally {
            Processes.lock.unlock();
        }
        apply(target, resource, soft);
        return old;
    }

    /** The limit takes effect where it acts. */
    private static void apply(Process p, int resource, long soft) {
        if (resource == ResourceLimits.RLIMIT_NOFILE && p.fds != null) {
            p.fds.setLimit(soft);   // check() keeps it below fs.nr_open
        } else if (resource == ResourceLimits.RLIMIT_STACK && p.mm != null) {
            p.mm.setStackLimit(soft);
        } else if (resource == ResourceLimits.RLIMIT_CPU) {
            long[] cpu = get(p, ResourceLimits.RLIMIT_CPU);
            p.itimers.applyCpuLimit(p, cpu[0], cpu[1]);
        }
    }

    /** A new child process inherited its parent's limits: RLIMIT_CPU starts counting for it. */
    static void afterFork(Process child) {
        long[] cpu = get(child, ResourceLimits.RLIMIT_CPU);
        if (cpu[0] != ResourceLimits.INFINITY || cpu[1] != ResourceLimits.INFINITY) {
            child.itimers.applyCpuLimit(child, cpu[0], cpu[1]);
        }
    }

    /** May caller read or change target's limits (prlimit64 on another process)? */
    public static boolean mayAccess(Process caller, Process target) {
        if (caller == target || caller.cred.isRoot()) {
            return true;
        }
        Credentials c = caller.cred;
        Credentials t = target.cred;
        return c.uid == t.uid && c.uid == t.euid && c.uid == t.suid
                && c.gid == t.gid && c.gid == t.egid && c.gid == t.sgid;
    }

    /**
     * RLIMIT_NPROC: may a process with credentials cred and limits make one more thread or
     * process? Counts the live threads of its real user (as Linux does); root is not limited.
     * Processes.lock held.
     */
    static boolean forkAllowedLocked(Credentials cred, ResourceLimits limits) {
        if (cred.isRoot()) {
            return true;
        }
        long soft = limits.soft(ResourceLimits.RLIMIT_NPROC);
        if (soft == ResourceLimits.INFINITY) {
            return true;
        }
        long threads = 0;
        for (Process p : Processes.allLocked()) {
            if (p.state != Process.ZOMBIE && p.cred.uid == cred.uid) {
                threads += p.threads.size();
            }
        }
        return Long.compareUnsigned(threads, soft) < 0;
    }

    /**
     * RLIMIT_AS (every mapping) and, for the heap, RLIMIT_DATA: may p's address space map
     * [addr, addr + len)? heapBytesAfter: the heap's size after a brk, or -1 for mmap. mm lock held.
     */
    public static int memoryAllowedLocked(Process p, AddressSpace mm, long addr, long len, long heapBytesAfter) {
        ResourceLimits l = p.limits;
        if (!l.allows(ResourceLimits.RLIMIT_AS, mm.mappedBytesAfterLocked(addr, len))) {
            return -Errno.ENOMEM;
        }
        if (heapBytesAfter >= 0 && !l.allows(ResourceLimits.RLIMIT_DATA, heapBytesAfter)) {
            return -Errno.ENOMEM;
        }
        return 0;
    }

    /** execve's argument budget follows RLIMIT_STACK (a quarter of it, within Linux's bounds). */
    public static long stackLimit(Process p) {
        return p.limits.soft(ResourceLimits.RLIMIT_STACK);
    }
}
