/*
 * Delivering a signal to a handler and coming back, with Linux x86_64's frame (SigContext has
 * the layouts), so musl's and glibc's handlers, sa_restorer trampolines and getcontext-style
 * code see what they expect.
 *
 * setup() runs on the way back to user mode with the thread's registers in a TrapFrame: it
 * places the frame below the interrupted rsp less the 128-byte red zone, or on the alternate
 * stack (SA_ONSTACK), puts the 512-byte fxsave image 64-byte aligned above the 440-byte
 * rt_sigframe, aligns the frame so rsp = 8 mod 16 at the handler (as just after a call, with
 * sa_restorer as the return address), writes both through a UserWriter, and points the
 * TrapFrame at the handler: rdi = signal, rsi = &siginfo, rdx = &ucontext, rax = 0, DF/TF/RF
 * cleared, user selectors. The caller then blocks Signals.maskDuringHandler, applies
 * SA_RESETHAND and gives the handler a clean FPU state.
 *
 * restore() is rt_sigreturn: it reads the frame below rsp, and only once every read worked
 * rewrites the TrapFrame. The user chooses every register but not its privilege: cs and ss are
 * forced to the user selectors, only the arithmetic/DF/TF/AC/RF flags come from the frame (IF
 * and IOPL stay the kernel's), a non-canonical rip is refused, the fxsave's MXCSR is masked so
 * fxrstor cannot fault in the kernel. The return must use iretq (rcx and r11 are restored).
 * A frame that cannot be built or read gives BadFrame or the writer's/reader's fault: Linux
 * then forces SIGSEGV on the thread.
 */
package exo.kernel.signal;

import exo.kernel.arch.x86_64.cpu.Gdt;
import exo.kernel.arch.x86_64.regs.ControlRegs;
import exo.kernel.arch.x86_64.trap.TrapFrame;
import exo.kernel.util.LittleEndian;
import exo.kernel.util.UserReader;
import exo.kernel.util.UserWriter;

public final class SignalFrame {
    private SignalFrame() {}

    /** The System V ABI's red zone below rsp, which a leaf function may use: never overwritten. */
    public static final long RED_ZONE = 128;
    /** Stack bytes one frame can take, alignment included: what AT_MINSIGSTKSZ reports. */
    public static final long MAX_FRAME_BYTES = RED_ZONE + SigContext.FXSAVE_SIZE + 64 + SigContext.FRAME_SIZE + 24;

    static final long RFLAGS_PF = 1L << 2;
    static final long RFLAGS_AF = 1L << 4;
    static final long RFLAGS_ZF = 1L << 6;
    static final long RFLAGS_SF = 1L << 7;
    static final long RFLAGS_OF = 1L << 11;
    static final long RFLAGS_RF = 1L << 16;
    /** The flags rt_sigreturn takes from the frame (Linux's FIX_EFLAGS). */
    public static final long USER_FLAGS = ControlRegs.RFLAGS_AC | RFLAGS_OF | ControlRegs.RFLAGS_DF | ControlRegs.RFLAGS_TF
            | RFLAGS_SF | RFLAGS_ZF | RFLAGS_AF | RFLAGS_PF | ControlRegs.RFLAGS_CF | RFLAGS_RF;

    /** A frame that cannot be used: no sa_restorer, an overflowing alternate stack, a bad rip. */
    public static final class BadFrame extends RuntimeException {
        public BadFrame(String message) {
            super(message);
        }
    }

    /** What rt_sigreturn gives back besides the registers. */
    public static final class Restored {
        /** The blocked mask to install (SIGKILL and SIGSTOP removed). */
        public final long blocked;
        /** The fxsave image to load, or null for the initial FPU state (a NULL fpstate). */
        public final byte[] fxsave;
        /** The system call's return value: the restored rax. */
        public final long rax;

        Restored(long blocked, byte[] fxsave, long rax) {
            this.blocked = blocked;
            this.fxsave = fxsave;
            this.rax = rax;
        }
    }

