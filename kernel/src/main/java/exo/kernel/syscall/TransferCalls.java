/*
 * The calls that move data between two descriptors inside the kernel: sendfile (offset: null,
 * or a loff_t the call reads and advances instead of the input file's offset),
 * copy_file_range (an optional offset for each side), splice (the same, for the side that is
 * not a pipe), tee, and vmsplice (the caller's iovecs into or out of a pipe). The offsets are
 * copied in before the transfer and back out after it (EFAULT either way); the transfer
 * itself, its checks and errors are the file layer's (fs.file.FileIo: Transfer, Splice). A
 * transfer into a pipe without readers raises SIGPIPE as write does. Counts are size_t: a
 * "negative" one is as good as unlimited. Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Errno;
import exo.kernel.fs.file.FileIo;
import exo.kernel.proc.Task;

final class TransferCalls {
    private TransferCalls() {}

    static long sendfile(Task t, int outFd, int inFd, long offsetAddr, long count) {
        long[] offset = null;
        if (offsetAddr != 0) {
            offset = new long[1];
            if (!UserArgs.readLong(t, offsetAddr, offset)) {
                return -Errno.EFAULT;
            }
        }
        long r = FileIo.sendfile(t.fsContext(), t.process.fds(), outFd, inFd, offset, unsigned(count));
        if (offset != null && r >= 0 && !UserArgs.writeLong(t, offsetAddr, offset[0])) {
            return -Errno.EFAULT;
        }
        return FileCalls.writeSignals(t, r);
    }

    static long copyFileRange(Task t, int inFd, long inOffAddr, int outFd, long outOffAddr, long len, int flags) {
        long[] inOff = null;
        long[] outOff = null;
        if (inOffAddr != 0) {
            inOff = new long[1];
            if (!UserArgs.readLong(t, inOffAddr, inOff)) {
                return -Errno.EFAULT;
            }
        }
        if (outOffAddr != 0) {
            outOff = new long[1];
            if (!UserArgs.readLong(t, outOffAddr, outOff)) {
                return -Errno.EFAULT;
            }
        }
        long r = FileIo.copyFileRange(t.fsContext(), t.process.fds(), inFd, inOff, outFd, outOff, unsigned(len), flags);
        if (r > 0 && ((inOff != null && !UserArgs.writeLong(t, inOffAddr, inOff[0]))
                || (outOff != null && !UserArgs.writeLong(t, outOffAddr, outOff[0])))) {
            return -Errno.EFAULT;
        }
        return r;
    }

    /** splice: offsets as copy_file_range's (copied in, advanced by the layer, copied back). */
    static long splice(Task t, int inFd, long inOffAddr, int outFd, long outOffAddr, long len, int flags) {
        long[] inOff = inOffAddr == 0 ? null : new long[1];
        long[] outOff = outOffAddr == 0 ? null : new long[1];
        if (inOff != null && !UserArgs.readLong(t, inOffAddr, inOff)
                || outOff != null && !UserArgs.readLong(t, outOffAddr, outOff)) {
            return -Errno.EFAULT;
        }
        long r = FileIo.splice(t.fsContext(), t.process.fds(), inFd, inOff, outFd, outOff, unsigned(len), flags);
        if (r > 0 && ((inOff != null && !UserArgs.writeLong(t, inOffAddr, inOff[0]))
                || (outOff != null && !UserArgs.writeLong(t, outOffAddr, outOff[0])))) {
            return -Errno.EFAULT;
        }
        return FileCalls.writeSignals(t, r);
    }

    static long tee(Task t, int inFd, int outFd, long len, int flags) {
        return FileCalls.writeSignals(t, FileIo.tee(t.fsContext(), t.process.fds(), inFd, outFd, unsigned(len), flags));
    }

    /** vmsplice: the iovecs (UserIovecs' checks) into or out of a pipe. */
    static long vmsplice(Task t, int fd, long iov, long count, int flags) {
        UserIovecs v = UserIovecs.read(t, iov, count);
        if (v.error != 0) {
            return v.error;
        }
        return FileCalls.writeSignals(t, FileIo.vmsplice(t.fsContext(), t.process.fds(), fd, v.buffer(t), flags));
    }

    /** A size_t count above Long.MAX_VALUE as Long.MAX_VALUE (the layer caps it anyway). */
    private static long unsigned(long count) {
        return count < 0 ? Long.MAX_VALUE : count;
    }
}
