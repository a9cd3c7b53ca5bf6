/*
 * The descriptor-based file calls, as the syscall layer calls them: read/write (readv/writev
 * are the same calls with an IoBuffer spanning the iovecs), pread/pwrite (and preadv/pwritev),
 * lseek, ftruncate, fallocate, fsync, getdents64, fcntl, flock, the generic ioctls, fstat and
 * friends, sendfile and copy_file_range (Transfer). Each takes the descriptor from the caller's FdTable
 * with a reference for the duration of the call (EBADF when not open), checks the access mode
 * and O_PATH in Linux's order, and returns a count or a negative errno. EPIPE from a write
 * means the caller must also raise SIGPIPE. Blocking calls wait through ctx.waiter.
 */
package exo.kernel.fs.file;

import exo.kernel.fs.Clamp;
import exo.kernel.fs.Errno;
import exo.kernel.fs.FileSizeLimit;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.IoBuffer;
import exo.kernel.fs.Limits;
import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.abi.Dirent64Writer;
import exo.kernel.fs.pipe.Pipes;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.OpenFile;
import exo.kernel.fs.vfs.OpenResult;
import exo.kernel.fs.vfs.Vfs;
import exo.rt.Inline;

public final class FileIo {
    private FileIo() {}

    public static final int FIONREAD = 0x541B;
    public static final int FIONBIO = 0x5421;
    public static final int FIONCLEX = 0x5450;
    public static final int FIOCLEX = 0x5451;

    /**
     * open/openat/creat: the descriptor is taken first (EMFILE before any error of the open, as on
     * Linux), then the file is opened and installed (with O_CLOEXEC as asked).
     */
    public static int openat(Vfs vfs, FsContext ctx, FdTable fds, int dirfd, String path, int flags, int mode) {
        return openat(vfs, ctx, fds, dirfd, path, flags, mode, false);
    }

    /** openat; soleUser: the caller is fds's only user, who reserves without its mutex. */
    public static int openat(Vfs vfs, FsContext ctx, FdTable fds, int dirfd, String path, int flags, int mode,
            boolean soleUser) {
        int fd = soleUser ? fds.reserveAsSoleUser() : fds.reserve();
        if (fd < 0) {
            return fd;
        }
        OpenResult r = vfs.openat(ctx, dirfd, path, flags, mode);
        if (!r.ok()) {
            fds.unreserve(fd);
            return r.error;
        }
        if (soleUser) {
            fds.fillAsSoleUser(fd, r.file, (flags & OpenFlags.O_CLOEXEC) != 0);
        } else {
            fds.fill(fd, r.file, (flags & OpenFlags.O_CLOEXEC) != 0);
        }
        return fd;
    }

    /** pipe2: both descriptors, read end first, into fdsOut; 0 or -errno. */
    public static int pipe2(FsContext ctx, FdTable fds, Pipes pipes, int flags, int[] fdsOut) {
        int r0 = fds.reserve();
        if (r0 < 0) {
            return r0;
        }
        int r1 = fds.reserve();
        if (r1 < 0) {
            fds.unreserve(r0);
            return r1;
        }
        OpenFile[] ends = new OpenFile[2];
        int r = pipes.create(ctx, flags, ends);
        if (r < 0) {
            fds.unreserve(r0);
            fds.unreserve(r1);
            return r;
        }
        boolean cloexec = (flags & OpenFlags.O_CLOEXEC) != 0;
        fds.fill(r0, ends[0], cloexec);
        fds.fill(r1, ends[1], cloexec);
        fdsOut[0] = r0;
        fdsOut[1] = r1;
        return 0;
    }

    public static long read(FsContext ctx, FdTable fds, int fd, IoBuffer buf) {
        return readAcquired(ctx, fds, fd, Clamp.of(buf));
    }

