/*
 * openat: finding or creating the file, then the checks of Linux's may_open in its order
 * (EROFS, then permissions; EISDIR for a directory opened for writing, ELOOP for a symlink with
 * O_NOFOLLOW), O_TRUNC, and the open file of the right kind. O_CREAT follows a symlink in the
 * last component (creating a dangling link's target) unless O_EXCL or O_NOFOLLOW; O_TMPFILE
 * makes an unnamed file in a directory. Called through Vfs.openat.
 */
package exo.kernel.fs.vfs;

import static exo.kernel.fs.OpenFlags.O_CREAT;
import static exo.kernel.fs.OpenFlags.O_DIRECTORY;
import static exo.kernel.fs.OpenFlags.O_EXCL;
import static exo.kernel.fs.OpenFlags.O_NOATIME;
import static exo.kernel.fs.OpenFlags.O_NOFOLLOW;
import static exo.kernel.fs.OpenFlags.O_PATH;
import static exo.kernel.fs.OpenFlags.O_TRUNC;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FileMode;
import exo.kernel.fs.Limits;
import exo.kernel.fs.OpenFlags;

final class VfsOpen {
    private VfsOpen() {}

    /** O_TMPFILE without its O_DIRECTORY part. */
    private static final int TMPFILE_BIT = OpenFlags.O_TMPFILE & ~O_DIRECTORY;

    static OpenResult openat(Vfs vfs, FsContext ctx, int dirfd, String path, int flags, int mode) {
        flags |= OpenFlags.O_LARGEFILE; // always, on a 64-bit kernel (F_GETFL shows it)
        if ((flags & O_PATH) != 0) {
            flags &= OpenFlags.PATH_KEEPS;
        } else if ((flags & TMPFILE_BIT) != 0) {
            if ((flags & (O_CREAT | O_DIRECTORY)) != O_DIRECTORY || !OpenFlags.canWrite(flags)) {
                return OpenResult.fail(-Errno.EINVAL);
            }
            return openTmpfile(vfs, ctx, dirfd, path, flags, mode);
        } else if ((flags & (O_CREAT | O_DIRECTORY)) == (O_CREAT | O_DIRECTORY)) {
            return OpenResult.fail(-Errno.EINVAL);
        }
        Walker w = new Walker(ctx);
        Lookup l = new Lookup();
        if ((flags & O_CREAT) == 0) {
            return openExisting(vfs, ctx, dirfd, path, flags, w, l);
        }
        return openCreating(vfs, ctx, Vfs.resolve(ctx, dirfd, path, Walker.PARENT, l, w), flags, mode, w, l);
    }

    private static OpenResult openExisting(Vfs vfs, FsContext ctx, int dirfd, String path, int flags, Walker w, Lookup l) {
        int walkFlags = ((flags & O_NOFOLLOW) == 0 ? Walker.FOLLOW : 0)
                | ((flags & O_DIRECTORY) != 0 ? Walker.DIRECTORY : 0);
        int r = Vfs.resolve(ctx, dirfd, path, walkFlags, l, w);
        if (r < 0) {
            return OpenResult.fail(r);
        }
        if (l.dentry.inode.isSymlink() && (flags & O_PATH) == 0) {
            return OpenResult.fail(-Errno.ELOOP);
        }
        return finish(vfs, ctx, l.dentry, flags, false);
    }

    /**
     * O_CREAT, from the walk to the last component's directory (r is that walk's result): the
     * existing file, or a new one; a symlink there is followed (same walker, same link budget)
     * and the walk resumes from its target, so a dangling link's target gets created.
     */
    private static OpenResult openCreating(Vfs vfs, FsContext ctx, int r, int flags, int mode, Walker w, Lookup l) {
        for (;;) {
            if (r < 0) {
                return OpenResult.fail(r);
            }
            if (l.lastType != Lookup.NORMAL) {
                return OpenResult.fail((flags & O_EXCL) != 0 ? -Errno.EEXIST : -Errno.EISDIR);
            }
            if (l.trailingSlash) {
                return OpenResult.fail(-Errno.EISDIR);
            }
            Dentry dir = l.parent;
            Dentry[] found = new Dentry[1];
            r = lookupOrCreate(ctx, dir, l.last, flags, mode, found);
            if (r < 0) {
                return OpenResult.fail(r);
            }
            Dentry d = found[0];
            boolean created = r == 1;
            if (created || !d.inode.isSymlink()) {
                if (!created && (flags & O_EXCL) != 0) {
                    return OpenResult.fail(-Errno.EEXIST);
                }
                if (d.inode.isDir()) {
                    return OpenResult.fail(-Errno.EISDIR);
                }
                return finish(vfs, ctx, d, flags, created);
            }
            if ((flags & (O_EXCL | O_NOFOLLOW)) != 0) {
                return OpenResult.fail((flags & O_EXCL) != 0 ? -Errno.EEXIST : -Errno.ELOOP);
            }
            r = w.followLast(dir, d, Walker.PARENT, l);
        }
    }

