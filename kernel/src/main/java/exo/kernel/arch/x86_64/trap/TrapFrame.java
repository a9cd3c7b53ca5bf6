/*
 * The trap frame the assembly stubs build on the stack before calling exo_trap_dispatch, as
 * fixed by the kernel conventions: fifteen general registers pushed rax first (so r15 is lowest),
 * then the vector, the error code (0 when the CPU pushes none) and the CPU's own interrupt frame
 * (rip, cs, rflags, rsp, ss). 8 bytes per slot. Accessors take the frame's address and go
 * through Memory; writing rip or rax changes what iretq resumes with. TrapFrameTest pins the
 * offsets.
 */
package exo.kernel.arch.x86_64.trap;

import exo.hw.Memory;
import exo.rt.AllocOk;

@AllocOk("only the holder Gprs has an initialiser: the register tables of the panic report, built on the panic path (the machine stops after it)")
public final class TrapFrame {
    private TrapFrame() {}

    public static final int R15 = 0;
    public static final int R14 = 8;
    public static final int R13 = 16;
    public static final int R12 = 24;
    public static final int R11 = 32;
    public static final int R10 = 40;
    public static final int R9 = 48;
    public static final int R8 = 56;
    public static final int RBP = 64;
    public static final int RDI = 72;
    public static final int RSI = 80;
    public static final int RDX = 88;
    public static final int RCX = 96;
    public static final int RBX = 104;
    public static final int RAX = 112;
    public static final int VECTOR = 120;
    public static final int ERROR_CODE = 128;
    public static final int RIP = 136;
    public static final int CS = 144;
    public static final int RFLAGS = 152;
    public static final int RSP = 160;
    public static final int SS = 168;
    public static final int SIZE = 176;

    /** The vector of a frame built by the syscall entry (not a CPU vector: those are 0-255). */
    public static final int VECTOR_SYSCALL = 256;

    /** General registers in the order a panic report prints them, with their offsets. In a
     *  holder class: TrapFrame itself then has no static initialiser, so the system-call and
     *  trap paths that read frames skip a class-initialisation check at each use. */
    public static final class Gprs {
        private Gprs() {}

        public static final String[] NAMES = {
            "rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "r8",
            "r9", "r10", "r11", "r12", "r13", "r14", "r15",
        };
        public static final int[] OFFSETS = {
            RAX, RBX, RCX, RDX, RSI, RDI, RBP, R8, R9, R10, R11, R12, R13, R14, R15,
        };
    }

    public static long get(long frame, int offset) {
        return Memory.read64(frame + offset);
    }

    public static void set(long frame, int offset, long value) {
        Memory.write64(frame + offset, value);
    }

    public static int vector(long frame) {
        return (int) get(frame, VECTOR);
    }

    public static long errorCode(long frame) {
        return get(frame, ERROR_CODE);
    }

    public static long rip(long frame) {
        return get(frame, RIP);
    }

    /** Makes iretq resume at rip. */
    public static void setRip(long frame, long rip) {
        set(frame, RIP, rip);
    }

    public static long cs(long frame) {
        return get(frame, CS);
    }

    public static long rflags(long frame) {
        return get(frame, RFLAGS);
    }

    public static long rsp(long frame) {
        return get(frame, RSP);
    }

    public static long ss(long frame) {
        return get(frame, SS);
    }

    public static void setRsp(long frame, long rsp) {
        set(frame, RSP, rsp);
    }

    public static void setRflags(long frame, long rflags) {
        set(frame, RFLAGS, rflags);
    }

    /** True when the trap interrupted ring 3 code. */
    public static boolean fromUserMode(long frame) {
        return (cs(frame) & 3) == 3;
    }
}
