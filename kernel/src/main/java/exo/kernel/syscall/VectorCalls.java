/*
 * The vectored reads and writes: readv/writev, preadv/pwritev and preadv2/pwritev2. Each reads
 * the caller's iovec array (base and length pairs) into one UserBuffer and hands it to the file
 * layer (fs.file.FileIo), which does the work and checks the descriptor. A bad array answers as
 * Linux's import_iovec does: EINVAL for a count outside 0..IOV_MAX, a negative length or a
 * total that overflows ssize_t, EFAULT when the array itself cannot be read (a bad base shows
 * up later, as EFAULT from the copy). preadv2/pwritev2 with offset -1 use and move the file
 * position like readv/writev. Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Errno;
import exo.kernel.fs.IoVector;
import exo.kernel.fs.abi.Le;
import exo.kernel.fs.file.FileIo;
import exo.kernel.proc.Task;
import exo.kernel.uaccess.UserBuffer;
import exo.kernel.uaccess.UserMemory;

final class VectorCalls {
    private VectorCalls() {}

    /** preadv2/pwritev2 flags (RWF_*) that need nothing here: a polling hint and data syncs
     *  (every write reaches the page cache, which is the file on tmpfs). */
    static final int RWF_HIPRI = 0x1;
    static final int RWF_DSYNC = 0x2;
    static final int RWF_SYNC = 0x4;
    /** Not supported (EOPNOTSUPP, which callers treat as "not here"): NOWAIT and APPEND. */
    static final int RWF_SUPPORTED = RWF_HIPRI | RWF_DSYNC | RWF_SYNC;
    /** The offset of preadv2/pwritev2 that means "at the file position". */
    static final long CURRENT_POSITION = -1;

    static long readv(Task t, int fd, long iov, long count) {
        Vectors v = Vectors.read(t, iov, count);
        return v.error != 0 ? v.error : FileIo.read(t.fsContext(), t.process.fds(), fd, v.buffer);
    }

    static long writev(Task t, int fd, long iov, long count) {
        Vectors v = Vectors.read(t, iov, count);
        return v.error != 0 ? v.error
                : FileCalls.sigpipe(t, FileIo.write(t.fsContext(), t.process.fds(), fd, v.buffer));
    }

    static long preadv(Task t, int fd, long iov, long count, long offset) {
        Vectors v = Vectors.read(t, iov, count);
        return v.error != 0 ? v.error : FileIo.pread(t.fsContext(), t.process.fds(), fd, v.buffer, offset);
    }

    static long pwritev(Task t, int fd, long iov, long count, long offset) {
        Vectors v = Vectors.read(t, iov, count);
        return v.error != 0 ? v.error
                : FileCalls.sigpipe(t, FileIo.pwrite(t.fsContext(), t.process.fds(), fd, v.buffer, offset));
    }

    /** preadv2(fd, iov, count, pos_l, pos_h, flags): on x86_64 pos_l is the whole offset. */
    static long preadv2(Task t, int fd, long iov, long count, long offset, int flags) {
        Vectors v = Vectors.read(t, iov, count);
        if (v.error != 0) {
            return v.error;
        }
        if ((flags & ~RWF_SUPPORTED) != 0) {
            return -Errno.EOPNOTSUPP;
        }
        return offset == CURRENT_POSITION ? FileIo.read(t.fsContext(), t.process.fds(), fd, v.buffer)
                : FileIo.pread(t.fsContext(), t.process.fds(), fd, v.buffer, offset);
    }

    static long pwritev2(Task t, int fd, long iov, long count, long offset, int flags) {
        Vectors v = Vectors.read(t, iov, count);
        if (v.error != 0) {
            return v.error;
        }
        if ((flags & ~RWF_SUPPORTED) != 0) {
            return -Errno.EOPNOTSUPP;
        }
        long r = offset == CURRENT_POSITION ? FileIo.write(t.fsContext(), t.process.fds(), fd, v.buffer)
                : FileIo.pwrite(t.fsContext(), t.process.fds(), fd, v.buffer, offset);
        return FileCalls.sigpipe(t, r);
    }

    /** An iovec array read from the caller: the buffer, or a -errno. */
    private static final class Vectors {
        final UserBuffer buffer;
        final long error;

        private Vectors(UserBuffer buffer, long error) {
            this.buffer = buffer;
            this.error = error;
        }

        static Vectors read(Task t, long iov, long count) {
            if (count < 0 || count > IoVector.IOV_MAX) {
                return new Vectors(null, -Errno.EINVAL);
            }
            byte[] raw = new byte[(int) count * 16];
            if (UserMemory.copyInArray(t.process.mm(), iov, raw, 0, raw.length) != raw.length) {
                return new Vectors(null, -Errno.EFAULT);
            }
            long[] bases = new long[(int) count];
            long[] lengths = new long[(int) count];
            long totalBytes = 0;
            for (int i = 0; i < count; i++) {
                bases[i] = Le.get64(raw, 16 * i);
                lengths[i] = Le.get64(raw, 16 * i + 8);
                totalBytes += lengths[i];
                if (lengths[i] < 0 || totalBytes < 0) {
                    return new Vectors(null, -Errno.EINVAL);
                }
            }
            return new Vectors(UserBuffer.ofVectors(t.process.mm(), bases, lengths), 0);
        }
    }
}
