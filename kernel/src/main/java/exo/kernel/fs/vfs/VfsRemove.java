/*
 * unlink and rmdir (unlinkat with and without AT_REMOVEDIR), in Linux's order of errors: the
 * walk's; for the last component EISDIR (unlink) or EINVAL/ENOTEMPTY/EBUSY (rmdir of ".", ".."
 * and "/"); EROFS; ENOENT; ENOTDIR/EISDIR for a trailing slash on unlink; may_delete (EACCES,
 * EPERM in a sticky directory, ENOTDIR/EISDIR by type, EBUSY for a file system root); EBUSY
 * for a mountpoint; ENOTEMPTY. The removed inode lives on while files are open on it. Called
 * through Vfs.
 */
package exo.kernel.fs.vfs;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFlags;

final class VfsRemove {
    private VfsRemove() {}

    static int unlinkat(FsContext ctx, int dirfd, String path, int flags) {
        if ((flags & ~FsFlags.AT_REMOVEDIR) != 0) {
            return -Errno.EINVAL;
        }
        boolean rmdir = (flags & FsFlags.AT_REMOVEDIR) != 0;
        Lookup l = new Lookup();
        int r = Vfs.resolve(ctx, dirfd, path, Walker.PARENT, l);
        if (r < 0) {
            return r;
        }
        if (l.lastType != Lookup.NORMAL) {
            if (!rmdir) {
                return -Errno.EISDIR;
            }
            return l.lastType == Lookup.DOT ? -Errno.EINVAL
                    : l.lastType == Lookup.DOTDOT ? -Errno.ENOTEMPTY : -Errno.EBUSY;
        }
        Dentry dir = l.parent;
        if (Vfs.readOnly(dir)) {
            return -Errno.EROFS;
        }
        FileSystem fs = dir.inode.fs;
        fs.nsLock.lock();
        try {
            Dentry victim = Vfs.lookupLocked(dir, l.last);
            if (victim == null) {
                return l.last.length() > exo.kernel.fs.Limits.NAME_MAX ? -Errno.ENAMETOOLONG : -Errno.ENOENT;
            }
            if (!rmdir && l.trailingSlash) {
                return victim.inode.isDir() ? -Errno.EISDIR : -Errno.ENOTDIR;
            }
            r = mayDelete(ctx, dir, victim, rmdir);
            if (r < 0) {
                return r;
            }
            if (victim.mounted != null) {
                return -Errno.EBUSY;
            }
            if (rmdir && !victim.inode.isEmptyDir()) {
                return -Errno.ENOTEMPTY;
            }
            return removeLocked(dir, victim);
        } finally {
            fs.nsLock.unlock();
        }
    }

    /** may_delete: permissions and sticky bit, the type against the call, file system roots. */
    static int mayDelete(FsContext ctx, Dentry dir, Dentry victim, boolean isDir) {
        int r = Permission.mayDelete(dir.inode, victim.inode, ctx.cred);
        if (r < 0) {
            return r;
        }
        if (isDir) {
            if (!victim.inode.isDir()) {
                return -Errno.ENOTDIR;
            }
            if (victim.isFsRoot()) {
                return -Errno.EBUSY;
            }
        } else if (victim.inode.isDir()) {
            return -Errno.EISDIR;
        }
        if (dir.inode.nlink() == 0) {
            return -Errno.ENOENT;
        }
        return 0;
    }

    /** Removes victim's entry and drops the link counts; nsLock held, checks done. */
    static int removeLocked(Dentry dir, Dentry victim) {
        Inode inode = victim.inode;
        int r = dir.inode.removeEntry(victim.name);
        if (r < 0) {
            return r;
        }
        dropLinks(dir.inode, inode);
        dir.inode.touchModified();
        Vfs.removed(dir, victim);
        inode.unlinkedLast();
        return 0;
    }

    /** The link counts after inode's entry left dir: a directory loses all, and its ".." too. */
    static void dropLinks(Inode dir, Inode inode) {
        if (inode.isDir()) {
            inode.clearLinks();
            dir.decLinks();
        } else {
            inode.decLinks();
        }
        inode.touchChanged();
    }
}
