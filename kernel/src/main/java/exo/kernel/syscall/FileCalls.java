/*
 * The file system calls on descriptors and the common path ones: open/openat/creat/openat2,
 * close and close_range, reads and writes (vectored ones in VectorCalls; a write that meets a
 * pipe without readers also raises SIGPIPE, as Linux's pipe_write does, and one that goes past
 * RLIMIT_FSIZE SIGXFSZ: writeSignals), lseek, ioctl's generic requests, fcntl's
 * integer commands, dup, pipe, stat/fstat/lstat/newfstatat, ftruncate, fallocate, the sync
 * family, getcwd, chdir, mkdir, unlink/rmdir, access, umask. Each one reads its user arguments
 * (paths through UserStrings, buffers as UserBuffer, structures through UserArgs) and calls the
 * file layer (fs.file.FileIo for descriptors, fs.vfs.Vfs for paths), which implements Linux's
 * semantics and errors; results are values or -errno. The other families: PathCalls,
 * MetadataCalls, DirCalls, LockCalls, PollCalls, EpollCalls, TransferCalls. Called only by
 * Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FileMode;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.Limits;
import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.abi.Le;
import exo.kernel.fs.abi.StatLayout;
import exo.kernel.fs.file.FdTable;
import exo.kernel.fs.file.FileIo;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.OpenFile;
import exo.kernel.fs.vfs.Stat;
import exo.kernel.fs.vfs.Vfs;
import exo.kernel.proc.Process;
import exo.kernel.proc.Processes;
import exo.kernel.proc.Signalling;
import exo.kernel.proc.Task;
import exo.kernel.signal.SigInfo;
import exo.kernel.signal.Signals;
import exo.kernel.uaccess.UserBuffer;
import exo.kernel.uaccess.UserMemory;
import exo.kernel.uaccess.UserStrings;
import exo.kernel.vm.AddressSpace;
import exo.rt.Inline;

final class FileCalls {
    private FileCalls() {}

    static final int AT_SYMLINK_NOFOLLOW = FsFlags.AT_SYMLINK_NOFOLLOW;
    static final int AT_REMOVEDIR = FsFlags.AT_REMOVEDIR;

    private static Vfs vfs() {
        return Processes.files().vfs;
    }

    private static FdTable fds(Task t) {
        return t.process.fds();
    }

    private static AddressSpace mm(Task t) {
        return t.process.mm();
    }

    static long read(Task t, int fd, long buf, long count) {
        if (count < 0) {
            return -Errno.EINVAL;
        }
        Process p = t.process;
        return FileIo.read(t.fsContext(), p.fds(), fd, UserBuffer.of(p.mm(), buf, rwCount(count)), p.soleFdsUser());
    }

    static long write(Task t, int fd, long buf, long count) {
        if (count < 0) {
            return -Errno.EINVAL;
        }
        Process p = t.process;
        return writeSignals(t, FileIo.write(t.fsContext(), p.fds(), fd, UserBuffer.of(p.mm(), buf, rwCount(count)), p.soleFdsUser()));
    }

    /**
     * A read's or write's count capped at MAX_RW_COUNT, as Linux's rw_verify_area does: made
     * here, on the count, so that the file layer gets a buffer it need not wrap (fs.Clamp).
     */
    private static long rwCount(long count) {
        return count <= Limits.MAX_RW_COUNT ? count : Limits.MAX_RW_COUNT;
    }

    /**
     * A write's result, after raising SIGPIPE for the writing thread when it is -EPIPE (the
     * other end of a pipe or FIFO is closed), and SIGXFSZ when the call went past its
     * RLIMIT_FSIZE (EFBIG, or a shorter count for a transfer that had already moved some):
     * the program dies of it unless it ignores, blocks or catches it, and then sees the error.
     */
    @Inline   // after every write: two tests
    static long writeSignals(Task t, long result) {
        if (result == -Errno.EPIPE) {
            Signalling.toThread(t, SigInfo.kernel(Signals.SIGPIPE));
        }
        if (t.takeFileSizeExceeded()) {
            Signalling.toThread(t, SigInfo.kernel(Signals.SIGXFSZ));
        }
        return result;
    }

    static long pread(Task t, int fd, long buf, long count, long offset) {
        if (count < 0) {
            return -Errno.EINVAL;
        }
        return FileIo.pread(t.fsContext(), fds(t), fd, UserBuffer.of(mm(t), buf, count), offset);
    }

    static long pwrite(Task t, int fd, long buf, long count, long offset) {
        if (count < 0) {
            return -Errno.EINVAL;
        }
        return writeSignals(t, FileIo.pwrite(t.fsContext(), fds(t), fd, UserBuffer.of(mm(t), buf, count), offset));
    }

    /** open/openat: unknown flag bits are ignored, as Linux does (openat2 rejects them). */
    static long openat(Task t, int dirfd, long pathAddr, int flags, int mode) {
        int[] err = new int[1];
        String path = UserStrings.path(mm(t), pathAddr, err);
        if (path == null) {
            return -err[0];
        }
        return FileIo.openat(vfs(), t.fsContext(), fds(t), dirfd, path, flags, mode, t.process.soleFdsUser());
    }

    /** creat(path, mode): open with O_CREAT | O_WRONLY | O_TRUNC. */
    static long creat(Task t, long pathAddr, int mode) {
        return openat(t, FsFlags.AT_FDCWD, pathAddr, OpenFlags.O_CREAT | OpenFlags.O_WRONLY | OpenFlags.O_TRUNC, mode);
    }

    /** Flags openat2 accepts (it rejects others, where open ignores them). */
    static final int OPEN_HOW_MAX_BYTES = 4096;

    /**
     * openat2(dirfd, path, how, size): struct open_how checked strictly (size at least 24 and at
     * most a page, E2BIG for non-zero bytes past what this kernel knows, EINVAL for unknown
     * flags, a mode without O_CREAT/O_TMPFILE or beyond 07777, unknown resolve bits).
     * FIXME: the RESOLVE_* restrictions are not implemented by the VFS: asking for one is EINVAL.
     */
    static long openat2(Task t, int dirfd, long pathAddr, long howAddr, long size) {
        if (size < ArgLayouts.OPEN_HOW_SIZE) {
            return -Errno.EINVAL;
        }
        if (size > OPEN_HOW_MAX_BYTES) {
            return -Errno.E2BIG;
        }
        byte[] how = UserArgs.in(t, howAddr, (int) size);
        if (how == null) {
            return -Errno.EFAULT;
        }
        for (int i = ArgLayouts.OPEN_HOW_SIZE; i < how.length; i++) {
            if (how[i] != 0) {
                return -Errno.E2BIG;
            }
        }
        long flags = Le.get64(how, ArgLayouts.HOW_FLAGS);
        long mode = Le.get64(how, ArgLayouts.HOW_MODE);
        long resolve = Le.get64(how, ArgLayouts.HOW_RESOLVE);
        boolean creates = (flags & (OpenFlags.O_CREAT | (OpenFlags.O_TMPFILE & ~OpenFlags.O_DIRECTORY))) != 0;
        if ((flags & ~OPEN_VALID_FLAGS) != 0 || (creates ? (mode & ~07777L) != 0 : mode != 0) || resolve != 0) {
            return -Errno.EINVAL;
        }
        return openat(t, dirfd, pathAddr, (int) flags, (int) mode);
    }

    /** Every open flag Linux knows (VALID_OPEN_FLAGS). */
    static final long OPEN_VALID_FLAGS = OpenFlags.O_ACCMODE | OpenFlags.O_CREAT | OpenFlags.O_EXCL
            | OpenFlags.O_NOCTTY | OpenFlags.O_TRUNC | OpenFlags.O_APPEND | OpenFlags.O_NONBLOCK | OpenFlags.O_DSYNC
            | OpenFlags.O_ASYNC | OpenFlags.O_DIRECT | OpenFlags.O_LARGEFILE | OpenFlags.O_DIRECTORY
            | OpenFlags.O_NOFOLLOW | OpenFlags.O_NOATIME | OpenFlags.O_CLOEXEC | OpenFlags.O_PATH
            | OpenFlags.O_TMPFILE | OpenFlags.O_SYNC;

    static long close(Task t, int fd) {
        return t.process.soleFdsUser() ? fds(t).closeAsSoleUser(fd) : fds(t).close(fd);
    }

    /**
     * close_range(first, last, flags): both bounds are unsigned ints. CLOSE_RANGE_UNSHARE first
     * gives the process its own copy of a table it shares (clone with CLONE_FILES).
     */
    static long closeRange(Task t, long first, long last, int flags) {
        if ((flags & ~(FsFlags.CLOSE_RANGE_UNSHARE | FsFlags.CLOSE_RANGE_CLOEXEC)) != 0 || first > last) {
            return -Errno.EINVAL;
        }
        if ((flags & FsFlags.CLOSE_RANGE_UNSHARE) != 0) {
            t.process.unshareFds();
        }
        return fds(t).closeRange(first, last, flags);
    }

    static long lseek(Task t, int fd, long offset, int whence) {
        return FileIo.lseek(fds(t), fd, offset, whence);
    }

    static long ftruncate(Task t, int fd, long length) {
        return writeSignals(t, FileIo.ftruncate(fds(t), fd, length, t.fsContext().fileSize));
    }

    static long fallocate(Task t, int fd, int mode, long offset, long len) {
        return writeSignals(t, FileIo.fallocate(fds(t), fd, mode, offset, len, t.fsContext().fileSize));
    }

    static final int POSIX_FADV_NOREUSE = 5;

    /**
     * fadvise64: the advice is accepted and has nothing to act on (every file lives in memory);
     * the arguments are checked as Linux does: EBADF for a descriptor that is not open (or
     * O_PATH), ESPIPE for a pipe or FIFO, EINVAL for a negative length or unknown advice.
     */
    static long fadvise64(Task t, int fd, long offset, long len, int advice) {
        OpenFile f = fds(t).file(fd);
        if (f == null || f.isPathOnly()) {
            return -Errno.EBADF;
        }
        if (f.inode.type() == FileMode.S_IFIFO) {
            return -Errno.ESPIPE;
        }
        return len < 0 || advice < 0 || advice > POSIX_FADV_NOREUSE ? -Errno.EINVAL : 0;
    }

    /** fsync and fdatasync: tmpfs keeps everything in memory, so only the descriptor is checked. */
    static long fsync(Task t, int fd) {
        return FileIo.fsync(fds(t), fd);
    }

    /** sync: nothing to write back (every file system is in memory). */
    static long sync(Task t) {
        return 0;
    }

    /** syncfs(fd): EBADF for a descriptor that is not open, else nothing to do. */
    static long syncfs(Task t, int fd) {
        return fds(t).file(fd) == null ? -Errno.EBADF : 0;
    }

    /**
     * ioctl: FIONBIO reads the int at arg, FIONREAD stores the count of readable bytes at arg;
     * FIOCLEX/FIONCLEX take no argument; other requests go to the file with arg as passed (the
     * device reads its own argument). Terminal requests on a terminal go to TtyCalls first.
     */
    static long ioctl(Task t, int fd, int request, long arg) {
        if (TtyCalls.handles(request)) {
            long r = TtyCalls.ioctl(t, fd, request, arg);
            if (r != TtyCalls.NOT_A_TERMINAL) {
                return r;
            }
        }
        if (request == FileIo.FIONBIO) {
            if (fds(t).file(fd) == null) {
                return -Errno.EBADF;
            }
            int[] on = new int[1];
            if (!UserArgs.readInt(t, arg, on)) {
                return -Errno.EFAULT;
            }
            return FileIo.ioctl(t.fsContext(), fds(t), fd, request, on[0]);
        }
        long r = FileIo.ioctl(t.fsContext(), fds(t), fd, request, arg);
        if (request == FileIo.FIONREAD && r >= 0) {
            return UserArgs.writeInt(t, arg, (int) Math.min(r, Integer.MAX_VALUE)) ? 0 : -Errno.EFAULT;
        }
        return r;
    }

    /** fcntl: the lock commands take a struct flock (LockCalls), the others an integer. */
    static long fcntl(Task t, int fd, int cmd, long arg) {
        if (LockCalls.isLockCommand(cmd)) {
            return LockCalls.fcntlLock(t, fd, cmd, arg);
        }
        return FileIo.fcntl(fds(t), fd, cmd, arg);
    }

    static long dup(Task t, int fd) {
        return fds(t).dup(fd);
    }

    static long dup2(Task t, int oldfd, int newfd) {
        return fds(t).dup2(oldfd, newfd);
    }

    static long dup3(Task t, int oldfd, int newfd, int flags) {
        return fds(t).dup3(oldfd, newfd, flags);
    }

    static long pipe2(Task t, long fdsAddr, int flags) {
        int[] ends = new int[2];
        int r = FileIo.pipe2(t.fsContext(), fds(t), Processes.files().pipes, flags, ends);
        if (r < 0) {
            return r;
        }
        byte[] b = new byte[8];
        exo.kernel.fs.abi.Le.put32(b, 0, ends[0]);
        exo.kernel.fs.abi.Le.put32(b, 4, ends[1]);
        if (UserMemory.copyOutArray(mm(t), fdsAddr, b, 0, 8) != 8) {
            fds(t).close(ends[0]);
            fds(t).close(ends[1]);
            return -Errno.EFAULT;
        }
        return 0;
    }

    static long fstat(Task t, int fd, long statAddr) {
        OpenFile f = fds(t).acquire(fd);
        if (f == null) {
            return -Errno.EBADF;
        }
        try {
            Stat st = new Stat();
            int r = Vfs.fstat(f, st);
            return r < 0 ? r : copyStat(t, statAddr, st);
        } finally {
            f.put();
        }
    }

    static long fstatat(Task t, int dirfd, long pathAddr, long statAddr, int flags) {
        int[] err = new int[1];
        String path = UserStrings.path(mm(t), pathAddr, err);
        if (path == null) {
            return -err[0];
        }
        Stat st = new Stat();
        int r = vfs().fstatat(t.fsContext(), dirfd, path, flags, st);
        return r < 0 ? r : copyStat(t, statAddr, st);
    }

    private static long copyStat(Task t, long addr, Stat st) {
        byte[] b = StatLayout.encode(st);
        return UserMemory.copyOutArray(mm(t), addr, b, 0, b.length) == b.length ? 0 : -Errno.EFAULT;
    }

    /**
     * getcwd: ENOENT when the directory was removed, ENAMETOOLONG when its path does not fit in
     * PATH_MAX bytes (Linux builds it in one page), ERANGE when it does not fit in size.
     */
    static long getcwd(Task t, long buf, long size) {
        String cwd = vfs().getcwd(t.fsContext());
        if (cwd == null) {
            return -Errno.ENOENT;
        }
        byte[] b = UserStrings.bytes(cwd + "\0");
        if (b.length > UserStrings.PATH_MAX) {
            return -Errno.ENAMETOOLONG;
        }
        if (Long.compareUnsigned(size, b.length) < 0) {
            return -Errno.ERANGE;
        }
        return UserMemory.copyOutArray(mm(t), buf, b, 0, b.length) == b.length ? b.length : -Errno.EFAULT;
    }

    static long chdir(Task t, long pathAddr) {
        int[] err = new int[1];
        String path = UserStrings.path(mm(t), pathAddr, err);
        return path == null ? -err[0] : vfs().chdir(t.fsContext(), path);
    }

    static long mkdirat(Task t, int dirfd, long pathAddr, int mode) {
        int[] err = new int[1];
        String path = UserStrings.path(mm(t), pathAddr, err);
        return path == null ? -err[0] : vfs().mkdirat(t.fsContext(), dirfd, path, mode);
    }

    static long unlinkat(Task t, int dirfd, long pathAddr, int flags) {
        int[] err = new int[1];
        String path = UserStrings.path(mm(t), pathAddr, err);
        return path == null ? -err[0] : vfs().unlinkat(t.fsContext(), dirfd, path, flags);
    }

    static long faccessat(Task t, int dirfd, long pathAddr, int mode, int flags) {
        int[] err = new int[1];
        String path = UserStrings.path(mm(t), pathAddr, err);
        return path == null ? -err[0] : vfs().faccessat2(t.fsContext(), dirfd, path, mode, flags);
    }

    static long umask(Task t, int mask) {
        return t.process.fsState().setUmask(mask);
    }

    static FsContext context(Task t) {
        return t.fsContext();
    }
}
