/*
 * struct stat of x86_64 Linux (stat, fstat, lstat, newfstatat): 144 bytes, times as seconds and
 * nanoseconds. The syscall layer copies encode()'s bytes to the user's buffer.
 */
package exo.kernel.fs.abi;

import exo.kernel.fs.vfs.Stat;

public final class StatLayout {
    private StatLayout() {}

    public static final int SIZE = 144;
    public static final int ST_DEV = 0;
    public static final int ST_INO = 8;
    public static final int ST_NLINK = 16;
    public static final int ST_MODE = 24;
    public static final int ST_UID = 28;
    public static final int ST_GID = 32;
    public static final int ST_RDEV = 40;
    public static final int ST_SIZE = 48;
    public static final int ST_BLKSIZE = 56;
    public static final int ST_BLOCKS = 64;
    public static final int ST_ATIME = 72;
    public static final int ST_ATIME_NSEC = 80;
    public static final int ST_MTIME = 88;
    public static final int ST_MTIME_NSEC = 96;
    public static final int ST_CTIME = 104;
    public static final int ST_CTIME_NSEC = 112;

    public static final Field[] FIELDS = {
        new Field("st_dev", ST_DEV, 8), new Field("st_ino", ST_INO, 8), new Field("st_nlink", ST_NLINK, 8),
        new Field("st_mode", ST_MODE, 4), new Field("st_uid", ST_UID, 4), new Field("st_gid", ST_GID, 4),
        new Field("st_rdev", ST_RDEV, 8), new Field("st_size", ST_SIZE, 8), new Field("st_blksize", ST_BLKSIZE, 8),
        new Field("st_blocks", ST_BLOCKS, 8), new Field("st_atim.tv_sec", ST_ATIME, 8),
        new Field("st_atim.tv_nsec", ST_ATIME_NSEC, 8), new Field("st_mtim.tv_sec", ST_MTIME, 8),
        new Field("st_mtim.tv_nsec", ST_MTIME_NSEC, 8), new Field("st_ctim.tv_sec", ST_CTIME, 8),
        new Field("st_ctim.tv_nsec", ST_CTIME_NSEC, 8),
    };

    public static byte[] encode(Stat s) {
        byte[] b = new byte[SIZE];
        Le.put64(b, ST_DEV, s.dev);
        Le.put64(b, ST_INO, s.ino);
        Le.put64(b, ST_NLINK, s.nlink & 0xFFFFFFFFL);
        Le.put32(b, ST_MODE, s.mode);
        Le.put32(b, ST_UID, s.uid);
        Le.put32(b, ST_GID, s.gid);
        Le.put64(b, ST_RDEV, s.rdev);
        Le.put64(b, ST_SIZE, s.size);
        Le.put64(b, ST_BLKSIZE, s.blksize);
        Le.put64(b, ST_BLOCKS, s.blocks);
        putTime(b, ST_ATIME, s.atimeNs);
        putTime(b, ST_MTIME, s.mtimeNs);
        putTime(b, ST_CTIME, s.ctimeNs);
        return b;
    }

    private static void putTime(byte[] b, int off, long nanos) {
        Le.put64(b, off, Le.seconds(nanos));
        Le.put64(b, off + 8, Le.nanosPart(nanos));
    }
}
