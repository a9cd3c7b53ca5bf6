/*
 * An open terminal (/dev/ttyS0, /dev/tty1, /dev/pts/3, /dev/tty, /dev/console...): reads,
 * writes, poll and the terminal ioctls go to its Tty with the file's O_NONBLOCK; FIONREAD
 * reports the bytes a read would take. Opening it may make it the caller's controlling
 * terminal (JobRules.opened). `onRelease` lets a PTY slave count its opens.
 */
package exo.kernel.tty;

import exo.kernel.fs.IoBuffer;
import exo.kernel.fs.devfs.DeviceFile;
import exo.kernel.fs.vfs.Dentry;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.wait.PollTable;

public final class TtyFile extends DeviceFile implements TerminalFile {
    public final Tty tty;
    private final Runnable onRelease;

    public TtyFile(Dentry d, int flags, Tty tty, Runnable onRelease) {
        super(d, flags);
        this.tty = tty;
        this.onRelease = onRelease;
    }

    @Override
    public long read(IoBuffer buf, FsContext ctx) {
        return tty.read(buf, isNonBlocking(), ctx);
    }

    @Override
    public long write(IoBuffer buf, FsContext ctx) {
        return tty.write(buf, isNonBlocking(), ctx);
    }

    @Override
    public int poll(PollTable table) {
        if (table != null) {
            table.register(tty.waiters);
        }
        return tty.poll();
    }

    @Override
    public long readableBytes() {
        return tty.readableBytes();
    }

    @Override
    public long terminalIoctl(int request, long arg, IoBuffer argMemory, FsContext ctx) {
        return TtyIoctl.ioctl(tty, request, arg, argMemory, ctx, canRead());
    }

    @Override
    protected void release() {
        if (onRelease != null) {
            onRelease.run();
        }
    }

    @Override
    public String describe(FsContext ctx) {
        return dentry != null ? super.describe(ctx) : "/dev/" + tty.name;
    }
}
