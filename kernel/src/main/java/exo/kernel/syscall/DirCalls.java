/*
 * Reading directories: getdents64 (through the file layer's FileIo and Dirent64Writer) and the
 * old getdents, whose struct linux_dirent carries d_type in the record's last byte, after the
 * name's NUL (OldDirentWriter below). Both fail with EINVAL when the buffer cannot take even
 * one record, ENOTDIR on a file that is not a directory, EBADF for O_PATH descriptors, and
 * EFAULT when nothing could be written. Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Errno;
import exo.kernel.fs.IoBuffer;
import exo.kernel.fs.abi.Field;
import exo.kernel.fs.abi.Le;
import exo.kernel.fs.file.FileIo;
import exo.kernel.fs.vfs.DirSink;
import exo.kernel.fs.vfs.OpenFile;
import exo.kernel.proc.Task;
import exo.kernel.uaccess.UserBuffer;

final class DirCalls {
    private DirCalls() {}

    static long getdents64(Task t, int fd, long buf, long count) {
        return FileIo.getdents64(t.process.fds(), fd, UserBuffer.of(t.process.mm(), buf, count & 0xFFFFFFFFL));
    }

    static long getdents(Task t, int fd, long buf, long count) {
        OpenFile f = t.process.fds().acquire(fd);
        if (f == null) {
            return -Errno.EBADF;
        }
        try {
            if (f.isPathOnly()) {
                return -Errno.EBADF;
            }
            if (!f.inode.isDir()) {
                return -Errno.ENOTDIR;
            }
            OldDirentWriter w = new OldDirentWriter(UserBuffer.of(t.process.mm(), buf, count & 0xFFFFFFFFL));
            int r = f.readdir(w);
            if (r < 0) {
                return r;
            }
            if (w.records == 0 && w.full) {
                return -Errno.EINVAL;
            }
            return w.faulted && w.used == 0 ? -Errno.EFAULT : w.used;
        } finally {
            f.put();
        }
    }

    /**
     * struct linux_dirent: d_ino (8 bytes), d_off (8), d_reclen (2), the name and its NUL at 18,
     * then padding, and d_type in the last byte; records are 8-byte multiples.
     */
    static final class OldDirentWriter implements DirSink {
        static final int D_INO = 0;
        static final int D_OFF = 8;
        static final int D_RECLEN = 16;
        static final int D_NAME = 18;
        static final Field[] FIELDS = {
            new Field("d_ino", D_INO, 8), new Field("d_off", D_OFF, 8), new Field("d_reclen", D_RECLEN, 2),
        };

        private final IoBuffer out;
        long used;
        int records;
        boolean faulted;
        boolean full;

        OldDirentWriter(IoBuffer out) {
            this.out = out;
        }

        /** The record length for a name of len bytes: the name, its NUL and d_type, rounded up. */
        static int recordLength(int nameLen) {
            return (D_NAME + nameLen + 2 + 7) & ~7;
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
            for (int i = 0; i < name.length(); i++) {
                rec[D_NAME + i] = (byte) name.charAt(i);
            }
            rec[reclen - 1] = (byte) dtype;
            if (out.fromArray(used, rec, 0, reclen) != reclen) {
                faulted = true;
                return false;
            }
            used += reclen;
            records++;
            return true;
        }
    }
}
