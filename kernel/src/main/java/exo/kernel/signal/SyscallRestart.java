/*
 * What becomes of a system call a signal interrupted, as Linux decides it on the way back to
 * user mode. A blocking call that sees a signal returns one of the kernel-internal codes below
 * (fs.Errno has the same numbers) instead of finishing; then, with the TrapFrame that carries
 * its result in rax:
 *   - a handler is about to run (beforeHandler): ERESTARTSYS restarts the call if the handler
 *     has SA_RESTART and gives EINTR otherwise; ERESTARTNOINTR always restarts; ERESTARTNOHAND
 *     and ERESTART_RESTARTBLOCK give EINTR;
 *   - no handler runs (the signal was ignored, stopped the process, or none is pending):
 *     noHandler restarts all four, ERESTART_RESTARTBLOCK through restart_syscall.
 * Restarting puts the call's number back in rax and rip back on the 2-byte syscall
 * instruction, so the same call runs again with the same arguments (which the kernel never
 * changed). Call these once per return, before SignalFrame.setup saves the registers.
 */
package exo.kernel.signal;

import exo.kernel.arch.x86_64.trap.TrapFrame;

public final class SyscallRestart {
    private SyscallRestart() {}

    public static final int EINTR = 4;
    public static final int ERESTARTSYS = 512;
    public static final int ERESTARTNOINTR = 513;
    public static final int ERESTARTNOHAND = 514;
    public static final int ERESTART_RESTARTBLOCK = 516;
    /** restart_syscall(2): what ERESTART_RESTARTBLOCK re-enters through. */
    public static final int NR_RESTART_SYSCALL = 219;
    /** The length of `syscall` (0F 05). */
    public static final int SYSCALL_BYTES = 2;

    /** True when rax holds one of the internal restart codes (negated). */
    public static boolean pending(long rax) {
        return rax == -ERESTARTSYS || rax == -ERESTARTNOINTR || rax == -ERESTARTNOHAND || rax == -ERESTART_RESTARTBLOCK;
    }

    /** A handler with these sa_flags is about to run: EINTR or a restart of call number nr. */
    public static void beforeHandler(long regs, long nr, long saFlags) {
        long rax = TrapFrame.get(regs, TrapFrame.RAX);
        if (rax == -ERESTARTNOINTR || (rax == -ERESTARTSYS && (saFlags & Signals.SA_RESTART) != 0)) {
            restart(regs, nr);
        } else if (pending(rax)) {
            TrapFrame.set(regs, TrapFrame.RAX, -EINTR);
        }
    }

    /** No handler runs: every restart code restarts. */
    public static void noHandler(long regs, long nr) {
        long rax = TrapFrame.get(regs, TrapFrame.RAX);
        if (rax == -ERESTART_RESTARTBLOCK) {
            restart(regs, NR_RESTART_SYSCALL);
        } else if (pending(rax)) {
            restart(regs, nr);
        }
    }

    private static void restart(long regs, long nr) {
        TrapFrame.set(regs, TrapFrame.RAX, nr);
        TrapFrame.setRip(regs, TrapFrame.rip(regs) - SYSCALL_BYTES);
    }
}
