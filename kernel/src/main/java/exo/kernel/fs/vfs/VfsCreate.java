/*
 * The calls that add a name: mkdir, mknod (regular files, FIFOs, devices), symlink and link,
 * with Linux's filename_create order of errors: the walk's, EEXIST for "."/".."/"/", then under
 * the directory's lock ENAMETOOLONG, EEXIST, ENOENT for a trailing slash on a non-directory,
 * EROFS, then may_create (ENOENT in a removed directory, EACCES), then per call (EPERM for a
 * device node without root, for a hard link to a directory, or one the protected_hardlinks
 * rule forbids). New files belong to the caller's effective uid, and to its effective gid
 * unless the directory is set-group-ID (then to the directory's group, and new directories
 * inherit the bit). Called through Vfs.
 */
package exo.kernel.fs.vfs;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FileMode;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.Limits;

final class VfsCreate {
    private VfsCreate() {}

    static int mkdirat(FsContext ctx, int dirfd, String path, int mode) {
        int perm = mode & (FileMode.S_IRWXUGO | FileMode.S_ISVTX) & ~ctx.fs.umask();
        return create(ctx, dirfd, path, FileMode.S_IFDIR | perm, 0, null);
    }

    static int mknodat(FsContext ctx, int dirfd, String path, int mode, long dev) {
        int type = mode & FileMode.S_IFMT;
        switch (type) {
            case 0:
                type = FileMode.S_IFREG;
                break;
            case FileMode.S_IFREG:
            case FileMode.S_IFCHR:
            case FileMode.S_IFBLK:
            case FileMode.S_IFIFO:
            case FileMode.S_IFSOCK:
                break;
            case FileMode.S_IFDIR:
                return -Errno.EPERM;
            default:
                return -Errno.EINVAL;
        }
        int perm = mode & FileMode.S_IALLUGO & ~ctx.fs.umask();
        boolean device = type == FileMode.S_IFCHR || type == FileMode.S_IFBLK;
        return create(ctx, dirfd, path, type | perm, device ? dev : 0, null);
    }

    static int symlinkat(FsContext ctx, String target, int dirfd, String path) {
        if (target.isEmpty()) {
            return -Errno.ENOENT;
        }
        if (target.length() >= Limits.PATH_MAX) {
            return -Errno.ENAMETOOLONG;
        }
        return create(ctx, dirfd, path, FileMode.S_IFLNK | 0777, 0, target);
    }

    private static int create(FsContext ctx, int dirfd, String path, int mode, long rdev, String target) {
        Lookup l = new Lookup();
        int r = Vfs.resolve(ctx, dirfd, path, Walker.PARENT, l);
        if (r < 0) {
            return r;
        }
        if (l.lastType != Lookup.NORMAL) {
            return -Errno.EEXIST;
        }
        Dentry dir = l.parent;
        FileSystem fs = dir.inode.fs;
        fs.nsLock.lock();
        try {
            if (l.last.length() > Limits.NAME_MAX) {
                return -Errno.ENAMETOOLONG;
            }
            if (Vfs.lookupLocked(dir, l.last) != null) {
                return -Errno.EEXIST;
            }
            if (l.trailingSlash && !FileMode.isDir(mode)) {
                return -Errno.ENOENT;
            }
            return createLocked(ctx, dir, l.last, mode, rdev, target, null);
        } finally {
            fs.nsLock.unlock();
        }
    }

    /** EROFS, may_create, device permission, then the new inode and its entry; nsLock held. */
    static int createLocked(FsContext ctx, Dentry dir, String name, int mode, long rdev, String target, Dentry[] out) {
        if (Vfs.readOnly(dir)) {
            return -Errno.EROFS;
        }
        int r = mayCreate(ctx, dir.inode);
        if (r < 0) {
            return r;
        }
        int type = mode & FileMode.S_IFMT;
        if ((type == FileMode.S_IFCHR || type == FileMode.S_IFBLK) && !ctx.cred.isFsRoot()) {
            return -Errno.EPERM;
        }
        Inode parent = dir.inode;
        int gid = ctx.cred.fsgid;
        if ((parent.mode() & FileMode.S_ISGID) != 0) {
            gid = parent.gid();
            if (type == FileMode.S_IFDIR) {
                mode |= FileMode.S_ISGID;
            }
        }
        if (type != FileMode.S_IFDIR && (mode & FileMode.S_ISGID) != 0 && (mode & 010) != 0
                && !ctx.cred.inGroup(gid) && !ctx.cred.isFsRoot()) {
            mode &= ~FileMode.S_ISGID;
        }
        Inode n = parent.fs.newInode(mode, ctx.cred.fsuid, gid, rdev, target);
        if (n == null) {
            return -Errno.ENOSPC;
        }
        r = parent.addEntry(name, n);
        if (r < 0) {
            n.clearLinks();
            n.unlinkedLast();
            return r;
        }
        if (type == FileMode.S_IFDIR) {
            parent.incLinks();
        }
        parent.touchModified();
        Dentry d = Vfs.added(dir, name, n);
        if (out != null) {
            out[0] = d;
        }
        return 0;
    }

