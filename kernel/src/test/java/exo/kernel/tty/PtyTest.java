/*
 * Pseudo-terminals through the file layer, as programs use them: open /dev/ptmx, TIOCGPTN and
 * unlockpt, open /dev/pts/N, then type on the master and read the slave, write the slave and
 * read the master (echo and output processing included), ^C as SIGINT to the slave's
 * foreground group, the window size shared by both sides, a full output queue, the slave's
 * last close (EIO on the master) and the master's (hang-up, node gone, index reused).
 * The terminals come from TtySetup.devices with no hardware (the UART is absent).
 */
package exo.kernel.tty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.kernel.dev.Uart16550;
import exo.kernel.fs.ArrayBuffer;
import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFixture;
import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.abi.Le;
import exo.kernel.fs.file.FileIo;
import exo.kernel.fs.vfs.OpenFile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PtyTest {
    private final FsFixture fx = new FsFixture();
    private final FakeJobs jobs = new FakeJobs().add(1, 1, 1, 0);
    private final TtySetup.Terminals terms;

    PtyTest() {
        Ttys.reset();
        Ttys.setJobControl(jobs);
        TtySetup.Devices d = new TtySetup.Devices();
        d.com1 = new Uart16550(Uart16550.COM1);
        terms = TtySetup.devices(fx.layer, d);
    }

    @AfterEach
    void reset() {
        Ttys.reset();
    }

    private int open(String path, int flags) {
        return fx.open(path, flags);
    }

    private long ioctl(int fd, int request, long arg, byte[] mem) {
        OpenFile f = fx.fds.acquire(fd);
        try {
            return ((TerminalFile) f).terminalIoctl(request, arg, new ArrayBuffer(mem), fx.root);
        } finally {
            f.put();
        }
    }

    private int ioctlGetInt(int fd, int request) {
        byte[] b = new byte[4];
        long r = ioctl(fd, request, 0, b);
        return r < 0 ? (int) r : Le.get32(b, 0);
    }

    private long write(int fd, String s) {
        return FileIo.write(fx.root, fx.fds, fd, ArrayBuffer.ofString(s));
    }

    private String read(int fd) {
        byte[] b = new byte[100];
        long n = FileIo.read(fx.root, fx.fds, fd, new ArrayBuffer(b));
        return n < 0 ? Errno.name(n) : new String(b, 0, (int) n, StandardCharsets.ISO_8859_1);
    }

    /** A master (non-blocking) and its unlocked slave; returns {master, slave, N}. */
    private int[] pair() {
        int m = open("/dev/ptmx", OpenFlags.O_RDWR | OpenFlags.O_NONBLOCK);
        assertTrue(m >= 0, "open /dev/ptmx: " + Errno.name(m));
        int n = ioctlGetInt(m, PtyMasterFile.TIOCGPTN);
        assertTrue(n >= 0);
        assertEquals(-Errno.EIO, open("/dev/pts/" + n, OpenFlags.O_RDWR), "still locked");
        byte[] zero = new byte[4];
        assertEquals(0, ioctl(m, PtyMasterFile.TIOCSPTLCK, 0, zero));
        int s = open("/dev/pts/" + n, OpenFlags.O_RDWR | OpenFlags.O_NONBLOCK);
        assertTrue(s >= 0, "open the slave: " + Errno.name(s));
        return new int[] {m, s, n};
    }

    @Test
    void typingOnTheMasterIsALineOnTheSlaveAndItsEchoComesBack() {
        int[] p = pair();
        assertEquals(7, write(p[0], "helx\177lo"));
        assertEquals("EAGAIN", read(p[1]), "no whole line yet");
        write(p[0], "\n");
        assertEquals("hello\n", read(p[1]));
        assertEquals("helx\b \blo\r\n", read(p[0]), "echo with ECHOE's erase and ONLCR");
        assertEquals(3, write(p[1], "ok\n"));
        assertEquals("ok\r\n", read(p[0]));
        assertEquals("EAGAIN", read(p[0]));
    }

    @Test
    void interruptGoesToTheForegroundGroupOfTheSession() {
        int[] p = pair(); // pid 1 leads session 1 and opened the slave: its controlling terminal
        Tty slave = slaveOf(p[0]);
        assertEquals(1, slave.session());
        write(p[0], "abc\003");
        assertTrue(jobs.sent.contains("group 1: 2"), "SIGINT sent: " + jobs.sent);
        assertEquals("abc^C", read(p[0]).replace("\r\n", ""));
        assertEquals("EAGAIN", read(p[1]), "the line was flushed");
    }

    private Tty slaveOf(int masterFd) {
        OpenFile f = fx.fds.acquire(masterFd);
        try {
            return ((PtyMasterFile) f).pair.slave;
        } finally {
            f.put();
        }
    }

    @Test
    void windowSizeIsSharedAndChangesSignal() {
        int[] p = pair();
        byte[] ws = new byte[8];
        Le.put16(ws, 0, (short) 40);
        Le.put16(ws, 2, (short) 132);
        assertEquals(0, ioctl(p[0], TtyIoctl.TIOCSWINSZ, 0, ws));
        byte[] got = new byte[8];
        OpenFile f = fx.fds.acquire(p[1]);
        try {
            assertEquals(0, ((TerminalFile) f).terminalIoctl(TtyIoctl.TIOCGWINSZ, 0, new ArrayBuffer(got), fx.root));
        } finally {
            f.put();
        }
        assertEquals(40, Le.get16(got, 0));
        assertEquals(132, Le.get16(got, 2));
        assertTrue(jobs.sent.contains("group 1: 28"), "SIGWINCH: " + jobs.sent);
    }

    @Test
    void aFullOutputQueueStopsTheSlaveWriter() {
        int[] p = pair();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < PtyPair.OUTPUT_CAPACITY + 100; i++) {
            sb.append('x');
        }
        long n = write(p[1], sb.toString());
        assertTrue(n > 0 && n <= PtyPair.OUTPUT_CAPACITY, "wrote " + n);
        assertEquals(-Errno.EAGAIN, write(p[1], "more"));
        assertEquals((int) n, ioctlGetInt(p[0], TtyIoctl.FIONREAD));
        assertEquals(100, read(p[0]).length());
        assertTrue(write(p[1], "more") > 0, "room again after the master read");
    }

    @Test
    void closingTheSlaveGivesEioAndClosingTheMasterHangsUp() {
        int[] p = pair();
        write(p[1], "bye\n");
        assertEquals(0, fx.fds.close(p[1]));
        assertEquals("bye\r\n", read(p[0]), "what was written stays readable");
        assertEquals("EIO", read(p[0]));
        int s = open("/dev/pts/" + p[2], OpenFlags.O_RDWR | OpenFlags.O_NONBLOCK);
        assertTrue(s >= 0);
        assertEquals("EAGAIN", read(p[0]), "a new open clears it");
        assertEquals(0, fx.fds.close(p[0]));
        assertEquals("", read(s), "hung up: end of file");
        assertEquals(-Errno.EIO, write(s, "x"));
        assertTrue(jobs.sent.contains("group 1: 1"), "SIGHUP: " + jobs.sent);
        assertFalse(fx.list("/dev/pts").contains(String.valueOf(p[2])), "node removed");
        assertEquals(-Errno.ENOENT, open("/dev/pts/" + p[2], OpenFlags.O_RDWR));
        fx.fds.close(s);
        assertEquals(0, terms.devpts.count());
        int[] q = pair();
        assertEquals(p[2], q[2], "the index is reused");
    }
}
