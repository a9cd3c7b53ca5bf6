/*
 * The switch frame: what the context switch (kernel/arch/x86_64/switch.S) leaves at the saved
 * stack pointer of a suspended thread, and how a new thread's first one is built. From the
 * saved stack pointer up: the FPU/SSE image (fxsave64, 512 bytes in a 520-byte area that keeps
 * it 16-byte aligned), r15, r14, r13, r12, rbx, rbp, then the return address. The offsets are
 * layout.h's SWITCH_*; SwitchFrameTest checks both copies agree.
 *
 * A new thread starts with zeroed registers (rbp = 0 ends the frame-pointer chain), the
 * power-up FPU/SSE state (x87 control word 0x037F, MXCSR 0x1F80: all exceptions masked, round
 * to nearest), so that no register content of another thread leaks into it, and
 * exo_thread_trampoline as the return address. Used by exo.kernel.sched.Threads.
 */
package exo.kernel.arch.x86_64.trap;

import exo.hw.Memory;

public final class SwitchFrame {
    private SwitchFrame() {}

    public static final int FXSAVE = 0;
    public static final int FXSAVE_AREA = 520;
    public static final int R15 = 520;
    public static final int R14 = 528;
    public static final int R13 = 536;
    public static final int R12 = 544;
    public static final int RBX = 552;
    public static final int RBP = 560;
    public static final int RIP = 568;
    public static final int SIZE = 576;

    /** Offsets inside the fxsave64 image (Intel SDM vol. 1, table 10-2). */
    public static final int FX_FCW = 0;
    public static final int FX_MXCSR = 24;
    /** x87 control word after FNINIT: all exceptions masked, 64-bit precision, round to nearest. */
    public static final short FCW_DEFAULT = 0x037F;
    /** MXCSR at power-up: all SSE exceptions masked, round to nearest, no flush-to-zero. */
    public static final int MXCSR_DEFAULT = 0x1F80;

    /**
     * Builds the first switch frame of a thread just below top (16-byte aligned, exclusive),
     * returning into entry; returns the stack pointer to hand to the switch.
     */
    public static long build(long top, long entry) {
        if ((top & 15) != 0) {
            throw new IllegalArgumentException("stack top must be 16-byte aligned");
        }
        long rsp = top - SIZE;
        for (long a = rsp; a < top; a += 8) {
            Memory.write64(a, 0);
        }
        Memory.write16(rsp + FXSAVE + FX_FCW, FCW_DEFAULT);
        Memory.write32(rsp + FXSAVE + FX_MXCSR, MXCSR_DEFAULT);
        Memory.write64(rsp + RIP, entry);
        return rsp;
    }

    /** The return address in a suspended thread's switch frame. */
    public static long returnAddress(long savedRsp) {
        return Memory.read64(savedRsp + RIP);
    }
}
