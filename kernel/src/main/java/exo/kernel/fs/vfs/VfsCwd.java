/*
 * The working and root directories: chdir, fchdir, chroot (root only) and getcwd. Changing
 * either needs search permission on the new directory. getcwd reports null (ENOENT for the
 * syscall layer) for a working directory that was removed. Called through Vfs.
 */
package exo.kernel.fs.vfs;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFlags;

final class VfsCwd {
    private VfsCwd() {}

    static int chdir(FsContext ctx, String path) {
        Lookup l = new Lookup();
        int r = Vfs.resolve(ctx, FsFlags.AT_FDCWD, path, Walker.FOLLOW | Walker.DIRECTORY, l);
        if (r < 0) {
            return r;
        }
        r = Permission.check(l.dentry.inode, ctx.cred, Permission.MAY_EXEC);
        if (r < 0) {
            return r;
        }
        ctx.fs.setCwd(l.dentry);
        return 0;
    }

    static int fchdir(FsContext ctx, OpenFile dir) {
        if (dir == null) {
            return -Errno.EBADF;
        }
        if (dir.dentry == null || !dir.inode.isDir()) {
            return -Errno.ENOTDIR;
        }
        int r = Permission.check(dir.inode, ctx.cred, Permission.MAY_EXEC);
        if (r < 0) {
            return r;
        }
        ctx.fs.setCwd(dir.dentry);
        return 0;
    }

    static int chroot(FsContext ctx, String path) {
        Lookup l = new Lookup();
        int r = Vfs.resolve(ctx, FsFlags.AT_FDCWD, path, Walker.FOLLOW | Walker.DIRECTORY, l);
        if (r < 0) {
            return r;
        }
        r = Permission.check(l.dentry.inode, ctx.cred, Permission.MAY_EXEC);
        if (r < 0) {
            return r;
        }
        if (!ctx.cred.isRoot()) {
            return -Errno.EPERM;
        }
        ctx.fs.setRoot(l.dentry);
        return 0;
    }

    static String getcwd(FsContext ctx) {
        Dentry cwd = ctx.cwd();
        if (cwd.removed || cwd.inode.nlink() == 0) {
            return null;
        }
        return Vfs.pathOf(cwd, ctx.root());
    }
}
