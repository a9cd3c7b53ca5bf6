/*
 * The scheduling system calls: getcpu, sched_getaffinity/sched_setaffinity (proc.CpuAffinity:
 * a cpumask of the online CPUs, in whole longs), the policy queries (every thread is
 * SCHED_OTHER at static priority 0; sched_setscheduler/sched_setparam accept just that), the
 * priority range of each policy, sched_rr_get_interval (the scheduler's quantum), and
 * getpriority/setpriority over nice values (proc.Priorities). Pids here name threads, 0 the
 * caller, as on Linux. Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.cpu.PerCpu;
import exo.kernel.fs.Errno;
import exo.kernel.fs.abi.Le;
import exo.kernel.proc.CpuAffinity;
import exo.kernel.proc.Priorities;
import exo.kernel.proc.Processes;
import exo.kernel.proc.Task;
import exo.kernel.sched.Scheduler;
import exo.kernel.uaccess.UserMemory;

final class SchedCalls {
    private SchedCalls() {}

    static final int SCHED_OTHER = 0;
    static final int SCHED_FIFO = 1;
    static final int SCHED_RR = 2;
    static final int SCHED_BATCH = 3;
    static final int SCHED_IDLE = 5;
    static final int SCHED_DEADLINE = 6;
    /** sched_setscheduler's flag that resets the policy in children: accepted, nothing to reset. */
    static final int SCHED_RESET_ON_FORK = 0x40000000;
    static final int RT_PRIORITY_MAX = 99;
    private static final long UNREADABLE = Long.MIN_VALUE;

    static long getcpu(Task t, long cpuAddr, long nodeAddr) {
        if (cpuAddr != 0 && !UserMemory.writeInt(t.process.mm(), cpuAddr, PerCpu.count() > 0 ? PerCpu.index() : 0)) {
            return -Errno.EFAULT;
        }
        if (nodeAddr != 0 && !UserMemory.writeInt(t.process.mm(), nodeAddr, 0)) {
            return -Errno.EFAULT;
        }
        return 0;
    }

    static long schedGetaffinity(Task t, int pid, long len, long maskAddr) {
        int size = CpuAffinity.maskBytes();
        if (len * 8 < PerCpu.count() || (len & 7) != 0 || len < 0) {
            return -Errno.EINVAL;
        }
        long[] mask = pid < 0 ? null : CpuAffinity.get(t, pid);
        if (mask == null) {
            return -Errno.ESRCH;
        }
        int n = (int) Math.min(len, size);
        byte[] b = new byte[n];
        for (int i = 0; i < n; i += 8) {
            Le.put64(b, i, mask[i / 8]);
        }
        return UserMemory.copyOutArray(t.process.mm(), maskAddr, b, 0, n) == n ? n : -Errno.EFAULT;
    }

    static long schedSetaffinity(Task t, int pid, long len, long maskAddr) {
        if (len < 0) {
            return -Errno.EINVAL;
        }
        int n = (int) Math.min(len, CpuAffinity.maskBytes());
        byte[] b = new byte[(n + 7) & ~7];
        if (UserMemory.copyInArray(t.process.mm(), maskAddr, b, 0, n) != n) {
            return -Errno.EFAULT;
        }
        long[] mask = new long[b.length / 8];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = Le.get64(b, 8 * i);
        }
        return pid < 0 ? -Errno.ESRCH : CpuAffinity.set(t, pid, mask);
    }

    static long schedGetscheduler(Task t, int pid) {
        int r = findThread(t, pid);
        return r < 0 ? r : SCHED_OTHER;
    }

    static long schedGetparam(Task t, int pid, long paramAddr) {
        if (paramAddr == 0 || pid < 0) {
            return -Errno.EINVAL;
        }
        int r = findThread(t, pid);
        if (r < 0) {
            return r;
        }
        return UserMemory.writeInt(t.process.mm(), paramAddr, 0) ? 0 : -Errno.EFAULT;
    }

    /** sched_setscheduler: only SCHED_OTHER (or BATCH/IDLE, treated alike) at priority 0. */
    static long schedSetscheduler(Task t, int pid, int policy, long paramAddr) {
        if (pid < 0 || paramAddr == 0) {
            return -Errno.EINVAL;
        }
        long prio = readInt(t, paramAddr);
        if (prio == UNREADABLE) {
            return -Errno.EFAULT;
        }
        int r = findThread(t, pid);
        if (r < 0) {
            return r;
        }
        int p = policy & ~SCHED_RESET_ON_FORK;
        if (p != SCHED_OTHER && p != SCHED_BATCH && p != SCHED_IDLE && p != SCHED_FIFO && p != SCHED_RR) {
            return -Errno.EINVAL;
        }
        if (prio < priorityMin(p) || prio > priorityMax(p)) {
            return -Errno.EINVAL;
        }
        return p == SCHED_FIFO || p == SCHED_RR ? -Errno.EPERM : 0;   // FIXME: real-time policies
    }

    static long schedSetparam(Task t, int pid, long paramAddr) {
        if (pid < 0 || paramAddr == 0) {
            return -Errno.EINVAL;
        }
        long prio = readInt(t, paramAddr);
        if (prio == UNREADABLE) {
            return -Errno.EFAULT;
        }
        int r = findThread(t, pid);
        return r < 0 ? r : prio == 0 ? 0 : -Errno.EINVAL;
    }

    static long schedGetPriorityMax(Task t, int policy) {
        return validPolicy(policy) ? priorityMax(policy) : -Errno.EINVAL;
    }

    static long schedGetPriorityMin(Task t, int policy) {
        return validPolicy(policy) ? priorityMin(policy) : -Errno.EINVAL;
    }

    /** sched_rr_get_interval: the time slice (every thread gets the scheduler's quantum). */
    static long schedRrGetInterval(Task t, int pid, long tsAddr) {
        if (pid < 0) {
            return -Errno.EINVAL;
        }
        int r = findThread(t, pid);
        if (r < 0) {
            return r;
        }
        long quantumNanos = Scheduler.started() ? Scheduler.quantumMs() * 1_000_000L : 0;
        return TimeCalls.writeTimespec(t, tsAddr, quantumNanos) ? 0 : -Errno.EFAULT;
    }

    static long getpriority(Task t, int which, int who) {
        return Priorities.get(t, which, who);
    }

    static long setpriority(Task t, int which, int who, int nice) {
        return Priorities.set(t, which, who, nice);
    }

    private static boolean validPolicy(int policy) {
        return policy == SCHED_OTHER || policy == SCHED_FIFO || policy == SCHED_RR || policy == SCHED_BATCH
                || policy == SCHED_IDLE || policy == SCHED_DEADLINE;
    }

    private static int priorityMax(int policy) {
        return policy == SCHED_FIFO || policy == SCHED_RR ? RT_PRIORITY_MAX : 0;
    }

    private static int priorityMin(int policy) {
        return policy == SCHED_FIFO || policy == SCHED_RR ? 1 : 0;
    }

    /** 0 when thread pid (0: the caller) exists, else -ESRCH (-EINVAL for a negative pid). */
    private static int findThread(Task t, int pid) {
        if (pid < 0) {
            return -Errno.EINVAL;
        }
        return pid == 0 || Processes.findTask(pid) != null ? 0 : -Errno.ESRCH;
    }

    /** The int at addr, or UNREADABLE. */
    private static long readInt(Task t, long addr) {
        byte[] b = new byte[4];
        return UserMemory.copyInArray(t.process.mm(), addr, b, 0, 4) == 4 ? Le.get32(b, 0) : UNREADABLE;
    }
}
