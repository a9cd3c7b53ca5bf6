/*
 * One terminal: a line discipline between a device (TtyDriver) and the programs that open it,
 * the terminal's settings and window size, and its place in job control — the session it
 * controls and that session's foreground process group.
 *
 * Input arrives through receive() from thread context (the input thread that drains the
 * interrupt handlers' rings, or a PTY master's writer); output from write(). Both run the line
 * discipline under this object's monitor; nothing waits while holding it, and user memory is
 * copied outside it. Readers and writers block on `waiters` through their FsContext's Waiter
 * with conditions that read volatile state only, so poll/select/epoll see terminals like
 * pipes. Signals that input asks for (^C, ^Z, ^\) are sent after the monitor is released.
 *
 * Reads follow termios: one line at most in canonical mode; otherwise VMIN/VTIME as in
 * Linux's n_tty_read. Background callers are stopped by JobRules (SIGTTIN, and SIGTTOU with
 * TOSTOP). A hung-up terminal (its PTY master closed) reads end of file and writes fail EIO.
 * The ioctls are TtyIoctl's. Created by the device drivers (serial, virtual consoles, PTYs).
 */
package exo.kernel.tty;

import exo.kernel.fs.Errno;
import exo.kernel.fs.IoBuffer;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.wait.Poll;
import exo.kernel.fs.wait.WaitList;
import exo.kernel.fs.wait.Waiter;
import exo.kernel.signal.Signals;

public final class Tty {
    private static final int CHUNK_BYTES = 1024;
    /** A deciseconds of VTIME. */
    private static final long NANOS_PER_DECISECOND = 100_000_000L;

    public final String name;
    /** The device number of its node (for TIOCGDEV and /proc). */
    public final long rdev;
    public final WaitList waiters = new WaitList();
    private final TtyDriver driver;
    private final Termios termios;
    private final LineDiscipline ldisc;
    private volatile Winsize winsize;
    private volatile int session;
    private volatile int pgrp;
    private volatile boolean hungUp;
    /** The device will send nothing more (endInput): reads past the queued input see end of file. */
    private volatile boolean inputEnded;
    /** TIOCEXCL: further opens fail with EBUSY except for root. */
    volatile boolean exclusive;

    public Tty(String name, long rdev, Termios initial, Winsize size, TtyDriver driver) {
        this.name = name;
        this.rdev = rdev;
        this.driver = driver;
        this.termios = initial.copy();
        this.ldisc = new LineDiscipline(termios, driver::write);
        this.winsize = size;
        Ttys.register(this);
    }

    // ---- input ---------------------------------------------------------------------------

    /** Typed bytes from the device; thread context. */
    public void receive(byte[] b, int off, int len) {
        long signals;
        synchronized (this) {
            if (hungUp) {
                return;
            }
            ldisc.receive(b, off, len);
            signals = ldisc.takeSignals();
        }
        waiters.wake(Poll.IN | Poll.OUT);
        int group = pgrp;
        for (int sig = 1; signals != 0 && sig <= Signals.NSIG; sig++) {
            if ((signals & Signals.bit(sig)) != 0 && group > 0) {
                Ttys.jobs().signalGroup(group, sig);
            }
        }
    }

    /** Room left for typed input (a PTY master writes no more than this). */
    public int inputRoom() {
        return InputQueue.CAPACITY - ldisc.ready.size();
    }

    /**
     * How many bytes a line device may hand over now: the room left when reads are raw (the
     * rest waits in the device, as Linux's n_tty throttles); all of them in canonical mode,
     * where a full line buffer drops what does not fit (a reader needs a whole line first).
     * Read without the lock: the input thread asks with interrupts off.
     */
    public int roomForDevice() {
        return termios.canonical() ? Integer.MAX_VALUE : inputRoom();
    }

    // ---- reading -------------------------------------------------------------------------

    public long read(IoBuffer buf, boolean nonblock, FsContext ctx) {
        int check = JobRules.mayRead(this, ctx);
        if (check < 0) {
            return check;
        }
        long len = buf.length();
        if (len == 0) {
            return 0;
        }
        // A canonical read may take a whole line (4096 bytes at most) at once.
        byte[] chunk = new byte[(int) Math.min(len, InputQueue.CAPACITY)];
        if (termios.canonical()) {
            return readLine(buf, chunk, nonblock, ctx.waiter);
        }
        return readRaw(buf, chunk, nonblock, ctx.waiter);
    }

