/*
 * The attributes stat, statx and fstat report, filled by Inode.getattr and encoded into Linux's
 * structures by exo.kernel.fs.abi (StatLayout, StatxLayout). Times are nanoseconds since the
 * epoch; the encoders split them into seconds and nanoseconds (floor division, so times before
 * 1970 come out as Linux shows them).
 */
package exo.kernel.fs.vfs;

public final class Stat {
    public long dev;
    public long ino;
    public int mode;
    public int nlink;
    public int uid;
    public int gid;
    public long rdev;
    public long size;
    public int blksize;
    public long blocks;
    public long atimeNs;
    public long mtimeNs;
    public long ctimeNs;
    public long btimeNs;
    /** statx: the mount's id (stx_mnt_id), and attributes such as STATX_ATTR_MOUNT_ROOT. */
    public long mountId;
    public long attributes;
}
