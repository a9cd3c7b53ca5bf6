/*
 * The process and thread system calls: ids, exit and exit_group, uname, arch_prctl (the TLS
 * base in FS), set_tid_address, set_robust_list, sched_yield. fork, clone, execve and wait4
 * join them as they come. Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.hw.Cpu;
import exo.kernel.arch.x86_64.regs.ControlRegs;
import exo.kernel.arch.x86_64.trap.PerCpuArea;
import exo.kernel.fs.Errno;
import exo.kernel.fs.setup.SystemFacts;
import exo.kernel.proc.Exits;
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

    static long schedYield(Task t) {
        Scheduler.yield();
        return 0;
    }

    static long setTidAddress(Task t, long addr) {
        t.setClearChildTid(addr);
        return t.tid;
    }

    static long setRobustList(Task t, long head, long len) {
        if (len != 24) {   // sizeof(struct robust_list_head)
            return -Errno.EINVAL;
        }
        t.setRobustList(head, len);
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
            default:
                return -Errno.EINVAL;
        }
    }

    static long uname(Task t, long addr) {
        SystemFacts f = Processes.facts();
        String[] fields = {f.osType(), f.hostname(), f.osRelease(), "#1 Exo-OS", "x86_64", "(none)"};
        byte[] b = new byte[UTS_FIELD * fields.length];
        for (int i = 0; i < fields.length; i++) {
            for (int j = 0; j < fields[i].length() && j < UTS_FIELD - 1; j++) {
                b[i * UTS_FIELD + j] = (byte) fields[i].charAt(j);
            }
        }
        return UserMemory.copyOutArray(t.process.mm(), addr, b, 0, b.length) == b.length ? 0 : -Errno.EFAULT;
    }
}
