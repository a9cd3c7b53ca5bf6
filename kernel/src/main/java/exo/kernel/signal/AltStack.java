/*
 * A thread's alternate signal stack (sigaltstack(2)) and Linux's rules for it: where it is,
 * whether a stack pointer is on it, the stack_t user struct (ss_sp, ss_flags, ss_size at 0, 8
 * and 16), changing it (EPERM while running on it, EINVAL for a bad mode, ENOMEM below
 * MINSIGSTKSZ), and SS_AUTODISARM, which disables the stack while a handler runs on it (the
 * frame keeps the old setting, and rt_sigreturn puts it back). Held per thread by the process
 * code; SignalFrame uses it to place a frame and to save and restore it in uc_stack.
 */
package exo.kernel.signal;

import exo.kernel.util.LittleEndian;

public final class AltStack {
    public static final int SS_ONSTACK = 1;
    public static final int SS_DISABLE = 2;
    public static final int SS_AUTODISARM = 1 << 31;
    /** The smallest stack sigaltstack accepts, and the usual size. */
    public static final long MINSIGSTKSZ = 2048;
    public static final long SIGSTKSZ = 8192;

    /** stack_t. */
    public static final int SS_SP = 0;
    public static final int SS_FLAGS = 8;
    public static final int SS_SIZE = 16;
    public static final int STACK_T_SIZE = 24;

    static final int EPERM = 1;
    static final int ENOMEM = 12;
    static final int EINVAL = 22;

    private long base;
    private long size;
    private int flags = SS_DISABLE;

    /** This setting, for a child made by fork (a new thread starts with none). */
    public AltStack copy() {
        AltStack c = new AltStack();
        c.base = base;
        c.size = size;
        c.flags = flags;
        return c;
    }

    public long base() {
        return base;
    }

    public long size() {
        return size;
    }

    /** The flags as set (SS_DISABLE when there is none, possibly with SS_AUTODISARM). */
    public int flags() {
        return flags;
    }

    /** Is rsp on the stack? Never, while SS_AUTODISARM is set (Linux's on_sig_stack). */
    public boolean onStack(long rsp) {
        return (flags & SS_AUTODISARM) == 0 && within(rsp);
    }

    /** The bare range check: rsp in (base, base + size]. */
    public boolean within(long rsp) {
        return Long.compareUnsigned(rsp, base) > 0 && Long.compareUnsigned(rsp - base, size) <= 0;
    }

    /** SS_DISABLE when there is no stack, SS_ONSTACK when rsp is on it, else 0 (Linux's sas_ss_flags). */
    public int stateAt(long rsp) {
        if (size == 0) {
            return SS_DISABLE;
        }
        return onStack(rsp) ? SS_ONSTACK : 0;
    }

    /**
     * sigaltstack's change with the caller's stack pointer rsp: 0, -EPERM when running on the
     * stack, -EINVAL for a mode other than 0, SS_ONSTACK or SS_DISABLE (SS_AUTODISARM aside),
     * -ENOMEM for a stack smaller than minSize.
     */
    public int set(long ssSp, int ssFlags, long ssSize, long rsp, long minSize) {
        if (onStack(rsp)) {
            return -EPERM;
        }
        int mode = ssFlags & ~SS_AUTODISARM;
        if (mode != SS_DISABLE && mode != SS_ONSTACK && mode != 0) {
            return -EINVAL;
        }
        if (mode == SS_DISABLE) {
            ssSp = 0;
            ssSize = 0;
        } else if (Long.compareUnsigned(ssSize, minSize) < 0) {
            return -ENOMEM;
        }
        base = ssSp;
        size = ssSize;
        flags = ssFlags;
        return 0;
    }

    /** Disables the stack (SS_AUTODISARM on entering a handler; a new thread). */
    public void disarm() {
        base = 0;
        size = 0;
        flags = SS_DISABLE;
    }

    /** What sigaltstack reports as the old stack: flags are stateAt(rsp) plus SS_AUTODISARM if set. */
    public void writeOld(byte[] b, int off, long rsp) {
        write(b, off, base, stateAt(rsp) | (flags & SS_AUTODISARM), size);
    }

    /** What a signal frame's uc_stack holds: the stack as set. */
    void writeSaved(byte[] b, int off) {
        write(b, off, base, flags, size);
    }

    static void write(byte[] b, int off, long sp, int ssFlags, long ssSize) {
        LittleEndian.put64(b, off + SS_SP, sp);
        LittleEndian.put64(b, off + SS_FLAGS, ssFlags & 0xFFFFFFFFL); // an int and 4 bytes of padding
        LittleEndian.put64(b, off + SS_SIZE, ssSize);
    }
}
