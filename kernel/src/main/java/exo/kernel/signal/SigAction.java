/*
 * One signal's disposition, and the 32-byte struct sigaction that rt_sigaction reads and
 * writes on x86_64 (the kernel's layout, not libc's: handler, flags, restorer, then a 64-bit
 * mask). As Linux does, flags keep only the bits it knows and the mask never holds SIGKILL or
 * SIGSTOP. check() is rt_sigaction's argument validation; the process code keeps 64 of these
 * per signal-handler table and copies them on fork (copy()).
 */
package exo.kernel.signal;

import exo.kernel.util.LittleEndian;

public final class SigAction {
    public static final int HANDLER = 0;
    public static final int FLAGS = 8;
    public static final int RESTORER = 16;
    public static final int MASK = 24;
    public static final int SIZE = 32;

    /** sa_flags bits Linux keeps (UAPI_SA_FLAGS on x86); others read back as 0. */
    public static final long KNOWN_FLAGS = Signals.SA_NOCLDSTOP | Signals.SA_NOCLDWAIT | Signals.SA_SIGINFO
            | Signals.SA_ONSTACK | Signals.SA_RESTART | Signals.SA_NODEFER | Signals.SA_RESETHAND
            | Signals.SA_EXPOSE_TAGBITS | Signals.SA_RESTORER;

    static final int EINVAL = 22;

    /** SIG_DFL, SIG_IGN or the handler's address. */
    public long handler;
    public long flags;
    public long restorer;
    public long mask;

    public SigAction() {}

    public SigAction(long handler, long flags, long restorer, long mask) {
        this.handler = handler;
        this.flags = flags & KNOWN_FLAGS;
        this.restorer = restorer;
        this.mask = Signals.blockable(mask);
    }

    /** Reads a user struct sigaction (SIZE bytes at off). */
    public static SigAction read(byte[] b, int off) {
        return new SigAction(LittleEndian.u64(b, off + HANDLER), LittleEndian.u64(b, off + FLAGS),
                LittleEndian.u64(b, off + RESTORER), LittleEndian.u64(b, off + MASK));
    }

    /** Writes this action as a user struct sigaction (SIZE bytes at off). */
    public void write(byte[] b, int off) {
        LittleEndian.put64(b, off + HANDLER, handler);
        LittleEndian.put64(b, off + FLAGS, flags);
        LittleEndian.put64(b, off + RESTORER, restorer);
        LittleEndian.put64(b, off + MASK, mask);
    }

    public SigAction copy() {
        return new SigAction(handler, flags, restorer, mask);
    }

    /** Back to SIG_DFL (SA_RESETHAND after a delivery, execve for caught signals). */
    public void reset() {
        handler = Signals.SIG_DFL;
        flags = 0;
        restorer = 0;
        mask = 0;
    }

    /** rt_sigaction's checks: 0, or -EINVAL for a bad signal, a bad sigsetsize, or changing SIGKILL/SIGSTOP. */
    public static int check(long sig, long sigsetsize, boolean changing) {
        if (!Signals.valid(sig) || sigsetsize != Signals.SIGSET_BYTES || (changing && !Signals.catchable(sig))) {
            return -EINVAL;
        }
        return 0;
    }
}
