/*
 * The file system calls: descriptors, reads and writes, paths, directories, metadata. Each one
 * reads its user arguments (paths through UserStrings, buffers as UserBuffer, structures
 * copied out with UserMemory) and calls the file layer (fs.file.FileIo for descriptors,
 * fs.vfs.Vfs for paths), which implements Linux's semantics and errors; results are values
 * or -errno. Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.abi.StatLayout;
import exo.kernel.fs.file.FdTable;
import exo.kernel.fs.file.FileIo;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.OpenFile;
import exo.kernel.fs.vfs.Stat;
import exo.kernel.fs.vfs.Vfs;
import exo.kernel.proc.Processes;
import exo.kernel.proc.Task;
import exo.kernel.uaccess.UserBuffer;
import exo.kernel.uaccess.UserMemory;
import exo.kernel.uaccess.UserStrings;
import exo.kernel.vm.AddressSpace;

final class FileCalls {
    private FileCalls() {}

    static final int AT_SYMLINK_NOFOLLOW = FsFlags.AT_SYMLINK_NOFOLLOW;
    static final int AT_REMOVEDIR = FsFlags.AT_REMOVEDIR;
    /** readv/writev accept at most this many vectors (UIO_MAXIOV). */
    static final int IOV_MAX = 1024;

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
        return FileIo.read(t.fsContext(), fds(t), fd, UserBuffer.of(mm(t), buf, count));
    }

    static long write(Task t, int fd, long buf, long count) {
        if (count < 0) {
            return -Errno.EINVAL;
        }
        return FileIo.write(t.fsContext(), fds(t), fd, UserBuffer.of(mm(t), buf, count));
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
        return FileIo.pwrite(t.fsContext(), fds(t), fd, UserBuffer.of(mm(t), buf, count), offset);
    }

    static long readv(Task t, int fd, long iov, long count) {
        UserBuffer b = vectors(t, iov, count);
        return b == null ? vectorError(count) : FileIo.read(t.fsContext(), fds(t), fd, b);
    }

    static long writev(Task t, int fd, long iov, long count) {
        UserBuffer b = vectors(t, iov, count);
        return b == null ? vectorError(count) : FileIo.write(t.fsContext(), fds(t), fd, b);
    }

    static long preadv(Task t, int fd, long iov, long count, long offset) {
        UserBuffer b = vectors(t, iov, count);
        return b == null ? vectorError(count) : FileIo.pread(t.fsContext(), fds(t), fd, b, offset);
    }

    static long pwritev(Task t, int fd, long iov, long count, long offset) {
        UserBuffer b = vectors(t, iov, count);
        return b == null ? vectorError(count) : FileIo.pwrite(t.fsContext(), fds(t), fd, b, offset);
    }

    /** An iovec array (pairs of base and length) as one buffer; null when it is bad. */
    private static UserBuffer vectors(Task t, long iov, long count) {
        if (count < 0 || count > IOV_MAX) {
            return null;
        }
        byte[] raw = new byte[(int) count * 16];
        if (UserMemory.copyInArray(mm(t), iov, raw, 0, raw.length) != raw.length) {
            return null;
        }
        long[] bases = new long[(int) count];
        long[] lengths = new long[(int) count];
        long total = 0;
        for (int i = 0; i < count; i++) {
            bases[i] = exo.kernel.fs.abi.Le.get64(raw, 16 * i);
            lengths[i] = exo.kernel.fs.abi.Le.get64(raw, 16 * i + 8);
            total += lengths[i];
            if (lengths[i] < 0 || total < 0) {
                return null;
            }
        }
        return UserBuffer.ofVectors(mm(t), bases, lengths);
    }

    private static long vectorError(long count) {
        return count < 0 || count > IOV_MAX ? -Errno.EINVAL : -Errno.EFAULT;
    }

    static long openat(Task t, int dirfd, long pathAddr, int flags, int mode) {
        int[] err = new int[1];
        String path = UserStrings.path(mm(t), pathAddr, err);
        if (path == null) {
            return -err[0];
        }
        return FileIo.openat(vfs(), t.fsContext(), fds(t), dirfd, path, flags, mode);
    }

    static long close(Task t, int fd) {
        return fds(t).close(fd);
    }

    static long lseek(Task t, int fd, long offset, int whence) {
        return FileIo.lseek(fds(t), fd, offset, whence);
    }

    static long ioctl(Task t, int fd, int request, long arg) {
        return FileIo.ioctl(t.fsContext(), fds(t), fd, request, arg);
    }

    static long fcntl(Task t, int fd, int cmd, long arg) {
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

    static long getdents64(Task t, int fd, long buf, long count) {
        return FileIo.getdents64(fds(t), fd, UserBuffer.of(mm(t), buf, Math.max(0, count)));
    }

    static long getcwd(Task t, long buf, long size) {
        String cwd = vfs().getcwd(t.fsContext());
        if (cwd == null) {
            return -Errno.ENOENT;
        }
        byte[] b = UserStrings.bytes(cwd + "\0");
        if (size < b.length) {
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
