/*
 * Waiting for and queueing signals with their siginfo: rt_sigtimedwait (sigwaitinfo and
 * sigtimedwait: proc.SignalWait), rt_sigqueueinfo and rt_tgsigqueueinfo (sigqueue and
 * pthread_sigqueue: proc.SignalSend). The arguments are checked in Linux's order: the sigset
 * size, then the set and the timeout are read (EFAULT), then the timeout checked (EINVAL).
 * Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Errno;
import exo.kernel.proc.SignalSend;
import exo.kernel.proc.SignalWait;
import exo.kernel.proc.Task;
import exo.kernel.signal.SigInfo;
import exo.kernel.signal.Signals;
import exo.kernel.uaccess.UserMemory;

final class SignalWaitCalls {
    private SignalWaitCalls() {}

    static long rtSigtimedwait(Task t, long setAddr, long infoAddr, long timeoutAddr, long sigsetsize) {
        if (sigsetsize != Signals.SIGSET_BYTES) {
            return -Errno.EINVAL;
        }
        boolean[] ok = {true};
        long set = UserMemory.readLong(t.process.mm(), setAddr, ok);
        if (!ok[0]) {
            return -Errno.EFAULT;
        }
        long wait = PollCalls.readTimespec(t, timeoutAddr);
        if (wait < PollCalls.FOREVER) {
            return wait;   // -EFAULT or -EINVAL
        }
        long deadline = wait == PollCalls.FOREVER ? SignalWait.FOREVER
                : Math.min(SignalWait.FOREVER, TimeCalls.deadlineAfter(wait));
        SigInfo[] got = new SigInfo[1];
        int sig = SignalWait.timedWait(t, set, deadline, got);
        if (sig > 0 && infoAddr != 0) {
            byte[] b = new byte[SigInfo.SIZE];
            got[0].write(b, 0);
            if (UserMemory.copyOutArray(t.process.mm(), infoAddr, b, 0, b.length) != b.length) {
                return -Errno.EFAULT;
            }
        }
        return sig;
    }

    static long rtSigqueueinfo(Task t, int tgid, int sig, long infoAddr) {
        byte[] info = readInfo(t, infoAddr);
        return info == null ? -Errno.EFAULT : SignalSend.toProcess(t, tgid, sig, info);
    }

    static long rtTgsigqueueinfo(Task t, int tgid, int tid, int sig, long infoAddr) {
        byte[] info = readInfo(t, infoAddr);
        return info == null ? -Errno.EFAULT : SignalSend.toThread(t, tgid, tid, sig, info);
    }

    private static byte[] readInfo(Task t, long addr) {
        byte[] b = new byte[SigInfo.SIZE];
        return UserMemory.copyInArray(t.process.mm(), addr, b, 0, b.length) == b.length ? b : null;
    }
}
