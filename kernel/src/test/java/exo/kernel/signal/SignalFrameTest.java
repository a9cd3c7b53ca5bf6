/*
 * SignalFrame on a simulated TrapFrame (exo.hw.Sim memory) and a user stack in an ArrayMemory:
 * one frame computed by hand, placement on the normal and the alternate stack (nested, overflow,
 * SS_AUTODISARM), alignment for every rsp residue, a full round trip through rt_sigreturn with
 * what a handler may change, and hostile frames (kernel selectors, IOPL and IF in eflags,
 * non-canonical rip, reserved MXCSR bits, unreadable frames).
 */
package exo.kernel.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.Sim;
import exo.kernel.arch.x86_64.cpu.Gdt;
import exo.kernel.arch.x86_64.trap.TrapFrame;
import exo.kernel.util.ArrayMemory;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignalFrameTest {
    static final long REGS = 0xFFFF_C000_0000_1000L; // the TrapFrame, in kernel memory
    static final long USER_RSP = 0x7ffd_0000_1000L;
    static final long RFLAGS = 0x246; // IF, ZF, PF and the always-one bit 1
    static final long DF = 1L << 10;
    static final long TF = 1L << 8;
    static final long RF = 1L << 16;

    ArrayMemory stack;
    byte[] fxsave;
    AltStack alt;

    @BeforeEach
    void setUp() {
        Sim.reset();
        stack = new ArrayMemory(0x7ffc_ffff_0000L, 0x20000);
        fxsave = new byte[512];
        for (int i = 0; i < 512; i++) {
            fxsave[i] = (byte) (i * 7);
        }
        fxsave[24] = (byte) 0x80; // MXCSR 0x1f80
        fxsave[25] = 0x1f;
        fxsave[26] = 0;
        fxsave[27] = 0;
        alt = new AltStack();
        for (int i = 0; i < TrapFrame.SIZE; i += 8) {
            TrapFrame.set(REGS, i, 0x1000 + i); // r15 = 0x1000, r14 = 0x1008, ... each register distinct
        }
        TrapFrame.set(REGS, TrapFrame.VECTOR, 14);
        TrapFrame.set(REGS, TrapFrame.ERROR_CODE, 6);
        TrapFrame.setRip(REGS, 0x401234);
        TrapFrame.set(REGS, TrapFrame.CS, Gdt.USER_CODE);
        TrapFrame.set(REGS, TrapFrame.RFLAGS, RFLAGS | DF | TF | RF);
        TrapFrame.set(REGS, TrapFrame.RSP, USER_RSP);
        TrapFrame.set(REGS, TrapFrame.SS, Gdt.USER_DATA);
    }

    static SigAction handler(long flags) {
        return new SigAction(0x401500, flags | Signals.SA_RESTORER, 0x401600, Signals.bit(Signals.SIGINT));
    }

    @Test
    void frameComputedByHand() {
        SigInfo info = SigInfo.fault(Signals.SIGSEGV, SigInfo.SEGV_MAPERR, 0xdead000);
        long blocked = Signals.bit(Signals.SIGUSR2);
        long frame = SignalFrame.setup(stack, REGS, fxsave, info, handler(Signals.SA_SIGINFO), blocked, alt, 0xdead123);
        // rsp - 128 = 0x...0f80; fxsave at (0x...0f80 - 512) & ~63 = 0x...0d80;
        // frame at ((0x...0d80 - 440) & ~15) - 8 = (0x...0bc8 & ~15) - 8 = 0x...0bb8.
        assertEquals(0x7ffd_0000_0bb8L, frame);
        assertEquals(8, frame & 15);
        long uc = frame + 8;
        long sc = uc + 40;
        assertEquals(0x401600, stack.read64(frame)); // pretcode: the handler's return address
        assertEquals(6, stack.read64(uc)); // UC_SIGCONTEXT_SS | UC_STRICT_RESTORE_SS
        assertEquals(0, stack.read64(uc + 8));
        assertEquals(0, stack.read64(uc + 16));
        assertEquals(AltStack.SS_DISABLE, stack.read64(uc + 24));
        assertEquals(0, stack.read64(uc + 32));
        long[] expected = {
            0x1038, 0x1030, 0x1028, 0x1020, 0x1018, 0x1010, 0x1008, 0x1000, // r8..r15 (TrapFrame pushes r15 lowest)
            0x1048, 0x1050, 0x1040, 0x1068, 0x1058, 0x1070, 0x1060, // rdi, rsi, rbp, rbx, rdx, rax, rcx
            USER_RSP, 0x401234, RFLAGS | DF | TF | RF, // rsp, rip, eflags as interrupted
            Gdt.USER_CODE | (long) Gdt.USER_DATA << 48, // cs, gs = 0, fs = 0, ss
            6, 14, blocked, 0xdead123, 0x7ffd_0000_0d80L, // err, trapno, oldmask, cr2, fpstate
        };
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], stack.read64(sc + 8 * i), "sigcontext word " + i);
        }
        for (int i = 0; i < 8; i++) {
            assertEquals(0, stack.read64(sc + 192 + 8 * i), "reserved " + i);
        }
        assertEquals(blocked, stack.read64(uc + 296));
        byte[] si = new byte[128];
        stack.read(frame + 312, si, 0, 128);
        byte[] expectInfo = new byte[128];
        info.write(expectInfo, 0);
        assertArrayEquals(expectInfo, si);
        byte[] fx = new byte[512];
        stack.read(0x7ffd_0000_0d80L, fx, 0, 512);
        assertArrayEquals(fxsave, fx);
        assertEquals(2, stack.writes);
        // The handler's registers.
        assertEquals(0x401500, TrapFrame.rip(REGS));
        assertEquals(frame, TrapFrame.rsp(REGS));
        assertEquals(Signals.SIGSEGV, TrapFrame.get(REGS, TrapFrame.RDI));
        assertEquals(frame + 312, TrapFrame.get(REGS, TrapFrame.RSI));
        assertEquals(frame + 8, TrapFrame.get(REGS, TrapFrame.RDX));
        assertEquals(0, TrapFrame.get(REGS, TrapFrame.RAX));
        assertEquals(RFLAGS, TrapFrame.rflags(REGS)); // DF, TF and RF cleared
        assertEquals(Gdt.USER_CODE, TrapFrame.cs(REGS));
        assertEquals(Gdt.USER_DATA, TrapFrame.ss(REGS));
        assertEquals(0x1038, TrapFrame.get(REGS, TrapFrame.R8)); // the others untouched
    }

    @Test
    void withoutSaSiginfoTheInfoIsNotWrittenButTheRegistersStillPointToIt() {
        long frame = SignalFrame.setup(stack, REGS, fxsave, SigInfo.kernel(Signals.SIGPIPE), handler(0), 0, alt, 0);
        byte[] si = new byte[128];
        stack.read(frame + 312, si, 0, 128);
        assertArrayEquals(new byte[128], si);
        assertEquals(frame + 312, TrapFrame.get(REGS, TrapFrame.RSI));
        assertEquals(Signals.SIGPIPE, TrapFrame.get(REGS, TrapFrame.RDI));
    }

    @Test
    void noRestorerIsABadFrame() {
        SigAction a = new SigAction(0x401500, Signals.SA_SIGINFO, 0, 0);
        SignalFrame.BadFrame e = assertThrows(SignalFrame.BadFrame.class,
                () -> SignalFrame.setup(stack, REGS, fxsave, SigInfo.kernel(Signals.SIGPIPE), a, 0, alt, 0));
        assertTrue(e.getMessage().contains("SA_RESTORER"), e.getMessage());
        assertEquals(0x401234, TrapFrame.rip(REGS));
        assertEquals(0, stack.writes);
    }

    @Test
    void everyRspResidueGivesAnAlignedFrame() {
        for (long rsp = USER_RSP - 200; rsp < USER_RSP; rsp++) {
            long[] at = SignalFrame.place(rsp, 0, alt);
            long frame = at[0];
            long fpstate = at[1];
            assertEquals(8, frame & 15, "rsp " + rsp);
            assertEquals(0, fpstate & 63);
            assertTrue(frame + SigContext.FRAME_SIZE <= fpstate);
            assertTrue(fpstate + 512 <= rsp - 128, "the red zone is kept");
            assertTrue(rsp - frame <= SignalFrame.MAX_FRAME_BYTES, "frame fits in AT_MINSIGSTKSZ's promise");
        }
    }

    // ---- the alternate stack ---------------------------------------------------------------------

    @Test
    void saOnstackUsesTheAlternateStackAndSavesIt() {
        ArrayMemory altMem = new ArrayMemory(0x50000, 0x4000);
        assertEquals(0, alt.set(0x50000, 0, 0x4000, USER_RSP, AltStack.MINSIGSTKSZ));
        long frame = SignalFrame.setup(altMem, REGS, fxsave, SigInfo.kernel(Signals.SIGSEGV), handler(Signals.SA_ONSTACK), 0, alt, 0);
        // fxsave at (0x54000 - 512) & ~63 = 0x53e00; frame at ((0x53e00 - 440) & ~15) - 8 = 0x53c38.
        assertEquals(0x53c38, frame);
        assertEquals(0x50000, altMem.read64(frame + 8 + 16));
        assertEquals(0, altMem.read64(frame + 8 + 24));
        assertEquals(0x4000, altMem.read64(frame + 8 + 32));
        // A second signal while on the alternate stack nests below the first frame's rsp.
        long nested = SignalFrame.place(frame, Signals.SA_ONSTACK, alt)[0];
        assertTrue(nested < frame - 128 && nested > 0x50000);
        // Without SA_ONSTACK, the normal stack even when an alternate one exists.
        TrapFrame.set(REGS, TrapFrame.RSP, USER_RSP);
        assertEquals(0x7ffd_0000_0bb8L, SignalFrame.place(USER_RSP, 0, alt)[0]);
    }

    @Test
    void aFrameThatOverflowsTheAlternateStackIsBad() {
        assertEquals(0, alt.set(0x50000, 0, 2048, USER_RSP, AltStack.MINSIGSTKSZ));
        // Entering a 2 KiB stack: 1,136 bytes fit.
        SignalFrame.place(USER_RSP, Signals.SA_ONSTACK, alt);
        // Already on it, 900 bytes from its bottom: the next frame would fall off the end.
        assertThrows(SignalFrame.BadFrame.class, () -> SignalFrame.place(0x50000 + 900, Signals.SA_ONSTACK, alt));
        assertThrows(SignalFrame.BadFrame.class, () -> SignalFrame.place(0x50000 + 900, 0, alt)); // nested either way
        assertThrows(SignalFrame.BadFrame.class, () -> SignalFrame.place(0x300, 0, new AltStack())); // wraps below 0
    }

    @Test
    void autodisarmDisablesTheStackInTheHandlerAndSigreturnRearmsIt() {
        ArrayMemory altMem = new ArrayMemory(0x50000, 0x4000);
        assertEquals(0, alt.set(0x50000, AltStack.SS_AUTODISARM, 0x4000, USER_RSP, AltStack.MINSIGSTKSZ));
        long frame = SignalFrame.setup(altMem, REGS, fxsave, SigInfo.kernel(Signals.SIGSEGV), handler(Signals.SA_ONSTACK), 0, alt, 0);
        assertEquals(AltStack.SS_AUTODISARM & 0xFFFFFFFFL, altMem.read64(frame + 8 + 24));
        assertEquals(AltStack.SS_DISABLE, alt.flags());
        TrapFrame.set(REGS, TrapFrame.RSP, frame + 8); // the handler returned into the restorer
        SignalFrame.restore(altMem, REGS, alt, SigContext.MXCSR_MASK_DEFAULT);
        assertEquals(0x50000, alt.base());
        assertEquals(0x4000, alt.size());
        assertEquals(AltStack.SS_AUTODISARM, alt.flags());
    }

    // ---- rt_sigreturn ---------------------------------------------------------------------------------

    @Test
    void roundTripRestoresEverythingAndTakesTheHandlersChanges() {
        long[] before = new long[TrapFrame.SIZE / 8];
        for (int i = 0; i < before.length; i++) {
            before[i] = TrapFrame.get(REGS, 8 * i);
        }
        long blocked = Signals.bit(Signals.SIGUSR2) | Signals.bit(40);
        long frame = SignalFrame.setup(stack, REGS, fxsave, SigInfo.kernel(Signals.SIGALRM), handler(Signals.SA_SIGINFO), blocked, alt, 0);
        long sc = frame + 8 + 40;
        stack.write64(sc + SigContext.RAX, 0x4242); // a handler may edit its ucontext
        stack.write64(sc + SigContext.RIP, 0x401999);
        TrapFrame.set(REGS, TrapFrame.RCX, 0x5555); // the restorer's syscall clobbers these
        TrapFrame.set(REGS, TrapFrame.R11, 0x6666);
        TrapFrame.set(REGS, TrapFrame.RFLAGS, RFLAGS);
        TrapFrame.set(REGS, TrapFrame.RSP, frame + 8);
        SignalFrame.Restored r = SignalFrame.restore(stack, REGS, alt, SigContext.MXCSR_MASK_DEFAULT);
        assertEquals(blocked, r.blocked);
        assertEquals(0x4242, r.rax);
        assertArrayEquals(fxsave, r.fxsave);
        for (int i = 0; i < before.length; i++) {
            long want = before[i];
            int off = 8 * i;
            if (off == TrapFrame.RAX) {
                want = 0x4242;
            } else if (off == TrapFrame.RIP) {
                want = 0x401999;
            } else if (off == TrapFrame.RFLAGS) {
                want = RFLAGS | DF | TF | RF; // the interrupted flags come back, TF and DF included
            }
            assertEquals(want, TrapFrame.get(REGS, off), "trap frame offset " + off);
        }
    }

    @Test
    void sigreturnCannotRaisePrivilege() {
        long frame = SignalFrame.setup(stack, REGS, fxsave, SigInfo.kernel(Signals.SIGALRM), handler(0), 0, alt, 0);
        long uc = frame + 8;
        long sc = uc + 40;
        stack.write64(sc + SigContext.EFLAGS, -1L); // IOPL 3, IF off, VM, NT, ID...
        stack.write64(sc + 144, Gdt.KERNEL_CODE | (long) Gdt.KERNEL_DATA << 48); // cs and ss of ring 0
        stack.write64(uc + SigContext.UC_SIGMASK, -1L);
        byte[] mxcsr = {-1, -1, -1, -1};
        stack.write(frame + 0x1c8 + 24, mxcsr, 0, 4); // the fxsave image is 0x1c8 above this frame
        TrapFrame.set(REGS, TrapFrame.RFLAGS, RFLAGS);
        TrapFrame.set(REGS, TrapFrame.RSP, frame + 8);
        SignalFrame.Restored r = SignalFrame.restore(stack, REGS, alt, SigContext.MXCSR_MASK_DEFAULT);
        assertEquals((RFLAGS & ~SignalFrame.USER_FLAGS) | SignalFrame.USER_FLAGS, TrapFrame.rflags(REGS));
        assertEquals(0x200, TrapFrame.rflags(REGS) & 0x200); // IF stays on
        assertEquals(0, TrapFrame.rflags(REGS) & 0x3000); // IOPL stays 0
        assertEquals(Gdt.USER_CODE, TrapFrame.cs(REGS));
        assertEquals(Gdt.USER_DATA, TrapFrame.ss(REGS));
        assertEquals(Signals.blockable(-1L), r.blocked);
        assertEquals(0xFFBF, (r.fxsave[24] & 0xFF) | (r.fxsave[25] & 0xFF) << 8 | (r.fxsave[26] & 0xFF) << 16 | (r.fxsave[27] & 0xFF) << 24);
    }

    @Test
    void nonCanonicalRipIsABadFrameAndLeavesTheRegistersAlone() {
        long frame = SignalFrame.setup(stack, REGS, fxsave, SigInfo.kernel(Signals.SIGALRM), handler(0), 0, alt, 0);
        stack.write64(frame + 8 + 40 + SigContext.RIP, 0x0000_8000_0000_0000L);
        stack.write64(frame + 8 + 40 + SigContext.RAX, 77);
        TrapFrame.set(REGS, TrapFrame.RSP, frame + 8);
        assertThrows(SignalFrame.BadFrame.class, () -> SignalFrame.restore(stack, REGS, alt, 0xFFFF));
        assertEquals(0, TrapFrame.get(REGS, TrapFrame.RAX)); // still the handler's
        // A kernel-half but canonical rip is let through, as on Linux: the user faults on it.
        stack.write64(frame + 8 + 40 + SigContext.RIP, 0xFFFF_8000_0000_0000L);
        SignalFrame.restore(stack, REGS, alt, 0xFFFF);
        assertEquals(0xFFFF_8000_0000_0000L, TrapFrame.rip(REGS));
    }

    @Test
    void nullFpstateMeansTheInitialFpuStateAndUnreadableFramesFault() {
        long frame = SignalFrame.setup(stack, REGS, fxsave, SigInfo.kernel(Signals.SIGALRM), handler(0), 0, alt, 0);
        stack.write64(frame + 8 + 40 + SigContext.FPSTATE, 0);
        TrapFrame.set(REGS, TrapFrame.RSP, frame + 8);
        assertNull(SignalFrame.restore(stack, REGS, alt, 0xFFFF).fxsave);
        long rip = TrapFrame.rip(REGS);
        TrapFrame.set(REGS, TrapFrame.RSP, 0x1000); // nothing mapped there
        assertThrows(ArrayMemory.Fault.class, () -> SignalFrame.restore(stack, REGS, alt, 0xFFFF));
        assertEquals(rip, TrapFrame.rip(REGS));
        // An fpstate pointing outside user memory faults too, before any register changes.
        TrapFrame.set(REGS, TrapFrame.RSP, frame + 8);
        stack.write64(frame + 8 + 40 + SigContext.FPSTATE, 0x2000);
        stack.write64(frame + 8 + 40 + SigContext.RAX, 99);
        assertThrows(ArrayMemory.Fault.class, () -> SignalFrame.restore(stack, REGS, alt, 0xFFFF));
        assertEquals(0x1070, TrapFrame.get(REGS, TrapFrame.RAX));
    }

    @Test
    void frameSizesAreLinuxs() {
        assertEquals(256, SigContext.SIZE);
        assertEquals(304, SigContext.UC_SIZE);
        assertEquals(312, SigContext.FRAME_INFO);
        assertEquals(440, SigContext.FRAME_SIZE);
        assertEquals(17, SigContext.SC_REGS.length);
        assertEquals(SigContext.SC_REGS.length, SigContext.TRAP_REGS.length);
        assertEquals(17, Arrays.stream(SigContext.TRAP_REGS).distinct().count());
    }
}