    /**
     * Where the frame for an interrupted rsp goes: returns {frame, fpstate} addresses.
     * BadFrame when it would leave the alternate stack it is on, or wrap below address 0.
     */
    public static long[] place(long rsp, long saFlags, AltStack alt) {
        boolean nested = alt.onStack(rsp);
        long sp = rsp - RED_ZONE;
        boolean entering = false;
        if ((saFlags & Signals.SA_ONSTACK) != 0 && alt.stateAt(sp) == 0) {
            sp = alt.base() + alt.size();
            entering = true;
        }
        long fpstate = (sp - SigContext.FXSAVE_SIZE) & -64L;
        long frame = ((fpstate - SigContext.FRAME_SIZE) & -16L) - 8;
        if ((nested || entering) && !alt.within(frame)) {
            throw new BadFrame("signal frame at 0x" + Long.toHexString(frame) + " overflows the alternate stack");
        }
        if (Long.compareUnsigned(frame, sp) >= 0) {
            throw new BadFrame("signal frame below rsp 0x" + Long.toHexString(rsp) + " wraps around");
        }
        return new long[] {frame, fpstate};
    }

    /** Builds the frame for info's signal with `action`, and points the TrapFrame at `regs` to the handler. */
    public static long setup(UserWriter mem, long regs, byte[] fxsave, SigInfo info, SigAction action, long blocked,
            AltStack alt, long cr2) {
        if ((action.flags & Signals.SA_RESTORER) == 0) {
            throw new BadFrame("no SA_RESTORER for " + Signals.name(info.signo) + ": nowhere for the handler to return");
        }
        if (fxsave.length != SigContext.FXSAVE_SIZE) {
            throw new IllegalArgumentException("fxsave image of " + fxsave.length + " bytes");
        }
        long[] at = place(TrapFrame.rsp(regs), action.flags, alt);
        long frame = at[0];
        byte[] f = new byte[SigContext.FRAME_SIZE];
        LittleEndian.put64(f, SigContext.FRAME_PRETCODE, action.restorer);
        int uc = SigContext.FRAME_UC;
        LittleEndian.put64(f, uc + SigContext.UC_FLAGS, SigContext.UC_SIGCONTEXT_SS | SigContext.UC_STRICT_RESTORE_SS);
        alt.writeSaved(f, uc + SigContext.UC_STACK);
        saveRegisters(f, uc + SigContext.UC_MCONTEXT, regs, blocked, cr2, at[1]);
        LittleEndian.put64(f, uc + SigContext.UC_SIGMASK, blocked);
        if ((action.flags & Signals.SA_SIGINFO) != 0) {
            info.write(f, SigContext.FRAME_INFO);
        }
        mem.write(at[1], fxsave, 0, fxsave.length);
        mem.write(frame, f, 0, f.length);
        if ((alt.flags() & AltStack.SS_AUTODISARM) != 0) {
            alt.disarm(); // after the frame kept the old setting: rt_sigreturn re-arms it
        }
        enterHandler(regs, info.signo, action.handler, frame);
        return frame;
    }

    private static void saveRegisters(byte[] f, int sc, long regs, long blocked, long cr2, long fpstate) {
        for (int i = 0; i < SigContext.SC_REGS.length; i++) {
            LittleEndian.put64(f, sc + SigContext.SC_REGS[i], TrapFrame.get(regs, SigContext.TRAP_REGS[i]));
        }
        LittleEndian.put64(f, sc + SigContext.EFLAGS, TrapFrame.rflags(regs));
        LittleEndian.put16(f, sc + SigContext.CS, (int) TrapFrame.cs(regs));
        LittleEndian.put16(f, sc + SigContext.SS, (int) TrapFrame.ss(regs)); // gs and fs stay 0, as on Linux
        LittleEndian.put64(f, sc + SigContext.ERR, TrapFrame.errorCode(regs));
        LittleEndian.put64(f, sc + SigContext.TRAPNO, TrapFrame.vector(regs));
        LittleEndian.put64(f, sc + SigContext.OLDMASK, blocked);
        LittleEndian.put64(f, sc + SigContext.CR2, cr2);
        LittleEndian.put64(f, sc + SigContext.FPSTATE, fpstate);
    }

