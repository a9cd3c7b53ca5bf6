/*
 * What happens on every return to user mode (after a system call, a fault or an interrupt that
 * came from user mode): a thread whose process is exiting leaves; a stopped process waits for
 * SIGCONT; pending signals the thread does not block are delivered. A caught signal gets a
 * Linux rt_sigframe on the user stack (signal.SignalFrame) and the thread resumes in its
 * handler; the default action ends the process (term, core), stops it, or nothing (ignore).
 * An interrupted system call is restarted or fails with EINTR as Linux decides from its
 * ERESTART* code and SA_RESTART. rt_sigreturn undoes a frame. The user's FPU/SSE registers are
 * live in the CPU (the kernel is compiled for general registers only): the signal code fxsaves
 * them into the 512 bytes kept free just above the user trap frame, at the top of the thread's
 * kernel stack (sched.ThreadStack.SIGNAL_FPU_BYTES), and fxrstors what it writes there.
 */
package exo.kernel.proc;

import exo.hw.Cpu;
import exo.hw.Memory;
import exo.kernel.arch.x86_64.trap.TrapFrame;
import exo.kernel.fs.Errno;
import exo.kernel.sched.ThreadStack;
import exo.kernel.signal.SigAction;
import exo.kernel.signal.SigContext;
import exo.kernel.signal.SigInfo;
import exo.kernel.signal.SignalFrame;
import exo.kernel.signal.Signals;
import exo.kernel.uaccess.UserMemory;
import exo.kernel.util.UserReader;
import exo.kernel.util.UserWriter;

public final class Delivery {
    private Delivery() {}

    /** Kernel-internal results that ask for the system call to be restarted (never seen by programs). */
    public static final int ERESTARTSYS = 512;
    public static final int ERESTARTNOINTR = 513;
    public static final int ERESTARTNOHAND = 514;
    public static final int ERESTART_RESTARTBLOCK = 516;
    static final short FCW_DEFAULT = 0x037F;
    static final int MXCSR_DEFAULT = 0x1F80;

    /** Signals t could take now. */
    static long deliverable(Task t) {
        return (t.pending.mask | t.process.sharedPending.mask) & ~(t.blocked & ~Signals.UNBLOCKABLE);
    }

    /**
     * Should an interruptible wait of t end: a signal to take, or its process ending? t.work
     * is set whenever either may hold (senders and exit set it before waking t; afterSyscall
     * sets it again while anything is pending), so a clear flag answers without reading the
     * process and the masks: every block of a wait asks.
     */
    public static boolean interrupted(Task t) {
        return t.work != 0 && (t.process.exiting || deliverable(t) != 0);
    }

    /** The way back to user mode from a system call whose result is in the frame's rax. */
    public static void afterSyscall(Task t, long frame) {
        // The dispatcher comes here only when t.work is set or the result is a restart code.
        // The flag is cleared before looking (senders set it after making the work), and set
        // again while anything is pending, even blocked: a later unblock needs no hook then.
        if (t.work != 0) {
            t.work = 0;
            Processes.lock.lock();   // a locked instruction: the store is seen before the reads
            try {
                if (mayHaveWork(t)) {
                    t.work = 1;
                }
            } finally {
                Processes.lock.unlock();
            }
        }
        Process p = t.process;
        if (!p.exiting && !p.stopped && t.savedMask == -1
                && ((t.pending.mask | p.sharedPending.mask) & ~(t.blocked & ~Signals.UNBLOCKABLE)) == 0
                && !isRestartCode(TrapFrame.get(frame, TrapFrame.RAX))) {
            return;
        }
        boolean handled = deliver(t, frame, true);
        if (!handled) {
            restartIfAsked(t, frame);
        }
    }

    /** Work for the way out of a system call, blocked signals included (see Task.work). */
    private static boolean mayHaveWork(Task t) {
        Process p = t.process;
        return p.exiting || p.stopped || t.savedMask != -1 || (t.pending.mask | p.sharedPending.mask) != 0;
    }

