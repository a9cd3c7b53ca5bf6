/*
 * The extended-attribute calls on a path (following the last symlink or not: setxattr and
 * lsetxattr, ...) or an open file (fsetxattr, ...), over an inode's Xattrs. Path errors come
 * from the walk first; a file system without attributes answers EOPNOTSUPP; a change on a
 * read-only mount is EROFS. Called by the system-call layer (syscall.XattrCalls).
 */
package exo.kernel.fs.vfs;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFlags;

public final class VfsXattr {
    private VfsXattr() {}

    /** The file a path names: its inode, or null with err[0] set. rw asks for a writable mount. */
    private static Inode resolve(FsContext ctx, String path, boolean follow, boolean rw, int[] err) {
        Lookup l = new Lookup();
        int r = Vfs.resolve(ctx, FsFlags.AT_FDCWD, path, follow ? Walker.FOLLOW : 0, l);
        if (r < 0) {
            err[0] = -r;
            return null;
        }
        if (rw && l.dentry != null && Vfs.readOnly(l.dentry)) {
            err[0] = Errno.EROFS;
            return null;
        }
        return Vfs.target(l);
    }

    private static Inode ofFile(OpenFile f, boolean rw, int[] err) {
        if (f == null || f.isPathOnly()) {
            err[0] = Errno.EBADF;
            return null;
        }
        if (rw && f.dentry != null && Vfs.readOnly(f.dentry)) {
            err[0] = Errno.EROFS;
            return null;
        }
        return f.inode;
    }

    public static int set(FsContext ctx, String path, boolean follow, String name, byte[] value, int flags) {
        int[] err = new int[1];
        return set(ctx, resolve(ctx, path, follow, true, err), err, name, value, flags);
    }

    public static int fset(FsContext ctx, OpenFile f, String name, byte[] value, int flags) {
        int[] err = new int[1];
        return set(ctx, ofFile(f, true, err), err, name, value, flags);
    }

    private static int set(FsContext ctx, Inode inode, int[] err, String name, byte[] value, int flags) {
        if (inode == null) {
            return -err[0];
        }
        Xattrs x = inode.xattrs();
        if (x == null) {
            return -Errno.EOPNOTSUPP;
        }
        int r = x.set(ctx.cred, name, value, flags);
        if (r == 0) {
            inode.touchChanged();
        }
        return r;
    }

    /** getxattr: the value, or null with err[0] set. */
    public static byte[] get(FsContext ctx, String path, boolean follow, String name, int[] err) {
        return get(ctx, resolve(ctx, path, follow, false, err), err, name);
    }

    public static byte[] fget(FsContext ctx, OpenFile f, String name, int[] err) {
        return get(ctx, ofFile(f, false, err), err, name);
    }

    private static byte[] get(FsContext ctx, Inode inode, int[] err, String name) {
        if (inode == null) {
            return null;
        }
        Xattrs x = inode.xattrs();
        if (x == null) {
            err[0] = Errno.EOPNOTSUPP;
            return null;
        }
        return x.get(ctx.cred, name, err);
    }

    /** listxattr: the NUL-terminated names, or null with err[0] set. */
    public static byte[] list(FsContext ctx, String path, boolean follow, int[] err) {
        return list(ctx, resolve(ctx, path, follow, false, err));
    }

    public static byte[] flist(FsContext ctx, OpenFile f, int[] err) {
        return list(ctx, ofFile(f, false, err));
    }

    private static byte[] list(FsContext ctx, Inode inode) {
        if (inode == null) {
            return null;
        }
        Xattrs x = inode.xattrs();
        return x == null ? new byte[0] : x.list(ctx.cred);
    }

    public static int remove(FsContext ctx, String path, boolean follow, String name) {
        int[] err = new int[1];
        return remove(ctx, resolve(ctx, path, follow, true, err), err, name);
    }

    public static int fremove(FsContext ctx, OpenFile f, String name) {
        int[] err = new int[1];
        return remove(ctx, ofFile(f, true, err), err, name);
    }

    private static int remove(FsContext ctx, Inode inode, int[] err, String name) {
        if (inode == null) {
            return -err[0];
        }
        Xattrs x = inode.xattrs();
        if (x == null) {
            return -Errno.EOPNOTSUPP;
        }
        int r = x.remove(ctx.cred, name);
        if (r == 0) {
            inode.touchChanged();
        }
        return r;
    }
}
