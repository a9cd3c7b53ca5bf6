/*
 * /dev/null (reads end at once, writes vanish), /dev/zero (reads give zeros, writes vanish) and
 * /dev/full (reads give zeros, writes fail with ENOSPC): Linux's major 1 devices 3, 5 and 7.
 */
package exo.kernel.fs.devfs;

import exo.kernel.fs.Errno;
import exo.kernel.fs.IoBuffer;
import exo.kernel.fs.vfs.Dentry;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.OpenResult;

public final class MemDevice implements CharDevice {
    public static final int NULL = 3;
    public static final int ZERO = 5;
    public static final int FULL = 7;

    private final int minor;

    public MemDevice(int minor) {
        this.minor = minor;
    }

    @Override
    public OpenResult open(Dentry d, int flags, FsContext ctx) {
        return OpenResult.of(new File(d, flags, minor));
    }

    private static final class File extends DeviceFile {
        private final int minor;

        File(Dentry d, int flags, int minor) {
            super(d, flags);
            this.minor = minor;
        }

        @Override
        public boolean pollable() {
            return false;   // Linux's null, zero and full have no poll: epoll_ctl says EPERM
        }

        @Override
        public long read(IoBuffer buf, FsContext ctx) {
            if (minor == NULL) {
                return 0;
            }
            long len = buf.length();
            long done = 0;
            while (done < len) {
                int n = (int) Math.min(len - done, 1 << 16);
                int c = buf.zero(done, n);
                done += c;
                if (c < n) {
                    return done > 0 ? done : -Errno.EFAULT;
                }
            }
            return done;
        }

        @Override
        public long write(IoBuffer buf, FsContext ctx) {
            return minor == FULL ? -Errno.ENOSPC : buf.length();
        }
    }
}