    /**
     * read(2) as the syscall layer calls it, with buf no longer than MAX_RW_COUNT (it caps the
     * count, as Linux's vfs_read does); soleUser: the caller is fds's only user, so the
     * descriptor is borrowed (FdTable.borrow: no mutex, no reference).
     */
    @Inline   // into FileCalls.read, its one caller in the kernel: one frame less per read
    public static long read(FsContext ctx, FdTable fds, int fd, IoBuffer buf, boolean soleUser) {
        if (!soleUser) {
            return readAcquired(ctx, fds, fd, buf);
        }
        OpenFile f = fds.borrow(fd);
        return f != null && f.canRead() ? f.read(buf, ctx) : -Errno.EBADF;
    }

    /** read with a reference on the file for the call (the table may be shared). */
    private static long readAcquired(FsContext ctx, FdTable fds, int fd, IoBuffer buf) {
        OpenFile f = fds.acquire(fd);
        if (f == null) {
            return -Errno.EBADF;
        }
        try {
            return f.canRead() ? f.read(buf, ctx) : -Errno.EBADF;
        } finally {
            f.put();
        }
    }

    public static long write(FsContext ctx, FdTable fds, int fd, IoBuffer buf) {
        return writeAcquired(ctx, fds, fd, Clamp.of(buf));
    }

    /** write(2): buf and soleUser as for read. */
    @Inline   // into FileCalls.write
    public static long write(FsContext ctx, FdTable fds, int fd, IoBuffer buf, boolean soleUser) {
        if (!soleUser) {
            return writeAcquired(ctx, fds, fd, buf);
        }
        OpenFile f = fds.borrow(fd);
        return f != null && f.canWrite() ? f.write(buf, ctx) : -Errno.EBADF;
    }

    private static long writeAcquired(FsContext ctx, FdTable fds, int fd, IoBuffer buf) {
        OpenFile f = fds.acquire(fd);
        if (f == null) {
            return -Errno.EBADF;
        }
        try {
            return f.canWrite() ? f.write(buf, ctx) : -Errno.EBADF;
        } finally {
            f.put();
        }
    }

    public static long pread(FsContext ctx, FdTable fds, int fd, IoBuffer buf, long offset) {
        if (offset < 0) {
            return -Errno.EINVAL;
        }
        OpenFile f = fds.acquire(fd);
        if (f == null) {
            return -Errno.EBADF;
        }
        try {
            if (!f.isPathOnly() && !f.positional()) {
                return -Errno.ESPIPE;
            }
            if (!f.canRead()) {
                return -Errno.EBADF;
            }
            return f.pread(Clamp.of(buf), offset, ctx);
        } finally {
            f.put();
        }
    }

    public static long pwrite(FsContext ctx, FdTable fds, int fd, IoBuffer buf, long offset) {
        if (offset < 0) {
            return -Errno.EINVAL;
        }
        OpenFile f = fds.acquire(fd);
        if (f == null) {
            return -Errno.EBADF;
        }
        try {
            if (!f.isPathOnly() && !f.positional()) {
                return -Errno.ESPIPE;
            }
            if (!f.canWrite()) {
                return -Errno.EBADF;
            }
            return f.pwrite(Clamp.of(buf), offset, ctx);
        } finally {
            f.put();
        }
    }

    public static long lseek(FdTable fds, int fd, long offset, int whence) {
        OpenFile f = fds.acquire(fd);
        if (f == null) {
            return -Errno.EBADF;
        }
        try {
            return f.isPathOnly() ? -Errno.EBADF : f.lseek(offset, whence);
        } finally {
            f.put();
        }
    }

    /** ftruncate; limit is the caller's RLIMIT_FSIZE (FsContext.fileSize). */
    public static int ftruncate(FdTable fds, int fd, long length, FileSizeLimit limit) {
        if (length < 0) {
            return -Errno.EINVAL;
        }
        OpenFile f = fds.acquire(fd);
        if (f == null) {
            return -Errno.EBADF;
        }
        try {
            if (f.isPathOnly()) {
                return -Errno.EBADF;
            }
            if (!f.inode.isRegular() || !f.canWrite()) {
                return -Errno.EINVAL;
            }
            return f.truncate(length, limit);
        } finally {
            f.put();
        }
    }

