/*
 * open(2) flags with their Linux x86_64 values, and the helpers the VFS uses to split them into
 * the access mode, the creation flags (used once, at open) and the status flags kept by the open
 * file (F_GETFL/F_SETFL). The syscall layer passes the flags word through unchanged.
 */
package exo.kernel.fs;

public final class OpenFlags {
    private OpenFlags() {}

    public static final int O_RDONLY = 0;
    public static final int O_WRONLY = 1;
    public static final int O_RDWR = 2;
    public static final int O_ACCMODE = 3;
    public static final int O_CREAT = 0100;
    public static final int O_EXCL = 0200;
    public static final int O_NOCTTY = 0400;
    public static final int O_TRUNC = 01000;
    public static final int O_APPEND = 02000;
    public static final int O_NONBLOCK = 04000;
    public static final int O_DSYNC = 010000;
    public static final int O_ASYNC = 020000;
    public static final int O_DIRECT = 040000;
    public static final int O_LARGEFILE = 0100000;
    public static final int O_DIRECTORY = 0200000;
    public static final int O_NOFOLLOW = 0400000;
    public static final int O_NOATIME = 01000000;
    public static final int O_CLOEXEC = 02000000;
    public static final int O_SYNC = 04010000;
    public static final int O_PATH = 010000000;
    /** O_TMPFILE includes O_DIRECTORY, as on Linux. */
    public static final int O_TMPFILE = 020200000;

    /** Flags F_SETFL may change (the others it ignores silently, as Linux does). */
    public static final int SETFL_MASK = O_APPEND | O_NONBLOCK | O_ASYNC | O_DIRECT | O_NOATIME;
    /** Flags that only matter at open time and are not reported by F_GETFL. */
    public static final int OPEN_ONLY = O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC | O_CLOEXEC;
    /** With O_PATH, every other flag but these is ignored (open(2)). */
    public static final int PATH_KEEPS = O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;

    public static int accessMode(int flags) {
        return flags & O_ACCMODE;
    }

    public static boolean canRead(int flags) {
        int m = flags & O_ACCMODE;
        return (flags & O_PATH) == 0 && (m == O_RDONLY || m == O_RDWR);
    }

    public static boolean canWrite(int flags) {
        int m = flags & O_ACCMODE;
        return (flags & O_PATH) == 0 && (m == O_WRONLY || m == O_RDWR);
    }
}
