/*
 * The signal system calls: rt_sigaction, rt_sigprocmask, rt_sigpending, rt_sigsuspend, pause,
 * rt_sigreturn, sigaltstack, kill, tkill, tgkill. Dispositions live in the process
 * (proc.SignalHandlers), masks and the alternate stack in the thread; sending is
 * proc.Signalling's, delivery proc.Delivery's. Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.arch.x86_64.trap.TrapFrame;
import exo.kernel.fs.Errno;
import exo.kernel.proc.Delivery;
import exo.kernel.proc.ProcessSignals;
import exo.kernel.proc.Signalling;
import exo.kernel.proc.Task;
import exo.kernel.signal.AltStack;
import exo.kernel.signal.SigAction;
import exo.kernel.signal.Signals;
import exo.kernel.uaccess.UserMemory;

final class SignalCalls {
    private SignalCalls() {}

    static final int SIG_BLOCK = 0;
    static final int SIG_UNBLOCK = 1;
    static final int SIG_SETMASK = 2;

    static long rtSigaction(Task t, long sig, long actAddr, long oldAddr, long sigsetsize) {
        int r = SigAction.check(sig, sigsetsize, actAddr != 0);
        if (r < 0) {
            return r;
        }
        SigAction act = null;
        if (actAddr != 0) {
            byte[] b = new byte[SigAction.SIZE];
            if (UserMemory.copyInArray(t.process.mm(), actAddr, b, 0, b.length) != b.length) {
                return -Errno.EFAULT;
            }
            act = SigAction.read(b, 0);
        }
        SigAction old = ProcessSignals.exchange(t.process, (int) sig, act);
        if (oldAddr != 0) {
            byte[] b = new byte[SigAction.SIZE];
            old.write(b, 0);
            if (UserMemory.copyOutArray(t.process.mm(), oldAddr, b, 0, b.length) != b.length) {
                return -Errno.EFAULT;
            }
        }
        return 0;
    }

    static long rtSigprocmask(Task t, int how, long setAddr, long oldAddr, long sigsetsize) {
        if (sigsetsize != Signals.SIGSET_BYTES) {
            return -Errno.EINVAL;
        }
        long set = 0;
        if (setAddr != 0) {
            boolean[] ok = {true};
            set = UserMemory.readLong(t.process.mm(), setAddr, ok);
            if (!ok[0]) {
                return -Errno.EFAULT;
            }
            if (how != SIG_BLOCK && how != SIG_UNBLOCK && how != SIG_SETMASK) {
                return -Errno.EINVAL;
            }
        }
        long old = t.blocked();
        if (oldAddr != 0 && !UserMemory.writeLong(t.process.mm(), oldAddr, old)) {
            return -Errno.EFAULT;
        }
        if (setAddr != 0) {
            long next = how == SIG_BLOCK ? old | set : how == SIG_UNBLOCK ? old & ~set : set;
            ProcessSignals.setBlocked(t, Signals.blockable(next));
        }
        return 0;
    }

    static long rtSigpending(Task t, long setAddr, long sigsetsize) {
        if (sigsetsize > Signals.SIGSET_BYTES) {
            return -Errno.EINVAL;
        }
        long pending = ProcessSignals.pending(t) & t.blocked();
        return UserMemory.writeLong(t.process.mm(), setAddr, pending) ? 0 : -Errno.EFAULT;
    }

    static long rtSigsuspend(Task t, long setAddr, long sigsetsize) {
        if (sigsetsize != Signals.SIGSET_BYTES) {
            return -Errno.EINVAL;
        }
        boolean[] ok = {true};
        long mask = UserMemory.readLong(t.process.mm(), setAddr, ok);
        if (!ok[0]) {
            return -Errno.EFAULT;
        }
        return ProcessSignals.suspend(t, Signals.blockable(mask));
    }

    static long pause(Task t) {
        return ProcessSignals.suspend(t, t.blocked());
    }

    static long rtSigreturn(Task t) {
        Strace.beforeRewrite(t, t.frame());
        return Delivery.sigreturn(t, t.frame());
    }

    static long sigaltstack(Task t, long ssAddr, long oldAddr) {
        AltStack alt = ProcessSignals.altStack(t);
        long rsp = TrapFrame.rsp(t.frame());
        byte[] oldBytes = new byte[AltStack.STACK_T_SIZE];
        alt.writeOld(oldBytes, 0, rsp);
        if (ssAddr != 0) {
            byte[] b = new byte[AltStack.STACK_T_SIZE];
            if (UserMemory.copyInArray(t.process.mm(), ssAddr, b, 0, b.length) != b.length) {
                return -Errno.EFAULT;
            }
            long sp = exo.kernel.fs.abi.Le.get64(b, AltStack.SS_SP);
            int flags = exo.kernel.fs.abi.Le.get32(b, AltStack.SS_FLAGS);
            long size = exo.kernel.fs.abi.Le.get64(b, AltStack.SS_SIZE);
            int r = alt.set(sp, flags, size, rsp, AltStack.MINSIGSTKSZ);
            if (r < 0) {
                return r;
            }
        }
        if (oldAddr != 0 && UserMemory.copyOutArray(t.process.mm(), oldAddr, oldBytes, 0, oldBytes.length) != oldBytes.length) {
            return -Errno.EFAULT;
        }
        return 0;
    }

    static long kill(Task t, int pid, int sig) {
        return Signalling.kill(t, pid, sig);
    }

    /** tgkill: tgid must name a process (tkill, which has none, passes -1 to Signalling). */
    static long tgkill(Task t, int tgid, int tid, int sig) {
        return tgid <= 0 ? -Errno.EINVAL : Signalling.tgkill(t, tgid, tid, sig);
    }

    static long tkill(Task t, int tid, int sig) {
        return Signalling.tgkill(t, -1, tid, sig);
    }
}
