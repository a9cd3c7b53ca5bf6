/*
 * struct statfs of x86_64 Linux (statfs, fstatfs): 120 bytes, all fields 64-bit but f_fsid
 * (two ints).
 */
package exo.kernel.fs.abi;

import exo.kernel.fs.vfs.StatFs;

public final class StatfsLayout {
    private StatfsLayout() {}

    public static final int SIZE = 120;
    public static final int F_TYPE = 0;
    public static final int F_BSIZE = 8;
    public static final int F_BLOCKS = 16;
    public static final int F_BFREE = 24;
    public static final int F_BAVAIL = 32;
    public static final int F_FILES = 40;
    public static final int F_FFREE = 48;
    public static final int F_FSID = 56;
    public static final int F_NAMELEN = 64;
    public static final int F_FRSIZE = 72;
    public static final int F_FLAGS = 80;

    public static final Field[] FIELDS = {
        new Field("f_type", F_TYPE, 8), new Field("f_bsize", F_BSIZE, 8), new Field("f_blocks", F_BLOCKS, 8),
        new Field("f_bfree", F_BFREE, 8), new Field("f_bavail", F_BAVAIL, 8), new Field("f_files", F_FILES, 8),
        new Field("f_ffree", F_FFREE, 8), new Field("f_fsid", F_FSID, 8), new Field("f_namelen", F_NAMELEN, 8),
        new Field("f_frsize", F_FRSIZE, 8), new Field("f_flags", F_FLAGS, 8),
    };

    public static byte[] encode(StatFs s) {
        byte[] b = new byte[SIZE];
        Le.put64(b, F_TYPE, s.type);
        Le.put64(b, F_BSIZE, s.bsize);
        Le.put64(b, F_BLOCKS, s.blocks);
        Le.put64(b, F_BFREE, s.bfree);
        Le.put64(b, F_BAVAIL, s.bavail);
        Le.put64(b, F_FILES, s.files);
        Le.put64(b, F_FFREE, s.ffree);
        Le.put64(b, F_FSID, s.fsid);
        Le.put64(b, F_NAMELEN, s.namelen);
        Le.put64(b, F_FRSIZE, s.frsize);
        Le.put64(b, F_FLAGS, s.flags);
        return b;
    }
}
