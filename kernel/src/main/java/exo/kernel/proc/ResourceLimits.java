/*
 * A process's resource limits (getrlimit(2)): a soft and a hard value for each of Linux's 16
 * RLIMIT_* resources, compared as unsigned numbers so that RLIM_INFINITY (all ones) is the
 * largest. The initial values are Linux's for PID 1; fork copies them, exec keeps them, and
 * every thread of a process shares them. check() holds setrlimit's rules: EINVAL for an
 * unknown resource or a soft value above the hard one, EPERM for raising a hard limit without
 * privilege (CAP_SYS_RESOURCE: an effective uid of 0 here) or RLIMIT_NOFILE above fs.nr_open.
 * Enforcement is where each resource is used: the descriptor table (NOFILE), fork (NPROC),
 * mmap and brk (AS, DATA), stack growth and exec's argument budget (STACK), setpriority (NICE),
 * regular files' writes and size changes (FSIZE: TaskFileSizeLimit).
 * Guarded by Processes.lock for changes; readers take a consistent pair through get().
 */
package exo.kernel.proc;

import exo.kernel.fs.Errno;
import exo.kernel.fs.Limits;

public final class ResourceLimits {
    public static final int RLIMIT_CPU = 0;
    public static final int RLIMIT_FSIZE = 1;
    public static final int RLIMIT_DATA = 2;
    public static final int RLIMIT_STACK = 3;
    public static final int RLIMIT_CORE = 4;
    public static final int RLIMIT_RSS = 5;
    public static final int RLIMIT_NPROC = 6;
    public static final int RLIMIT_NOFILE = 7;
    public static final int RLIMIT_MEMLOCK = 8;
    public static final int RLIMIT_AS = 9;
    public static final int RLIMIT_LOCKS = 10;
    public static final int RLIMIT_SIGPENDING = 11;
    public static final int RLIMIT_MSGQUEUE = 12;
    public static final int RLIMIT_NICE = 13;
    public static final int RLIMIT_RTPRIO = 14;
    public static final int RLIMIT_RTTIME = 15;
    public static final int RLIM_NLIMITS = 16;
    /** RLIM_INFINITY: no limit (the largest unsigned value). */
    public static final long INFINITY = -1L;
    /** The default stack limit (Linux's _STK_LIM). */
    public static final long STACK_DEFAULT = 8L << 20;
    /** RLIMIT_NOFILE's default hard limit (Linux's INR_OPEN_MAX). */
    public static final long NOFILE_HARD_DEFAULT = 4096;
    /** RLIMIT_MEMLOCK's default (Linux's MLOCK_LIMIT, 8 MiB since 5.16). */
    public static final long MEMLOCK_DEFAULT = 8L << 20;
    /** RLIMIT_MSGQUEUE's default (Linux's MQ_BYTES_MAX). */
    public static final long MSGQUEUE_DEFAULT = 819200;

    private final long[] soft = new long[RLIM_NLIMITS];
    private final long[] hard = new long[RLIM_NLIMITS];

    private ResourceLimits() {}

    /**
     * PID 1's limits (Linux's INIT_RLIMITS). NPROC and SIGPENDING are sized by the machine
     * there (threads the memory allows); here by processCap, what the process table can hold.
     */
    public static ResourceLimits initial(long processCap) {
        ResourceLimits l = new ResourceLimits();
        for (int r = 0; r < RLIM_NLIMITS; r++) {
            l.soft[r] = INFINITY;
            l.hard[r] = INFINITY;
        }
        l.set(RLIMIT_STACK, STACK_DEFAULT, INFINITY);
        l.set(RLIMIT_CORE, 0, INFINITY);
        l.set(RLIMIT_NPROC, processCap, processCap);
        l.set(RLIMIT_NOFILE, Limits.NOFILE_DEFAULT, NOFILE_HARD_DEFAULT);
        l.set(RLIMIT_MEMLOCK, MEMLOCK_DEFAULT, MEMLOCK_DEFAULT);
        l.set(RLIMIT_SIGPENDING, processCap, processCap);
        l.set(RLIMIT_MSGQUEUE, MSGQUEUE_DEFAULT, MSGQUEUE_DEFAULT);
        l.set(RLIMIT_NICE, 0, 0);
        l.set(RLIMIT_RTPRIO, 0, 0);
        return l;
    }

    /** fork: the child starts with the parent's limits. */
    public ResourceLimits copy() {
        ResourceLimits l = new ResourceLimits();
        System.arraycopy(soft, 0, l.soft, 0, RLIM_NLIMITS);
        System.arraycopy(hard, 0, l.hard, 0, RLIM_NLIMITS);
        return l;
    }

    public static boolean valid(int resource) {
        return resource >= 0 && resource < RLIM_NLIMITS;
    }

    public long soft(int resource) {
        return soft[resource];
    }

    public long hard(int resource) {
        return hard[resource];
    }

    /**
     * setrlimit's rules for changing resource to (newSoft, newHard); 0 when allowed, else
     * -EINVAL or -EPERM. privileged: the caller has CAP_SYS_RESOURCE.
     */
    public int check(int resource, long newSoft, long newHard, boolean privileged) {
        if (!valid(resource) || Long.compareUnsigned(newSoft, newHard) > 0) {
            return -Errno.EINVAL;
        }
        if (Long.compareUnsigned(newHard, hard[resource]) > 0 && !privileged) {
            return -Errno.EPERM;
        }
        if (resource == RLIMIT_NOFILE && Long.compareUnsigned(newHard, Limits.NR_OPEN) > 0) {
            return -Errno.EPERM;   // above fs.nr_open even root may not go
        }
        return 0;
    }

    /** Sets both values (check() first: this does not). */
    public void set(int resource, long newSoft, long newHard) {
        soft[resource] = newSoft;
        hard[resource] = newHard;
    }

    /** Is amount within the soft limit of resource (unsigned; INFINITY allows everything)? */
    public boolean allows(int resource, long amount) {
        return Long.compareUnsigned(amount, soft[resource]) <= 0;
    }
}
