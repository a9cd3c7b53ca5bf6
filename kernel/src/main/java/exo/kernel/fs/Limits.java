/*
 * Size limits of the file layer, Linux's values: the longest path and name, the symlink
 * budget of one path walk, the atomic pipe write, the descriptor-table bounds.
 */
package exo.kernel.fs;

public final class Limits {
    private Limits() {}

    /** Bytes of a path including its terminating NUL: a longer one is ENAMETOOLONG. */
    public static final int PATH_MAX = 4096;
    /** Bytes of one path component. */
    public static final int NAME_MAX = 255;
    /** Symbolic links one path resolution may follow before ELOOP. */
    public static final int MAX_SYMLINKS = 40;
    /** Pipe writes up to this size are atomic. */
    public static final int PIPE_BUF = 4096;
    /** RLIMIT_NOFILE's default soft limit. */
    public static final int NOFILE_DEFAULT = 1024;
    /** The most RLIMIT_NOFILE may be raised to (Linux's fs.nr_open default). */
    public static final int NR_OPEN = 1 << 20;
    /** Largest count a single read or write transfers (Linux's MAX_RW_COUNT). */
    public static final long MAX_RW_COUNT = 0x7ffff000L;
    /** Largest file offset (files are limited to what a signed 64-bit offset can address). */
    public static final long MAX_FILE_SIZE = Long.MAX_VALUE;
}
