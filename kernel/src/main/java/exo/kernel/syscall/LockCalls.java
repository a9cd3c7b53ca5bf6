/*
 * File locks: fcntl's record-lock commands (F_GETLK, F_SETLK, F_SETLKW and the open-file-
 * description forms F_OFD_*), which copy a struct flock in (ArgLayouts.decodeFlock) and, for
 * the GETLK forms, back out with the conflicting lock or F_UNLCK; and flock(2). The lock rules
 * (conflicts, ranges from l_whence, deadlock detection, EAGAIN/EACCES, blocking for the W
 * forms, which a signal ends with -ERESTARTSYS) are the file layer's (fs.file.FileLocking).
 * Called by FileCalls.fcntl and Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.abi.SmallLayouts;
import exo.kernel.fs.file.FileIo;
import exo.kernel.fs.file.Flock;
import exo.kernel.proc.Task;

final class LockCalls {
    private LockCalls() {}

    static boolean isLockCommand(int cmd) {
        switch (cmd) {
            case FsFlags.F_GETLK:
            case FsFlags.F_SETLK:
            case FsFlags.F_SETLKW:
            case FsFlags.F_OFD_GETLK:
            case FsFlags.F_OFD_SETLK:
            case FsFlags.F_OFD_SETLKW:
                return true;
            default:
                return false;
        }
    }

    /** fcntl(fd, cmd, struct flock *): EBADF before EFAULT, as Linux looks at the fd first. */
    static long fcntlLock(Task t, int fd, int cmd, long flockAddr) {
        if (t.process.fds().file(fd) == null) {
            return -Errno.EBADF;
        }
        byte[] raw = UserArgs.in(t, flockAddr, SmallLayouts.FLOCK_SIZE);
        if (raw == null) {
            return -Errno.EFAULT;
        }
        Flock fl = ArgLayouts.decodeFlock(raw);
        int r = FileIo.fcntlLock(t.fsContext(), t.process.fds(), fd, cmd, fl);
        if (r < 0 || (cmd != FsFlags.F_GETLK && cmd != FsFlags.F_OFD_GETLK)) {
            return r;
        }
        ArgLayouts.encodeFlock(fl, raw);
        return UserArgs.out(t, flockAddr, raw) ? 0 : -Errno.EFAULT;
    }

    static long flock(Task t, int fd, int op) {
        return FileIo.flock(t.fsContext(), t.process.fds(), fd, op);
    }
}