    /**
     * The last component of an O_CREAT open: the existing dentry (returns 0) or a new regular
     * file (returns 1), in found[0]; or -errno in Linux's order (dead directory, name too long,
     * then for a new file EROFS, EACCES, ENOSPC).
     */
    private static int lookupOrCreate(FsContext ctx, Dentry dir, String name, int flags, int mode, Dentry[] found) {
        FileSystem fs = dir.inode.fs;
        fs.nsLock.lock();
        try {
            if (dir.inode.nlink() == 0) {
                return -Errno.ENOENT;
            }
            if (name.length() > Limits.NAME_MAX) {
                return -Errno.ENAMETOOLONG;
            }
            Dentry existing = Vfs.lookupLocked(dir, name);
            if (existing != null) {
                found[0] = Walker.crossMounts(existing);
                return 0;
            }
            int perm = (mode & FileMode.S_IALLUGO) & ~ctx.fs.umask();
            int r = VfsCreate.createLocked(ctx, dir, name, FileMode.S_IFREG | perm, 0, null, found);
            return r < 0 ? r : 1;
        } finally {
            fs.nsLock.unlock();
        }
    }

    /** may_open's checks and the open file itself. */
    static OpenResult finish(Vfs vfs, FsContext ctx, Dentry d, int flags, boolean created) {
        Inode inode = d.inode;
        if ((flags & O_PATH) != 0) {
            return OpenResult.of(new PathFile(d, flags));
        }
        int type = inode.type();
        boolean write = OpenFlags.canWrite(flags) || (flags & O_TRUNC) != 0;
        if (type == FileMode.S_IFDIR && write) {
            return OpenResult.fail(-Errno.EISDIR);
        }
        if (type == FileMode.S_IFIFO || type == FileMode.S_IFSOCK) {
            flags &= ~O_TRUNC;
        }
        if (!created) {
            int r = mayOpen(ctx, d, flags, write);
            if (r < 0) {
                return OpenResult.fail(r);
            }
        }
        if (type == FileMode.S_IFREG && write) {
            return openForWriting(d, flags, created);
        }
        switch (type) {
            case FileMode.S_IFREG:
            case FileMode.S_IFDIR:
                return OpenResult.of(inode.newOpenFile(d, flags));
            case FileMode.S_IFIFO:
                return vfs.special.openFifo(d, flags, ctx);
            case FileMode.S_IFCHR:
                return vfs.special.openCharDevice(d, flags, ctx);
            default:
                return OpenResult.fail(-Errno.ENXIO);
        }
    }

    /**
     * A regular file opened for writing or with O_TRUNC: write access first (ETXTBSY for a
     * running program's file, Inode.denyWrite), kept by a writable open file until its last
     * put, so that execve of the file fails meanwhile; O_TRUNC without write access only
     * holds it while truncating.
     */
    private static OpenResult openForWriting(Dentry d, int flags, boolean created) {
        Inode inode = d.inode;
        if (!inode.getWriteAccess()) {
            return OpenResult.fail(-Errno.ETXTBSY);
        }
        if ((flags & O_TRUNC) != 0 && !created) {
            int r = Vfs.truncateForOpen(inode);
            if (r < 0) {
                inode.putWriteAccess();
                return OpenResult.fail(r);
            }
        }
        if (!OpenFlags.canWrite(flags)) {
            inode.putWriteAccess();
            return OpenResult.of(inode.newOpenFile(d, flags));
        }
        OpenFile f = inode.newOpenFile(d, flags);
        f.writeAccess = true;
        return OpenResult.of(f);
    }

    private static int mayOpen(FsContext ctx, Dentry d, int flags, boolean write) {
        Inode inode = d.inode;
        if (write && Vfs.readOnly(d) && (inode.isRegular() || inode.isDir())) {
            return -Errno.EROFS;
        }
        int mask = (OpenFlags.canRead(flags) ? Permission.MAY_READ : 0) | (write ? Permission.MAY_WRITE : 0);
        int r = Permission.check(inode, ctx.cred, mask);
        if (r < 0) {
            return r;
        }
        if ((flags & O_NOATIME) != 0 && !Permission.ownerOrRoot(inode, ctx.cred)) {
            return -Errno.EPERM;
        }
        return 0;
    }

    /** O_TMPFILE: an unnamed regular file in the directory path names (linkat can name it). */
    private static OpenResult openTmpfile(Vfs vfs, FsContext ctx, int dirfd, String path, int flags, int mode) {
        Lookup l = new Lookup();
        int r = Vfs.resolve(ctx, dirfd, path, Walker.FOLLOW | Walker.DIRECTORY, l);
        if (r < 0) {
            return OpenResult.fail(r);
        }
        Dentry dir = l.dentry;
        if (Vfs.readOnly(dir)) {
            return OpenResult.fail(-Errno.EROFS);
        }
        r = VfsCreate.mayCreate(ctx, dir.inode);
        if (r < 0) {
            return OpenResult.fail(r);
        }
        int perm = (mode & FileMode.S_IALLUGO) & ~ctx.fs.umask();
        Inode n = dir.inode.fs.newInode(FileMode.S_IFREG | perm, ctx.cred.fsuid, ctx.cred.fsgid, 0, null);
        if (n == null) {
            return OpenResult.fail(-Errno.ENOSPC);
        }
        n.clearLinks();
        n.linkable = (flags & O_EXCL) == 0;
        Dentry unnamed = new Dentry("#" + n.ino, dir, n);
        unnamed.removed = true;
        n.getWriteAccess();   // a new inode runs no program: always granted
        OpenFile f = n.newOpenFile(unnamed, flags & ~OpenFlags.O_TMPFILE);
        f.writeAccess = true;
        return OpenResult.of(f);
    }
}
