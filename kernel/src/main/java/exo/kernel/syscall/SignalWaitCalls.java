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
import exo.kernel.time.Clock;
import exo.kernel.uaccess.UserMemory;

final class SignalWaitCalls {
    private SignalWaitCalls() {}

    static final long NANOS = 1_000_000_000L;

    static long rtSigtimedwait(Task t, long setAddr, long infoAddr, long timeoutAddr, long sigsetsize) {
        if (sigsetsize != Signals.SIGSET_BYTES) {
            return -Errno.EINVAL;
        }
        boolean[] ok = {true};
        long set = UserMemory.readLong(t.process.mm(), setAddr, ok);
        if (!ok[0]) {
            return -Errno.EFAULT;
        }
        long deadline = SignalWait.FOREVER;
        if (timeoutAddr != 0) {
            long[] ts = TimeCalls.readTimespec(t, timeoutAddr);
            if (ts == null) {
                return -Errno.EFAULT;
            }
            if (ts[0] < 0 || ts[1] < 0 || ts[1] >= NANOS) {
                return -Errno.EINVAL;
            }
            long wait = ts[0] >= SignalWait.FOREVER / NANOS ? SignalWait.FOREVER : ts[0] * NANOS + ts[1];
            deadline = Math.min(SignalWait.FOREVER, Clock.nanoTime() + wait);
        }
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
