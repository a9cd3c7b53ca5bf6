/*
 * The calls that read or change attributes by name: readlink, stat (fstatat, statx), statfs,
 * chmod, chown, utimensat, access (faccessat2) and truncate. Flags are checked before the walk
 * (EINVAL), then the walk's errors, then EROFS and the ownership/permission rules of each call
 * as Linux applies them (chmod and explicit times need the owner or root: EPERM; times set to
 * "now" also allow anyone who may write; chown changes the user only as root and the group to
 * one of the caller's; both clear set-user-ID on non-directories). The fd versions (fchmod,
 * fstat...) are these with AT_EMPTY_PATH on the descriptor. Called through Vfs.
 */
package exo.kernel.fs.vfs;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FileMode;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.IoBuffer;
import exo.kernel.fs.Names;

final class VfsAttr {
    private VfsAttr() {}

    private static final int STAT_FLAGS = FsFlags.AT_SYMLINK_NOFOLLOW | FsFlags.AT_EMPTY_PATH | FsFlags.AT_NO_AUTOMOUNT;
    private static final int STATX_RESERVED = 0x80000000;

    private static int walkFlags(int atFlags) {
        return ((atFlags & FsFlags.AT_SYMLINK_NOFOLLOW) == 0 ? Walker.FOLLOW : 0)
                | ((atFlags & FsFlags.AT_EMPTY_PATH) != 0 ? Walker.EMPTY_OK : 0);
    }

    static long readlinkat(FsContext ctx, int dirfd, String path, IoBuffer buf) {
        if (buf.length() <= 0) {
            return -Errno.EINVAL;
        }
        Lookup l = new Lookup();
        int r = Vfs.resolve(ctx, dirfd, path, Walker.EMPTY_OK, l);
        if (r < 0) {
            return r;
        }
        if (l.dentry == null) {
            return -Errno.EINVAL;
        }
        String target = l.dentry.inode.readlink(ctx);
        if (target == null) {
            return -Errno.EINVAL;
        }
        byte[] b = Names.bytes(target);
        int n = (int) Math.min(b.length, buf.length());
        int copied = buf.fromArray(0, b, 0, n);
        l.dentry.inode.touchAccessed();
        return copied == 0 && n > 0 ? -Errno.EFAULT : copied;
    }

    static int fstatat(FsContext ctx, int dirfd, String path, int flags, Stat out) {
        if ((flags & ~STAT_FLAGS) != 0) {
            return -Errno.EINVAL;
        }
        Lookup l = new Lookup();
        int r = Vfs.resolve(ctx, dirfd, path, walkFlags(flags), l);
        if (r < 0) {
            return r;
        }
        fill(l, out);
        return 0;
    }

    static int statx(FsContext ctx, int dirfd, String path, int flags, int mask, Stat out) {
        if ((flags & ~(STAT_FLAGS | FsFlags.AT_STATX_SYNC_TYPE)) != 0
                || (flags & FsFlags.AT_STATX_SYNC_TYPE) == FsFlags.AT_STATX_SYNC_TYPE
                || (mask & STATX_RESERVED) != 0) {
            return -Errno.EINVAL;
        }
        return fstatat(ctx, dirfd, path, flags & STAT_FLAGS, out);
    }

    /** stat of a lookup's target, with statx's mount id and mount-root attribute. */
    static void fill(Lookup l, Stat out) {
        Inode inode = Vfs.target(l);
        inode.getattr(out);
        out.mountId = inode.fs.dev;
        out.attributes = l.dentry != null && l.dentry.isFsRoot() ? 0x2000 : 0; // STATX_ATTR_MOUNT_ROOT
    }

    static int statfs(FsContext ctx, String path, StatFs out) {
        Lookup l = new Lookup();
        int r = Vfs.resolve(ctx, FsFlags.AT_FDCWD, path, Walker.FOLLOW, l);
        if (r < 0) {
            return r;
        }
        statfsOf(l.dentry.inode.fs, out);
        return 0;
    }

