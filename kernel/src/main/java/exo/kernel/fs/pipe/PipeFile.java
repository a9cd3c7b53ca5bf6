/*
 * One end of a pipe or FIFO as an open file: the read end, the write end, or both (a FIFO opened
 * O_RDWR). Reads and writes go to the Pipe with the file's O_NONBLOCK; lseek and pread/pwrite
 * fail with ESPIPE; FIONREAD reports the bytes buffered; F_GETPIPE_SZ/F_SETPIPE_SZ read and
 * change the capacity. Releasing the end updates the pipe's reader and writer counts; a FIFO's
 * pipe is dropped when its last end goes (unread data is lost, as on Linux).
 */
package exo.kernel.fs.pipe;

import exo.kernel.fs.IoBuffer;
import exo.kernel.fs.vfs.Dentry;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.Inode;
import exo.kernel.fs.vfs.OpenFile;
import exo.kernel.fs.wait.PollTable;

public final class PipeFile extends OpenFile {
    public final Pipe pipe;
    private final boolean reader;
    private final boolean writer;
    /** The pipe's writersOpened when this end opened (FIFO hang-up reporting). */
    private final long writersAtOpen;

    PipeFile(Dentry dentry, Inode inode, int flags, Pipe pipe, boolean reader, boolean writer) {
        super(dentry, inode, flags);
        this.pipe = pipe;
        this.reader = reader;
        this.writer = writer;
        this.writersAtOpen = reader && !writer && dentry != null ? pipe.writersOpened : -1;
    }

    @Override
    public long read(IoBuffer buf, FsContext ctx) {
        return pipe.read(buf, isNonBlocking(), ctx.waiter);
    }

    @Override
    public long write(IoBuffer buf, FsContext ctx) {
        return pipe.write(buf, isNonBlocking(), ctx.waiter);
    }

    @Override
    public int poll(PollTable table) {
        if (table != null) {
            pipe.markPolled();
            table.register(pipe.waiters);
        }
        return pipe.poll(reader, writer, writersAtOpen);
    }

    @Override
    public long readableBytes() {
        return pipe.available();
    }

    @Override
    public long pipeSize() {
        return pipe.capacity();
    }

    @Override
    public long setPipeSize(long bytes, boolean privileged) {
        return pipe.resize(bytes, privileged);
    }

    @Override
    protected void release() {
        pipe.closed(reader, writer);
        if (dentry != null) {
            Fifos.lastEndGone(inode, pipe);
        }
    }

    @Override
    public String describe(FsContext ctx) {
        return dentry == null ? "pipe:[" + inode.ino + "]" : super.describe(ctx);
    }
}