    /** The way back to user mode from a fault or an interrupt. */
    public static void afterTrap(Task t, long frame) {
        deliver(t, frame, false);
    }

    /** Runs the pending work; true when a handler frame was set up. */
    private static boolean deliver(Task t, long frame, boolean syscall) {
        Process p = t.process;
        for (;;) {
            if (p.exiting) {
                Exits.exitThread(t, 0);
            }
            if (p.stopped) {
                Stops.waitWhileStopped(t);
                continue;
            }
            int sig;
            SigInfo info;
            SigAction act;
            Processes.lock.lock();
            try {
                long d = deliverable(t);
                if (d == 0) {
                    return false;
                }
                sig = Signals.next(d);
                info = (t.pending.mask & Signals.bit(sig)) != 0 ? t.pending.take(sig) : p.sharedPending.take(sig);
                act = p.signals.get(sig);
                if (act.handler != Signals.SIG_DFL && act.handler != Signals.SIG_IGN) {
                    act = act.copy();
                    if ((act.flags & Signals.SA_RESETHAND) != 0) {
                        // Only the handler goes back to SIG_DFL: sigaction still reports the flags and mask (Linux's SA_ONESHOT).
                        p.signals.set(sig, new SigAction(Signals.SIG_DFL, act.flags, act.restorer, act.mask));
                    }
                }
            } finally {
                Processes.lock.unlock();
            }
            if (info == null) {
                info = SigInfo.kernel(sig);
            }
            if (act.handler == Signals.SIG_IGN) {
                continue;
            }
            if (act.handler == Signals.SIG_DFL) {
                defaultAction(t, sig);
                continue;
            }
            runHandler(t, frame, info, act, syscall);
            return true;
        }
    }

    private static void defaultAction(Task t, int sig) {
        switch (Signals.defaultAction(sig)) {
            case Signals.TERM:
            case Signals.CORE:
                Exits.killedBySignal(t, sig);
                return;
            case Signals.STOP:
                Stops.stop(t.process, sig);
                return;
            default:
                return;   // ignore, continue (SIGCONT's work was done when it was sent)
        }
    }

    private static void runHandler(Task t, long frame, SigInfo info, SigAction act, boolean syscall) {
        if (syscall) {
            long rax = TrapFrame.get(frame, TrapFrame.RAX);
            if (rax == -ERESTARTNOINTR || rax == -ERESTARTSYS && (act.flags & Signals.SA_RESTART) != 0) {
                restart(t, frame);
            } else if (isRestartCode(rax)) {
                TrapFrame.set(frame, TrapFrame.RAX, -Errno.EINTR);
            }
        }
        long mask = t.savedMask != -1 ? t.savedMask : t.blocked;
        t.savedMask = -1;
        byte[] fx = new byte[SigContext.FXSAVE_SIZE];
        long fxAddr = fpuArea(frame);
        Cpu.fxsave(fxAddr);   // the registers hold the user's state (the kernel uses none)
        Memory.copyToArray(fx, 0, fxAddr, fx.length);
        try {
            SignalFrame.setup(writer(t), frame, fx, info, act, mask, t.altStack, faultAddress(info));
        } catch (SignalFrame.BadFrame | UserFault bad) {
            Exits.killedBySignal(t, Signals.SIGSEGV);   // no room for the frame: force_sigsegv
        }
        t.blocked = Signals.maskDuringHandler(mask, info.signo, act);
        t.requestFullRestore();
    }

    /** cr2 for the sigcontext: the fault address of a fault's signal, 0 for anything sent. */
    private static long faultAddress(SigInfo info) {
        boolean fault = (Signals.SYNCHRONOUS & Signals.bit(info.signo)) != 0 && info.code > 0 && info.code < SigInfo.SI_KERNEL;
        return fault ? info.addr() : 0;
    }