    private long readLine(IoBuffer buf, byte[] chunk, boolean nonblock, Waiter waiter) {
        for (;;) {
            int n = -1;
            synchronized (this) {
                if (ldisc.readable(1)) {
                    n = ldisc.take(chunk, 0, chunk.length);
                } else if (hungUp || inputEnded) {
                    return 0;
                }
            }
            if (n >= 0) {
                consumed();
                int c = buf.fromArray(0, chunk, 0, n);
                return c > 0 || n == 0 ? c : -Errno.EFAULT; // a fault loses the rest, as on Linux
            }
            if (nonblock) {
                return -Errno.EAGAIN;
            }
            int w = waiter.waitOn(waiters, Poll.IN,
                    () -> ldisc.readable(1) || hungUp || inputEnded || !termios.canonical());
            if (w < 0) {
                return w;
            }
            if (!termios.canonical()) {
                return readRaw(buf, chunk, nonblock, waiter);
            }
        }
    }

    /** Non-canonical read with VMIN/VTIME (Linux's rules: see n_tty_read). */
    private long readRaw(IoBuffer buf, byte[] chunk, boolean nonblock, Waiter waiter) {
        long len = buf.length();
        int min = termios.ccValue(Termios.VMIN);
        long timeNanos = termios.ccValue(Termios.VTIME) * NANOS_PER_DECISECOND;
        long minimum = min > 0 ? Math.min(min, len) : 1;
        boolean interByteTimer = min > 0 && timeNanos > 0;
        long deadline = min == 0 && timeNanos > 0 ? waiter.monotonicNanos() + timeNanos : Waiter.FOREVER;
        long done = 0;
        for (;;) {
            int n;
            synchronized (this) {
                n = ldisc.take(chunk, 0, (int) Math.min(chunk.length, len - done));
            }
            if (n > 0) {
                consumed();
                int c = buf.fromArray(done, chunk, 0, n);
                if (c < n) {
                    return done + c > 0 ? done + c : -Errno.EFAULT;
                }
                done += n;
                if (interByteTimer) {
                    deadline = waiter.monotonicNanos() + timeNanos;
                }
                continue;
            }
            if (done >= minimum || hungUp || inputEnded || min == 0 && timeNanos == 0) {
                return done;
            }
            if (nonblock) {
                return done > 0 ? done : -Errno.EAGAIN;
            }
            int w = waiter.waitOn(waiters, Poll.IN, () -> ldisc.ready.size() > 0 || hungUp || inputEnded, deadline);
            if (w == -Errno.ETIMEDOUT) {
                return done;
            }
            if (w < 0) {
                return done > 0 ? done : w;
            }
        }
    }

    private void consumed() {
        driver.inputConsumed();
        waiters.wake(Poll.OUT);
    }

    // ---- writing -------------------------------------------------------------------------

    public long write(IoBuffer buf, boolean nonblock, FsContext ctx) {
        int check = JobRules.mayWrite(this, ctx);
        if (check < 0) {
            return check;
        }
        long len = buf.length();
        byte[] chunk = new byte[(int) Math.min(Math.max(len, 1), CHUNK_BYTES)];
        long done = 0;
        while (done < len) {
            if (hungUp) {
                return done > 0 ? done : -Errno.EIO;
            }
            if (!canWrite()) {
                if (nonblock) {
                    return done > 0 ? done : -Errno.EAGAIN;
                }
                int w = ctx.waiter.waitOn(waiters, Poll.OUT, () -> canWrite() || hungUp);
                if (w < 0) {
                    return done > 0 ? done : w;
                }
                continue;
            }
            // Output processing may double a byte (\n -> \r\n) or expand a tab to 8 spaces.
            int n = (int) Math.min(Math.min(chunk.length, len - done), Math.max(1, driver.writeRoom() / 8));
            int c = buf.toArray(done, chunk, 0, n);
            synchronized (this) {
                ldisc.write(chunk, 0, c);
            }
            done += c;
            if (c < n) {
                return done > 0 ? done : -Errno.EFAULT;
            }
        }
        return done;
    }

    private boolean canWrite() {
        return !ldisc.outputStopped() && driver.writeRoom() > 0;
    }

