/*
 * The system calls that read or change a file's attributes, by name or by descriptor:
 * chmod/fchmod/fchmodat, chown/fchown/lchown/fchownat, access/faccessat/faccessat2,
 * utimensat (with a null path meaning the descriptor, as futimens), utimes/futimesat/utime,
 * statx, statfs/fstatfs (stat/fstat/lstat/newfstatat are in FileCalls). Times and structures
 * are decoded by ArgLayouts; the rules (ownership, EPERM/EACCES, EROFS, nanosecond checks) are
 * the VFS's. Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.abi.StatfsLayout;
import exo.kernel.fs.abi.StatxLayout;
import exo.kernel.fs.vfs.OpenFile;
import exo.kernel.fs.vfs.Stat;
import exo.kernel.fs.vfs.StatFs;
import exo.kernel.fs.vfs.Vfs;
import exo.kernel.proc.Processes;
import exo.kernel.proc.Task;

final class MetadataCalls {
    private MetadataCalls() {}

    private static Vfs vfs() {
        return Processes.files().vfs;
    }

    static long fchmodat(Task t, int dirfd, long pathAddr, int mode, int flags) {
        int[] err = new int[1];
        String path = UserArgs.path(t, pathAddr, err);
        return path == null ? -err[0] : vfs().fchmodat(t.fsContext(), dirfd, path, mode, flags);
    }

    static long fchmod(Task t, int fd, int mode) {
        OpenFile f = t.process.fds().acquire(fd);
        if (f == null) {
            return -Errno.EBADF;
        }
        try {
            return Vfs.fchmod(t.fsContext(), f, mode);
        } finally {
            f.put();
        }
    }

    static long fchownat(Task t, int dirfd, long pathAddr, int uid, int gid, int flags) {
        int[] err = new int[1];
        String path = UserArgs.path(t, pathAddr, err);
        return path == null ? -err[0] : vfs().fchownat(t.fsContext(), dirfd, path, uid, gid, flags);
    }

    static long fchown(Task t, int fd, int uid, int gid) {
        OpenFile f = t.process.fds().acquire(fd);
        if (f == null) {
            return -Errno.EBADF;
        }
        try {
            return Vfs.fchown(t.fsContext(), f, uid, gid);
        } finally {
            f.put();
        }
    }

    static long faccessat(Task t, int dirfd, long pathAddr, int mode, int flags) {
        int[] err = new int[1];
        String path = UserArgs.path(t, pathAddr, err);
        return path == null ? -err[0] : vfs().faccessat2(t.fsContext(), dirfd, path, mode, flags);
    }

    /**
     * utimensat(dirfd, path, times, flags): times null means now; both UTIME_OMIT means nothing
     * to do, the path not even looked at; a null path names dirfd itself (futimens), which
     * takes no flags.
     */
    static long utimensat(Task t, int dirfd, long pathAddr, long timesAddr, int flags) {
        long[] times = null;
        if (timesAddr != 0) {
            byte[] b = UserArgs.in(t, timesAddr, 2 * ArgLayouts.TIMESPEC_SIZE);
            if (b == null) {
                return -Errno.EFAULT;
            }
            times = ArgLayouts.timespecPair(b);
            if (times[1] == FsFlags.UTIME_OMIT && times[3] == FsFlags.UTIME_OMIT) {
                return 0;
            }
        }
        if (pathAddr == 0 && dirfd != FsFlags.AT_FDCWD) {
            return futimens(t, dirfd, times, flags);
        }
        int[] err = new int[1];
        String path = UserArgs.path(t, pathAddr, err);
        return path == null ? -err[0] : vfs().utimensat(t.fsContext(), dirfd, path, times, flags);
    }

    private static long futimens(Task t, int fd, long[] times, int flags) {
        if (flags != 0) {
            return -Errno.EINVAL;
        }
        if (times != null && (!nsecValid(times[1]) || !nsecValid(times[3]))) {
            return -Errno.EINVAL;
        }
        OpenFile f = t.process.fds().acquire(fd);
        if (f == null) {
            return -Errno.EBADF;
        }
        try {
            return Vfs.futimens(t.fsContext(), f, times);
        } finally {
            f.put();
        }
    }

    private static boolean nsecValid(long nsec) {
        return nsec >= 0 && nsec < ArgLayouts.NANOS_PER_SECOND || nsec == FsFlags.UTIME_NOW || nsec == FsFlags.UTIME_OMIT;
    }

    /** utimes and futimesat: two timevals (microseconds), or null for now. */
    static long futimesat(Task t, int dirfd, long pathAddr, long timesAddr) {
        long[] times = null;
        if (timesAddr != 0) {
            byte[] b = UserArgs.in(t, timesAddr, 2 * ArgLayouts.TIMEVAL_SIZE);
            if (b == null) {
                return -Errno.EFAULT;
            }
            times = ArgLayouts.timevalPair(b);
            if (times == null) {
                return -Errno.EINVAL;
            }
        }
        return setTimes(t, dirfd, pathAddr, times);
    }

    /** utime: a struct utimbuf (whole seconds), or null for now. */
    static long utime(Task t, long pathAddr, long timesAddr) {
        long[] times = null;
        if (timesAddr != 0) {
            byte[] b = UserArgs.in(t, timesAddr, ArgLayouts.UTIMBUF_SIZE);
            if (b == null) {
                return -Errno.EFAULT;
            }
            times = ArgLayouts.utimbuf(b);
        }
        return setTimes(t, FsFlags.AT_FDCWD, pathAddr, times);
    }

    private static long setTimes(Task t, int dirfd, long pathAddr, long[] times) {
        if (pathAddr == 0 && dirfd != FsFlags.AT_FDCWD) {
            return futimens(t, dirfd, times, 0);
        }
        int[] err = new int[1];
        String path = UserArgs.path(t, pathAddr, err);
        return path == null ? -err[0] : vfs().utimensat(t.fsContext(), dirfd, path, times, 0);
    }

    static long statx(Task t, int dirfd, long pathAddr, int flags, int mask, long bufAddr) {
        int[] err = new int[1];
        String path = UserArgs.path(t, pathAddr, err);
        if (path == null) {
            return -err[0];
        }
        Stat st = new Stat();
        int r = vfs().statx(t.fsContext(), dirfd, path, flags, mask, st);
        if (r < 0) {
            return r;
        }
        return UserArgs.out(t, bufAddr, StatxLayout.encode(st)) ? 0 : -Errno.EFAULT;
    }

    static long statfs(Task t, long pathAddr, long bufAddr) {
        int[] err = new int[1];
        String path = UserArgs.path(t, pathAddr, err);
        if (path == null) {
            return -err[0];
        }
        StatFs sf = new StatFs();
        int r = vfs().statfs(t.fsContext(), path, sf);
        if (r < 0) {
            return r;
        }
        return UserArgs.out(t, bufAddr, StatfsLayout.encode(sf)) ? 0 : -Errno.EFAULT;
    }

    static long fstatfs(Task t, int fd, long bufAddr) {
        OpenFile f = t.process.fds().acquire(fd);
        if (f == null) {
            return -Errno.EBADF;
        }
        StatFs sf = new StatFs();
        try {
            Vfs.fstatfs(f, sf);
        } finally {
            f.put();
        }
        return UserArgs.out(t, bufAddr, StatfsLayout.encode(sf)) ? 0 : -Errno.EFAULT;
    }
}
