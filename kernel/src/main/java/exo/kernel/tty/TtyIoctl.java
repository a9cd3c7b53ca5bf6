/*
 * The terminal ioctls (asm-generic/ioctls.h numbers): settings (TCGETS, TCSETS, TCSETSW,
 * TCSETSF and the termios2 forms), window size (TIOCGWINSZ, TIOCSWINSZ), job control
 * (TIOCGPGRP, TIOCSPGRP, TIOCSCTTY, TIOCNOTTY, TIOCGSID), queues (FIONREAD, TIOCOUTQ, TCFLSH,
 * TCXONC, TCSBRK), and TIOCSTI, TIOCEXCL/TIOCNXCL, TIOCGETD/TIOCSETD, TIOCGDEV. The argument's
 * memory comes as an IoBuffer (the syscall layer's window on the user's pointer), so this runs
 * on the host too; values like TIOCSCTTY's come as `arg`. Output is written synchronously, so
 * the "wait until sent" forms (TCSETSW, TCSBRK) have nothing to wait for. Unknown requests are
 * ENOTTY, as Linux answers. Called through TtyFile; PTY masters add theirs in front.
 */
package exo.kernel.tty;

import exo.kernel.fs.Errno;
import exo.kernel.fs.IoBuffer;
import exo.kernel.fs.abi.Le;
import exo.kernel.fs.vfs.FsContext;

public final class TtyIoctl {
    private TtyIoctl() {}

    public static final int TCGETS = 0x5401;
    public static final int TCSETS = 0x5402;
    public static final int TCSETSW = 0x5403;
    public static final int TCSETSF = 0x5404;
    public static final int TCSBRK = 0x5409;
    public static final int TCXONC = 0x540A;
    public static final int TCFLSH = 0x540B;
    public static final int TIOCEXCL = 0x540C;
    public static final int TIOCNXCL = 0x540D;
    public static final int TIOCSCTTY = 0x540E;
    public static final int TIOCGPGRP = 0x540F;
    public static final int TIOCSPGRP = 0x5410;
    public static final int TIOCOUTQ = 0x5411;
    public static final int TIOCSTI = 0x5412;
    public static final int TIOCGWINSZ = 0x5413;
    public static final int TIOCSWINSZ = 0x5414;
    public static final int FIONREAD = 0x541B;
    public static final int TIOCNOTTY = 0x5422;
    public static final int TIOCSETD = 0x5423;
    public static final int TIOCGETD = 0x5424;
    public static final int TCSBRKP = 0x5425;
    public static final int TIOCGSID = 0x5429;
    public static final int TCGETS2 = 0x802C542A;
    public static final int TCSETS2 = 0x402C542B;
    public static final int TCSETSW2 = 0x402C542C;
    public static final int TCSETSF2 = 0x402C542D;
    public static final int TIOCGDEV = 0x80045432;
    /** The most bytes any request here reads or writes at the argument (termios2). */
    public static final int MAX_ARG_BYTES = TermiosLayout.TERMIOS2_SIZE;

    /** TCFLSH / TCXONC arguments. */
    static final int TCIFLUSH = 0;
    static final int TCOFLUSH = 1;
    static final int TCIOFLUSH = 2;
    static final int TCOOFF = 0;
    static final int TCOON = 1;
    static final int TCIOFF = 2;
    static final int TCION = 3;

    /** Is request one of the terminal requests (the syscall layer routes these to terminals)? */
    public static boolean isTerminalRequest(int request) {
        return (request & 0xFF00) == 0x5400 && request != 0x5421 && (request & 0xFF) < 0x50 // FIONBIO, FIO*CLEX
                || request == TCGETS2 || request == TCSETS2 || request == TCSETSW2 || request == TCSETSF2
                || request == TIOCGDEV || (request & 0xFFFF) >= 0x5430 && (request & 0xFFFF) <= 0x5441;
    }

    /**
     * One request on terminal t. mem covers the user's argument; readable says whether the
     * descriptor was opened for reading (TIOCSCTTY needs it unless root).
     */
    public static long ioctl(Tty t, int request, long arg, IoBuffer mem, FsContext ctx, boolean readable) {
        switch (request) {
            case TCGETS:
            case TCGETS2:
                return put(mem, TermiosLayout.encode(t.termios(), request == TCGETS2));
            case TCSETS:
            case TCSETSW:
            case TCSETSF:
                return setTermios(t, mem, ctx, false, request == TCSETSF);
            case TCSETS2:
            case TCSETSW2:
            case TCSETSF2:
                return setTermios(t, mem, ctx, true, request == TCSETSF2);
            case TIOCGWINSZ:
                return put(mem, TermiosLayout.encode(t.winsize()));
            case TIOCSWINSZ: {
                byte[] b = new byte[TermiosLayout.WINSIZE_SIZE];
                if (mem.toArray(0, b, 0, b.length) < b.length) {
                    return -Errno.EFAULT;
                }
                t.setWinsize(TermiosLayout.decodeWinsize(b));
                return 0;
            }
            case TIOCGPGRP:
                return putInt(mem, JobRules.foregroundGroup(t, ctx));
            case TIOCSPGRP: {
                long group = getInt(mem);
                return group == FAULT ? -Errno.EFAULT : JobRules.setForegroundGroup(t, ctx, (int) group);
            }
            case TIOCGSID:
                return putInt(mem, JobRules.session(t, ctx));
            case TIOCSCTTY:
                return JobRules.setControlling(t, ctx, arg == 1, readable);
            case TIOCNOTTY:
                return JobRules.giveUp(t, ctx);
            default:
                return queues(t, request, arg, mem, ctx);
        }
    }

