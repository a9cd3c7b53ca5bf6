/*
 * The st_mode word: file type in the top bits (S_IFMT), then set-user-ID, set-group-ID, sticky
 * and the nine permission bits, with Linux's values. Used by every file system and by the
 * stat encoders; the syscall layer passes mode arguments through unchanged.
 */
package exo.kernel.fs;

public final class FileMode {
    private FileMode() {}

    public static final int S_IFMT = 0170000;
    public static final int S_IFSOCK = 0140000;
    public static final int S_IFLNK = 0120000;
    public static final int S_IFREG = 0100000;
    public static final int S_IFBLK = 0060000;
    public static final int S_IFDIR = 0040000;
    public static final int S_IFCHR = 0020000;
    public static final int S_IFIFO = 0010000;

    public static final int S_ISUID = 04000;
    public static final int S_ISGID = 02000;
    public static final int S_ISVTX = 01000;
    /** Permission bits plus set-id and sticky: what chmod may change. */
    public static final int S_IALLUGO = 07777;
    public static final int S_IRWXUGO = 0777;

    /** DT_* values of getdents64's d_type, from the type bits (mode >> 12 on Linux). */
    public static final int DT_UNKNOWN = 0;
    public static final int DT_DIR = 4;

    public static int type(int mode) {
        return mode & S_IFMT;
    }

    public static boolean isDir(int mode) {
        return (mode & S_IFMT) == S_IFDIR;
    }

    public static boolean isRegular(int mode) {
        return (mode & S_IFMT) == S_IFREG;
    }

    public static boolean isSymlink(int mode) {
        return (mode & S_IFMT) == S_IFLNK;
    }

    public static boolean isFifo(int mode) {
        return (mode & S_IFMT) == S_IFIFO;
    }

    public static boolean isCharDevice(int mode) {
        return (mode & S_IFMT) == S_IFCHR;
    }

    public static boolean isBlockDevice(int mode) {
        return (mode & S_IFMT) == S_IFBLK;
    }

    /** d_type for a mode: Linux defines DT_x as S_IFx >> 12. */
    public static int direntType(int mode) {
        return (mode & S_IFMT) >>> 12;
    }

    /** makedev as glibc encodes it (the layout stat's st_rdev and st_dev use). */
    public static long makeDev(int major, int minor) {
        return ((long) (major & 0xfffff000) << 32) | ((long) (major & 0xfff) << 8)
                | ((long) (minor & 0xffffff00) << 12) | (minor & 0xff);
    }

    public static int major(long dev) {
        return (int) (((dev >>> 32) & 0xfffff000L) | ((dev >>> 8) & 0xfff));
    }

    public static int minor(long dev) {
        return (int) (((dev >>> 12) & 0xffffff00L) | (dev & 0xff));
    }
}
