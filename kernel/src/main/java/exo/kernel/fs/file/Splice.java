/*
 * splice, tee and vmsplice: data moved to or from a pipe inside the kernel. Exo-OS copies
 * (through a kernel buffer of at most 64 KiB per step) where Linux moves page references;
 * what a caller can observe is the same. Bytes taken from a pipe are claimed first (other
 * readers of the pipe wait meanwhile) and dropped only once the output has taken them
 * (Pipe.claim/commit), so a refusing output loses nothing and no other reader sees them.
 * Into a pipe, splice reads at most the pipe's free space (waiting for some, unless
 * non-blocking), so the write never blocks with the input's bytes in hand; vmsplice likewise
 * puts in what fits and returns that count. The checks follow
 * Linux's order: descriptors and access modes (EBADF), an offset for a pipe side (ESPIPE), no
 * pipe at all, the same pipe on both sides, an O_APPEND output, an offset on a file that has
 * none, or a negative offset (EINVAL). SPLICE_F_NONBLOCK or a pipe's O_NONBLOCK makes waits
 * EAGAIN. Called through FileIo by the syscall layer's SpliceCalls.
 */
package exo.kernel.fs.file;

import exo.kernel.fs.ArrayBuffer;
import exo.kernel.fs.Clamp;
import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.IoBuffer;
import exo.kernel.fs.Limits;
import exo.kernel.fs.pipe.Pipe;
import exo.kernel.fs.pipe.PipeFile;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.OpenFile;

final class Splice {
    private Splice() {}

    static final int SPLICE_F_MOVE = 1;
    static final int SPLICE_F_NONBLOCK = 2;
    static final int SPLICE_F_MORE = 4;
    static final int SPLICE_F_GIFT = 8;
    static final int SPLICE_F_ALL = SPLICE_F_MOVE | SPLICE_F_NONBLOCK | SPLICE_F_MORE | SPLICE_F_GIFT;
    private static final int CHUNK_BYTES = 64 * 1024;

    /** splice; inOff/outOff are null or one-element cells that are used and advanced. */
    static long splice(FsContext ctx, FdTable fds, int inFd, long[] inOff, int outFd, long[] outOff, long len, int flags) {
        if ((flags & ~SPLICE_F_ALL) != 0) {
            return -Errno.EINVAL;
        }
        OpenFile in = fds.acquire(inFd);
        OpenFile out = fds.acquire(outFd);
        try {
            if (in == null || out == null || !in.canRead() || !out.canWrite()) {
                return -Errno.EBADF;
            }
            Pipe ip = pipeOf(in);
            Pipe op = pipeOf(out);
            if (ip != null && inOff != null || op != null && outOff != null) {
                return -Errno.ESPIPE;
            }
            long check = checkFileSide(ip, op, in, inOff, out, outOff);
            if (check != 0) {
                return check;
            }
            long n = Math.min(len, Limits.MAX_RW_COUNT);
            if (n == 0) {
                return 0;
            }
            boolean nonblock = (flags & SPLICE_F_NONBLOCK) != 0;
            return ip != null ? fromPipe(ctx, ip, nonblock || in.isNonBlocking(), out, outOff, n)
                    : toPipe(ctx, in, inOff, op, nonblock || out.isNonBlocking(), n);
        } finally {
            release(in, out);
        }
    }

    /** EINVAL cases beyond "which side is a pipe": none, the same one, append, bad offsets. */
    private static long checkFileSide(Pipe ip, Pipe op, OpenFile in, long[] inOff, OpenFile out, long[] outOff) {
        if (ip == null && op == null || ip != null && ip == op) {
            return -Errno.EINVAL;
        }
        if (op == null && out.isAppend()) {
            return -Errno.EINVAL;
        }
        if (inOff != null && (!in.positional() || inOff[0] < 0) || outOff != null && (!out.positional() || outOff[0] < 0)) {
            return -Errno.EINVAL;
        }
        return 0;
    }