    private static long queues(Tty t, int request, long arg, IoBuffer mem, FsContext ctx) {
        switch (request) {
            case FIONREAD:
                return putInt(mem, t.readableBytes());
            case TIOCOUTQ:
                return putInt(mem, t.outputQueued());
            case TCFLSH:
                return flush(t, (int) arg, ctx);
            case TCXONC:
                return flowControl(t, (int) arg, ctx);
            case TCSBRK:
            case TCSBRKP: {
                int check = JobRules.mayChange(t, ctx);
                return check < 0 ? check : 0; // output is already sent; no break on these lines
            }
            case TIOCSTI:
                return simulateInput(t, mem, ctx);
            case TIOCEXCL:
            case TIOCNXCL:
                t.exclusive = request == TIOCEXCL;
                return 0;
            case TIOCGETD:
                return putInt(mem, 0);
            case TIOCSETD: {
                long ldisc = getInt(mem);
                return ldisc == FAULT ? -Errno.EFAULT : ldisc == 0 ? 0 : -Errno.EINVAL; // N_TTY only
            }
            case TIOCGDEV:
                return putInt(mem, (int) newEncodedDev(t.rdev));
            default:
                return -Errno.ENOTTY;
        }
    }

    private static long setTermios(Tty t, IoBuffer mem, FsContext ctx, boolean termios2, boolean flush) {
        int check = JobRules.mayChange(t, ctx);
        if (check < 0) {
            return check;
        }
        byte[] b = new byte[termios2 ? TermiosLayout.TERMIOS2_SIZE : TermiosLayout.TERMIOS_SIZE];
        if (mem.toArray(0, b, 0, b.length) < b.length) {
            return -Errno.EFAULT;
        }
        t.setTermios(TermiosLayout.decode(b, termios2), flush);
        return 0;
    }

    private static long flush(Tty t, int which, FsContext ctx) {
        if (which < TCIFLUSH || which > TCIOFLUSH) {
            return -Errno.EINVAL;
        }
        int check = JobRules.mayChange(t, ctx);
        if (check < 0) {
            return check;
        }
        if (which != TCOFLUSH) {
            t.flushInput();
        }
        return 0; // the output queue is always empty: output is sent as it is written
    }

    private static long flowControl(Tty t, int action, FsContext ctx) {
        int check = JobRules.mayChange(t, ctx);
        if (check < 0) {
            return check;
        }
        switch (action) {
            case TCOOFF:
                t.setOutputStopped(true);
                return 0;
            case TCOON:
                t.setOutputStopped(false);
                return 0;
            case TCIOFF:
            case TCION:
                // Asks the other end to stop or restart sending: the STOP or START character.
                t.sendControlChar(t.termios().ccValue(action == TCIOFF ? Termios.VSTOP : Termios.VSTART));
                return 0;
            default:
                return -Errno.EINVAL;
        }
    }

    /** TIOCSTI: one byte as if typed; only on the caller's controlling terminal, or by root. */
    private static long simulateInput(Tty t, IoBuffer mem, FsContext ctx) {
        if (ctx.cred.euid != 0 && !JobRules.isControlling(t, ctx)) {
            return -Errno.EPERM;
        }
        byte[] b = new byte[1];
        if (mem.toArray(0, b, 0, 1) < 1) {
            return -Errno.EFAULT;
        }
        t.receive(b, 0, 1);
        return 0;
    }

    /** Linux's new_encode_dev for a 32-bit dev_t. */
    private static long newEncodedDev(long rdev) {
        long major = exo.kernel.fs.FileMode.major(rdev);
        long minor = exo.kernel.fs.FileMode.minor(rdev);
        return (minor & 0xFF) | (major << 8) | ((minor & ~0xFFL) << 12);
    }

    /** Stores bytes at the argument; 0 or -EFAULT. */
    static long put(IoBuffer mem, byte[] b) {
        return mem.fromArray(0, b, 0, b.length) < b.length ? -Errno.EFAULT : 0;
    }

    /** Stores an int result (a negative value is an errno and is returned instead). */
    static long putInt(IoBuffer mem, int value) {
        if (value < 0) {
            return value;
        }
        byte[] b = new byte[4];
        Le.put32(b, 0, value);
        return put(mem, b);
    }

    /** getInt's answer when the argument cannot be read (no int has this value). */
    static final long FAULT = Long.MIN_VALUE;

    /** The int at the argument, or FAULT. */
    static long getInt(IoBuffer mem) {
        byte[] b = new byte[4];
        if (mem.toArray(0, b, 0, 4) < 4) {
            return FAULT;
        }
        return Le.get32(b, 0);
    }
}
