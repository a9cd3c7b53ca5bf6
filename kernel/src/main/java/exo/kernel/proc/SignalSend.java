/*
 * rt_sigqueueinfo and rt_tgsigqueueinfo (sigqueue, pthread_sigqueue): send a signal with the
 * caller's own siginfo, to a process or to one thread of it. Nobody, root included, may claim
 * to be the kernel or kill()/tgkill() (an si_code >= 0, or SI_TKILL) when sending to another
 * process: EPERM, as Linux. Then the usual rules of kill: ESRCH for no such target, EPERM
 * without the right to signal it, EINVAL for a bad signal number; signal 0 only probes; the
 * kernel's own PID 1 of a run= boot takes nothing (as kill() to it).
 * The siginfo bytes are decoded here only once the number is known to be valid.
 */
package exo.kernel.proc;

import exo.kernel.fs.Errno;
import exo.kernel.signal.SigInfo;
import exo.kernel.signal.Signals;

public final class SignalSend {
    private SignalSend() {}

    /** rt_sigqueueinfo: sig with the user's siginfo (128 bytes in info) to process pid. */
    public static int toProcess(Task sender, int pid, int sig, byte[] info) {
        if (spoofs(info) && pid != sender.process.pid) {
            return -Errno.EPERM;
        }
        Processes.lock.lock();
        try {
            Process p = pid > 0 ? Signalling.processOfLocked(pid) : null;
            if (p == null) {
                return -Errno.ESRCH;
            }
            int r = permitted(sender.process, p, sig);
            if (r <= 0) {
                return r;   // the kernel's PID 1 is root's, as Linux's init: EPERM for others
            }
            if (!p.kernelReaper) {   // it has no handlers: it drops the signal, as kill() does
                Signalling.toProcessLocked(p, SigInfo.fromUser(sig, info, 0));
            }
            return 0;
        } finally {
            Processes.lock.unlock();
        }
    }

    /** rt_tgsigqueueinfo: to thread tid of process tgid. */
    public static int toThread(Task sender, int tgid, int tid, int sig, byte[] info) {
        if (tgid <= 0 || tid <= 0) {
            return -Errno.EINVAL;
        }
        if (spoofs(info) && tid != sender.tid) {
            return -Errno.EPERM;
        }
        Task t = Processes.findTask(tid);
        if (t == null || t.process.pid != tgid) {
            return -Errno.ESRCH;
        }
        int r;
        Processes.lock.lock();
        try {
            r = permitted(sender.process, t.process, sig);
        } finally {
            Processes.lock.unlock();
        }
        if (r <= 0) {
            return r;
        }
        Signalling.toThread(t, SigInfo.fromUser(sig, info, 0));
        return 0;
    }

    /** -EINVAL, -EPERM, 0 for a probe (signal 0) that passed, 1 to send. */
    private static int permitted(Process sender, Process target, int sig) {
        if (sig < 0 || sig > Signals.NSIG) {
            return -Errno.EINVAL;
        }
        if (!Signalling.mayKill(sender, target)) {
            return -Errno.EPERM;
        }
        return sig == 0 ? 0 : 1;
    }

    /** An si_code reserved to the kernel, kill() or tgkill()? */
    private static boolean spoofs(byte[] info) {
        int code = (info[SigInfo.CODE] & 0xFF) | (info[SigInfo.CODE + 1] & 0xFF) << 8
                | (info[SigInfo.CODE + 2] & 0xFF) << 16 | info[SigInfo.CODE + 3] << 24;
        return code >= 0 || code == SigInfo.SI_TKILL;
    }
}
