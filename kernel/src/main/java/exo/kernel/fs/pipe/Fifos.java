/*
 * Opening a FIFO (named pipe): the inode's Pipe is created by the first open and dropped with the
 * last end. A blocking open for reading waits until some writer has opened, one for writing until
 * some reader has (counted by opens made, so a writer that came and went still releases the
 * reader); O_RDWR never waits; a non-blocking open for writing with no reader fails with ENXIO.
 * An interrupted wait undoes the open. Called through the VFS's SpecialFiles.
 */
package exo.kernel.fs.pipe;

import exo.kernel.fs.Errno;
import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.vfs.Dentry;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.Inode;
import exo.kernel.fs.vfs.OpenResult;
import exo.kernel.fs.wait.Poll;

public final class Fifos {
    private Fifos() {}

    public static OpenResult open(Dentry d, int flags, FsContext ctx) {
        Inode inode = d.inode;
        boolean nonblock = (flags & OpenFlags.O_NONBLOCK) != 0;
        int mode = flags & OpenFlags.O_ACCMODE;
        boolean reader = mode == OpenFlags.O_RDONLY || mode == OpenFlags.O_RDWR;
        boolean writer = mode == OpenFlags.O_WRONLY || mode == OpenFlags.O_RDWR;
        Pipe pipe;
        long peerSeen;
        inode.lock.lock();
        try {
            pipe = (Pipe) inode.fifo;
            if (pipe == null) {
                pipe = new Pipe();
                inode.fifo = pipe;
            }
            if (writer && !reader && nonblock && pipe.readers == 0) {
                dropIfUnused(inode, pipe);
                return OpenResult.fail(-Errno.ENXIO);
            }
            peerSeen = pipe.opened(reader, writer);
        } finally {
            inode.lock.unlock();
        }
        PipeFile f = new PipeFile(d, inode, flags, pipe, reader, writer);
        if (!nonblock && reader != writer && peerSeen >= 0) {
            int w = waitForPeer(pipe, reader, peerSeen, ctx);
            if (w < 0) {
                f.put(); // undoes the open: counts, and the pipe if nobody else has it
                return OpenResult.fail(w);
            }
        }
        return OpenResult.of(f);
    }

    /**
     * Waits until an end of the other kind opens after the moment seen was counted (one that
     * opened and closed again in between still releases this open).
     */
    private static int waitForPeer(Pipe pipe, boolean reader, long seen, FsContext ctx) {
        if (reader) {
            return ctx.waiter.waitOn(pipe.waiters, Poll.ANY, () -> pipe.writersOpened != seen || pipe.writers > 0);
        }
        return ctx.waiter.waitOn(pipe.waiters, Poll.ANY, () -> pipe.readersOpened != seen || pipe.readers > 0);
    }

    /** A FIFO end was released: the pipe goes when no end is left. */
    static void lastEndGone(Inode inode, Pipe pipe) {
        inode.lock.lock();
        try {
            dropIfUnused(inode, pipe);
        } finally {
            inode.lock.unlock();
        }
    }

    private static void dropIfUnused(Inode inode, Pipe pipe) {
        if (inode.fifo == pipe && pipe.readers == 0 && pipe.writers == 0) {
            inode.fifo = null;
        }
    }
}