    /** may_create: a removed directory takes no new names (ENOENT); write and search needed. */
    static int mayCreate(FsContext ctx, Inode dir) {
        if (dir.nlink() == 0) {
            return -Errno.ENOENT;
        }
        int r = Permission.check(dir, ctx.cred, Permission.MAY_WRITE | Permission.MAY_EXEC);
        if (r < 0) {
            return r;
        }
        return dir.canCreate() ? 0 : -Errno.EPERM;
    }

    static int linkat(FsContext ctx, int olddirfd, String oldPath, int newdirfd, String newPath, int flags) {
        if ((flags & ~(FsFlags.AT_SYMLINK_FOLLOW | FsFlags.AT_EMPTY_PATH)) != 0) {
            return -Errno.EINVAL;
        }
        if ((flags & FsFlags.AT_EMPTY_PATH) != 0 && !ctx.cred.isFsRoot()) {
            flags &= ~FsFlags.AT_EMPTY_PATH; // needs CAP_DAC_READ_SEARCH; "" then fails with ENOENT
        }
        Lookup old = new Lookup();
        int walk = ((flags & FsFlags.AT_SYMLINK_FOLLOW) != 0 ? Walker.FOLLOW : 0)
                | ((flags & FsFlags.AT_EMPTY_PATH) != 0 ? Walker.EMPTY_OK : 0);
        int r = Vfs.resolve(ctx, olddirfd, oldPath, walk, old);
        if (r < 0) {
            return r;
        }
        if (old.dentry == null) {
            return -Errno.ENOENT; // an anonymous file (pipe) cannot get a name
        }
        Lookup l = new Lookup();
        r = Vfs.resolve(ctx, newdirfd, newPath, Walker.PARENT, l);
        if (r < 0) {
            return r;
        }
        if (l.lastType != Lookup.NORMAL) {
            return -Errno.EEXIST;
        }
        Dentry dir = l.parent;
        FileSystem fs = dir.inode.fs;
        fs.nsLock.lock();
        try {
            r = linkLocked(ctx, old.dentry.inode, dir, l);
            if (r == 0) {
                Vfs.added(dir, l.last, old.dentry.inode);
            }
            return r;
        } finally {
            fs.nsLock.unlock();
        }
    }

    private static int linkLocked(FsContext ctx, Inode inode, Dentry dir, Lookup l) {
        if (l.last.length() > Limits.NAME_MAX) {
            return -Errno.ENAMETOOLONG;
        }
        if (Vfs.lookupLocked(dir, l.last) != null) {
            return -Errno.EEXIST;
        }
        if (l.trailingSlash) {
            return -Errno.ENOENT;
        }
        if (Vfs.readOnly(dir)) {
            return -Errno.EROFS;
        }
        if (inode.fs != dir.inode.fs) {
            return -Errno.EXDEV;
        }
        if (!mayLinkProtected(ctx, inode)) {
            return -Errno.EPERM;
        }
        int r = mayCreate(ctx, dir.inode);
        if (r < 0) {
            return r;
        }
        if (inode.isDir()) {
            return -Errno.EPERM;
        }
        boolean first = inode.nlink() == 0;
        if (first && !inode.linkable) {
            return -Errno.ENOENT;
        }
        r = dir.inode.addEntry(l.last, inode);
        if (r < 0) {
            return r;
        }
        if (first) {
            inode.linkable = false; // an O_TMPFILE file gets its one name
        }
        inode.incLinks();
        inode.touchChanged();
        dir.inode.touchModified();
        return 0;
    }

    /**
     * fs.protected_hardlinks (on by default on Debian): besides the owner and root, only a user
     * who may read and write a regular, non-set-id file may link to it.
     */
    private static boolean mayLinkProtected(FsContext ctx, Inode inode) {
        if (Permission.ownerOrRoot(inode, ctx.cred)) {
            return true;
        }
        int mode = inode.mode();
        if (!inode.isRegular() || (mode & FileMode.S_ISUID) != 0
                || (mode & (FileMode.S_ISGID | 010)) == (FileMode.S_ISGID | 010)) {
            return false;
        }
        return Permission.check(inode, ctx.cred, Permission.MAY_READ | Permission.MAY_WRITE) == 0;
    }
}
