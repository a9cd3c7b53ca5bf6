/*
 * An iovec array (struct iovec: a base and a length, 16 bytes each) read from the caller's
 * memory, checked as Linux's import_iovec checks it: EINVAL for a count outside 0..IOV_MAX,
 * a negative length or a total that overflows ssize_t, EFAULT when the array itself cannot be
 * read. The bases are not checked here: a bad one faults in the copy that uses it. Used by
 * VectorCalls (readv and its family) and ProcessVmCalls (process_vm_readv/writev).
 */
package exo.kernel.syscall;

import exo.kernel.fs.Errno;
import exo.kernel.fs.IoVector;
import exo.kernel.fs.abi.Le;
import exo.kernel.proc.Task;
import exo.kernel.uaccess.UserBuffer;
import exo.kernel.uaccess.UserMemory;

final class UserIovecs {
    /** Bytes of one struct iovec. */
    static final int IOVEC_BYTES = 16;

    final long[] bases;
    final long[] lengths;
    /** 0, or the -errno that rejected the array (then bases and lengths are null). */
    final long error;

    private UserIovecs(long[] bases, long[] lengths, long error) {
        this.bases = bases;
        this.lengths = lengths;
        this.error = error;
    }

    static UserIovecs read(Task t, long iov, long count) {
        if (count < 0 || count > IoVector.IOV_MAX) {
            return new UserIovecs(null, null, -Errno.EINVAL);
        }
        byte[] raw = new byte[(int) count * IOVEC_BYTES];
        if (UserMemory.copyInArray(t.process.mm(), iov, raw, 0, raw.length) != raw.length) {
            return new UserIovecs(null, null, -Errno.EFAULT);
        }
        long[] bases = new long[(int) count];
        long[] lengths = new long[(int) count];
        long totalBytes = 0;
        for (int i = 0; i < count; i++) {
            bases[i] = Le.get64(raw, IOVEC_BYTES * i);
            lengths[i] = Le.get64(raw, IOVEC_BYTES * i + 8);
            totalBytes += lengths[i];
            if (lengths[i] < 0 || totalBytes < 0) {
                return new UserIovecs(null, null, -Errno.EINVAL);
            }
        }
        return new UserIovecs(bases, lengths, 0);
    }

    /** The segments as one buffer in t's address space (for the file layer). */
    UserBuffer buffer(Task t) {
        return UserBuffer.ofVectors(t.process.mm(), bases, lengths);
    }
}
