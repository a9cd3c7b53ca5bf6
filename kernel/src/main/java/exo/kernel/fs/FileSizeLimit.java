/*
 * RLIMIT_FSIZE as the file layer applies it to regular files (getrlimit(2), Linux's write and
 * truncate checks): a write that starts at or past the limit fails with EFBIG, one that would
 * cross it is cut short at the limit, and truncate or fallocate may not make a file longer
 * than the limit (EFBIG), though they may shrink one that already is. Each EFBIG of the limit
 * also sends the caller SIGXFSZ: exceeded() tells the process layer, which raises it once the
 * call has left the file layer's locks (proc.TaskFileSizeLimit, syscall.FileCalls.writeSignals).
 * The limit is read at each call, since setrlimit and prlimit change it at any time. Kernel
 * callers and host tests use NONE.
 */
package exo.kernel.fs;

public abstract class FileSizeLimit {
    /** No limit (the kernel's own file operations). */
    public static final FileSizeLimit NONE = new FileSizeLimit() {
        @Override
        protected long maxBytes() {
            return -1L;
        }

        @Override
        protected void exceeded() {
        }
    };

    /** The limit in bytes, unsigned: RLIM_INFINITY (all ones) or anything above 2^63 is none. */
    protected abstract long maxBytes();

    /** A call failed with EFBIG because of the limit (its caller is owed SIGXFSZ). */
    protected abstract void exceeded();

    /** How many of len bytes a write at pos may put in the file: len, fewer, or -EFBIG. */
    public final long writable(long pos, long len) {
        long max = maxBytes();
        if (max < 0) {
            return len;
        }
        if (pos >= max) {
            exceeded();
            return -Errno.EFBIG;
        }
        return Math.min(len, max - pos);
    }

    /** May a file of oldBytes become newBytes long? 0, or -EFBIG when it would grow past the limit. */
    public final int mayResize(long oldBytes, long newBytes) {
        long max = maxBytes();
        if (max < 0 || newBytes <= oldBytes || newBytes <= max) {
            return 0;
        }
        exceeded();
        return -Errno.EFBIG;
    }
}
