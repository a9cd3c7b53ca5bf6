/*
 * The extended-attribute system calls (setxattr, lsetxattr, fsetxattr and the get, list and
 * remove families, 188-199): names and values are copied here, the rules are the file layer's
 * (fs.vfs.Xattrs, VfsXattr). A name longer than 255 bytes or empty is ERANGE, a value over
 * 64 KiB E2BIG; a get or list into a buffer of size 0 returns the size needed, into one too
 * small ERANGE. Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Errno;
import exo.kernel.fs.vfs.OpenFile;
import exo.kernel.fs.vfs.VfsXattr;
import exo.kernel.fs.vfs.Xattrs;
import exo.kernel.proc.Task;
import exo.kernel.uaccess.UserMemory;
import exo.kernel.uaccess.UserStrings;
import exo.kernel.vm.AddressSpace;

final class XattrCalls {
    private XattrCalls() {}

    /** setxattr/lsetxattr (a path) and fsetxattr (fd). */
    static long set(Task t, boolean byFd, long pathAddr, int fd, boolean follow, long nameAddr, long valueAddr, long size, int flags) {
        AddressSpace mm = t.process.mm();
        int[] err = new int[1];
        String name = name(mm, nameAddr, err);
        if (name == null) {
            return -err[0];
        }
        if (size < 0 || size > Xattrs.SIZE_MAX) {
            return -Errno.E2BIG;
        }
        byte[] value = new byte[(int) size];
        if (UserMemory.copyInArray(mm, valueAddr, value, 0, value.length) != value.length) {
            return -Errno.EFAULT;
        }
        if (byFd) {
            OpenFile f = t.process.fds().file(fd);
            return VfsXattr.fset(t.fsContext(), f, name, value, flags);
        }
        String path = UserStrings.path(mm, pathAddr, err);
        return path == null ? -err[0] : VfsXattr.set(t.fsContext(), path, follow, name, value, flags);
    }

    /** getxattr/lgetxattr (a path) and fgetxattr (fd). */
    static long get(Task t, boolean byFd, long pathAddr, int fd, boolean follow, long nameAddr, long valueAddr, long size) {
        AddressSpace mm = t.process.mm();
        int[] err = new int[1];
        String name = name(mm, nameAddr, err);
        if (name == null) {
            return -err[0];
        }
        byte[] value;
        if (byFd) {
            value = VfsXattr.fget(t.fsContext(), t.process.fds().file(fd), name, err);
        } else {
            String path = UserStrings.path(mm, pathAddr, err);
            value = path == null ? null : VfsXattr.get(t.fsContext(), path, follow, name, err);
        }
        return value == null ? -err[0] : copyOut(mm, value, valueAddr, size);
    }

    /** listxattr/llistxattr (a path) and flistxattr (fd). */
    static long list(Task t, boolean byFd, long pathAddr, int fd, boolean follow, long listAddr, long size) {
        AddressSpace mm = t.process.mm();
        int[] err = new int[1];
        byte[] names;
        if (byFd) {
            names = VfsXattr.flist(t.fsContext(), t.process.fds().file(fd), err);
        } else {
            String path = UserStrings.path(mm, pathAddr, err);
            names = path == null ? null : VfsXattr.list(t.fsContext(), path, follow, err);
        }
        return names == null ? -err[0] : copyOut(mm, names, listAddr, size);
    }

    /** removexattr/lremovexattr (a path) and fremovexattr (fd). */
    static long remove(Task t, boolean byFd, long pathAddr, int fd, boolean follow, long nameAddr) {
        AddressSpace mm = t.process.mm();
        int[] err = new int[1];
        String name = name(mm, nameAddr, err);
        if (name == null) {
            return -err[0];
        }
        if (byFd) {
            return VfsXattr.fremove(t.fsContext(), t.process.fds().file(fd), name);
        }
        String path = UserStrings.path(mm, pathAddr, err);
        return path == null ? -err[0] : VfsXattr.remove(t.fsContext(), path, follow, name);
    }

    /** The attribute name: NUL-terminated, at most 255 bytes (ERANGE beyond, and when empty). */
    private static String name(AddressSpace mm, long addr, int[] err) {
        String name = UserStrings.read(mm, addr, Xattrs.NAME_MAX + 1, Errno.ERANGE, err);
        if (name != null && (name.isEmpty() || name.length() > Xattrs.NAME_MAX)) {
            err[0] = Errno.ERANGE;
            return null;
        }
        return name;
    }

    /** size 0 asks for the length; a smaller buffer than the data is ERANGE. */
    private static long copyOut(AddressSpace mm, byte[] data, long addr, long size) {
        if (size == 0) {
            return data.length;
        }
        if (size < data.length) {
            return -Errno.ERANGE;
        }
        return UserMemory.copyOutArray(mm, addr, data, 0, data.length) == data.length ? data.length : -Errno.EFAULT;
    }
}
