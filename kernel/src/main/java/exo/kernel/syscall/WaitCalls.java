/*
 * waitid(2): waits for a child selected by idtype (P_ALL, P_PID, P_PGID; P_PGID 0 is the
 * caller's group; P_PIDFD the process of a pidfd, whose O_NONBLOCK turns "nothing yet" into
 * EAGAIN) to exit (WEXITED), stop (WSTOPPED) or continue (WCONTINUED), with WNOHANG and
 * WNOWAIT; the answer is a siginfo (SIGCHLD, si_code CLD_*, si_pid, si_uid, si_status) and, as
 * a Linux extension, a struct rusage. With WNOHANG and nothing to report the siginfo is
 * zeroed and the call returns 0. The waiting is proc.Wait's. Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Errno;
import exo.kernel.fs.vfs.OpenFile;
import exo.kernel.proc.Process;
import exo.kernel.proc.Task;
import exo.kernel.proc.Wait;
import exo.kernel.signal.SigInfo;
import exo.kernel.uaccess.UserMemory;

final class WaitCalls {
    private WaitCalls() {}

    static final int P_PIDFD = 3;
    static final int KNOWN_OPTIONS = Wait.WNOHANG | Wait.WNOWAIT | Wait.WEXITED | Wait.WSTOPPED | Wait.WCONTINUED
            | 0xE0000000;   // __WNOTHREAD, __WALL, __WCLONE: accepted (no thread-group distinctions here)

    static long waitid(Task t, int idtype, int id, long infoAddr, int options, long rusageAddr) {
        if ((options & ~KNOWN_OPTIONS) != 0 || (options & (Wait.WEXITED | Wait.WSTOPPED | Wait.WCONTINUED)) == 0) {
            return -Errno.EINVAL;
        }
        boolean nonBlockingPidfd = false;
        switch (idtype) {
            case Wait.P_ALL:
                break;
            case Wait.P_PID:
                if (id <= 0) {
                    return -Errno.EINVAL;
                }
                break;
            case Wait.P_PGID:
                if (id < 0) {
                    return -Errno.EINVAL;
                }
                break;
            case P_PIDFD: {
                Process p = PidFdCalls.targetOf(t, id);
                if (p == null) {
                    return -Errno.EBADF;
                }
                nonBlockingPidfd = pidfdNonBlocking(t, id);
                idtype = Wait.P_PID;
                id = p.pid;
                break;
            }
            default:
                return -Errno.EINVAL;
        }
        Wait.Result r = new Wait.Result();
        int got = Wait.waitId(t, idtype, id, nonBlockingPidfd ? options | Wait.WNOHANG : options, r);
        if (got < 0) {
            return got;
        }
        if (got == 0 && nonBlockingPidfd && (options & Wait.WNOHANG) == 0) {
            return -Errno.EAGAIN;   // an O_NONBLOCK pidfd: nothing to report yet
        }
        if (rusageAddr != 0 && got > 0 && !ResourceCalls.writeRusage(t, rusageAddr, r.usage)) {
            return -Errno.EFAULT;
        }
        if (infoAddr != 0) {
            byte[] b = new byte[SigInfo.SIZE];
            if (got > 0) {
                SigInfo.child(r.code, r.pid, r.uid, r.signalOrCode, 0, 0).write(b, 0);
            }
            if (UserMemory.copyOutArray(t.process.mm(), infoAddr, b, 0, b.length) != b.length) {
                return -Errno.EFAULT;
            }
        }
        return 0;
    }

    private static boolean pidfdNonBlocking(Task t, int fd) {
        OpenFile f = t.process.fds().acquire(fd);
        if (f == null) {
            return false;
        }
        try {
            return f.isNonBlocking();
        } finally {
            f.put();
        }
    }
}
