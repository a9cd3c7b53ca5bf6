/*
 * sendfile and copy_file_range: data moved from one open file to another through a 64 KiB
 * kernel buffer, reading at the file's offset or at a caller-given one (which is then advanced
 * instead), until the count is done, the input ends, or the output takes less. The checks come
 * first, in Linux's order: descriptors (EBADF), access modes (EBADF), O_APPEND outputs (EINVAL
 * for sendfile, EBADF for copy_file_range), file kinds (copy_file_range: regular files only,
 * EISDIR for directories), overlapping ranges of one file (EINVAL). Called through FileIo.
 */
package exo.kernel.fs.file;

import exo.kernel.fs.ArrayBuffer;
import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.Limits;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.OpenFile;

final class Transfer {
    private Transfer() {}

    private static final int CHUNK = 64 * 1024;

    /** sendfile(out, in, offset, count): offset is null or a one-element in/out cell. */
    static long sendfile(FsContext ctx, FdTable fds, int outFd, int inFd, long[] offset, long count) {
        OpenFile in = fds.acquire(inFd);
        OpenFile out = fds.acquire(outFd);
        try {
            if (in == null || out == null || !in.canRead() || !out.canWrite()) {
                return -Errno.EBADF;
            }
            if (out.isAppend() || in.inode.isDir()) {
                return -Errno.EINVAL;
            }
            if (offset != null && (!in.positional() || offset[0] < 0)) {
                return offset[0] < 0 ? -Errno.EINVAL : -Errno.ESPIPE;
            }
            return copy(ctx, in, offset, out, null, Math.min(count, Limits.MAX_RW_COUNT));
        } finally {
            release(in, out);
        }
    }

    static long copyFileRange(FsContext ctx, FdTable fds, int inFd, long[] inOff, int outFd, long[] outOff,
                              long len, int flags) {
        if (flags != 0) {
            return -Errno.EINVAL;
        }
        OpenFile in = fds.acquire(inFd);
        OpenFile out = fds.acquire(outFd);
        try {
            if (in == null || out == null || !in.canRead() || !out.canWrite() || out.isAppend()) {
                return -Errno.EBADF;
            }
            if (in.inode.isDir() || out.inode.isDir()) {
                return -Errno.EISDIR;
            }
            if (!in.inode.isRegular() || !out.inode.isRegular()) {
                return -Errno.EINVAL;
            }
            long from = inOff != null ? inOff[0] : in.position();
            long to = outOff != null ? outOff[0] : out.position();
            if (from < 0 || to < 0) {
                return -Errno.EINVAL;
            }
            // Linux cuts the count at the input's end first (0 at or past it), then checks overlap.
            long n = Math.max(0, Math.min(Math.min(len, Limits.MAX_RW_COUNT), in.inode.size() - from));
            if (n == 0) {
                return 0;
            }
            if (in.inode == out.inode && from < to + n && to < from + n) {
                return -Errno.EINVAL; // overlapping ranges of one file
            }
            long[] inCell = inOff != null ? inOff : new long[] {from};
            long[] outCell = outOff != null ? outOff : new long[] {to};
            long done = copy(ctx, in, inCell, out, outCell, n);
            if (done > 0) {
                if (inOff == null) {
                    in.lseek(inCell[0], FsFlags.SEEK_SET);
                }
                if (outOff == null) {
                    out.lseek(outCell[0], FsFlags.SEEK_SET);
                }
            }
            return done;
        } finally {
            release(in, out);
        }
    }

    /** Moves up to count bytes; inPos/outPos null means "at the file's own offset". */
    private static long copy(FsContext ctx, OpenFile in, long[] inPos, OpenFile out, long[] outPos, long count) {
        byte[] buf = new byte[(int) Math.min(CHUNK, Math.max(count, 1))];
        long done = 0;
        while (done < count) {
            int want = (int) Math.min(buf.length, count - done);
            ArrayBuffer chunk = new ArrayBuffer(buf, 0, want);
            long got = inPos == null ? in.read(chunk, ctx) : in.pread(chunk, inPos[0], ctx);
            if (got <= 0) {
                return done > 0 ? done : got;
            }
            ArrayBuffer data = new ArrayBuffer(buf, 0, (int) got);
            long put = outPos == null ? out.write(data, ctx) : out.pwrite(data, outPos[0], ctx);
            if (put <= 0) {
                unread(in, inPos, got);
                return done > 0 ? done : put;
            }
            if (inPos != null) {
                inPos[0] += put;
            }
            if (outPos != null) {
                outPos[0] += put;
            }
            done += put;
            if (put < got) {
                unread(in, inPos, got - put);
                return done;
            }
            if (got < want) {
                return done;
            }
        }
        return done;
    }

    /**
     * The output refused n bytes the input had given: move the input's offset back over them (a
     * pipe cannot take bytes back; FIXME: those are lost, where Linux splices instead).
     */
    private static void unread(OpenFile in, long[] inPos, long n) {
        if (inPos == null && in.positional()) {
            in.lseek(-n, FsFlags.SEEK_CUR);
        }
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