    /** TCIOFF/TCION: a START or STOP character straight to the device (no processing). */
    void sendControlChar(int c) {
        if (c == Termios.DISABLED) {
            return;
        }
        synchronized (this) {
            driver.write(new byte[] {(byte) c}, 0, 1);
        }
    }

    /** Kernel output (messages, the kernel's own writes): processed, never blocks. */
    public void writeFromKernel(byte[] b, int off, int len) {
        synchronized (this) {
            ldisc.write(b, off, len);
        }
    }

    // ---- state ---------------------------------------------------------------------------

    public int poll() {
        int mask = 0;
        if (hungUp) {
            return Poll.IN | Poll.OUT | Poll.POLLHUP | Poll.POLLERR;
        }
        int min = termios.ccValue(Termios.VMIN);
        int need = !termios.canonical() && min > 0 && termios.ccValue(Termios.VTIME) == 0 ? min : 1;
        if (ldisc.readable(need) || inputEnded) {
            mask |= Poll.IN;
        }
        if (canWrite()) {
            mask |= Poll.OUT;
        }
        return mask;
    }

    /** The session this terminal controls (0: none). */
    public int session() {
        return session;
    }

    /** Its foreground process group (0: none). */
    public int foregroundGroup() {
        return pgrp;
    }

    void setControlling(int sid, int group) {
        session = sid;
        pgrp = group;
    }

    void setForegroundGroup(int group) {
        pgrp = group;
    }

    /** No session controls it any more. */
    public void disassociate() {
        session = 0;
        pgrp = 0;
    }

    public Winsize winsize() {
        return winsize;
    }

    /** TIOCSWINSZ: a change sends SIGWINCH to the foreground group. */
    public void setWinsize(Winsize w) {
        Winsize old = winsize;
        winsize = w;
        int group = pgrp;
        if (!old.sameAs(w) && group > 0) {
            Ttys.jobs().signalGroup(group, Signals.SIGWINCH);
        }
    }

    /** A copy of the settings. */
    public synchronized Termios termios() {
        return termios.copy();
    }

    /** TCSETS*: new settings; flushInput for TCSETSF. */
    public void setTermios(Termios t, boolean flushInput) {
        synchronized (this) {
            boolean wasCanonical = termios.canonical();
            termios.setFrom(t);
            if (flushInput) {
                ldisc.flushInput();
            }
            ldisc.settingsChanged(wasCanonical);
        }
        waiters.wake(Poll.ANY);
    }

    /** TCFLSH's input half. */
    public void flushInput() {
        synchronized (this) {
            ldisc.flushInput();
        }
        waiters.wake(Poll.OUT);
    }

    /** TCXONC: stop or restart output as ^S/^Q would. */
    void setOutputStopped(boolean stopped) {
        synchronized (this) {
            ldisc.setOutputStopped(stopped);
        }
        waiters.wake(Poll.OUT);
    }

    public int readableBytes() {
        synchronized (this) {
            return ldisc.readableBytes();
        }
    }

    int outputQueued() {
        return driver.outputQueued();
    }

    boolean termiosFlag(int localBits) {
        return termios.local(localBits);
    }

    public boolean isHungUp() {
        return hungUp;
    }

    /** The other side went away (a PTY master closed): readers see end of file, writers EIO. */
    public void hangUp() {
        hungUp = true;
        int group = pgrp;
        int sid = session;
        disassociate();
        waiters.wake(Poll.ANY);
        if (group > 0) {
            Ttys.jobs().signalGroup(group, Signals.SIGHUP);
            Ttys.jobs().signalGroup(group, Signals.SIGCONT);
        }
        if (sid > 0) {
            Ttys.jobs().signalProcess(sid, Signals.SIGHUP);
        }
    }

    /**
     * The line's input has ended for good (the host closed the standard input of a run= boot's
     * console): once the queued input is read, reads return 0 as at the end of a pipe. Unlike a
     * hang-up, nobody is signalled and writes go on.
     */
    public void endInput() {
        inputEnded = true;
        waiters.wake(Poll.IN);
    }

    public boolean isInputEnded() {
        return inputEnded;
    }

    /** Forgets this terminal (its PTY pair is gone). */
    public void destroy() {
        Ttys.unregister(this);
    }

    /** The output column (tests, the line editor's view). */
    int column() {
        return ldisc.column();
    }

    @Override
    public String toString() {
        return name;
    }
}
