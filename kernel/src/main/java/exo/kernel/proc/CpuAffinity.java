/*
 * Which CPUs a thread may run on (sched_setaffinity(2)): a bit per CPU, in 64-bit words sized
 * for PerCpu.MAX_CPUS, so nothing assumes one CPU. The mask the system calls see is a
 * cpumask of the online CPUs (PerCpu.count()) rounded up to whole longs, as Linux sizes it.
 * Setting a mask needs the caller's effective uid to be the target's real or effective uid, or
 * privilege (EPERM); a mask without an online CPU is EINVAL. The scheduler does not consult
 * it yet (one CPU; FIXME(SMP)). Guarded by Processes.lock. Used by syscall.SchedCalls.
 */
package exo.kernel.proc;

import exo.kernel.cpu.PerCpu;
import exo.kernel.fs.Credentials;
import exo.kernel.fs.Errno;

public final class CpuAffinity {
    private CpuAffinity() {}

    static final int WORDS = (PerCpu.MAX_CPUS + 63) / 64;

    /** Every CPU there may ever be. */
    static long[] all() {
        long[] m = new long[WORDS];
        for (int cpu = 0; cpu < PerCpu.MAX_CPUS; cpu++) {
            m[cpu / 64] |= 1L << (cpu % 64);
        }
        return m;
    }

    /** CPUs running now (at least the boot CPU, also before PerCpu is set up: host tests). */
    static int onlineCount() {
        return Math.max(1, PerCpu.count());
    }

    /** Bytes of the cpumask the system calls exchange: the online CPUs in whole longs. */
    public static int maskBytes() {
        return (onlineCount() + 63) / 64 * 8;
    }

    /** The thread tid's mask (0: the caller) limited to online CPUs, or null when there is no such thread. */
    public static long[] get(Task caller, int tid) {
        Processes.lock.lock();
        try {
            Task t = tid == 0 ? caller : Processes.findTaskLocked(tid);
            return t == null ? null : online(t.affinity);
        } finally {
            Processes.lock.unlock();
        }
    }

    /** Sets thread tid's mask (0: the caller); 0, -ESRCH, -EPERM or -EINVAL. */
    public static int set(Task caller, int tid, long[] mask) {
        long[] usable = online(mask);
        boolean any = false;
        for (long w : usable) {
            any |= w != 0;
        }
        Processes.lock.lock();
        try {
            Task t = tid == 0 ? caller : Processes.findTaskLocked(tid);
            if (t == null) {
                return -Errno.ESRCH;
            }
            Credentials me = caller.process.cred();
            Credentials them = t.process.cred();
            if (!me.isRoot() && me.euid != them.euid && me.euid != them.uid) {
                return -Errno.EPERM;
            }
            if (!any) {
                return -Errno.EINVAL;
            }
            t.affinity = usable;
            return 0;
        } finally {
            Processes.lock.unlock();
        }
    }

    /** mask limited to the online CPUs (a new array of WORDS words). */
    static long[] online(long[] mask) {
        long[] out = new long[WORDS];
        int n = onlineCount();
        for (int cpu = 0; cpu < n && cpu / 64 < mask.length; cpu++) {
            out[cpu / 64] |= mask[cpu / 64] & (1L << (cpu % 64));
        }
        return out;
    }
}
