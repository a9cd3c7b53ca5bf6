/*
 * The layouts of Linux x86_64's signal frame, written once: struct sigcontext (uc_mcontext,
 * 256 bytes: r8..r15, rdi, rsi, rbp, rbx, rdx, rax, rcx, rsp, rip, eflags, the cs/gs/fs/ss
 * shorts, err, trapno, oldmask, cr2, the fpstate pointer, 64 reserved bytes), struct ucontext
 * (uc_flags, uc_link, uc_stack, uc_mcontext, uc_sigmask: 304 bytes), the kernel's rt_sigframe
 * (pretcode, then the ucontext, then the 128-byte siginfo: 440 bytes) and the offsets used in
 * the 512-byte fxsave image the fpstate pointer points to. SC_REGS and TRAP_REGS pair each
 * saved register with its TrapFrame offset, so registers are copied by one loop both ways.
 * SignalFrameTest checks these against gcc's offsetof() for glibc's headers.
 */
package exo.kernel.signal;

import exo.kernel.arch.x86_64.trap.TrapFrame;

public final class SigContext {
    private SigContext() {}

    public static final int R8 = 0;
    public static final int R9 = 8;
    public static final int R10 = 16;
    public static final int R11 = 24;
    public static final int R12 = 32;
    public static final int R13 = 40;
    public static final int R14 = 48;
    public static final int R15 = 56;
    public static final int RDI = 64;
    public static final int RSI = 72;
    public static final int RBP = 80;
    public static final int RBX = 88;
    public static final int RDX = 96;
    public static final int RAX = 104;
    public static final int RCX = 112;
    public static final int RSP = 120;
    public static final int RIP = 128;
    public static final int EFLAGS = 136;
    public static final int CS = 144;
    public static final int GS = 146;
    public static final int FS = 148;
    public static final int SS = 150;
    public static final int ERR = 152;
    public static final int TRAPNO = 160;
    public static final int OLDMASK = 168;
    public static final int CR2 = 176;
    public static final int FPSTATE = 184;
    public static final int RESERVED = 192;
    public static final int SIZE = 256;

    /** Saved registers (sigcontext offsets) and where the same registers are in a TrapFrame. */
    public static final int[] SC_REGS = {R8, R9, R10, R11, R12, R13, R14, R15, RDI, RSI, RBP, RBX, RDX, RAX, RCX, RSP, RIP};
    public static final int[] TRAP_REGS = {
        TrapFrame.R8, TrapFrame.R9, TrapFrame.R10, TrapFrame.R11, TrapFrame.R12, TrapFrame.R13, TrapFrame.R14,
        TrapFrame.R15, TrapFrame.RDI, TrapFrame.RSI, TrapFrame.RBP, TrapFrame.RBX, TrapFrame.RDX, TrapFrame.RAX,
        TrapFrame.RCX, TrapFrame.RSP, TrapFrame.RIP,
    };

    /** struct ucontext. */
    public static final int UC_FLAGS = 0;
    public static final int UC_LINK = 8;
    public static final int UC_STACK = 16;
    public static final int UC_MCONTEXT = 40;
    public static final int UC_SIGMASK = 296;
    public static final int UC_SIZE = 304;
    /** uc_flags bits. */
    public static final long UC_FP_XSTATE = 0x1;
    public static final long UC_SIGCONTEXT_SS = 0x2;
    public static final long UC_STRICT_RESTORE_SS = 0x4;

    /** rt_sigframe: where the handler's rsp points, pretcode being its return address. */
    public static final int FRAME_PRETCODE = 0;
    public static final int FRAME_UC = 8;
    public static final int FRAME_INFO = FRAME_UC + UC_SIZE;
    public static final int FRAME_SIZE = FRAME_INFO + SigInfo.SIZE;

    /** The fxsave image (Intel SDM vol. 1, 10.5.1): 512 bytes. */
    public static final int FXSAVE_SIZE = 512;
    public static final int FX_CWD = 0;
    public static final int FX_MXCSR = 24;
    public static final int FX_MXCSR_MASK = 28;
    public static final int FX_ST_SPACE = 32;
    public static final int FX_XMM_SPACE = 160;
    /** Where Linux puts FP_XSTATE_MAGIC1 with xsave frames; left zero here (plain fxsave). */
    public static final int FX_SW_RESERVED = 464;
    /** MXCSR bits fxrstor accepts when the CPU reports no MXCSR_MASK (DAZ excluded). */
    public static final int MXCSR_MASK_DEFAULT = 0xFFBF;
}
