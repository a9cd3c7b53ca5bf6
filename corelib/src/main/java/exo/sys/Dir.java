/*
 * Reading a directory with getdents64: list() gives the names (without "." and ".."), in the
 * order the kernel returns them, each with its d_type.
 */
package exo.sys;

import java.util.ArrayList;
import java.util.List;

public final class Dir {
    private Dir() {}

    public static final int DT_UNKNOWN = 0, DT_FIFO = 1, DT_CHR = 2, DT_DIR = 4, DT_BLK = 6, DT_REG = 8,
            DT_LNK = 10, DT_SOCK = 12;

    /** One directory entry. */
    public record Entry(String name, long ino, int type) {}

    /** The entries of the directory at path, "." and ".." left out. */
    public static List<Entry> list(String path) {
        int fd = Sys.open(path, Sys.O_RDONLY | Sys.O_DIRECTORY | Sys.O_CLOEXEC, 0);
        try {
            return read(fd);
        } finally {
            Sys.close(fd);
        }
    }

    /** The names only. */
    public static List<String> names(String path) {
        List<String> out = new ArrayList<>();
        for (Entry e : list(path)) {
            out.add(e.name());
        }
        return out;
    }

    private static List<Entry> read(int fd) {
        List<Entry> out = new ArrayList<>();
        byte[] buf = new byte[8192];
        int n;
        while ((n = Sys.getdents64(fd, buf)) > 0) {
            // struct linux_dirent64: u64 ino, s64 off, u16 reclen, u8 type, char name[].
            for (int pos = 0; pos < n; ) {
                int reclen = (int) Stat.le(buf, pos + 16, 2);
                if (reclen <= 0) {
                    throw new SysException("getdents64: a record of length 0", Errno.EIO);
                }
                String name = Text.decodeC(buf, pos + 19);
                if (!name.equals(".") && !name.equals("..")) {
                    out.add(new Entry(name, Stat.le(buf, pos, 8), buf[pos + 18] & 0xFF));
                }
                pos += reclen;
            }
        }
        return out;
    }
}
