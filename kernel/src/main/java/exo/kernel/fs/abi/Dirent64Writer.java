/*
 * getdents64's records, written straight into the caller's buffer as readdir produces them:
 * struct linux_dirent64 (d_ino 8 bytes, d_off 8, d_reclen 2, d_type 1, then the name and a NUL,
 * padded to a multiple of 8). A record that does not fit ends the call; if even the first one
 * does not fit, getdents64 fails with EINVAL (tooSmall()).
 */
package exo.kernel.fs.abi;

import exo.kernel.fs.IoBuffer;
import exo.kernel.fs.vfs.DirSink;

public final class Dirent64Writer implements DirSink {
    public static final int D_INO = 0;
    public static final int D_OFF = 8;
    public static final int D_RECLEN = 16;
    public static final int D_TYPE = 18;
    public static final int D_NAME = 19;

    public static final Field[] FIELDS = {
        new Field("d_ino", D_INO, 8), new Field("d_off", D_OFF, 8), new Field("d_reclen", D_RECLEN, 2),
        new Field("d_type", D_TYPE, 1),
    };

    private final IoBuffer out;
    private long used;
    private int records;
    private boolean faulted;
    private boolean full;

    public Dirent64Writer(IoBuffer out) {
        this.out = out;
    }

    /** The record length for a name of len bytes. */
    public static int recordLength(int nameLen) {
        return (D_NAME + nameLen + 1 + 7) & ~7;
    }

    @Override
    public boolean put(String name, long ino, int dtype, long nextPos) {
        int reclen = recordLength(name.length());
        if (used + reclen > out.length()) {
            full = true;
            return false;
        }
        byte[] rec = new byte[reclen];
        Le.put64(rec, D_INO, ino);
        Le.put64(rec, D_OFF, nextPos);
        Le.put16(rec, D_RECLEN, reclen);
        Le.put8(rec, D_TYPE, dtype);
        for (int i = 0; i < name.length(); i++) {
            rec[D_NAME + i] = (byte) name.charAt(i);
        }
        if (out.fromArray(used, rec, 0, reclen) != reclen) {
            faulted = true;
            return false;
        }
        used += reclen;
        records++;
        return true;
    }

    public long bytes() {
        return used;
    }

    public int records() {
        return records;
    }

    public boolean faulted() {
        return faulted;
    }

    /** The buffer could not take even one record. */
    public boolean tooSmall() {
        return full && records == 0;
    }
}
