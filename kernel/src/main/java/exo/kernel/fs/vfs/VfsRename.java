/*
 * renameat2 with RENAME_NOREPLACE and RENAME_EXCHANGE, following Linux's do_renameat2 and
 * vfs_rename: EXDEV across file systems, EBUSY for "."/".."/"/" (EEXIST with NOREPLACE for the
 * target), EROFS, ENOENT, EEXIST (NOREPLACE), ENOTDIR for trailing slashes on non-directories,
 * EINVAL when a directory would move below itself, ENOTEMPTY when the target is an ancestor of
 * the source, then may_delete/may_create, EBUSY for mountpoints, ENOTEMPTY for a non-empty
 * target directory. The whole rename runs under the file system's nsLock, so the tree cannot
 * change under the ancestor check. Renaming a name onto another link of the same inode does
 * nothing and succeeds. Called through Vfs.
 */
package exo.kernel.fs.vfs;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.Limits;

final class VfsRename {
    private VfsRename() {}

    static int renameat2(FsContext ctx, int olddirfd, String oldPath, int newdirfd, String newPath, int flags) {
        int known = FsFlags.RENAME_NOREPLACE | FsFlags.RENAME_EXCHANGE;
        if ((flags & ~known) != 0 || flags == known) {
            return -Errno.EINVAL;
        }
        Lookup from = new Lookup();
        int r = Vfs.resolve(ctx, olddirfd, oldPath, Walker.PARENT, from);
        if (r < 0) {
            return r;
        }
        Lookup to = new Lookup();
        r = Vfs.resolve(ctx, newdirfd, newPath, Walker.PARENT, to);
        if (r < 0) {
            return r;
        }
        if (from.parent.inode.fs != to.parent.inode.fs) {
            return -Errno.EXDEV;
        }
        if (from.lastType != Lookup.NORMAL) {
            return -Errno.EBUSY;
        }
        if (to.lastType != Lookup.NORMAL) {
            return (flags & FsFlags.RENAME_NOREPLACE) != 0 ? -Errno.EEXIST : -Errno.EBUSY;
        }
        if (Vfs.readOnly(from.parent)) {
            return -Errno.EROFS;
        }
        FileSystem fs = from.parent.inode.fs;
        fs.nsLock.lock();
        try {
            return renameLocked(ctx, from, to, flags);
        } finally {
            fs.nsLock.unlock();
        }
    }

    private static int renameLocked(FsContext ctx, Lookup from, Lookup to, int flags) {
        boolean exchange = (flags & FsFlags.RENAME_EXCHANGE) != 0;
        if (from.last.length() > Limits.NAME_MAX || to.last.length() > Limits.NAME_MAX) {
            return -Errno.ENAMETOOLONG;
        }
        Dentry src = Vfs.lookupLocked(from.parent, from.last);
        if (src == null) {
            return -Errno.ENOENT;
        }
        Dentry dst = Vfs.lookupLocked(to.parent, to.last);
        int r = checkNames(from, to, src, dst, flags);
        if (r <= 0) {
            return r; // an error, or 0: renaming a file onto another of its own names
        }
        r = checkPermissions(ctx, from, to, src, dst, exchange);
        if (r < 0) {
            return r;
        }
        if (exchange) {
            return exchangeLocked(from.parent, src, to.parent, dst);
        }
        return moveLocked(from.parent, src, to.parent, to.last, dst);
    }

    /**
     * do_renameat2's checks on what the names are: -errno, 0 when there is nothing to do (both
     * names are links of one file), 1 to go on.
     */
    private static int checkNames(Lookup from, Lookup to, Dentry src, Dentry dst, int flags) {
        boolean exchange = (flags & FsFlags.RENAME_EXCHANGE) != 0;
        Dentry oldDir = from.parent;
        Dentry newDir = to.parent;
        if ((flags & FsFlags.RENAME_NOREPLACE) != 0 && dst != null) {
            return -Errno.EEXIST;
        }
        if (exchange) {
            if (dst == null) {
                return -Errno.ENOENT;
            }
            if (!dst.inode.isDir() && to.trailingSlash) {
                return -Errno.ENOTDIR;
            }
        }
        if (!src.inode.isDir() && (from.trailingSlash || (!exchange && to.trailingSlash))) {
            return -Errno.ENOTDIR;
        }
        if (isAncestor(src, newDir)) {
            return -Errno.EINVAL; // the source would move below itself
        }
        if (dst != null && !exchange && isAncestor(dst, oldDir)) {
            return -Errno.ENOTEMPTY;
        }
        if (dst != null && exchange && isAncestor(dst, oldDir)) {
            return -Errno.EINVAL;
        }
        if (dst != null && dst.inode == src.inode) {
            return 0;
        }
        return 1;
    }

