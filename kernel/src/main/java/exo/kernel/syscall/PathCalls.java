/*
 * The system calls that change the name space: rename/renameat/renameat2, link/linkat,
 * symlink/symlinkat, readlink/readlinkat, mknod/mknodat (FIFOs and the other node types the
 * VFS allows), truncate by name, fchdir and chroot (chdir, mkdir and unlink/rmdir are in
 * FileCalls), mount and umount2. Each reads its strings from user memory (EFAULT,
 * ENAMETOOLONG) and calls fs.vfs.Vfs, which applies Linux's rules and error order; the older
 * calls are their *at forms with AT_FDCWD. Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FileMode;
import exo.kernel.fs.vfs.OpenFile;
import exo.kernel.fs.vfs.Vfs;
import exo.kernel.proc.Processes;
import exo.kernel.proc.Task;
import exo.kernel.uaccess.UserBuffer;
import exo.kernel.uaccess.UserStrings;

final class PathCalls {
    private PathCalls() {}

    /** mount's flags carry this magic number in their top half in old programs (MS_MGC_VAL). */
    static final int MS_MGC_MASK = 0xffff0000;
    static final int MS_MGC_VAL = 0xC0ED0000;
    /** Bytes of mount's data argument read at most (one page, as Linux copies). */
    static final int MOUNT_DATA_MAX = 4096;

    private static Vfs vfs() {
        return Processes.files().vfs;
    }

    static long renameat2(Task t, int olddirfd, long oldAddr, int newdirfd, long newAddr, int flags) {
        int[] err = new int[1];
        String from = UserArgs.path(t, oldAddr, err);
        if (from == null) {
            return -err[0];
        }
        String to = UserArgs.path(t, newAddr, err);
        if (to == null) {
            return -err[0];
        }
        return vfs().renameat2(t.fsContext(), olddirfd, from, newdirfd, to, flags);
    }

    static long linkat(Task t, int olddirfd, long oldAddr, int newdirfd, long newAddr, int flags) {
        int[] err = new int[1];
        String from = UserArgs.path(t, oldAddr, err);
        if (from == null) {
            return -err[0];
        }
        String to = UserArgs.path(t, newAddr, err);
        if (to == null) {
            return -err[0];
        }
        return vfs().linkat(t.fsContext(), olddirfd, from, newdirfd, to, flags);
    }

    static long symlinkat(Task t, long targetAddr, int dirfd, long pathAddr) {
        int[] err = new int[1];
        String target = UserArgs.path(t, targetAddr, err);
        if (target == null) {
            return -err[0];
        }
        String path = UserArgs.path(t, pathAddr, err);
        return path == null ? -err[0] : vfs().symlinkat(t.fsContext(), target, dirfd, path);
    }

    /** readlink's size is an int: zero or negative is EINVAL before the path is looked at. */
    static long readlinkat(Task t, int dirfd, long pathAddr, long buf, int size) {
        if (size <= 0) {
            return -Errno.EINVAL;
        }
        int[] err = new int[1];
        String path = UserArgs.path(t, pathAddr, err);
        if (path == null) {
            return -err[0];
        }
        return vfs().readlinkat(t.fsContext(), dirfd, path, UserBuffer.of(t.process.mm(), buf, size));
    }

    /** mknodat: dev is the kernel's 32-bit encoding (major 12 bits, minor 20, split). */
    static long mknodat(Task t, int dirfd, long pathAddr, int mode, int dev) {
        int[] err = new int[1];
        String path = UserArgs.path(t, pathAddr, err);
        if (path == null) {
            return -err[0];
        }
        int major = (dev >>> 8) & 0xfff;
        int minor = (dev & 0xff) | ((dev >>> 12) & 0xfff00);
        return vfs().mknodat(t.fsContext(), dirfd, path, mode & (FileMode.S_IFMT | FileMode.S_IALLUGO),
                FileMode.makeDev(major, minor));
    }

    static long truncate(Task t, long pathAddr, long length) {
        int[] err = new int[1];
        String path = UserArgs.path(t, pathAddr, err);
        return path == null ? -err[0] : FileCalls.writeSignals(t, vfs().truncate(t.fsContext(), path, length));
    }

    static long fchdir(Task t, int fd) {
        OpenFile f = t.process.fds().acquire(fd);
        if (f == null) {
            return -Errno.EBADF;
        }
        try {
            return vfs().fchdir(t.fsContext(), f);
        } finally {
            f.put();
        }
    }

    static long chroot(Task t, long pathAddr) {
        int[] err = new int[1];
        String path = UserArgs.path(t, pathAddr, err);
        return path == null ? -err[0] : vfs().chroot(t.fsContext(), path);
    }

    /** mount(source, target, type, flags, data): the strings may be null but for the target. */
    static long mount(Task t, long sourceAddr, long targetAddr, long typeAddr, long flags, long dataAddr) {
        int[] err = new int[1];
        String source = UserArgs.optionalString(t, sourceAddr, UserStrings.PATH_MAX, err);
        if (err[0] != 0) {
            return -err[0];
        }
        String target = UserArgs.path(t, targetAddr, err);
        if (target == null) {
            return -err[0];
        }
        String type = UserArgs.optionalString(t, typeAddr, UserStrings.PATH_MAX, err);
        if (err[0] != 0) {
            return -err[0];
        }
        String data = UserArgs.optionalString(t, dataAddr, MOUNT_DATA_MAX, err);
        if (err[0] != 0) {
            return err[0] == Errno.ENAMETOOLONG ? -Errno.EINVAL : -err[0];
        }
        int f = (int) flags;
        if ((f & MS_MGC_MASK) == MS_MGC_VAL) {
            f &= ~MS_MGC_MASK;
        }
        return vfs().mount(t.fsContext(), source, target, type, f, data);
    }

    static long umount2(Task t, long targetAddr, int flags) {
        int[] err = new int[1];
        String target = UserArgs.path(t, targetAddr, err);
        return target == null ? -err[0] : vfs().umount2(t.fsContext(), target, flags);
    }
}
