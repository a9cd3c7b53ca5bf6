/*
 * The process and thread system calls: ids, exit and exit_group, uname, arch_prctl (the TLS
 * base in FS), set_tid_address, set/get_robust_list, futex, sched_yield. fork, clone, execve and wait4
 * join them as they come. Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.hw.Cpu;
import exo.kernel.arch.x86_64.regs.ControlRegs;
import exo.kernel.arch.x86_64.trap.PerCpuArea;
import exo.kernel.fs.Errno;
import exo.kernel.fs.setup.SystemFacts;
import exo.kernel.proc.Exits;
import exo.kernel.proc.Fork;
import exo.kernel.proc.Futexes;
import exo.kernel.proc.PiFutexes;
import exo.kernel.proc.Process;
import exo.kernel.proc.ProcessLimits;
import exo.kernel.proc.RobustLists;
import exo.kernel.proc.Wait;
import exo.kernel.signal.Signals;
import exo.kernel.proc.Processes;
import exo.kernel.proc.Task;
import exo.kernel.sched.Scheduler;
import exo.kernel.uaccess.UserMemory;
import exo.kernel.vm.AddressSpace;

final class ProcessCalls {
    private ProcessCalls() {}

    static final int ARCH_SET_GS = 0x1001;
    static final int ARCH_SET_FS = 0x1002;
    static final int ARCH_GET_FS = 0x1003;
    static final int ARCH_GET_CPUID = 0x1011;
    static final int ARCH_SET_CPUID = 0x1012;
    static final int ARCH_GET_GS = 0x1004;
    /** struct utsname: six fields of 65 bytes (sysname, nodename, release, version, machine, domainname). */
    static final int UTS_FIELD = 65;

    static long getpid(Task t) {
        return t.process.pid;
    }

    static long getppid(Task t) {
        return t.process.ppid();
    }

    static long gettid(Task t) {
        return t.tid;
    }

    static long exit(Task t, int code) {
        Exits.exitThread(t, code);
        return 0;
    }

    static long exitGroup(Task t, int code) {
        Exits.exitGroup(t, code);
        return 0;
    }

    static long clone(Task t, long flags, long newSp, long parentTid, long childTid, long tls) {
        return Fork.clone(t, flags, newSp, parentTid, childTid, tls);
    }

    static long fork(Task t) {
        return Fork.clone(t, Signals.SIGCHLD, 0, 0, 0, 0);
    }

    static long vfork(Task t) {
        return Fork.clone(t, Fork.CLONE_VM | Fork.CLONE_VFORK | Signals.SIGCHLD, 0, 0, 0, 0);
    }

    static long wait4(Task t, int pid, long statusAddr, int options, long rusageAddr) {
        if ((options & ~(Wait.WNOHANG | Wait.WUNTRACED | Wait.WCONTINUED | 0xE0000000)) != 0 || pid == Integer.MIN_VALUE) {
            return -Errno.EINVAL;
        }
        Wait.Result r = new Wait.Result();
        int got = Wait.waitChild(t, pid, options, true, r);
        if (got > 0) {
            if (statusAddr != 0 && !UserMemory.writeInt(t.process.mm(), statusAddr, r.status)) {
                return -Errno.EFAULT;
            }
            if (rusageAddr != 0 && !ResourceCalls.writeRusage(t, rusageAddr, r.usage)) {
                return -Errno.EFAULT;
            }
        }
        return got;
    }

    static long futex(Task t, long uaddr, int op, int val, long timeoutAddr, long uaddr2, int val3) {
        boolean shared = (op & FUTEX_PRIVATE_FLAG) == 0;
        int cmd = op & ~(FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME);
        switch (cmd) {
            case FUTEX_WAIT:
            case FUTEX_WAIT_BITSET: {
                long ns = PollCalls.readTimespec(t, timeoutAddr);
                if (ns < PollCalls.FOREVER) {
                    return ns;   // -EFAULT or -EINVAL
                }
                // WAIT takes a relative timeout; WAIT_BITSET an absolute one on its clock.
                long deadline = ns == PollCalls.FOREVER ? Long.MAX_VALUE
                        : cmd == FUTEX_WAIT ? TimeCalls.deadlineAfter(ns)
                        : TimeCalls.toMonotonic((op & FUTEX_CLOCK_REALTIME) != 0, ns);
                return Futexes.wait(t, uaddr, val, deadline, cmd == FUTEX_WAIT ? Futexes.BITSET_ALL : val3, shared);
            }
            case FUTEX_WAKE:
                return Futexes.wake(t.process.mm(), uaddr, val, Futexes.BITSET_ALL, shared);
            case FUTEX_WAKE_BITSET:
                return Futexes.wake(t.process.mm(), uaddr, val, val3, shared);
            case FUTEX_REQUEUE:
                return Futexes.requeue(t, uaddr, val, (int) timeoutAddr, uaddr2, false, 0, shared);
            case FUTEX_CMP_REQUEUE:
                return Futexes.requeue(t, uaddr, val, (int) timeoutAddr, uaddr2, true, val3, shared);
            case FUTEX_LOCK_PI:
            case FUTEX_TRYLOCK_PI: {
                long ns = cmd == FUTEX_LOCK_PI ? PollCalls.readTimespec(t, timeoutAddr) : PollCalls.FOREVER;
                if (ns < PollCalls.FOREVER) {
                    return ns;   // -EFAULT or -EINVAL
                }
                // LOCK_PI's timeout is an absolute CLOCK_REALTIME time
                long deadline = ns == PollCalls.FOREVER ? Long.MAX_VALUE : TimeCalls.toMonotonic(true, ns);
                return PiFutexes.lock(t, uaddr, deadline, shared, cmd == FUTEX_TRYLOCK_PI);
            }
            case FUTEX_UNLOCK_PI:
                return PiFutexes.unlock(t, uaddr, shared);
            default:
                return -Errno.ENOSYS;
        }
    }

    static final int FUTEX_WAIT = 0;
    static final int FUTEX_WAKE = 1;
    static final int FUTEX_REQUEUE = 3;
    static final int FUTEX_CMP_REQUEUE = 4;
    static final int FUTEX_LOCK_PI = 6;
    static final int FUTEX_UNLOCK_PI = 7;
    static final int FUTEX_TRYLOCK_PI = 8;
    static final int FUTEX_WAIT_BITSET = 9;
    static final int FUTEX_WAKE_BITSET = 10;
    static final int FUTEX_PRIVATE_FLAG = 128;
    static final int FUTEX_CLOCK_REALTIME = 256;

    static long schedYield(Task t) {
        Scheduler.yield();
        return 0;
    }

    static long setTidAddress(Task t, long addr) {
        t.setClearChildTid(addr);
        return t.tid;
    }

    static long setRobustList(Task t, long head, long len) {
        if (len != RobustLists.HEAD_BYTES) {
            return -Errno.EINVAL;
        }
        t.setRobustList(head, len);
        return 0;
    }

    /** get_robust_list(pid, head_ptr, len_ptr): pid 0 is the caller; another needs ptrace's right. */
    static long getRobustList(Task t, int pid, long headAddr, long lenAddr) {
        Task target = pid == 0 ? t : Processes.findTask(pid);
        // a process with no user thread (the kernel's PID 1 of a run= boot) still exists
        Process owner = target != null ? target.process : pid > 0 ? Processes.find(pid) : null;
        if (owner == null) {
            return -Errno.ESRCH;
        }
        if (owner != t.process && !ProcessLimits.mayAccess(t.process, owner)) {
            return -Errno.EPERM;
        }
        AddressSpace mm = t.process.mm();
        if (!UserMemory.writeLong(mm, headAddr, target != null ? target.robustListHead() : 0)
                || !UserMemory.writeLong(mm, lenAddr, RobustLists.HEAD_BYTES)) {
            return -Errno.EFAULT;
        }
        return 0;
    }

    static long archPrctl(Task t, int code, long addr) {
        switch (code) {
            case ARCH_SET_FS:
                if (!AddressSpace.isUserRange(addr, 0)) {
                    return -Errno.EPERM;
                }
                t.fsBase = addr;
                Cpu.wrmsr(ControlRegs.MSR_FS_BASE, addr);
                Cpu.writeGs64(PerCpuArea.FS_BASE, addr);
                return 0;
            case ARCH_GET_FS:
                return UserMemory.writeLong(t.process.mm(), addr, t.fsBase) ? 0 : -Errno.EFAULT;
            case ARCH_SET_GS:
            case ARCH_GET_GS:
                return -Errno.EINVAL;   // FIXME: a user GS base (KERNEL_GS_BASE while in the kernel)
            case ARCH_GET_CPUID:
                return 1;   // cpuid is allowed (no CPUID faulting)
            case ARCH_SET_CPUID:
                return -Errno.ENODEV;   // as Linux on a CPU without CPUID faulting
            default:
                return -Errno.EINVAL;
        }
    }

    static long uname(Task t, long addr) {
        SystemFacts f = Processes.facts();
        String[] fields = {f.osType(), f.hostname(), f.osRelease(), "#1 Exo-OS", "x86_64", f.domainname()};
        byte[] b = new byte[UTS_FIELD * fields.length];
        for (int i = 0; i < fields.length; i++) {
            for (int j = 0; j < fields[i].length() && j < UTS_FIELD - 1; j++) {
                b[i * UTS_FIELD + j] = (byte) fields[i].charAt(j);
            }
        }
        return UserMemory.copyOutArray(t.process.mm(), addr, b, 0, b.length) == b.length ? 0 : -Errno.EFAULT;
    }
}
