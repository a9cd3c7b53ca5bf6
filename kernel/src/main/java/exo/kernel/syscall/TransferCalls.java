/*
 * The calls that move data between two descriptors inside the kernel: sendfile (offset: null,
 * or a loff_t the call reads and advances instead of the input file's offset) and
 * copy_file_range (an optional offset for each side). The offsets are copied in before the
 * transfer and back out after it (EFAULT either way); the transfer itself, its checks and
 * errors are the file layer's (fs.file.FileIo, Transfer). A sendfile into a pipe without
 * readers raises SIGPIPE as write does. Counts are size_t: a "negative" one is as good as
 * unlimited. Called only by Syscalls.
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
        return FileCalls.sigpipe(t, r);
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

    /** A size_t count above Long.MAX_VALUE as Long.MAX_VALUE (the layer caps it anyway). */
    private static long unsigned(long count) {
        return count < 0 ? Long.MAX_VALUE : count;
    }
}
