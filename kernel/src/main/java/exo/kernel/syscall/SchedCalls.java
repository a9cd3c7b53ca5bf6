/*
 * The scheduling system calls: getcpu, sched_getaffinity/sched_setaffinity (proc.CpuAffinity:
 * a cpumask of the online CPUs, in whole longs), the policies and real-time priorities
 * (sched_setscheduler, sched_setparam, their getters and sched_getattr; kept per thread by
 * proc.SchedPolicy, which the scheduler does not yet honour), the priority range of each
 * policy, sched_rr_get_interval (the scheduler's quantum; 0 under SCHED_FIFO), and
 * getpriority/setpriority over nice values (proc.Priorities). Pids here name threads, 0 the
 * caller, as on Linux. Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.cpu.PerCpu;
import exo.kernel.fs.Errno;
import exo.kernel.fs.abi.Le;
import exo.kernel.proc.CpuAffinity;
import exo.kernel.proc.Priorities;
import exo.kernel.proc.Process;
import exo.kernel.proc.Processes;
import exo.kernel.proc.SchedPolicy;
import exo.kernel.proc.Task;
import exo.kernel.sched.Scheduler;
import exo.kernel.uaccess.UserMemory;

final class SchedCalls {
    private SchedCalls() {}

    static final int SCHED_OTHER = SchedPolicy.SCHED_OTHER;
    static final int SCHED_FIFO = SchedPolicy.SCHED_FIFO;
    static final int SCHED_RR = SchedPolicy.SCHED_RR;
    static final int SCHED_BATCH = SchedPolicy.SCHED_BATCH;
    static final int SCHED_IDLE = SchedPolicy.SCHED_IDLE;
    static final int SCHED_DEADLINE = 6;
    /** sched_setscheduler's flag that resets the policy in children: accepted, nothing to reset. */
    static final int SCHED_RESET_ON_FORK = 0x40000000;
    static final int RT_PRIORITY_MAX = 99;
    /** struct sched_attr: its first published size and the size this kernel knows (with util_min/max). */
    static final int SCHED_ATTR_SIZE_VER0 = 48;
    static final int SCHED_ATTR_SIZE = 56;
    static final long SCHED_FLAG_RESET_ON_FORK = 1;
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
        Task target = findThread(t, pid);
        if (target == null) {
            return pid < 0 ? -Errno.EINVAL : kernelHeld(pid) ? SCHED_OTHER : -Errno.ESRCH;
        }
        return SchedPolicy.policy(target) | (SchedPolicy.resetOnFork(target) ? SCHED_RESET_ON_FORK : 0);
    }

    static long schedGetparam(Task t, int pid, long paramAddr) {
        if (paramAddr == 0 || pid < 0) {
            return -Errno.EINVAL;
        }
        Task target = findThread(t, pid);
        if (target == null) {
            return -Errno.ESRCH;
        }
        return UserMemory.writeInt(t.process.mm(), paramAddr, SchedPolicy.priority(target)) ? 0 : -Errno.EFAULT;
    }

    /** sched_setscheduler: a policy and its priority (1..99 real-time, else 0) for thread pid. */
    static long schedSetscheduler(Task t, int pid, int policy, long paramAddr) {
        if (pid < 0 || paramAddr == 0) {
            return -Errno.EINVAL;
        }
        long prio = readInt(t, paramAddr);
        if (prio == UNREADABLE) {
            return -Errno.EFAULT;
        }
        Task target = findThread(t, pid);
        if (target == null && !kernelHeld(pid)) {
            return -Errno.ESRCH;
        }
        int p = policy & ~SCHED_RESET_ON_FORK;
        if (p != SCHED_OTHER && p != SCHED_BATCH && p != SCHED_IDLE && p != SCHED_FIFO && p != SCHED_RR) {
            return -Errno.EINVAL;
        }
        if (prio < priorityMin(p) || prio > priorityMax(p)) {
            return -Errno.EINVAL;
        }
        if (target == null) {
            return -Errno.EPERM;   // the kernel's PID 1 has no user thread to reschedule
        }
        return SchedPolicy.set(t, target, p, (int) prio, (policy & SCHED_RESET_ON_FORK) != 0);
    }

    /** sched_setparam: a new priority within the thread's current policy. */
    static long schedSetparam(Task t, int pid, long paramAddr) {
        if (pid < 0 || paramAddr == 0) {
            return -Errno.EINVAL;
        }
        long prio = readInt(t, paramAddr);
        if (prio == UNREADABLE) {
            return -Errno.EFAULT;
        }
        Task target = findThread(t, pid);
        if (target == null) {
            return -Errno.ESRCH;
        }
        int p = SchedPolicy.policy(target);
        if (prio < priorityMin(p) || prio > priorityMax(p)) {
            return -Errno.EINVAL;
        }
        return SchedPolicy.set(t, target, -1, (int) prio, SchedPolicy.resetOnFork(target));
    }

    /**
     * sched_getattr(pid, attr, size, flags): struct sched_attr (size, policy, flags, nice,
     * priority, then the deadline and utilization fields, all 0 here), cut to the caller's size.
     */
    static long schedGetattr(Task t, int pid, long attrAddr, int size, int flags) {
        if (attrAddr == 0 || pid < 0 || flags != 0 || size < SCHED_ATTR_SIZE_VER0 || size > 4096) {
            return -Errno.EINVAL;
        }
        Task target = findThread(t, pid);
        if (target == null) {
            return -Errno.ESRCH;
        }
        int n = Math.min(size, SCHED_ATTR_SIZE);
        byte[] b = new byte[SCHED_ATTR_SIZE];
        Le.put32(b, 0, n);
        Le.put32(b, 4, SchedPolicy.policy(target));
        Le.put64(b, 8, SchedPolicy.resetOnFork(target) ? SCHED_FLAG_RESET_ON_FORK : 0);
        Le.put32(b, 16, target.nice());
        Le.put32(b, 20, SchedPolicy.priority(target));
        return UserMemory.copyOutArray(t.process.mm(), attrAddr, b, 0, n) == n ? 0 : -Errno.EFAULT;
    }

    static long schedGetPriorityMax(Task t, int policy) {
        return validPolicy(policy) ? priorityMax(policy) : -Errno.EINVAL;
    }

    static long schedGetPriorityMin(Task t, int policy) {
        return validPolicy(policy) ? priorityMin(policy) : -Errno.EINVAL;
    }

    /** sched_rr_get_interval: the scheduler's quantum, 0 for SCHED_FIFO (no time slice). */
    static long schedRrGetInterval(Task t, int pid, long tsAddr) {
        if (pid < 0) {
            return -Errno.EINVAL;
        }
        Task target = findThread(t, pid);
        if (target == null) {
            return -Errno.ESRCH;
        }
        boolean sliced = SchedPolicy.policy(target) != SCHED_FIFO && Scheduler.started();
        long quantumNanos = sliced ? Scheduler.quantumMs() * 1_000_000L : 0;
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

    /** A process without threads that the kernel holds (the PID 1 of `./exo run`): it exists. */
    private static boolean kernelHeld(int pid) {
        Process p = pid > 0 ? Processes.find(pid) : null;
        return p != null && p.threadCount() == 0 && !p.isZombie();
    }

    /** Thread pid (0: the caller), or null when there is none (or pid is negative). */
    private static Task findThread(Task t, int pid) {
        if (pid < 0) {
            return null;
        }
        return pid == 0 ? t : Processes.findTask(pid);
    }

    /** The int at addr, or UNREADABLE. */
    private static long readInt(Task t, long addr) {
        byte[] b = new byte[4];
        return UserMemory.copyInArray(t.process.mm(), addr, b, 0, 4) == 4 ? Le.get32(b, 0) : UNREADABLE;
    }
}