    /** Is a an ancestor of (or equal to) d within one file system? */
    private static boolean isAncestor(Dentry a, Dentry d) {
        for (Dentry x = d; x != null; x = x.parent) {
            if (x == a) {
                return true;
            }
        }
        return false;
    }

    private static int checkPermissions(FsContext ctx, Lookup from, Lookup to, Dentry src, Dentry dst, boolean exchange) {
        boolean srcDir = src.inode.isDir();
        int r = VfsRemove.mayDelete(ctx, from.parent, src, srcDir);
        if (r < 0) {
            return r;
        }
        if (dst == null) {
            r = VfsCreate.mayCreate(ctx, to.parent.inode);
        } else {
            r = VfsRemove.mayDelete(ctx, to.parent, dst, exchange ? dst.inode.isDir() : srcDir);
        }
        if (r < 0) {
            return r;
        }
        if (from.parent != to.parent) {
            // A directory changing parent rewrites its "..": it must be writable.
            if (srcDir && (r = Permission.check(src.inode, ctx.cred, Permission.MAY_WRITE)) < 0) {
                return r;
            }
            if (exchange && dst.inode.isDir()
                    && (r = Permission.check(dst.inode, ctx.cred, Permission.MAY_WRITE)) < 0) {
                return r;
            }
        }
        if (src.mounted != null || (dst != null && dst.mounted != null)) {
            return -Errno.EBUSY;
        }
        return 0;
    }

    private static int moveLocked(Dentry oldDir, Dentry src, Dentry newDir, String newName, Dentry dst) {
        Inode moving = src.inode;
        if (dst != null) {
            if (dst.inode.isDir() && !dst.inode.isEmptyDir()) {
                return -Errno.ENOTEMPTY;
            }
            newDir.inode.replaceEntry(newName, moving);
            VfsRemove.dropLinks(newDir.inode, dst.inode);
            Vfs.removed(newDir, dst);
        } else {
            int r = newDir.inode.addEntry(newName, moving);
            if (r < 0) {
                return r;
            }
        }
        oldDir.inode.removeEntry(src.name);
        if (moving.isDir()) {
            oldDir.inode.decLinks();
            newDir.inode.incLinks();
        }
        oldDir.forgetChild(src.name);
        src.name = newName;
        src.parent = newDir;
        if (newDir.inode.fs.cachesDentries()) {
            newDir.cacheChild(src);
        }
        moving.touchChanged();
        oldDir.inode.touchModified();
        newDir.inode.touchModified();
        if (dst != null) {
            dst.inode.unlinkedLast();
        }
        return 0;
    }

    private static int exchangeLocked(Dentry oldDir, Dentry src, Dentry newDir, Dentry dst) {
        String srcName = src.name;
        String dstName = dst.name;
        oldDir.inode.replaceEntry(srcName, dst.inode);
        newDir.inode.replaceEntry(dstName, src.inode);
        if (oldDir != newDir && src.inode.isDir() != dst.inode.isDir()) {
            // The directory of the pair changes parent: the parents' ".." counts follow it.
            Dentry gains = src.inode.isDir() ? newDir : oldDir;
            Dentry loses = src.inode.isDir() ? oldDir : newDir;
            gains.inode.incLinks();
            loses.inode.decLinks();
        }
        oldDir.forgetChild(srcName);
        newDir.forgetChild(dstName);
        src.name = dstName;
        src.parent = newDir;
        dst.name = srcName;
        dst.parent = oldDir;
        if (oldDir.inode.fs.cachesDentries()) {
            newDir.cacheChild(src);
            oldDir.cacheChild(dst);
        }
        src.inode.touchChanged();
        dst.inode.touchChanged();
        oldDir.inode.touchModified();
        newDir.inode.touchModified();
        return 0;
    }
}
