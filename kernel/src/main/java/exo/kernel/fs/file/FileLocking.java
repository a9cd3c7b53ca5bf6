/*
 * fcntl's record-lock commands (F_GETLK, F_SETLK, F_SETLKW and the F_OFD_ forms) and flock(2) on
 * an open file: turning struct flock's (whence, start, len) into an absolute byte range with
 * Linux's checks (EINVAL for a bad whence, type or negative start, EOVERFLOW past the largest
 * offset), the access-mode rule (a read lock needs a file open for reading, a write lock one
 * open for writing: EBADF), and the waits of F_SETLKW and blocking flock through the caller's
 * Waiter, with EDEADLK when a POSIX wait would close a cycle. Called through FileIo.fcntl and
 * FileIo.flock.
 */
package exo.kernel.fs.file;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.lock.Deadlocks;
import exo.kernel.fs.lock.InodeLocks;
import exo.kernel.fs.lock.RecordLock;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.OpenFile;
import exo.kernel.fs.wait.Poll;

final class FileLocking {
    private FileLocking() {}

    /** [start, end] of fl for file f, in out[0..1]; 0 or -errno. */
    static int range(OpenFile f, Flock fl, long[] out) {
        long base;
        switch (fl.whence) {
            case FsFlags.SEEK_SET: base = 0; break;
            case FsFlags.SEEK_CUR: base = f.position(); break;
            case FsFlags.SEEK_END: base = f.inode.size(); break;
            default: return -Errno.EINVAL;
        }
        long start = base + fl.start;
        if ((fl.start > 0 && start < base) || (fl.start < 0 && start > base)) {
            return -Errno.EOVERFLOW;
        }
        long end;
        if (fl.len > 0) {
            end = start + fl.len - 1;
            if (end < start) {
                return -Errno.EOVERFLOW;
            }
        } else if (fl.len == 0) {
            end = RecordLock.TO_EOF;
        } else {
            end = start - 1;
            start += fl.len;
        }
        if (start < 0) {
            return -Errno.EINVAL;
        }
        out[0] = start;
        out[1] = end;
        return 0;
    }

    static int getlk(FdTable fds, OpenFile f, Flock fl, boolean ofd) {
        if (fl.type != FsFlags.F_RDLCK && fl.type != FsFlags.F_WRLCK) {
            return -Errno.EINVAL;
        }
        if (ofd && fl.pid != 0) {
            return -Errno.EINVAL;
        }
        long[] r = new long[2];
        int e = range(f, fl, r);
        if (e < 0) {
            return e;
        }
        RecordLock found = new RecordLock();
        f.inode.locks().test(ofd ? f : fds, fl.type, r[0], r[1], found);
        fl.type = found.type;
        if (found.type != FsFlags.F_UNLCK) {
            fl.whence = FsFlags.SEEK_SET;
            fl.start = found.start;
            fl.len = found.length();
            fl.pid = found.pid;
        }
        return 0;
    }

    static int setlk(FsContext ctx, FdTable fds, OpenFile f, Flock fl, boolean ofd, boolean wait) {
        if (fl.type == FsFlags.F_RDLCK && !f.canRead() || fl.type == FsFlags.F_WRLCK && !f.canWrite()) {
            return -Errno.EBADF;
        }
        if (fl.type != FsFlags.F_RDLCK && fl.type != FsFlags.F_WRLCK && fl.type != FsFlags.F_UNLCK) {
            return -Errno.EINVAL;
        }
        if (ofd && fl.pid != 0) {
            return -Errno.EINVAL;
        }
        long[] r = new long[2];
        int e = range(f, fl, r);
        if (e < 0) {
            return e;
        }
        Object owner = ofd ? f : fds;
        int pid = ofd ? -1 : fds.pid;
        InodeLocks locks = f.inode.locks();
        for (;;) {
            long seen = locks.generation();
            int res = locks.set(owner, pid, fl.type, r[0], r[1]);
            if (res != -Errno.EAGAIN || !wait) {
                return res;
            }
            RecordLock c = locks.conflict(owner, fl.type, r[0], r[1]);
            if (c == null) {
                continue;
            }
            if (!ofd && !Deadlocks.startWaiting(owner, c.owner)) {
                return -Errno.EDEADLK;
            }
            int w;
            try {
                w = ctx.waiter.waitOn(locks.waiters, Poll.ANY, () -> locks.generation() != seen);
            } finally {
                if (!ofd) {
                    Deadlocks.stopWaiting(owner);
                }
            }
            if (w < 0) {
                return w;
            }
        }
    }

    static int flock(FsContext ctx, OpenFile f, int op) {
        boolean nonblock = (op & FsFlags.LOCK_NB) != 0;
        int kind = op & ~FsFlags.LOCK_NB;
        InodeLocks locks = f.inode.locks();
        if (kind == FsFlags.LOCK_UN) {
            locks.unflock(f);
            return 0;
        }
        if (kind != FsFlags.LOCK_SH && kind != FsFlags.LOCK_EX) {
            return -Errno.EINVAL;
        }
        boolean exclusive = kind == FsFlags.LOCK_EX;
        for (;;) {
            long seen = locks.generation();
            int r = locks.flock(f, exclusive);
            if (r != -Errno.EWOULDBLOCK || nonblock) {
                return r;
            }
            int w = ctx.waiter.waitOn(locks.waiters, Poll.ANY, () -> locks.generation() != seen);
            if (w < 0) {
                return w;
            }
        }
    }
}