    static void statfsOf(FileSystem fs, StatFs out) {
        fs.statfs(out);
        Mount m = fs.mount;
        if (m != null) {
            out.flags |= mountFlagsToSt(m.flags) | StatFs.ST_RELATIME;
        }
    }

    private static long mountFlagsToSt(int ms) {
        // ST_RDONLY, ST_NOSUID, ST_NODEV, ST_NOEXEC have MS_*'s values.
        return ms & (FsFlags.MS_RDONLY | FsFlags.MS_NOSUID | FsFlags.MS_NODEV | FsFlags.MS_NOEXEC);
    }

    static int fchmodat(FsContext ctx, int dirfd, String path, int mode, int flags) {
        if ((flags & ~(FsFlags.AT_SYMLINK_NOFOLLOW | FsFlags.AT_EMPTY_PATH)) != 0) {
            return -Errno.EINVAL;
        }
        Lookup l = new Lookup();
        int r = Vfs.resolve(ctx, dirfd, path, walkFlags(flags), l);
        if (r < 0) {
            return r;
        }
        Inode inode = Vfs.target(l);
        if (inode.isSymlink()) {
            return -Errno.EOPNOTSUPP;
        }
        return chmod(ctx, l.dentry, inode, mode);
    }

    static int chmod(FsContext ctx, Dentry d, Inode inode, int mode) {
        if (d != null && Vfs.readOnly(d)) {
            return -Errno.EROFS;
        }
        if (!Permission.ownerOrRoot(inode, ctx.cred)) {
            return -Errno.EPERM;
        }
        int bits = mode & FileMode.S_IALLUGO;
        if (!ctx.cred.isFsRoot() && !ctx.cred.inGroup(inode.gid())) {
            bits &= ~FileMode.S_ISGID;
        }
        inode.setPermissions(bits);
        inode.touchChanged();
        return 0;
    }

    static int fchownat(FsContext ctx, int dirfd, String path, int uid, int gid, int flags) {
        if ((flags & ~(FsFlags.AT_SYMLINK_NOFOLLOW | FsFlags.AT_EMPTY_PATH)) != 0) {
            return -Errno.EINVAL;
        }
        Lookup l = new Lookup();
        int r = Vfs.resolve(ctx, dirfd, path, walkFlags(flags), l);
        if (r < 0) {
            return r;
        }
        return chown(ctx, l.dentry, Vfs.target(l), uid, gid);
    }

    /** uid or gid -1 leaves that id unchanged. */
    static int chown(FsContext ctx, Dentry d, Inode inode, int uid, int gid) {
        if (d != null && Vfs.readOnly(d)) {
            return -Errno.EROFS;
        }
        boolean root = ctx.cred.isFsRoot();
        boolean owner = ctx.cred.fsuid == inode.uid();
        if (uid != -1 && uid != inode.uid() && !root) {
            return -Errno.EPERM;
        }
        if (uid != -1 && !root && !owner) {
            return -Errno.EPERM;
        }
        if (gid != -1 && gid != inode.gid() && !root && !(owner && ctx.cred.inGroup(gid))) {
            return -Errno.EPERM;
        }
        if (gid != -1 && !root && !owner) {
            return -Errno.EPERM;
        }
        inode.setOwner(uid == -1 ? inode.uid() : uid, gid == -1 ? inode.gid() : gid);
        if (!inode.isDir()) {
            int m = inode.mode() & FileMode.S_IALLUGO;
            m &= ~FileMode.S_ISUID;
            if ((m & 010) != 0) {
                m &= ~FileMode.S_ISGID; // set-group-ID without group exec is mandatory locking: kept
            }
            inode.setPermissions(m);
        }
        inode.touchChanged();
        return 0;
    }

