/*
 * pidfd_open, pidfd_send_signal and pidfd_getfd: descriptors that name a process (proc.PidFd).
 * pidfd_open takes a process id (a thread that leads no process is EINVAL, no such process
 * ESRCH) and makes a close-on-exec descriptor, O_NONBLOCK with PIDFD_NONBLOCK. Sending goes
 * through the kill rules (Signalling.kill without a siginfo, SignalSend.toProcess with the
 * caller's, whose si_signo must be the signal) to a pidfd's process or a /proc/PID directory's;
 * a process already reaped is ESRCH. getfd
 * duplicates one of the target's descriptors into the caller (close-on-exec) under
 * process_vm's access rule (ProcessLimits.mayAccess). waitid(P_PIDFD) is WaitCalls'. Called
 * only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Errno;
import exo.kernel.fs.abi.Le;
import exo.kernel.fs.procfs.ProcInodes;
import exo.kernel.fs.vfs.OpenFile;
import exo.kernel.proc.PidFd;
import exo.kernel.proc.Process;
import exo.kernel.proc.ProcessLimits;
import exo.kernel.proc.Processes;
import exo.kernel.proc.SignalSend;
import exo.kernel.proc.Signalling;
import exo.kernel.proc.Task;
import exo.kernel.signal.SigInfo;
import exo.kernel.uaccess.UserMemory;

final class PidFdCalls {
    private PidFdCalls() {}

    static long pidfdOpen(Task t, int pid, int flags) {
        if ((flags & ~PidFd.PIDFD_NONBLOCK) != 0 || pid <= 0) {
            return -Errno.EINVAL;
        }
        Process p = Processes.find(pid);
        if (p == null) {
            return Processes.findTask(pid) != null ? -Errno.EINVAL : -Errno.ESRCH;
        }
        PidFd f = new PidFd(Processes.files().anon, p, flags);
        int fd = t.process.fds().install(f, true);
        if (fd < 0) {
            f.put();
        }
        return fd;
    }

    static long pidfdSendSignal(Task t, int pidfd, int sig, long infoAddr, int flags) {
        if (flags != 0) {
            return -Errno.EINVAL;
        }
        Process p = signalTargetOf(t, pidfd);
        if (p == null) {
            return isProcessDir(t, pidfd) ? -Errno.ESRCH : -Errno.EBADF;
        }
        if (Processes.find(p.pid) != p) {
            return -Errno.ESRCH;   // reaped (its pid may already name another process)
        }
        if (infoAddr == 0) {
            return Signalling.kill(t, p.pid, sig);
        }
        byte[] info = new byte[SigInfo.SIZE];
        if (UserMemory.copyInArray(t.process.mm(), infoAddr, info, 0, info.length) != info.length) {
            return -Errno.EFAULT;
        }
        if (Le.get32(info, 0) != sig) {
            return -Errno.EINVAL;   // si_signo must be the signal sent
        }
        return SignalSend.toProcess(t, p.pid, sig, info);
    }

    static long pidfdGetfd(Task t, int pidfd, int targetFd, int flags) {
        Process p = targetOf(t, pidfd);
        if (p == null) {
            return -Errno.EBADF;
        }
        if (flags != 0) {
            return -Errno.EINVAL;
        }
        if (p.isZombie()) {
            return -Errno.ESRCH;
        }
        if (!ProcessLimits.mayAccess(t.process, p)) {
            return -Errno.EPERM;
        }
        OpenFile f = p.fds().acquire(targetFd);
        if (f == null) {
            return -Errno.EBADF;
        }
        int fd = t.process.fds().install(f, true);   // the reference acquire took goes to the new slot
        if (fd < 0) {
            f.put();
        }
        return fd;
    }

    /** The process pidfd names, or null when fd is not a pidfd. */
    static Process targetOf(Task t, int fd) {
        OpenFile f = t.process.fds().acquire(fd);
        if (f == null) {
            return null;
        }
        try {
            return f instanceof PidFd ? ((PidFd) f).target() : null;
        } finally {
            f.put();
        }
    }

    private static boolean isProcessDir(Task t, int fd) {
        OpenFile f = t.process.fds().acquire(fd);
        if (f == null) {
            return false;
        }
        try {
            return f.inode instanceof ProcInodes.Dir && ((ProcInodes.Dir) f.inode).processId() > 0;
        } finally {
            f.put();
        }
    }

    /**
     * pidfd_send_signal's target: a pidfd's process, or the process of a /proc/PID directory
     * descriptor (the older form; null when that process is gone), else null.
     */
    static Process signalTargetOf(Task t, int fd) {
        OpenFile f = t.process.fds().acquire(fd);
        if (f == null) {
            return null;
        }
        try {
            if (f instanceof PidFd) {
                return ((PidFd) f).target();
            }
            int pid = f.inode instanceof ProcInodes.Dir ? ((ProcInodes.Dir) f.inode).processId() : 0;
            return pid > 0 ? Processes.find(pid) : null;
        } finally {
            f.put();
        }
    }
}
