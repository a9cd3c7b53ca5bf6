/*
 * struct statx (statx(2)): 256 bytes. Timestamps are struct statx_timestamp (tv_sec 64-bit,
 * tv_nsec 32-bit, 4 reserved bytes); devices are split into major and minor. stx_mask reports
 * the basic fields, btime and the mount id (tmpfs knows birth times); attributes carry
 * STATX_ATTR_MOUNT_ROOT for the root of a mount.
 */
package exo.kernel.fs.abi;

import exo.kernel.fs.FileMode;
import exo.kernel.fs.vfs.Stat;

public final class StatxLayout {
    private StatxLayout() {}

    public static final int SIZE = 256;
    public static final int STATX_BASIC_STATS = 0x7ff;
    public static final int STATX_BTIME = 0x800;
    public static final int STATX_MNT_ID = 0x1000;
    public static final long STATX_ATTR_MOUNT_ROOT = 0x2000;

    public static final int STX_MASK = 0;
    public static final int STX_BLKSIZE = 4;
    public static final int STX_ATTRIBUTES = 8;
    public static final int STX_NLINK = 16;
    public static final int STX_UID = 20;
    public static final int STX_GID = 24;
    public static final int STX_MODE = 28;
    public static final int STX_INO = 32;
    public static final int STX_SIZE = 40;
    public static final int STX_BLOCKS = 48;
    public static final int STX_ATTRIBUTES_MASK = 56;
    public static final int STX_ATIME = 64;
    public static final int STX_BTIME = 80;
    public static final int STX_CTIME = 96;
    public static final int STX_MTIME = 112;
    public static final int STX_RDEV_MAJOR = 128;
    public static final int STX_RDEV_MINOR = 132;
    public static final int STX_DEV_MAJOR = 136;
    public static final int STX_DEV_MINOR = 140;
    public static final int STX_MNT_ID = 144;

    public static final Field[] FIELDS = {
        new Field("stx_mask", STX_MASK, 4), new Field("stx_blksize", STX_BLKSIZE, 4),
        new Field("stx_attributes", STX_ATTRIBUTES, 8), new Field("stx_nlink", STX_NLINK, 4),
        new Field("stx_uid", STX_UID, 4), new Field("stx_gid", STX_GID, 4), new Field("stx_mode", STX_MODE, 2),
        new Field("stx_ino", STX_INO, 8), new Field("stx_size", STX_SIZE, 8), new Field("stx_blocks", STX_BLOCKS, 8),
        new Field("stx_attributes_mask", STX_ATTRIBUTES_MASK, 8), new Field("stx_atime.tv_sec", STX_ATIME, 8),
        new Field("stx_atime.tv_nsec", STX_ATIME + 8, 4), new Field("stx_btime", STX_BTIME, 16),
        new Field("stx_ctime", STX_CTIME, 16), new Field("stx_mtime", STX_MTIME, 16),
        new Field("stx_rdev_major", STX_RDEV_MAJOR, 4), new Field("stx_rdev_minor", STX_RDEV_MINOR, 4),
        new Field("stx_dev_major", STX_DEV_MAJOR, 4), new Field("stx_dev_minor", STX_DEV_MINOR, 4),
        new Field("stx_mnt_id", STX_MNT_ID, 8),
    };

    public static byte[] encode(Stat s) {
        byte[] b = new byte[SIZE];
        Le.put32(b, STX_MASK, STATX_BASIC_STATS | STATX_BTIME | STATX_MNT_ID);
        Le.put32(b, STX_BLKSIZE, s.blksize);
        Le.put64(b, STX_ATTRIBUTES, s.attributes);
        Le.put32(b, STX_NLINK, s.nlink);
        Le.put32(b, STX_UID, s.uid);
        Le.put32(b, STX_GID, s.gid);
        Le.put16(b, STX_MODE, s.mode);
        Le.put64(b, STX_INO, s.ino);
        Le.put64(b, STX_SIZE, s.size);
        Le.put64(b, STX_BLOCKS, s.blocks);
        Le.put64(b, STX_ATTRIBUTES_MASK, STATX_ATTR_MOUNT_ROOT);
        putTime(b, STX_ATIME, s.atimeNs);
        putTime(b, STX_BTIME, s.btimeNs);
        putTime(b, STX_CTIME, s.ctimeNs);
        putTime(b, STX_MTIME, s.mtimeNs);
        Le.put32(b, STX_RDEV_MAJOR, FileMode.major(s.rdev));
        Le.put32(b, STX_RDEV_MINOR, FileMode.minor(s.rdev));
        Le.put32(b, STX_DEV_MAJOR, FileMode.major(s.dev));
        Le.put32(b, STX_DEV_MINOR, FileMode.minor(s.dev));
        Le.put64(b, STX_MNT_ID, s.mountId);
        return b;
    }

    private static void putTime(byte[] b, int off, long nanos) {
        Le.put64(b, off, Le.seconds(nanos));
        Le.put32(b, off + 8, Le.nanosPart(nanos));
    }
}