    static int utimensat(FsContext ctx, int dirfd, String path, long[] times, int flags) {
        if (times != null && times[1] == FsFlags.UTIME_OMIT && times[3] == FsFlags.UTIME_OMIT) {
            return 0; // Linux does not even look at the path
        }
        if (times != null && (!nsecValid(times[1]) || !nsecValid(times[3]))) {
            return -Errno.EINVAL;
        }
        if ((flags & ~(FsFlags.AT_SYMLINK_NOFOLLOW | FsFlags.AT_EMPTY_PATH)) != 0) {
            return -Errno.EINVAL;
        }
        Lookup l = new Lookup();
        int r = Vfs.resolve(ctx, dirfd, path, walkFlags(flags), l);
        if (r < 0) {
            return r;
        }
        return setTimes(ctx, l.dentry, Vfs.target(l), times);
    }

    private static boolean nsecValid(long nsec) {
        return (nsec >= 0 && nsec <= 999_999_999L) || nsec == FsFlags.UTIME_NOW || nsec == FsFlags.UTIME_OMIT;
    }

    static int setTimes(FsContext ctx, Dentry d, Inode inode, long[] times) {
        if (d != null && Vfs.readOnly(d)) {
            return -Errno.EROFS;
        }
        boolean toNow = times == null || (times[1] == FsFlags.UTIME_NOW && times[3] == FsFlags.UTIME_NOW);
        if (!Permission.ownerOrRoot(inode, ctx.cred)) {
            if (!toNow) {
                return -Errno.EPERM;
            }
            if (Permission.check(inode, ctx.cred, Permission.MAY_WRITE) < 0) {
                return -Errno.EACCES;
            }
        }
        long now = inode.fs.now();
        long atime = pick(times, 0, inode.atimeNs(), now);
        long mtime = pick(times, 2, inode.mtimeNs(), now);
        inode.setTimes(atime, mtime, now);
        return 0;
    }

    private static long pick(long[] times, int i, long old, long now) {
        if (times == null || times[i + 1] == FsFlags.UTIME_NOW) {
            return now;
        }
        if (times[i + 1] == FsFlags.UTIME_OMIT) {
            return old;
        }
        return times[i] * 1_000_000_000L + times[i + 1];
    }

    static int faccessat2(FsContext ctx, int dirfd, String path, int mode, int flags) {
        if ((mode & ~(FsFlags.R_OK | FsFlags.W_OK | FsFlags.X_OK)) != 0) {
            return -Errno.EINVAL;
        }
        if ((flags & ~(FsFlags.AT_EACCESS | FsFlags.AT_SYMLINK_NOFOLLOW | FsFlags.AT_EMPTY_PATH)) != 0) {
            return -Errno.EINVAL;
        }
        FsContext as = (flags & FsFlags.AT_EACCESS) != 0 ? ctx : ctx.withCred(ctx.cred.asReal());
        Lookup l = new Lookup();
        int r = Vfs.resolve(as, dirfd, path, walkFlags(flags), l);
        if (r < 0 || mode == FsFlags.F_OK) {
            return r;
        }
        Inode inode = Vfs.target(l);
        if ((mode & FsFlags.W_OK) != 0 && l.dentry != null && Vfs.readOnly(l.dentry)
                && (inode.isRegular() || inode.isDir() || inode.isSymlink())) {
            return -Errno.EROFS;
        }
        return Permission.check(inode, as.cred, mode);
    }

    static int truncate(FsContext ctx, String path, long length) {
        if (length < 0) {
            return -Errno.EINVAL;
        }
        Lookup l = new Lookup();
        int r = Vfs.resolve(ctx, FsFlags.AT_FDCWD, path, Walker.FOLLOW, l);
        if (r < 0) {
            return r;
        }
        Inode inode = l.dentry.inode;
        if (inode.isDir()) {
            return -Errno.EISDIR;
        }
        if (!inode.isRegular()) {
            return -Errno.EINVAL;
        }
        if (Vfs.readOnly(l.dentry)) {
            return -Errno.EROFS;
        }
        r = Permission.check(inode, ctx.cred, Permission.MAY_WRITE);
        if (r < 0) {
            return r;
        }
        if (inode.isRunningImage()) {
            return -Errno.ETXTBSY;
        }
        inode.lock.lock();
        try {
            return Vfs.truncateLocked(inode, length, ctx.fileSize);
        } finally {
            inode.lock.unlock();
        }
    }
}
