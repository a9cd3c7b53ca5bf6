/*
 * A struct stat as stat/lstat/fstat filled it (the x86_64 layout, 144 bytes), with the file
 * type tests a shell needs.
 */
package exo.sys;

public final class Stat {
    static final int SIZE = 144;
    public static final int S_IFMT = 0xF000, S_IFSOCK = 0xC000, S_IFLNK = 0xA000, S_IFREG = 0x8000,
            S_IFBLK = 0x6000, S_IFDIR = 0x4000, S_IFCHR = 0x2000, S_IFIFO = 0x1000;

    public final long dev, ino, nlink, rdev, size, blocks;
    public final int mode, uid, gid;
    public final long mtimeSec, mtimeNsec;

    Stat(byte[] b) {
        dev = le(b, 0, 8);
        ino = le(b, 8, 8);
        nlink = le(b, 16, 8);
        mode = (int) le(b, 24, 4);
        uid = (int) le(b, 28, 4);
        gid = (int) le(b, 32, 4);
        rdev = le(b, 40, 8);
        size = le(b, 48, 8);
        blocks = le(b, 64, 8);
        mtimeSec = le(b, 88, 8);
        mtimeNsec = le(b, 96, 8);
    }

    static long le(byte[] b, int off, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = v << 8 | (b[off + i] & 0xFF);
        }
        return v;
    }

    public boolean isDirectory() {
        return (mode & S_IFMT) == S_IFDIR;
    }

    public boolean isRegular() {
        return (mode & S_IFMT) == S_IFREG;
    }

    public boolean isSymlink() {
        return (mode & S_IFMT) == S_IFLNK;
    }

    public boolean isCharDevice() {
        return (mode & S_IFMT) == S_IFCHR;
    }

    public boolean isFifo() {
        return (mode & S_IFMT) == S_IFIFO;
    }

    /** The permission bits (including setuid/setgid/sticky). */
    public int permissions() {
        return mode & 07777;
    }
}
