/*
 * The signal ABI against the host's own: (1) every offset, size and constant of SigContext,
 * SigInfo, AltStack, Signals and SigAction is compared with what gcc computes from glibc's
 * <signal.h> and <sys/ucontext.h> (offsetof, sizeof, the macros); (2) a small static program
 * (own _start, raw system calls) installs a handler through our 32-byte struct sigaction, sends
 * itself SIGUSR1 with known values in every register and dumps the frame Linux builds; the
 * frame SignalFrame builds for the same state must match it field by field (what differs by
 * design: the fpstate address, since Linux uses a larger xsave area, and the UC_FP_XSTATE bit;
 * err/trapno/cr2, which Linux leaves stale on a system call, and the reserved words it does
 * not write), and SignalFrame.restore on Linux's frame must give back the registers Linux
 * restored. Skipped without gcc.
 */
package exo.kernel.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import exo.hw.Sim;
import exo.kernel.arch.x86_64.trap.TrapFrame;
import exo.kernel.util.ArrayMemory;
import exo.kernel.util.LittleEndian;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignalAbiHostTest {
    /** C expression -> our value. */
    static Map<String, Long> expectations() {
        Map<String, Long> m = new LinkedHashMap<>();
        String sc = "offsetof(struct sigcontext, ";
        String[] scFields = {"r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15", "rdi", "rsi", "rbp", "rbx", "rdx",
            "rax", "rcx", "rsp", "rip", "eflags", "cs", "gs", "fs", "__pad0", "err", "trapno", "oldmask", "cr2", "fpstate",
            "__reserved1"};
        int[] scOffsets = {SigContext.R8, SigContext.R9, SigContext.R10, SigContext.R11, SigContext.R12, SigContext.R13,
            SigContext.R14, SigContext.R15, SigContext.RDI, SigContext.RSI, SigContext.RBP, SigContext.RBX, SigContext.RDX,
            SigContext.RAX, SigContext.RCX, SigContext.RSP, SigContext.RIP, SigContext.EFLAGS, SigContext.CS, SigContext.GS,
            SigContext.FS, SigContext.SS, SigContext.ERR, SigContext.TRAPNO, SigContext.OLDMASK, SigContext.CR2,
            SigContext.FPSTATE, SigContext.RESERVED};
        for (int i = 0; i < scFields.length; i++) {
            m.put(sc + scFields[i] + ")", (long) scOffsets[i]); // glibc calls ss __pad0, as older kernels did
        }
        m.put("sizeof(struct sigcontext)", (long) SigContext.SIZE);
        String uc = "offsetof(ucontext_t, ";
        m.put(uc + "uc_flags)", (long) SigContext.UC_FLAGS);
        m.put(uc + "uc_link)", (long) SigContext.UC_LINK);
        m.put(uc + "uc_stack.ss_sp)", (long) SigContext.UC_STACK + AltStack.SS_SP);
        m.put(uc + "uc_stack.ss_flags)", (long) SigContext.UC_STACK + AltStack.SS_FLAGS);
        m.put(uc + "uc_stack.ss_size)", (long) SigContext.UC_STACK + AltStack.SS_SIZE);
        m.put(uc + "uc_mcontext)", (long) SigContext.UC_MCONTEXT);
        String[] gregs = {"R8", "R9", "R10", "R11", "R12", "R13", "R14", "R15", "RDI", "RSI", "RBP", "RBX", "RDX", "RAX",
            "RCX", "RSP", "RIP", "EFL", "CSGSFS", "ERR", "TRAPNO", "OLDMASK", "CR2"};
        for (int i = 0; i < gregs.length; i++) {
            int ours = i < 18 ? scOffsets[i] : i == 18 ? SigContext.CS : scOffsets[i + 3];
            m.put(uc + "uc_mcontext.gregs[REG_" + gregs[i] + "])", (long) SigContext.UC_MCONTEXT + ours);
        }
        m.put(uc + "uc_mcontext.fpregs)", (long) SigContext.UC_MCONTEXT + SigContext.FPSTATE);
        m.put(uc + "uc_sigmask)", (long) SigContext.UC_SIGMASK);
        m.put("offsetof(struct _libc_fpstate, cwd)", (long) SigContext.FX_CWD);
        m.put("offsetof(struct _libc_fpstate, mxcsr)", (long) SigContext.FX_MXCSR);
        m.put("offsetof(struct _libc_fpstate, mxcr_mask)", (long) SigContext.FX_MXCSR_MASK);
        m.put("offsetof(struct _libc_fpstate, _st)", (long) SigContext.FX_ST_SPACE);
        m.put("offsetof(struct _libc_fpstate, _xmm)", (long) SigContext.FX_XMM_SPACE);
        m.put("sizeof(struct _libc_fpstate)", (long) SigContext.FXSAVE_SIZE);
        m.put("sizeof(stack_t)", (long) AltStack.STACK_T_SIZE);
        m.put("offsetof(stack_t, ss_sp)", (long) AltStack.SS_SP);
        m.put("offsetof(stack_t, ss_flags)", (long) AltStack.SS_FLAGS);
        m.put("offsetof(stack_t, ss_size)", (long) AltStack.SS_SIZE);
        m.put("SS_ONSTACK", (long) AltStack.SS_ONSTACK);
        m.put("SS_DISABLE", (long) AltStack.SS_DISABLE);
        siginfo(m);
        constants(m);
        return m;
    }

    private static void siginfo(Map<String, Long> m) {
        String si = "offsetof(siginfo_t, ";
        m.put("sizeof(siginfo_t)", (long) SigInfo.SIZE);
        Object[][] fields = {
            {"si_signo", SigInfo.SIGNO}, {"si_errno", SigInfo.ERRNO}, {"si_code", SigInfo.CODE}, {"si_pid", SigInfo.PID},
            {"si_uid", SigInfo.UID}, {"si_timerid", SigInfo.TIMERID}, {"si_overrun", SigInfo.OVERRUN},
            {"si_value", SigInfo.VALUE}, {"si_status", SigInfo.STATUS}, {"si_utime", SigInfo.UTIME},
            {"si_stime", SigInfo.STIME}, {"si_addr", SigInfo.ADDR}, {"si_addr_lsb", SigInfo.ADDR_LSB},
            {"si_lower", SigInfo.LOWER}, {"si_upper", SigInfo.UPPER}, {"si_pkey", SigInfo.PKEY}, {"si_band", SigInfo.BAND},
            {"si_fd", SigInfo.FD}, {"si_call_addr", SigInfo.CALL_ADDR}, {"si_syscall", SigInfo.SYSCALL},
            {"si_arch", SigInfo.ARCH},
        };
        for (Object[] f : fields) {
            m.put(si + f[0] + ")", (long) (int) f[1]);
        }
        Object[][] codes = {
            {"SI_USER", SigInfo.SI_USER}, {"SI_KERNEL", SigInfo.SI_KERNEL}, {"SI_QUEUE", SigInfo.SI_QUEUE},
            {"SI_TIMER", SigInfo.SI_TIMER}, {"SI_MESGQ", SigInfo.SI_MESGQ}, {"SI_ASYNCIO", SigInfo.SI_ASYNCIO},
            {"SI_SIGIO", SigInfo.SI_SIGIO}, {"SI_TKILL", SigInfo.SI_TKILL}, {"ILL_ILLOPC", SigInfo.ILL_ILLOPC},
            {"ILL_ILLOPN", SigInfo.ILL_ILLOPN}, {"ILL_ILLADR", SigInfo.ILL_ILLADR}, {"ILL_ILLTRP", SigInfo.ILL_ILLTRP},
            {"ILL_PRVOPC", SigInfo.ILL_PRVOPC}, {"ILL_PRVREG", SigInfo.ILL_PRVREG}, {"ILL_COPROC", SigInfo.ILL_COPROC},
            {"ILL_BADSTK", SigInfo.ILL_BADSTK}, {"FPE_INTDIV", SigInfo.FPE_INTDIV}, {"FPE_INTOVF", SigInfo.FPE_INTOVF},
            {"FPE_FLTDIV", SigInfo.FPE_FLTDIV}, {"FPE_FLTOVF", SigInfo.FPE_FLTOVF}, {"FPE_FLTUND", SigInfo.FPE_FLTUND},
            {"FPE_FLTRES", SigInfo.FPE_FLTRES}, {"FPE_FLTINV", SigInfo.FPE_FLTINV}, {"FPE_FLTSUB", SigInfo.FPE_FLTSUB},
            {"SEGV_MAPERR", SigInfo.SEGV_MAPERR}, {"SEGV_ACCERR", SigInfo.SEGV_ACCERR},
            {"SEGV_BNDERR", SigInfo.SEGV_BNDERR}, {"SEGV_PKUERR", SigInfo.SEGV_PKUERR},
            {"BUS_ADRALN", SigInfo.BUS_ADRALN}, {"BUS_ADRERR", SigInfo.BUS_ADRERR}, {"BUS_OBJERR", SigInfo.BUS_OBJERR},
            {"TRAP_BRKPT", SigInfo.TRAP_BRKPT}, {"TRAP_TRACE", SigInfo.TRAP_TRACE}, {"CLD_EXITED", SigInfo.CLD_EXITED},
            {"CLD_KILLED", SigInfo.CLD_KILLED}, {"CLD_DUMPED", SigInfo.CLD_DUMPED}, {"CLD_TRAPPED", SigInfo.CLD_TRAPPED},
            {"CLD_STOPPED", SigInfo.CLD_STOPPED}, {"CLD_CONTINUED", SigInfo.CLD_CONTINUED}, {"POLL_IN", SigInfo.POLL_IN},
            {"POLL_OUT", SigInfo.POLL_OUT}, {"POLL_MSG", SigInfo.POLL_MSG}, {"POLL_ERR", SigInfo.POLL_ERR},
            {"POLL_PRI", SigInfo.POLL_PRI}, {"POLL_HUP", SigInfo.POLL_HUP}
        };
        for (Object[] c : codes) {
            m.put((String) c[0], (long) (int) c[1]);
        }
    }

    private static void constants(Map<String, Long> m) {
        String[] names = {"SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL",
            "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP",
            "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO",
            "SIGPWR", "SIGSYS"};
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], (long) i + 1);
            assertEquals(names[i], Signals.name(i + 1));
        }
        m.put("SIGPOLL", (long) Signals.SIGPOLL);
        m.put("__SIGRTMIN", (long) Signals.SIGRTMIN);
        m.put("__SIGRTMAX", (long) Signals.SIGRTMAX);
        m.put("SA_NOCLDSTOP", Signals.SA_NOCLDSTOP);
        m.put("SA_NOCLDWAIT", Signals.SA_NOCLDWAIT);
        m.put("SA_SIGINFO", Signals.SA_SIGINFO);
        m.put("SA_ONSTACK", Signals.SA_ONSTACK);
        m.put("SA_RESTART", Signals.SA_RESTART);
        m.put("SA_NODEFER", Signals.SA_NODEFER);
        m.put("(unsigned) SA_RESETHAND", Signals.SA_RESETHAND);
        m.put("(long) SIG_DFL", Signals.SIG_DFL);
        m.put("(long) SIG_IGN", Signals.SIG_IGN);
    }

    @Test
    void layoutAndConstantsMatchGlibcsHeaders(@TempDir Path dir) throws Exception {
        Map<String, Long> expected = expectations();
        StringBuilder c = new StringBuilder("#define _GNU_SOURCE\n#include <signal.h>\n#include <stddef.h>\n"
                + "#include <stdio.h>\n#include <sys/ucontext.h>\nint main(void) {\n");
        for (String expr : expected.keySet()) {
            c.append("    printf(\"%ld\\n\", (long) (").append(expr).append("));\n");
        }
        c.append("    return 0;\n}\n");
        String out = compileAndRun(dir, c.toString(), List.of());
        assumeTrue(out != null, "gcc with glibc headers unavailable");
        String[] lines = out.split("\n");
        assertEquals(expected.size(), lines.length);
        int i = 0;
        for (Map.Entry<String, Long> e : expected.entrySet()) {
            assertEquals(e.getValue().longValue(), Long.parseLong(lines[i++]), e.getKey());
        }
    }

    // ---- the frame Linux builds ---------------------------------------------------------------------------

    static final long[] KNOWN = {
        0x0808080808080808L, 0x0909090909090909L, 0x1010101010101010L, 0x1212121212121212L, 0x1313131313131313L,
        0x1414141414141414L, 0x1515151515151515L, 0x0b0b0b0b0b0b0b0bL, 0x0e0e0e0e0e0e0e0eL, 0x0d0d0d0d0d0d0d0dL,
    };
    static final int[] KNOWN_REGS = {
        TrapFrame.R8, TrapFrame.R9, TrapFrame.R10, TrapFrame.R12, TrapFrame.R13, TrapFrame.R14, TrapFrame.R15,
        TrapFrame.RBX, TrapFrame.RBP, TrapFrame.RDX,
    };

    @Test
    void frameMatchesTheOneLinuxBuilds(@TempDir Path dir) throws Exception {
        String src = new String(SignalAbiHostTest.class.getResourceAsStream("sigdump.c").readAllBytes(), StandardCharsets.UTF_8);
        String out = compileAndRun(dir, src, List.of("-static", "-nostdlib", "-nostartfiles", "-fno-stack-protector"));
        assumeTrue(out != null, "gcc cannot build a static program");
        String[] l = out.split("\n");
        long pid = hex(l[0]);
        long uid = hex(l[1]);
        // Linux read our struct sigaction back in our field order.
        assertEquals(Signals.SA_SIGINFO | Signals.SA_RESTORER, hex(l[3]));
        assertEquals(Signals.bit(Signals.SIGUSR2), hex(l[5]));
        long handler = hex(l[2]);
        long restorer = hex(l[4]);
        long rsp = hex(l[6]);
        assertEquals(Signals.SIGUSR1, hex(l[7]));
        assertEquals(rsp + SigContext.FRAME_INFO, hex(l[8]));
        assertEquals(rsp + SigContext.FRAME_UC, hex(l[9]));
        assertEquals(8, rsp & 15);
        long linuxFpstate = hex(l[10]);
        byte[] linux = new byte[l[11].length() / 2];
        for (int i = 0; i < linux.length; i++) {
            linux[i] = (byte) Integer.parseInt(l[11].substring(2 * i, 2 * i + 2), 16);
        }
        assertEquals(restorer, LittleEndian.u64(linux, 0));

        // Our frame for the same interrupted state.
        Sim.reset();
        long regs = 0xFFFF_C000_0000_1000L;
        int sc = SigContext.FRAME_UC + SigContext.UC_MCONTEXT;
        for (int i = 0; i < SigContext.SC_REGS.length; i++) { // rax, rcx, r11, rip, rsp: as Linux saw them
            TrapFrame.set(regs, SigContext.TRAP_REGS[i], LittleEndian.u64(linux, sc + SigContext.SC_REGS[i]));
        }
        for (int i = 0; i < KNOWN.length; i++) { // the values the program loaded: not taken from Linux's frame
            TrapFrame.set(regs, KNOWN_REGS[i], KNOWN[i]);
        }
        TrapFrame.set(regs, TrapFrame.RDI, pid);
        TrapFrame.set(regs, TrapFrame.RSI, Signals.SIGUSR1);
        TrapFrame.set(regs, TrapFrame.RFLAGS, LittleEndian.u64(linux, sc + SigContext.EFLAGS));
        TrapFrame.set(regs, TrapFrame.CS, LittleEndian.u16(linux, sc + SigContext.CS));
        TrapFrame.set(regs, TrapFrame.SS, LittleEndian.u16(linux, sc + SigContext.SS));
        long interrupted = TrapFrame.rsp(regs);
        ArrayMemory mem = new ArrayMemory(interrupted - 0x10000, 0x10000);
        SigAction action = new SigAction(handler, Signals.SA_SIGINFO | Signals.SA_RESTORER, restorer, Signals.bit(Signals.SIGUSR2));
        long blocked = Signals.bit(Signals.SIGTERM); // what the program blocked
        long frame = SignalFrame.setup(mem, regs, new byte[512], SigInfo.kill(Signals.SIGUSR1, SigInfo.SI_USER, (int) pid, (int) uid),
                action, blocked, new AltStack(), 0);
        byte[] ours = new byte[SigContext.FRAME_SIZE];
        mem.read(frame, ours, 0, ours.length);
        compareFrames(linux, ours);

        // rt_sigreturn on Linux's own frame gives the registers Linux restored.
        ArrayMemory linuxMem = new ArrayMemory(rsp, linux.length);
        System.arraycopy(linux, 0, linuxMem.bytes, 0, linux.length);
        TrapFrame.set(regs, TrapFrame.RSP, rsp + 8);
        SignalFrame.Restored r = SignalFrame.restore(linuxMem, regs, new AltStack(), 0xFFFF);
        for (int i = 0; i < KNOWN.length; i++) {
            assertEquals(hex(l[12 + i]), TrapFrame.get(regs, KNOWN_REGS[i]), "register at trap frame offset " + KNOWN_REGS[i]);
        }
        assertEquals(hex(l[22]), TrapFrame.get(regs, TrapFrame.RDI));
        assertEquals(hex(l[23]), TrapFrame.get(regs, TrapFrame.RSI));
        assertEquals(hex(l[24]), r.rax);
        assertEquals(blocked, r.blocked);
        assertEquals(interrupted, TrapFrame.rsp(regs));
        assertEquals(0, linuxFpstate & 63);
        assertEquals(LittleEndian.s32(linux, (int) (linuxFpstate - rsp) + SigContext.FX_MXCSR) & 0xFFFF,
                LittleEndian.s32(r.fxsave, SigContext.FX_MXCSR));
    }

    /** Every field but those that differ by design (see the class comment). */
    private static void compareFrames(byte[] linux, byte[] ours) {
        int uc = SigContext.FRAME_UC;
        int sc = uc + SigContext.UC_MCONTEXT;
        assertEquals(LittleEndian.u64(linux, 0), LittleEndian.u64(ours, 0), "pretcode");
        assertEquals(LittleEndian.u64(linux, uc) & ~SigContext.UC_FP_XSTATE, LittleEndian.u64(ours, uc), "uc_flags");
        for (int off = uc + 8; off < sc; off += 8) {
            assertEquals(LittleEndian.u64(linux, off), LittleEndian.u64(ours, off), "uc_link/uc_stack at " + off);
        }
        for (int off = 0; off < SigContext.ERR; off += 8) {
            assertEquals(LittleEndian.u64(linux, sc + off), LittleEndian.u64(ours, sc + off), "sigcontext at " + off);
        }
        assertEquals(LittleEndian.u64(linux, sc + SigContext.OLDMASK), LittleEndian.u64(ours, sc + SigContext.OLDMASK), "oldmask");
        for (int off = uc + SigContext.UC_SIGMASK; off < SigContext.FRAME_SIZE; off += 8) {
            assertEquals(LittleEndian.u64(linux, off), LittleEndian.u64(ours, off), "uc_sigmask/siginfo at " + off);
        }
    }

    private static long hex(String s) {
        return Long.parseUnsignedLong(s.trim(), 16);
    }

    private static String compileAndRun(Path dir, String source, List<String> flags) throws IOException, InterruptedException {
        Path src = dir.resolve("prog.c");
        Path exe = dir.resolve("prog");
        Files.writeString(src, source);
        List<String> cc = new ArrayList<>(List.of("gcc", "-O1"));
        cc.addAll(flags);
        cc.addAll(List.of("-o", exe.toString(), src.toString()));
        if (run(cc) == null) {
            return null;
        }
        return run(List.of(exe.toString()));
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
    }
}