    /** fallocate; limit is the caller's RLIMIT_FSIZE (FsContext.fileSize). */
    public static int fallocate(FdTable fds, int fd, int mode, long offset, long len, FileSizeLimit limit) {
        if (offset < 0 || len <= 0) {
            return -Errno.EINVAL;
        }
        int known = FsFlags.FALLOC_FL_KEEP_SIZE | FsFlags.FALLOC_FL_PUNCH_HOLE | FsFlags.FALLOC_FL_ZERO_RANGE
                | 0x4 | 0x8 | 0x20 | 0x40;
        if ((mode & ~known) != 0
                || (mode & FsFlags.FALLOC_FL_PUNCH_HOLE) != 0 && (mode & FsFlags.FALLOC_FL_KEEP_SIZE) == 0) {
            return -Errno.EOPNOTSUPP;
        }
        OpenFile f = fds.acquire(fd);
        if (f == null) {
            return -Errno.EBADF;
        }
        try {
            if (!f.canWrite()) {
                return -Errno.EBADF;
            }
            int type = f.inode.type();
            if (type == exo.kernel.fs.FileMode.S_IFIFO) {
                return -Errno.ESPIPE;
            }
            if (f.inode.isDir()) {
                return -Errno.EISDIR;
            }
            if (!f.inode.isRegular()) {
                return -Errno.ENODEV;
            }
            if (offset > Limits.MAX_FILE_SIZE - len) {
                return -Errno.EFBIG;
            }
            return f.fallocate(mode, offset, len, limit);
        } finally {
            f.put();
        }
    }

    public static int fsync(FdTable fds, int fd) {
        OpenFile f = fds.acquire(fd);
        if (f == null) {
            return -Errno.EBADF;
        }
        try {
            return f.isPathOnly() ? -Errno.EBADF : f.fsync();
        } finally {
            f.put();
        }
    }

