/*
 * SyscallRestart: each internal restart code with and without a handler, SA_RESTART or not,
 * on a simulated TrapFrame; and rt_sigprocmask's mask arithmetic.
 */
package exo.kernel.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.Sim;
import exo.kernel.arch.x86_64.trap.TrapFrame;
import org.junit.jupiter.api.Test;

class SyscallRestartTest {
    static final long REGS = 0xFFFF_C000_0000_2000L;
    static final long RIP = 0x401002; // just after a syscall at 0x401000
    static final long NR_READ = 0;
    static final long NR_NANOSLEEP = 35;

    /** {rax after, rip after} for a call that returned `result`. */
    static long[] after(long result, boolean handler, long saFlags, long nr) {
        Sim.reset();
        TrapFrame.set(REGS, TrapFrame.RAX, result);
        TrapFrame.setRip(REGS, RIP);
        if (handler) {
            SyscallRestart.beforeHandler(REGS, nr, saFlags);
        } else {
            SyscallRestart.noHandler(REGS, nr);
        }
        return new long[] {TrapFrame.get(REGS, TrapFrame.RAX), TrapFrame.rip(REGS)};
    }

    static void restarted(long[] r, long nr) {
        assertEquals(nr, r[0]);
        assertEquals(RIP - 2, r[1]);
    }

    static void interrupted(long[] r) {
        assertEquals(-4, r[0]);
        assertEquals(RIP, r[1]);
    }

    @Test
    void withAHandler() {
        restarted(after(-512, true, Signals.SA_RESTART, NR_READ), NR_READ);
        interrupted(after(-512, true, 0, NR_READ));
        restarted(after(-513, true, 0, NR_READ), NR_READ);
        interrupted(after(-514, true, Signals.SA_RESTART, NR_READ));
        interrupted(after(-516, true, Signals.SA_RESTART, NR_NANOSLEEP));
    }

    @Test
    void withoutAHandler() {
        restarted(after(-512, false, 0, NR_READ), NR_READ);
        restarted(after(-513, false, 0, NR_READ), NR_READ);
        restarted(after(-514, false, 0, NR_READ), NR_READ);
        restarted(after(-516, false, 0, NR_NANOSLEEP), SyscallRestart.NR_RESTART_SYSCALL);
    }

    @Test
    void ordinaryResultsAreLeftAlone() {
        for (long result : new long[] {0, 5, -4, -11, -515, -517, -38}) {
            for (boolean handler : new boolean[] {true, false}) {
                long[] r = after(result, handler, Signals.SA_RESTART, NR_READ);
                assertEquals(result, r[0]);
                assertEquals(RIP, r[1]);
            }
        }
        assertTrue(SyscallRestart.pending(-512));
        assertFalse(SyscallRestart.pending(512));
    }

    @Test
    void procmask() {
        long usr1 = Signals.bit(Signals.SIGUSR1);
        long kill = Signals.bit(Signals.SIGKILL);
        assertEquals(usr1, Signals.procmask(0, Signals.SIG_BLOCK, usr1 | kill));
        assertEquals(0, Signals.procmask(usr1, Signals.SIG_UNBLOCK, usr1));
        assertEquals(Signals.blockable(-1L), Signals.procmask(usr1, Signals.SIG_SETMASK, -1L));
        assertEquals(-1, Signals.procmask(usr1, 3, 0));
        assertEquals(-1, Signals.procmask(usr1, -1, 0));
    }
}
