/*
 * The resource-limit system calls: getrlimit, setrlimit and prlimit64 (which reads and sets at
 * once, for the caller or, with the right ids, another process). On x86_64 struct rlimit and
 * struct rlimit64 are the same two 64-bit words, RLIM_INFINITY all ones. The order of the
 * checks is Linux's: the new value is read first (EFAULT), the target found (ESRCH) and the
 * caller's right to it checked (EPERM), then the resource and the values (EINVAL, EPERM:
 * proc.ResourceLimits.check); the old value is written last. proc.ProcessLimits applies a
 * change where the limit acts. Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Errno;
import exo.kernel.fs.abi.Le;
import exo.kernel.proc.Process;
import exo.kernel.proc.ProcessLimits;
import exo.kernel.proc.Processes;
import exo.kernel.proc.ResourceLimits;
import exo.kernel.proc.Task;
import exo.kernel.uaccess.UserMemory;

final class LimitCalls {
    private LimitCalls() {}

    static final int RLIMIT_SIZE = 16;

    static long getrlimit(Task t, int resource, long addr) {
        return prlimit64(t, 0, resource, 0, addr);
    }

    static long setrlimit(Task t, int resource, long addr) {
        return prlimit64(t, 0, resource, addr, 0);
    }

    static long prlimit64(Task t, int pid, int resource, long newAddr, long oldAddr) {
        long[] wanted = null;
        if (newAddr != 0) {
            wanted = read(t, newAddr);
            if (wanted == null) {
                return -Errno.EFAULT;
            }
        }
        Process target = t.process;
        if (pid != 0 && pid != t.process.pid) {
            target = pid > 0 ? Processes.find(pid) : null;
            if (target == null || target.isZombie()) {
                return -Errno.ESRCH;
            }
            if (!ProcessLimits.mayAccess(t.process, target)) {
                return -Errno.EPERM;
            }
        }
        if (!ResourceLimits.valid(resource)) {
            return -Errno.EINVAL;
        }
        long[] old;
        if (wanted != null) {
            int[] err = new int[1];
            old = ProcessLimits.set(t.process, target, resource, wanted[0], wanted[1], err);
            if (old == null) {
                return -err[0];
            }
        } else {
            old = ProcessLimits.get(target, resource);
        }
        if (oldAddr != 0 && !write(t, oldAddr, old)) {
            return -Errno.EFAULT;
        }
        return 0;
    }

    private static long[] read(Task t, long addr) {
        byte[] b = new byte[RLIMIT_SIZE];
        if (UserMemory.copyInArray(t.process.mm(), addr, b, 0, b.length) != b.length) {
            return null;
        }
        return new long[] {Le.get64(b, 0), Le.get64(b, 8)};
    }

    private static boolean write(Task t, long addr, long[] limit) {
        byte[] b = new byte[RLIMIT_SIZE];
        Le.put64(b, 0, limit[0]);
        Le.put64(b, 8, limit[1]);
        return UserMemory.copyOutArray(t.process.mm(), addr, b, 0, b.length) == b.length;
    }
}
