/*
 * statfs(2)'s answer, filled by FileSystem.statfs and encoded by exo.kernel.fs.abi.StatfsLayout.
 * Block counts are in units of bsize; flags are the ST_* mount flags (ST_RDONLY = 1, ST_NOSUID =
 * 2, ST_NODEV = 4, ST_NOEXEC = 8, ST_RELATIME = 4096).
 */
package exo.kernel.fs.vfs;

public final class StatFs {
    public static final long TMPFS_MAGIC = 0x01021994L;
    public static final long PROC_SUPER_MAGIC = 0x9fa0L;
    public static final long PIPEFS_MAGIC = 0x50495045L;
    public static final long ANON_INODE_FS_MAGIC = 0x09041934L;
    public static final int ST_RELATIME = 4096;

    public long type;
    public long bsize;
    public long blocks;
    public long bfree;
    public long bavail;
    public long files;
    public long ffree;
    public long fsid;
    public long namelen;
    public long frsize;
    public long flags;
}
