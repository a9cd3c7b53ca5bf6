/*
 * An open /dev/ptmx: the master side of a PtyPair. read() takes what programs wrote on the
 * slave (EIO once every slave descriptor is closed and nothing is left, as on Linux), write()
 * types into the slave (waiting while its input queue is full), poll() reports both, and its
 * ioctls are the master's: TIOCGPTN (the N of /dev/pts/N), TIOCSPTLCK/TIOCGPTLCK (unlockpt),
 * TIOCSIG (a signal to the slave's foreground group), FIONREAD, the window size (shared with
 * the slave: a change sends SIGWINCH there) and the slave's foreground group (TIOCGPGRP); the
 * settings requests read and set the master's own raw termios. Closing it hangs the slave up
 * and removes /dev/pts/N (DevPts).
 */
package exo.kernel.tty;

import exo.kernel.fs.Errno;
import exo.kernel.fs.IoBuffer;
import exo.kernel.fs.devfs.DeviceFile;
import exo.kernel.fs.vfs.Dentry;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.wait.Poll;
import exo.kernel.fs.wait.PollTable;

public final class PtyMasterFile extends DeviceFile implements TerminalFile {
    public static final int TIOCGPTN = 0x80045430;
    public static final int TIOCSPTLCK = 0x40045431;
    public static final int TIOCSIG = 0x40045436;
    public static final int TIOCGPTLCK = 0x80045439;
    private static final int CHUNK_BYTES = 1024;

    public final PtyPair pair;
    private final DevPts devpts;

    PtyMasterFile(Dentry d, int flags, PtyPair pair, DevPts devpts) {
        super(d, flags);
        this.pair = pair;
        this.devpts = devpts;
    }

    @Override
    public long read(IoBuffer buf, FsContext ctx) {
        long len = buf.length();
        if (len == 0) {
            return 0;
        }
        byte[] chunk = new byte[(int) Math.min(len, PtyPair.OUTPUT_CAPACITY)];
        for (;;) {
            int n = pair.take(chunk, 0, chunk.length);
            if (n > 0) {
                int c = buf.fromArray(0, chunk, 0, n);
                return c > 0 ? c : -Errno.EFAULT;
            }
            if (pair.slaveClosed()) {
                return -Errno.EIO;
            }
            if (isNonBlocking()) {
                return -Errno.EAGAIN;
            }
            int w = ctx.waiter.waitOn(pair.masterWaiters, Poll.IN, () -> pair.queued() > 0 || pair.slaveClosed());
            if (w < 0) {
                return w;
            }
        }
    }

    @Override
    public long write(IoBuffer buf, FsContext ctx) {
        long len = buf.length();
        byte[] chunk = new byte[(int) Math.min(Math.max(len, 1), CHUNK_BYTES)];
        long done = 0;
        while (done < len) {
            int room = pair.slave.inputRoom();
            if (room <= 0) {
                if (isNonBlocking()) {
                    return done > 0 ? done : -Errno.EAGAIN;
                }
                int w = ctx.waiter.waitOn(pair.masterWaiters, Poll.OUT, () -> pair.slave.inputRoom() > 0);
                if (w < 0) {
                    return done > 0 ? done : w;
                }
                continue;
            }
            int n = (int) Math.min(Math.min(chunk.length, len - done), room);
            int c = buf.toArray(done, chunk, 0, n);
            pair.slave.receive(chunk, 0, c);
            done += c;
            if (c < n) {
                return done > 0 ? done : -Errno.EFAULT;
            }
        }
        return done;
    }

    @Override
    public int poll(PollTable table) {
        if (table != null) {
            table.register(pair.masterWaiters);
        }
        int mask = 0;
        if (pair.queued() > 0) {
            mask |= Poll.IN;
        }
        if (pair.slaveClosed()) {
            mask |= Poll.IN | Poll.POLLHUP;
        }
        if (pair.slave.inputRoom() > 0) {
            mask |= Poll.OUT;
        }
        return mask;
    }

    @Override
    public long readableBytes() {
        return pair.queued();
    }

    @Override
    public long terminalIoctl(int request, long arg, IoBuffer mem, FsContext ctx) {
        Tty s = pair.slave;
        switch (request) {
            case TIOCGPTN:
                return TtyIoctl.putInt(mem, pair.index);
            case TIOCSPTLCK: {
                long v = TtyIoctl.getInt(mem);
                if (v == TtyIoctl.FAULT) {
                    return -Errno.EFAULT;
                }
                pair.setLocked(v != 0);
                return 0;
            }
            case TIOCGPTLCK:
                return TtyIoctl.putInt(mem, pair.isLocked() ? 1 : 0);
            case TIOCSIG:
                return signal(s, (int) arg);
            case TtyIoctl.FIONREAD:
                return TtyIoctl.putInt(mem, pair.queued());
            case TtyIoctl.TIOCGWINSZ:
            case TtyIoctl.TIOCSWINSZ:
            case TtyIoctl.TIOCOUTQ:
                return TtyIoctl.ioctl(s, request, arg, mem, ctx, canRead());
            case TtyIoctl.TIOCGPGRP:
                return TtyIoctl.putInt(mem, s.foregroundGroup());
            case TtyIoctl.TCGETS:
                return TtyIoctl.put(mem, TermiosLayout.encode(pair.masterTermios, false));
            case TtyIoctl.TCSETS:
            case TtyIoctl.TCSETSW:
            case TtyIoctl.TCSETSF:
                return setMasterTermios(mem);
            default:
                return -Errno.ENOTTY;
        }
    }

    private long setMasterTermios(IoBuffer mem) {
        byte[] b = new byte[TermiosLayout.TERMIOS_SIZE];
        if (mem.toArray(0, b, 0, b.length) < b.length) {
            return -Errno.EFAULT;
        }
        synchronized (pair) {
            pair.masterTermios.setFrom(TermiosLayout.decode(b, false));
        }
        return 0;
    }

    private static long signal(Tty s, int sig) {
        if (sig <= 0 || sig > exo.kernel.signal.Signals.NSIG) {
            return -Errno.EINVAL;
        }
        int group = s.foregroundGroup();
        if (group > 0) {
            Ttys.jobs().signalGroup(group, sig);
        }
        return 0;
    }

    @Override
    protected void release() {
        pair.masterReleased();
        devpts.remove(pair);
    }

    @Override
    public String describe(FsContext ctx) {
        return "/dev/ptmx";
    }
}