    private static void enterHandler(long regs, int sig, long handler, long frame) {
        TrapFrame.set(regs, TrapFrame.RDI, sig);
        TrapFrame.set(regs, TrapFrame.RSI, frame + SigContext.FRAME_INFO);
        TrapFrame.set(regs, TrapFrame.RDX, frame + SigContext.FRAME_UC);
        TrapFrame.set(regs, TrapFrame.RAX, 0);
        TrapFrame.set(regs, TrapFrame.RSP, frame);
        TrapFrame.setRip(regs, handler);
        long flags = TrapFrame.rflags(regs) & ~(ControlRegs.RFLAGS_DF | ControlRegs.RFLAGS_TF | RFLAGS_RF);
        TrapFrame.set(regs, TrapFrame.RFLAGS, flags);
        TrapFrame.set(regs, TrapFrame.CS, Gdt.USER_CODE);
        TrapFrame.set(regs, TrapFrame.SS, Gdt.USER_DATA);
    }

    /**
     * rt_sigreturn: the frame is at rsp - 8 (the handler's ret popped pretcode). Rewrites the
     * TrapFrame at `regs`, re-installs uc_stack as the alternate stack (errors ignored, as Linux
     * does), and returns the mask, FPU image (MXCSR masked with mxcsrMask) and rax.
     */
    public static Restored restore(UserReader mem, long regs, AltStack alt, long mxcsrMask) {
        long frame = TrapFrame.rsp(regs) - 8;
        byte[] f = new byte[SigContext.FRAME_SIZE];
        mem.read(frame, f, 0, f.length);
        int sc = SigContext.FRAME_UC + SigContext.UC_MCONTEXT;
        long rip = LittleEndian.u64(f, sc + SigContext.RIP);
        if ((rip >> 47) != 0 && (rip >> 47) != -1) {
            throw new BadFrame("rt_sigreturn to non-canonical rip 0x" + Long.toHexString(rip));
        }
        byte[] fx = null;
        long fpstate = LittleEndian.u64(f, sc + SigContext.FPSTATE);
        if (fpstate != 0) {
            fx = new byte[SigContext.FXSAVE_SIZE];
            mem.read(fpstate, fx, 0, fx.length);
            int mxcsr = LittleEndian.s32(fx, SigContext.FX_MXCSR);
            LittleEndian.put32(fx, SigContext.FX_MXCSR, (int) (mxcsr & mxcsrMask));
        }
        for (int i = 0; i < SigContext.SC_REGS.length; i++) {
            TrapFrame.set(regs, SigContext.TRAP_REGS[i], LittleEndian.u64(f, sc + SigContext.SC_REGS[i]));
        }
        long flags = (TrapFrame.rflags(regs) & ~USER_FLAGS) | (LittleEndian.u64(f, sc + SigContext.EFLAGS) & USER_FLAGS);
        TrapFrame.set(regs, TrapFrame.RFLAGS, flags);
        TrapFrame.set(regs, TrapFrame.CS, Gdt.USER_CODE);
        TrapFrame.set(regs, TrapFrame.SS, Gdt.USER_DATA);
        int stack = SigContext.FRAME_UC + SigContext.UC_STACK;
        alt.set(LittleEndian.u64(f, stack + AltStack.SS_SP), LittleEndian.s32(f, stack + AltStack.SS_FLAGS),
                LittleEndian.u64(f, stack + AltStack.SS_SIZE), TrapFrame.rsp(regs), AltStack.MINSIGSTKSZ);
        long blocked = Signals.blockable(LittleEndian.u64(f, SigContext.FRAME_UC + SigContext.UC_SIGMASK));
        return new Restored(blocked, fx, TrapFrame.get(regs, TrapFrame.RAX));
    }
}
