/*
 * Signals, SigAction, SigInfo and AltStack: the default actions of signal(7) signal by signal,
 * names, masks and the order of delivery, struct sigaction and siginfo_t byte by byte, and
 * sigaltstack's rules (EPERM on the stack, EINVAL, ENOMEM, SS_AUTODISARM).
 */
package exo.kernel.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.kernel.util.LittleEndian;
import org.junit.jupiter.api.Test;

class SignalsTest {
    @Test
    void defaultActionsAreThoseOfSignal7() {
        // The table of signal(7), written out: signal number -> action.
        String table = "1 T,2 T,3 C,4 C,5 C,6 C,7 C,8 C,9 T,10 T,11 C,12 T,13 T,14 T,15 T,16 T,17 I,18 G,19 S,"
                + "20 S,21 S,22 S,23 I,24 C,25 C,26 T,27 T,28 I,29 T,30 T,31 C";
        for (String entry : table.split(",")) {
            int sig = Integer.parseInt(entry.split(" ")[0]);
            int expected = switch (entry.split(" ")[1]) {
                case "T" -> Signals.TERM;
                case "C" -> Signals.CORE;
                case "I" -> Signals.IGNORE;
                case "S" -> Signals.STOP;
                default -> Signals.CONTINUE;
            };
            assertEquals(expected, Signals.defaultAction(sig), Signals.name(sig));
        }
        for (int sig = 32; sig <= 64; sig++) {
            assertEquals(Signals.TERM, Signals.defaultAction(sig), "real-time " + sig);
        }
        assertThrows(IllegalArgumentException.class, () -> Signals.defaultAction(0));
        assertThrows(IllegalArgumentException.class, () -> Signals.defaultAction(65));
    }

    @Test
    void namesAndNumbers() {
        assertEquals("SIGSEGV", Signals.name(11));
        assertEquals("SIGSYS", Signals.name(31));
        assertEquals("SIGRTMIN", Signals.name(32));
        assertEquals("SIGRTMIN+3", Signals.name(35));
        assertEquals("signal 0", Signals.name(0));
        assertEquals("signal 65", Signals.name(65));
        assertEquals(Signals.SIGIO, Signals.SIGPOLL);
        assertEquals(1L << 63, Signals.bit(64));
        assertTrue(Signals.valid(64) && !Signals.valid(65) && !Signals.valid(0) && !Signals.valid(-1));
    }

    @Test
    void masksNeverHoldKillOrStop() {
        assertEquals(-1L & ~(Signals.bit(9) | Signals.bit(19)), Signals.blockable(-1L));
        assertFalse(Signals.catchable(Signals.SIGKILL));
        assertFalse(Signals.catchable(Signals.SIGSTOP));
        assertTrue(Signals.catchable(Signals.SIGTSTP));
        SigAction a = new SigAction(0x401000, Signals.SA_NODEFER, 0, Signals.bit(Signals.SIGKILL) | Signals.bit(Signals.SIGUSR2));
        assertEquals(Signals.bit(Signals.SIGUSR2), a.mask);
        assertEquals(Signals.bit(Signals.SIGUSR2), Signals.maskDuringHandler(0, Signals.SIGUSR1, a));
        a.flags = 0;
        assertEquals(Signals.bit(Signals.SIGUSR2) | Signals.bit(Signals.SIGUSR1), Signals.maskDuringHandler(0, Signals.SIGUSR1, a));
        assertEquals(Signals.bit(Signals.SIGUSR2), Signals.maskDuringHandler(0, Signals.SIGKILL, a)); // never blocks SIGKILL
        assertTrue(Signals.ignored(Signals.SIGCHLD, Signals.SIG_DFL));
        assertTrue(Signals.ignored(Signals.SIGTERM, Signals.SIG_IGN));
        assertFalse(Signals.ignored(Signals.SIGTERM, Signals.SIG_DFL));
        assertFalse(Signals.ignored(Signals.SIGCHLD, 0x401000));
    }

    @Test
    void faultsAreTakenFirstThenTheLowestNumber() {
        assertEquals(0, Signals.next(0));
        assertEquals(Signals.SIGINT, Signals.next(Signals.bit(Signals.SIGINT) | Signals.bit(Signals.SIGTERM) | Signals.bit(40)));
        assertEquals(Signals.SIGSEGV, Signals.next(Signals.bit(Signals.SIGHUP) | Signals.bit(Signals.SIGSEGV)));
        assertEquals(Signals.SIGILL, Signals.next(Signals.bit(Signals.SIGSYS) | Signals.bit(Signals.SIGILL)));
        assertEquals(64, Signals.next(Signals.bit(64)));
    }