    /** The pipe's bytes (claimed) to out, then dropped as far as out took them. */
    private static long fromPipe(FsContext ctx, Pipe ip, boolean nonblock, OpenFile out, long[] outOff, long n) {
        byte[] buf = new byte[(int) Math.min(CHUNK_BYTES, n)];
        long got = ip.claim(new ArrayBuffer(buf, 0, buf.length), nonblock, ctx.waiter);
        if (got <= 0) {
            return got;
        }
        long put = 0;
        try {
            ArrayBuffer data = new ArrayBuffer(buf, 0, (int) got);
            put = outOff == null ? out.write(data, ctx) : out.pwrite(data, outOff[0], ctx);
        } finally {
            ip.commit(put);   // also when the write threw: the claim must end
        }
        if (put > 0 && outOff != null) {
            outOff[0] += put;
        }
        return put;
    }

    /** in's bytes, as many as the pipe has room for, into the pipe. */
    private static long toPipe(FsContext ctx, OpenFile in, long[] inOff, Pipe op, boolean nonblock, long n) {
        long free = op.waitForSpace(nonblock, ctx.waiter);
        if (free < 0) {
            return free;
        }
        byte[] buf = new byte[(int) Math.min(Math.min(CHUNK_BYTES, n), free)];
        ArrayBuffer chunk = new ArrayBuffer(buf, 0, buf.length);
        long got = inOff == null ? in.read(chunk, ctx) : in.pread(chunk, inOff[0], ctx);
        if (got <= 0) {
            return got;
        }
        long put = op.write(new ArrayBuffer(buf, 0, (int) got), nonblock, ctx.waiter);
        long kept = Math.max(put, 0);
        if (inOff != null) {
            inOff[0] += kept;
        } else if (kept < got && in.positional()) {
            in.lseek(kept - got, FsFlags.SEEK_CUR);   // give back what the pipe did not take
        }
        return put;
    }

    /** tee: copies the in pipe's bytes into the out pipe without taking them from in. */
    static long tee(FsContext ctx, FdTable fds, int inFd, int outFd, long len, int flags) {
        if ((flags & ~SPLICE_F_ALL) != 0) {
            return -Errno.EINVAL;
        }
        OpenFile in = fds.acquire(inFd);
        OpenFile out = fds.acquire(outFd);
        try {
            if (in == null || out == null || !in.canRead() || !out.canWrite()) {
                return -Errno.EBADF;
            }
            Pipe ip = pipeOf(in);
            Pipe op = pipeOf(out);
            if (ip == null || op == null || ip == op) {
                return -Errno.EINVAL;
            }
            long n = Math.min(len, Limits.MAX_RW_COUNT);
            if (n == 0) {
                return 0;
            }
            boolean nonblock = (flags & SPLICE_F_NONBLOCK) != 0;
            byte[] buf = new byte[(int) Math.min(CHUNK_BYTES, n)];
            long got = ip.peek(new ArrayBuffer(buf, 0, buf.length), nonblock || in.isNonBlocking(), ctx.waiter);
            if (got <= 0) {
                return got;
            }
            return op.write(new ArrayBuffer(buf, 0, (int) got), nonblock || out.isNonBlocking(), ctx.waiter);
        } finally {
            release(in, out);
        }
    }

    /** vmsplice: the caller's buffers into a pipe's write end, or out of its read end. */
    static long vmsplice(FsContext ctx, FdTable fds, int fd, IoBuffer user, int flags) {
        if ((flags & ~SPLICE_F_ALL) != 0) {
            return -Errno.EINVAL;
        }
        OpenFile f = fds.acquire(fd);
        if (f == null) {
            return -Errno.EBADF;
        }
        try {
            Pipe p = pipeOf(f);
            if (p == null) {
                return -Errno.EBADF;
            }
            boolean nonblock = (flags & SPLICE_F_NONBLOCK) != 0 || f.isNonBlocking();
            if (f.canWrite()) {   // as much as fits now (waiting only while nothing does)
                long free = p.waitForSpace(nonblock, ctx.waiter);
                return free < 0 ? free : p.write(Clamp.prefix(user, free), nonblock, ctx.waiter);
            }
            return f.canRead() ? p.read(user, nonblock, ctx.waiter) : -Errno.EBADF;
        } finally {
            f.put();
        }
    }

    private static Pipe pipeOf(OpenFile f) {
        return f instanceof PipeFile ? ((PipeFile) f).pipe : null;
    }

    private static void release(OpenFile a, OpenFile b) {
        if (a != null) {
            a.put();
        }
        if (b != null) {
            b.put();
        }
    }
}
