/*
 * Job control on a terminal, with a scripted process table: background reads and writes
 * (SIGTTIN, SIGTTOU with TOSTOP, blocked or ignored signals, orphaned groups), acquiring a
 * controlling terminal by open and by TIOCSCTTY, giving it up, TIOCSPGRP's rules, TIOCGSID,
 * the session leader's exit, and SIGWINCH. Requests go through TtyIoctl with the argument in
 * an ArrayBuffer, as the syscall layer passes user memory.
 *
 * The session: 10 leads session 10 (group 10); 11 is in the foreground group 11; 12 is in
 * the background group 12 (its parent 10 keeps it from being orphaned); 20 is in another
 * session; 30 is alone in orphaned group 30 of session 10.
 */
package exo.kernel.tty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import exo.kernel.fs.ArrayBuffer;
import exo.kernel.fs.Errno;
import exo.kernel.fs.abi.Le;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.signal.Signals;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobRulesTest {
    private final FakeJobs jobs = new FakeJobs().add(10, 10, 10, 1).add(11, 10, 11, 10).add(12, 10, 12, 10)
            .add(20, 20, 20, 1).add(30, 10, 30, 99);
    private final TtyFixture f;

    JobRulesTest() {
        Ttys.setJobControl(jobs);
        f = new TtyFixture();
        JobRules.opened(f.tty, f.caller(10), false); // 10 acquires it, as by open(2)
        f.tty.setForegroundGroup(11);
    }

    @AfterEach
    void reset() {
        Ttys.reset();
    }

    private long ioctl(int pid, int request, long arg, byte[] mem) {
        return TtyIoctl.ioctl(f.tty, request, arg, new ArrayBuffer(mem), f.caller(pid), true);
    }

    private long ioctlInt(int pid, int request, int value) {
        byte[] b = new byte[4];
        Le.put32(b, 0, value);
        return ioctl(pid, request, 0, b);
    }

    private int getInt(int pid, int request) {
        byte[] b = new byte[4];
        long r = ioctl(pid, request, 0, b);
        return r < 0 ? (int) r : Le.get32(b, 0);
    }

    @Test
    void theSessionLeaderAcquiredItByOpening() {
        assertEquals(10, f.tty.session());
        assertSame(f.tty, Ttys.controlling(11));
        assertNull(Ttys.controlling(20));
        assertEquals(10, getInt(12, TtyIoctl.TIOCGSID));
        assertEquals(-Errno.ENOTTY, getInt(20, TtyIoctl.TIOCGSID));
        assertEquals(11, getInt(12, TtyIoctl.TIOCGPGRP));
    }

    @Test
    void aBackgroundReadStopsTheGroupAndRestarts() {
        f.type("x\n");
        assertEquals("errno " + Errno.ERESTARTSYS, f.read(12, 10, true));
        assertEquals(List.of("group 12: " + Signals.SIGTTIN), jobs.sent);
        assertEquals("x\n", f.read(11, 10, true));
    }

    @Test
    void aBackgroundReadThatIgnoresSigttinFailsWithEio() {
        jobs.blocked.add("12:" + Signals.SIGTTIN);
        assertEquals("errno " + Errno.EIO, f.read(12, 10, true));
        assertEquals(List.of(), jobs.sent);
    }

    @Test
    void anOrphanedGroupGetsEioInsteadOfAStop() {
        assertEquals("errno " + Errno.EIO, f.read(30, 10, true));
        assertEquals(List.of(), jobs.sent);
    }

    @Test
    void anotherSessionReadsWithoutChecks() {
        f.type("y\n");
        assertEquals("y\n", f.read(20, 10, true));
    }

    @Test
    void backgroundWritesStopOnlyWithTostop() {
        assertEquals(2, f.write(12, "ok"));
        Termios t = f.tty.termios();
        t.lflag |= Termios.TOSTOP;
        f.tty.setTermios(t, false);
        assertEquals(-Errno.ERESTARTSYS, f.write(12, "no"));
        assertEquals(List.of("group 12: " + Signals.SIGTTOU), jobs.sent);
        jobs.blocked.add("12:" + Signals.SIGTTOU);
        assertEquals(3, f.write(12, "yes")); // blocked SIGTTOU: the write goes ahead
    }

    @Test
    void aBackgroundSettingsChangeIsStopped() {
        byte[] termios = TermiosLayout.encode(f.tty.termios(), false);
        assertEquals(-Errno.ERESTARTSYS, ioctl(12, TtyIoctl.TCSETS, 0, termios));
        assertEquals(0, ioctl(11, TtyIoctl.TCSETSW, 0, termios));
        byte[] out = new byte[TermiosLayout.TERMIOS_SIZE];
        assertEquals(0, ioctl(12, TtyIoctl.TCGETS, 0, out)); // reading the settings is allowed
        assertEquals(Termios.ICRNL | Termios.IXON, Le.get32(out, TermiosLayout.C_IFLAG));
    }

    @Test
    void tiocspgrpRules() {
        assertEquals(0, ioctlInt(11, TtyIoctl.TIOCSPGRP, 12));
        assertEquals(12, f.tty.foregroundGroup());
        assertEquals(-Errno.ESRCH, ioctlInt(12, TtyIoctl.TIOCSPGRP, 777));
        assertEquals(-Errno.EPERM, ioctlInt(12, TtyIoctl.TIOCSPGRP, 20));
        assertEquals(-Errno.EINVAL, ioctlInt(12, TtyIoctl.TIOCSPGRP, -1));
        assertEquals(-Errno.ENOTTY, ioctlInt(20, TtyIoctl.TIOCSPGRP, 20));
        assertEquals(-Errno.ERESTARTSYS, ioctlInt(11, TtyIoctl.TIOCSPGRP, 11)); // 11 is in the background now
        assertEquals(-Errno.EFAULT, TtyIoctl.ioctl(f.tty, TtyIoctl.TIOCSPGRP, 0, new FaultingBuffer(2),
                f.caller(12), true));
    }

    @Test
    void tiocscttyNeedsALeaderWithoutTerminalAndAFreeTerminal() {
        assertEquals(0, ioctl(10, TtyIoctl.TIOCSCTTY, 0, new byte[0])); // already its own
        assertEquals(-Errno.EPERM, ioctl(11, TtyIoctl.TIOCSCTTY, 0, new byte[0])); // not a leader
        FsContext other = f.user(20, 1000);
        assertEquals(-Errno.EPERM, TtyIoctl.ioctl(f.tty, TtyIoctl.TIOCSCTTY, 0, new ArrayBuffer(new byte[0]), other, true));
        assertEquals(-Errno.EPERM, ioctl(20, TtyIoctl.TIOCSCTTY, 0, new byte[0])); // taken, no steal asked
        assertEquals(0, ioctl(20, TtyIoctl.TIOCSCTTY, 1, new byte[0])); // root steals it
        assertEquals(20, f.tty.session());
        assertEquals(20, f.tty.foregroundGroup());
        assertNull(Ttys.controlling(10));
    }

    @Test
    void aNonLeaderGivesUpItsTerminalAlone() {
        assertEquals(0, ioctl(11, TtyIoctl.TIOCNOTTY, 0, new byte[0]));
        assertNull(Ttys.controlling(11));
        assertSame(f.tty, Ttys.controlling(12));
        assertEquals(-Errno.ENOTTY, ioctl(11, TtyIoctl.TIOCNOTTY, 0, new byte[0]));
    }

    @Test
    void theLeaderGivingItUpHangsUpTheForegroundGroup() {
        assertEquals(0, ioctl(10, TtyIoctl.TIOCNOTTY, 0, new byte[0]));
        assertEquals(List.of("group 11: " + Signals.SIGHUP, "group 11: " + Signals.SIGCONT), jobs.sent);
        assertEquals(0, f.tty.session());
        assertNull(Ttys.controlling(11));
    }

    @Test
    void theLeaderExitingFreesTheTerminal() {
        Ttys.sessionLeaderExited(10);
        assertEquals(0, f.tty.session());
        assertEquals(List.of("group 11: " + Signals.SIGHUP, "group 11: " + Signals.SIGCONT), jobs.sent);
        JobRules.opened(f.tty, f.caller(20), true);
        assertEquals(0, f.tty.session()); // O_NOCTTY
        JobRules.opened(f.tty, f.caller(20), false);
        assertEquals(20, f.tty.session());
    }

    @Test
    void windowSizeChangesSignalTheForegroundGroup() {
        byte[] ws = TermiosLayout.encode(new Winsize(50, 132));
        assertEquals(0, ioctl(12, TtyIoctl.TIOCSWINSZ, 0, ws));
        assertEquals(0, ioctl(12, TtyIoctl.TIOCSWINSZ, 0, ws)); // the same size: no signal
        assertEquals(List.of("group 11: " + Signals.SIGWINCH), jobs.sent);
        byte[] out = new byte[8];
        assertEquals(0, ioctl(20, TtyIoctl.TIOCGWINSZ, 0, out));
        assertEquals(132, Le.get16(out, TermiosLayout.WS_COL));
    }

    @Test
    void queuesAndUnknownRequests() {
        f.type("abc\n");
        assertEquals("abc\r\n", f.output());
        assertEquals(4, getInt(11, TtyIoctl.FIONREAD));
        assertEquals(0, ioctl(11, TtyIoctl.TCFLSH, 0, new byte[0]));
        assertEquals(0, getInt(11, TtyIoctl.FIONREAD));
        assertEquals(-Errno.EINVAL, ioctl(11, TtyIoctl.TCFLSH, 7, new byte[0]));
        assertEquals(-Errno.ENOTTY, ioctl(11, 0x5499, 0, new byte[0]));
        assertEquals(-Errno.EFAULT, TtyIoctl.ioctl(f.tty, TtyIoctl.TCGETS, 0, new FaultingBuffer(10), f.caller(11), true));
        byte[] c = {'z'};
        assertEquals(0, ioctl(11, TtyIoctl.TIOCSTI, 0, c));
        assertEquals("z", f.output()); // echoed as typed input
        assertEquals(0, getInt(11, TtyIoctl.FIONREAD)); // a partial line is not readable yet
        assertEquals(-Errno.EPERM, TtyIoctl.ioctl(f.tty, TtyIoctl.TIOCSTI, 0, new ArrayBuffer(c), f.user(20, 1000), true));
    }
}