    // ---- struct sigaction ---------------------------------------------------------------------

    @Test
    void sigactionBytesAndRules() {
        byte[] b = new byte[40];
        LittleEndian.put64(b, 4 + 0, 0x401234);
        LittleEndian.put64(b, 4 + 8, Signals.SA_SIGINFO | Signals.SA_RESTORER | 0x100000 /* unknown */);
        LittleEndian.put64(b, 4 + 16, 0x401000);
        LittleEndian.put64(b, 4 + 24, -1L);
        SigAction a = SigAction.read(b, 4);
        assertEquals(0x401234, a.handler);
        assertEquals(Signals.SA_SIGINFO | Signals.SA_RESTORER, a.flags);
        assertEquals(0x401000, a.restorer);
        assertEquals(Signals.blockable(-1L), a.mask);
        byte[] out = new byte[32];
        a.write(out, 0);
        assertEquals(Signals.SA_SIGINFO | Signals.SA_RESTORER, LittleEndian.u64(out, SigAction.FLAGS));
        assertEquals(a.mask, LittleEndian.u64(out, SigAction.MASK));
        SigAction c = a.copy();
        c.reset();
        assertEquals(Signals.SIG_DFL, c.handler);
        assertEquals(0x401234, a.handler);
        assertEquals(0, SigAction.check(Signals.SIGTERM, 8, true));
        assertEquals(0, SigAction.check(Signals.SIGKILL, 8, false)); // reading SIGKILL's action is fine
        assertEquals(-22, SigAction.check(Signals.SIGKILL, 8, true));
        assertEquals(-22, SigAction.check(Signals.SIGSTOP, 8, true));
        assertEquals(-22, SigAction.check(0, 8, false));
        assertEquals(-22, SigAction.check(65, 8, false));
        assertEquals(-22, SigAction.check(Signals.SIGTERM, 16, false));
    }

    // ---- siginfo_t -------------------------------------------------------------------------------

    @Test
    void siginfoOfAChildByteByByte() {
        SigInfo i = SigInfo.child(SigInfo.CLD_EXITED, 1234, 1000, 3, 0x1122334455L, 77);
        byte[] b = new byte[SigInfo.SIZE + 8];
        java.util.Arrays.fill(b, (byte) 0x5a); // write() must clear what it does not set
        i.write(b, 4);
        byte[] expected = new byte[128];
        LittleEndian.put32(expected, 0, 17);
        LittleEndian.put32(expected, 8, 1);
        LittleEndian.put32(expected, 16, 1234);
        LittleEndian.put32(expected, 20, 1000);
        LittleEndian.put32(expected, 24, 3);
        LittleEndian.put64(expected, 32, 0x1122334455L);
        LittleEndian.put64(expected, 40, 77);
        assertArrayEquals(expected, java.util.Arrays.copyOfRange(b, 4, 132));
        assertEquals(0x5a, b[0]);
        assertEquals(0x5a, b[132]);
        assertEquals(1234, i.pid());
        assertEquals(1000, i.uid());
        assertEquals(3, i.status());
        assertEquals(0x1122334455L, i.utime());
        assertEquals(77, i.stime());
    }

    @Test
    void siginfoOfEachSender() {
        SigInfo k = SigInfo.kill(Signals.SIGTERM, SigInfo.SI_USER, -5, -1);
        assertEquals(-5, k.pid());
        assertEquals(-1, k.uid());
        assertEquals(0xFFFFFFFFFFFFFFFBL, k.get64(SigInfo.PID)); // uid 0xffffffff above pid -5
        SigInfo f = SigInfo.fault(Signals.SIGSEGV, SigInfo.SEGV_MAPERR, 0xdead0000L);
        assertEquals(0xdead0000L, f.addr());
        assertEquals(SigInfo.SEGV_MAPERR, f.code);
        SigInfo q = SigInfo.queue(40, 7, 8, 0x123456789L);
        assertEquals(SigInfo.SI_QUEUE, q.code);
        assertEquals(0x123456789L, q.value());
        SigInfo t = SigInfo.timer(Signals.SIGALRM, 3, 2, 99);
        assertEquals(3, t.timerId());
        assertEquals(2, t.overrun());
        assertEquals(99, t.value());
        SigInfo p = SigInfo.poll(SigInfo.POLL_IN, 0x41, 5);
        assertEquals(Signals.SIGIO, p.signo);
        assertEquals(0x41, p.band());
        assertEquals(5, p.fd());
        SigInfo s = SigInfo.sys(0x401000, 39, 0xc000003e);
        assertEquals(0x401000, s.get64(SigInfo.CALL_ADDR));
        assertEquals(39, s.get32(SigInfo.SYSCALL));
        assertEquals(0xc000003e, s.get32(SigInfo.ARCH));
        assertEquals(SigInfo.SI_KERNEL, SigInfo.kernel(Signals.SIGPIPE).code);
        assertThrows(IllegalArgumentException.class, () -> SigInfo.kernel(0));
    }

