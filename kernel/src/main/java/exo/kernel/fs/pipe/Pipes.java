/*
 * pipe() and pipe2(): a new Pipe with its two ends, as open files the syscall layer installs in
 * the caller's descriptor table (pipe2's O_CLOEXEC is the table's business; O_NONBLOCK goes on
 * both ends). O_DIRECT (packet mode) is accepted but the pipe stays a byte stream (FIXME).
 */
package exo.kernel.fs.pipe;

import exo.kernel.fs.Errno;
import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.Inode;
import exo.kernel.fs.vfs.OpenFile;

public final class Pipes {
    private final PipeFs fs;

    public Pipes(PipeFs fs) {
        this.fs = fs;
    }

    /** The read end in ends[0], the write end in ends[1]; 0 or -EINVAL for unknown flags. */
    public int create(FsContext ctx, int flags, OpenFile[] ends) {
        if ((flags & ~(OpenFlags.O_CLOEXEC | OpenFlags.O_NONBLOCK | OpenFlags.O_DIRECT)) != 0) {
            return -Errno.EINVAL;
        }
        Inode inode = fs.newPipeInode(ctx.cred.fsuid, ctx.cred.fsgid);
        Pipe pipe = new Pipe();
        pipe.opened(true, true);
        int status = flags & OpenFlags.O_NONBLOCK;
        ends[0] = new PipeFile(null, inode, OpenFlags.O_RDONLY | status, pipe, true, false);
        ends[1] = new PipeFile(null, inode, OpenFlags.O_WRONLY | status, pipe, false, true);
        return 0;
    }
}
