/*
 * The vectored reads and writes: readv/writev, preadv/pwritev and preadv2/pwritev2. Each reads
 * the caller's iovec array (UserIovecs: EINVAL or EFAULT for a bad one) as one UserBuffer and
 * hands it to the file layer (fs.file.FileIo), which does the work and checks the descriptor
 * (a bad base shows up there, as EFAULT from the copy). preadv2/pwritev2 with offset -1
 * use and move the file position like readv/writev. Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Errno;
import exo.kernel.fs.file.FileIo;
import exo.kernel.proc.Task;

final class VectorCalls {
    private VectorCalls() {}

    /** preadv2/pwritev2 flags (RWF_*): a polling hint (nothing to do), and syncs after a write
     *  (an fsync of the descriptor). */
    static final int RWF_HIPRI = 0x1;
    static final int RWF_DSYNC = 0x2;
    static final int RWF_SYNC = 0x4;
    /** Not supported (EOPNOTSUPP, which callers treat as "not here"): NOWAIT and APPEND. */
    static final int RWF_SUPPORTED = RWF_HIPRI | RWF_DSYNC | RWF_SYNC;
    /** The offset of preadv2/pwritev2 that means "at the file position". */
    static final long CURRENT_POSITION = -1;

    static long readv(Task t, int fd, long iov, long count) {
        UserIovecs v = UserIovecs.read(t, iov, count);
        return v.error != 0 ? v.error : FileIo.read(t.fsContext(), t.process.fds(), fd, v.buffer(t));
    }

    static long writev(Task t, int fd, long iov, long count) {
        UserIovecs v = UserIovecs.read(t, iov, count);
        return v.error != 0 ? v.error
                : FileCalls.writeSignals(t, FileIo.write(t.fsContext(), t.process.fds(), fd, v.buffer(t)));
    }

    static long preadv(Task t, int fd, long iov, long count, long offset) {
        UserIovecs v = UserIovecs.read(t, iov, count);
        return v.error != 0 ? v.error : FileIo.pread(t.fsContext(), t.process.fds(), fd, v.buffer(t), offset);
    }

    static long pwritev(Task t, int fd, long iov, long count, long offset) {
        UserIovecs v = UserIovecs.read(t, iov, count);
        return v.error != 0 ? v.error
                : FileCalls.writeSignals(t, FileIo.pwrite(t.fsContext(), t.process.fds(), fd, v.buffer(t), offset));
    }

    /** preadv2(fd, iov, count, pos_l, pos_h, flags): on x86_64 pos_l is the whole offset. */
    static long preadv2(Task t, int fd, long iov, long count, long offset, int flags) {
        UserIovecs v = UserIovecs.read(t, iov, count);
        if (v.error != 0) {
            return v.error;
        }
        if ((flags & ~RWF_SUPPORTED) != 0) {
            return -Errno.EOPNOTSUPP;
        }
        return offset == CURRENT_POSITION ? FileIo.read(t.fsContext(), t.process.fds(), fd, v.buffer(t))
                : FileIo.pread(t.fsContext(), t.process.fds(), fd, v.buffer(t), offset);
    }

    static long pwritev2(Task t, int fd, long iov, long count, long offset, int flags) {
        UserIovecs v = UserIovecs.read(t, iov, count);
        if (v.error != 0) {
            return v.error;
        }
        if ((flags & ~RWF_SUPPORTED) != 0) {
            return -Errno.EOPNOTSUPP;
        }
        long r = offset == CURRENT_POSITION ? FileIo.write(t.fsContext(), t.process.fds(), fd, v.buffer(t))
                : FileIo.pwrite(t.fsContext(), t.process.fds(), fd, v.buffer(t), offset);
        if (r > 0 && (flags & (RWF_DSYNC | RWF_SYNC)) != 0) {
            FileIo.fsync(t.process.fds(), fd);
        }
        return FileCalls.writeSignals(t, r);
    }
}