    private static void restartIfAsked(Task t, long frame) {
        long rax = TrapFrame.get(frame, TrapFrame.RAX);
        if (rax == -ERESTARTSYS || rax == -ERESTARTNOINTR || rax == -ERESTARTNOHAND) {
            restart(t, frame);
        } else if (rax == -ERESTART_RESTARTBLOCK) {
            TrapFrame.set(frame, TrapFrame.RAX, -Errno.EINTR);
        }
        if (t.savedMask != -1) {
            t.blocked = t.savedMask;   // rt_sigsuspend woken without a handler
            t.savedMask = -1;
        }
    }

    /** Makes the syscall instruction run again: rip back over it, the number back in rax. */
    private static void restart(Task t, long frame) {
        TrapFrame.set(frame, TrapFrame.RAX, t.origRax);
        TrapFrame.setRip(frame, TrapFrame.rip(frame) - 2);
    }

    /** Is rax one of the ERESTART* codes (-516..-512, -515 being unused)? */
    public static boolean isRestartCode(long rax) {
        return rax == -ERESTARTSYS || rax == -ERESTARTNOINTR || rax == -ERESTARTNOHAND || rax == -ERESTART_RESTARTBLOCK;
    }

    /** rt_sigreturn: back to the context the handler interrupted; returns its rax. */
    public static long sigreturn(Task t, long frame) {
        SignalFrame.Restored r;
        try {
            r = SignalFrame.restore(reader(t), frame, t.altStack, SigContext.MXCSR_MASK_DEFAULT);
        } catch (SignalFrame.BadFrame | UserFault bad) {
            Exits.killedBySignal(t, Signals.SIGSEGV);
            return 0;
        }
        long fxAddr = fpuArea(frame);
        if (r.fxsave != null) {
            Memory.copyFromArray(fxAddr, r.fxsave, 0, r.fxsave.length);
        } else {
            Memory.fill(fxAddr, 0, ThreadStack.SIGNAL_FPU_BYTES);
            Memory.write16(fxAddr, FCW_DEFAULT);
            Memory.write32(fxAddr + SigContext.FX_MXCSR, MXCSR_DEFAULT);
        }
        Cpu.fxrstor(fxAddr);   // live now: no way out of the kernel reloads it
        t.blocked = r.blocked & ~Signals.UNBLOCKABLE;
        t.requestFullRestore();
        return r.rax;
    }

    /** The FPU/SSE image area of the thread whose user frame is frame: right above it, at
     *  the top of its kernel stack (the user frame always ends at KThread.stackTop()). */
    private static long fpuArea(long frame) {
        return frame + TrapFrame.SIZE;
    }

    /** A user-memory access of a signal frame failed. */
    static final class UserFault extends RuntimeException {
        UserFault(long addr) {
            super("signal frame access at 0x" + Long.toHexString(addr));
        }
    }

    private static UserWriter writer(Task t) {
        return new UserWriter() {
            @Override
            public void write(long addr, byte[] b, int off, int len) {
                if (UserMemory.copyOutArray(t.process.mm(), addr, b, off, len) != len) {
                    throw new UserFault(addr);
                }
            }

            @Override
            public void write64(long addr, long value) {
                if (!UserMemory.writeLong(t.process.mm(), addr, value)) {
                    throw new UserFault(addr);
                }
            }
        };
    }

    private static UserReader reader(Task t) {
        return new UserReader() {
            @Override
            public void read(long addr, byte[] b, int off, int len) {
                if (UserMemory.copyInArray(t.process.mm(), addr, b, off, len) != len) {
                    throw new UserFault(addr);
                }
            }

            @Override
            public long read64(long addr) {
                boolean[] ok = {true};
                long v = UserMemory.readLong(t.process.mm(), addr, ok);
                if (!ok[0]) {
                    throw new UserFault(addr);
                }
                return v;
            }
        };
    }
}