    @Test
    void siginfoFromUserKeepsFortyEightBytesAndTheGivenSignal() {
        byte[] b = new byte[128];
        for (int i = 0; i < 128; i++) {
            b[i] = (byte) (i + 1);
        }
        SigInfo i = SigInfo.fromUser(Signals.SIGUSR1, b, 0);
        assertEquals(Signals.SIGUSR1, i.signo);
        assertEquals(LittleEndian.s32(b, 4), i.errno);
        assertEquals(LittleEndian.s32(b, 8), i.code);
        byte[] out = new byte[128];
        i.write(out, 0);
        byte[] expected = b.clone();
        LittleEndian.put32(expected, 0, Signals.SIGUSR1);
        LittleEndian.put32(expected, 12, 0); // the padding after si_code
        java.util.Arrays.fill(expected, 48, 128, (byte) 0);
        assertArrayEquals(expected, out);
        assertTrue(i.spoofsKernel()); // si_code 0x0c0b0a09 >= 0: only the kernel may send it to others
        LittleEndian.put32(b, 8, SigInfo.SI_QUEUE);
        assertFalse(SigInfo.fromUser(40, b, 0).spoofsKernel());
        LittleEndian.put32(b, 8, SigInfo.SI_TKILL);
        assertTrue(SigInfo.fromUser(40, b, 0).spoofsKernel());
    }

    // ---- sigaltstack -------------------------------------------------------------------------------

    @Test
    void altStackRules() {
        AltStack a = new AltStack();
        assertEquals(AltStack.SS_DISABLE, a.stateAt(0x7000));
        assertEquals(-22, a.set(0x10000, 5, 0x4000, 0x7fff0000L, AltStack.MINSIGSTKSZ));
        assertEquals(-12, a.set(0x10000, 0, 2047, 0x7fff0000L, AltStack.MINSIGSTKSZ));
        assertEquals(0, a.set(0x10000, 0, 0x4000, 0x7fff0000L, AltStack.MINSIGSTKSZ));
        assertEquals(0, a.stateAt(0x7fff0000L));
        assertEquals(AltStack.SS_ONSTACK, a.stateAt(0x14000)); // the top itself is on it: (base, base+size]
        assertEquals(0, a.stateAt(0x10000));
        assertEquals(-1, a.set(0, AltStack.SS_DISABLE, 0, 0x12000, AltStack.MINSIGSTKSZ)); // EPERM: running on it
        byte[] old = new byte[24];
        a.writeOld(old, 0, 0x12000);
        assertEquals(0x10000, LittleEndian.u64(old, 0));
        assertEquals(AltStack.SS_ONSTACK, LittleEndian.u64(old, 8));
        assertEquals(0x4000, LittleEndian.u64(old, 16));
        assertEquals(0, a.set(0x10000, AltStack.SS_DISABLE, 0x4000, 0x7fff0000L, AltStack.MINSIGSTKSZ));
        assertEquals(0, a.size());
        assertEquals(AltStack.SS_DISABLE, a.stateAt(0x12000));
        // SS_AUTODISARM: never "on" the stack, so it can be changed from a handler running on it.
        assertEquals(0, a.set(0x10000, AltStack.SS_AUTODISARM, 0x4000, 0x7fff0000L, AltStack.MINSIGSTKSZ));
        assertFalse(a.onStack(0x12000));
        assertTrue(a.within(0x12000));
        a.writeOld(old, 0, 0x12000);
        assertEquals(AltStack.SS_AUTODISARM & 0xFFFFFFFFL, LittleEndian.u64(old, 8));
        assertEquals(0, a.set(0x20000, 0, 0x4000, 0x12000, AltStack.MINSIGSTKSZ));
    }
}