    /** getdents64 into buf; returns the bytes written (0 at the end) or -errno. */
    public static long getdents64(FdTable fds, int fd, IoBuffer buf) {
        OpenFile f = fds.acquire(fd);
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
            Dirent64Writer w = new Dirent64Writer(Clamp.of(buf));
            int r = f.readdir(w);
            if (r < 0) {
                return r;
            }
            if (w.tooSmall()) {
                return -Errno.EINVAL;
            }
            if (w.faulted() && w.bytes() == 0) {
                return -Errno.EFAULT;
            }
            return w.bytes();
        } finally {
            f.put();
        }
    }

    /**
     * fcntl for the commands with an integer argument (lock commands: fcntlLock). Returns the
     * command's result or -errno; unknown commands are EINVAL.
     */
    public static long fcntl(FdTable fds, int fd, int cmd, long arg) {
        OpenFile f = fds.acquire(fd);
        if (f == null) {
            return -Errno.EBADF;
        }
        try {
            switch (cmd) {
                case FsFlags.F_DUPFD:
                    return fds.dupFrom(fd, arg, false);
                case FsFlags.F_DUPFD_CLOEXEC:
                    return fds.dupFrom(fd, arg, true);
                case FsFlags.F_GETFD:
                    return fds.getFdFlags(fd);
                case FsFlags.F_SETFD:
                    return fds.setFdFlags(fd, arg);
                case FsFlags.F_GETFL:
                    return f.flags();
                default:
                    break;
            }
            if (f.isPathOnly()) {
                return -Errno.EBADF; // O_PATH allows only the descriptor commands above
            }
            switch (cmd) {
                case FsFlags.F_SETFL:
                    f.setStatusFlags((int) arg);
                    return 0;
                case FsFlags.F_GETOWN:
                    return f.ownerPid;
                case FsFlags.F_SETOWN:
                    f.ownerPid = (int) arg;
                    return 0;
                case FsFlags.F_GETPIPE_SZ:
                    return f.pipeSize();
                case FsFlags.F_SETPIPE_SZ:
                    return f.setPipeSize(arg, false);
                default:
                    return -Errno.EINVAL;
            }
        } finally {
            f.put();
        }
    }

    /** F_GETLK/F_SETLK/F_SETLKW and the F_OFD_ forms; fl is read and (for GETLK) written. */
    public static int fcntlLock(FsContext ctx, FdTable fds, int fd, int cmd, Flock fl) {
        OpenFile f = fds.acquire(fd);
        if (f == null) {
            return -Errno.EBADF;
        }
        try {
            if (f.isPathOnly()) {
                return -Errno.EBADF;
            }
            switch (cmd) {
                case FsFlags.F_GETLK: return FileLocking.getlk(fds, f, fl, false);
                case FsFlags.F_OFD_GETLK: return FileLocking.getlk(fds, f, fl, true);
                case FsFlags.F_SETLK: return FileLocking.setlk(ctx, fds, f, fl, false, false);
                case FsFlags.F_SETLKW: return FileLocking.setlk(ctx, fds, f, fl, false, true);
                case FsFlags.F_OFD_SETLK: return FileLocking.setlk(ctx, fds, f, fl, true, false);
                case FsFlags.F_OFD_SETLKW: return FileLocking.setlk(ctx, fds, f, fl, true, true);
                default: return -Errno.EINVAL;
            }
        } finally {
            f.put();
        }
    }

    public static int flock(FsContext ctx, FdTable fds, int fd, int op) {
        OpenFile f = fds.acquire(fd);
        if (f == null) {
            return -Errno.EBADF;
        }
        try {
            return f.isPathOnly() ? -Errno.EBADF : FileLocking.flock(ctx, f, op);
        } finally {
            f.put();
        }
    }

    /**
     * ioctl: FIONBIO (arg: the int the user passed, already read), FIOCLEX, FIONCLEX and FIONREAD
     * (the count to store at the user's pointer is returned) here; other requests go to the file.
     */
    public static long ioctl(FsContext ctx, FdTable fds, int fd, int request, long arg) {
        OpenFile f = fds.acquire(fd);
        if (f == null) {
            return -Errno.EBADF;
        }
        try {
            if (f.isPathOnly()) {
                return -Errno.EBADF;
            }
            switch (request) {
                case FIOCLEX:
                    return fds.setFdFlags(fd, FsFlags.FD_CLOEXEC);
                case FIONCLEX:
                    return fds.setFdFlags(fd, 0);
                case FIONBIO: {
                    int flags = f.flags();
                    f.setStatusFlags(arg != 0 ? flags | exo.kernel.fs.OpenFlags.O_NONBLOCK
                            : flags & ~exo.kernel.fs.OpenFlags.O_NONBLOCK);
                    return 0;
                }
                case FIONREAD:
                    if (f.inode.isDir()) {
                        return -Errno.EINVAL;
                    }
                    return f.readableBytes();
                default:
                    return f.ioctl(request, arg, ctx);
            }
        } finally {
            f.put();
        }
    }

    /** sendfile(out_fd, in_fd, offset, count); offset is null or a one-element cell it advances. */
    public static long sendfile(FsContext ctx, FdTable fds, int outFd, int inFd, long[] offset, long count) {
        return Transfer.sendfile(ctx, fds, outFd, inFd, offset, count);
    }

    /** splice(2); each offset is null (use and advance the file's) or a one-element cell (Splice). */
    public static long splice(FsContext ctx, FdTable fds, int inFd, long[] inOff, int outFd, long[] outOff,
                              long len, int flags) {
        return Splice.splice(ctx, fds, inFd, inOff, outFd, outOff, len, flags);
    }

    public static long tee(FsContext ctx, FdTable fds, int inFd, int outFd, long len, int flags) {
        return Splice.tee(ctx, fds, inFd, outFd, len, flags);
    }

    public static long vmsplice(FsContext ctx, FdTable fds, int fd, IoBuffer user, int flags) {
        return Splice.vmsplice(ctx, fds, fd, user, flags);
    }

    /** copy_file_range; each offset is null (use and advance the file's) or a one-element cell. */
    public static long copyFileRange(FsContext ctx, FdTable fds, int inFd, long[] inOff, int outFd, long[] outOff,
                                     long len, int flags) {
        return Transfer.copyFileRange(ctx, fds, inFd, inOff, outFd, outOff, len, flags);
    }
}
