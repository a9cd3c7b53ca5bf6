/*
 * The file-name side of the file layer, one object per kernel: the mount tree, the dentry cache
 * upkeep, and the path-based system calls, each returning 0, a count, or a negative Linux errno
 * with Linux's precedence among errors. The calls take the caller's FsContext and, like the *at
 * system calls, a dirfd (FsFlags.AT_FDCWD for the working directory). The bodies live in the
 * package's Vfs* classes by family (VfsOpen, VfsCreate, VfsRemove, VfsAttr, VfsMount); this
 * class is the one entry point the syscall layer calls. Descriptor-based calls (read, write,
 * fcntl...) are in exo.kernel.fs.file.FileIo.
 */
package exo.kernel.fs.vfs;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FileSizeLimit;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.IoBuffer;
import exo.kernel.sync.Mutex;
import java.util.ArrayList;

public final class Vfs {
    final SpecialFiles special;
    final FsTypes types;
    /** The mount tree changes under this lock; mounts in the order they were made. */
    final Mutex mountLock = new Mutex();
    final ArrayList<Mount> mounts = new ArrayList<>();
    final Mount rootMount;

    public Vfs(FileSystem rootFs, SpecialFiles special, FsTypes types) {
        this.special = special;
        this.types = types;
        rootMount = new Mount(rootFs, null, null, 0);
        rootFs.mount = rootMount;
        mounts.add(rootMount);
    }

    /** The root of the tree, for the first process's FsState. */
    public Dentry root() {
        return rootMount.root;
    }

    // ---- the calls (bodies in the Vfs* classes) ----------------------------------------

    public OpenResult openat(FsContext ctx, int dirfd, String path, int flags, int mode) {
        return VfsOpen.openat(this, ctx, dirfd, path, flags, mode);
    }

    /**
     * execve's open of the program (or of an interpreter): follows links; the file must be a
     * regular file (EACCES otherwise), on a mount without MS_NOEXEC (EACCES), executable by the
     * caller (EACCES; root needs one x bit). Read permission is not needed, as on Linux. The
     * result is a read-only open file for the ELF loader.
     */
    public OpenResult openExec(FsContext ctx, int dirfd, String path, int atFlags) {
        Lookup l = new Lookup();
        int walk = ((atFlags & FsFlags.AT_SYMLINK_NOFOLLOW) == 0 ? Walker.FOLLOW : 0)
                | ((atFlags & FsFlags.AT_EMPTY_PATH) != 0 ? Walker.EMPTY_OK : 0);
        int r = resolve(ctx, dirfd, path, walk, l);
        if (r < 0) {
            return OpenResult.fail(r);
        }
        if (l.dentry == null) {
            return OpenResult.fail(-Errno.EACCES); // a descriptor without a name (pipe)
        }
        Inode inode = l.dentry.inode;
        if (inode.isSymlink()) {
            return OpenResult.fail(-Errno.ELOOP);
        }
        Mount m = inode.fs.mount;
        if (!inode.isRegular() || (m != null && (m.flags & FsFlags.MS_NOEXEC) != 0)) {
            return OpenResult.fail(-Errno.EACCES);
        }
        r = Permission.check(inode, ctx.cred, Permission.MAY_EXEC);
        if (r < 0) {
            return OpenResult.fail(r);
        }
        if (inode.hasWriters()) {
            return OpenResult.fail(-Errno.ETXTBSY);   // open for writing somewhere (Inode.writers)
        }
        return OpenResult.of(inode.newOpenFile(l.dentry, exo.kernel.fs.OpenFlags.O_RDONLY | exo.kernel.fs.OpenFlags.O_LARGEFILE));
    }

    public int mkdirat(FsContext ctx, int dirfd, String path, int mode) {
        return VfsCreate.mkdirat(ctx, dirfd, path, mode);
    }

    public int mknodat(FsContext ctx, int dirfd, String path, int mode, long dev) {
        return VfsCreate.mknodat(ctx, dirfd, path, mode, dev);
    }

    public int symlinkat(FsContext ctx, String target, int dirfd, String path) {
        return VfsCreate.symlinkat(ctx, target, dirfd, path);
    }

    public int linkat(FsContext ctx, int olddirfd, String oldPath, int newdirfd, String newPath, int flags) {
        return VfsCreate.linkat(ctx, olddirfd, oldPath, newdirfd, newPath, flags);
    }

    public int unlinkat(FsContext ctx, int dirfd, String path, int flags) {
        return VfsRemove.unlinkat(ctx, dirfd, path, flags);
    }

    public int renameat2(FsContext ctx, int olddirfd, String oldPath, int newdirfd, String newPath, int flags) {
        return VfsRename.renameat2(ctx, olddirfd, oldPath, newdirfd, newPath, flags);
    }

    public long readlinkat(FsContext ctx, int dirfd, String path, IoBuffer buf) {
        return VfsAttr.readlinkat(ctx, dirfd, path, buf);
    }

    public int fstatat(FsContext ctx, int dirfd, String path, int flags, Stat out) {
        return VfsAttr.fstatat(ctx, dirfd, path, flags, out);
    }

    public int statx(FsContext ctx, int dirfd, String path, int flags, int mask, Stat out) {
        return VfsAttr.statx(ctx, dirfd, path, flags, mask, out);
    }

    public int statfs(FsContext ctx, String path, StatFs out) {
        return VfsAttr.statfs(ctx, path, out);
    }

    public int fchmodat(FsContext ctx, int dirfd, String path, int mode, int flags) {
        return VfsAttr.fchmodat(ctx, dirfd, path, mode, flags);
    }

    public int fchownat(FsContext ctx, int dirfd, String path, int uid, int gid, int flags) {
        return VfsAttr.fchownat(ctx, dirfd, path, uid, gid, flags);
    }

    /** times: {atime sec, atime nsec, mtime sec, mtime nsec} or null for now. */
    public int utimensat(FsContext ctx, int dirfd, String path, long[] times, int flags) {
        return VfsAttr.utimensat(ctx, dirfd, path, times, flags);
    }

    public int faccessat2(FsContext ctx, int dirfd, String path, int mode, int flags) {
        return VfsAttr.faccessat2(ctx, dirfd, path, mode, flags);
    }

    public int truncate(FsContext ctx, String path, long length) {
        return VfsAttr.truncate(ctx, path, length);
    }

    // ---- the same on an open file (fstat, fchmod, fchown, futimens, fstatfs) ------------

    public static int fstat(OpenFile f, Stat out) {
        f.inode.getattr(out);
        out.mountId = f.inode.fs.dev;
        out.attributes = f.dentry != null && f.dentry.isFsRoot() ? 0x2000 : 0;
        return 0;
    }

    public static int fstatfs(OpenFile f, StatFs out) {
        VfsAttr.statfsOf(f.inode.fs, out);
        return 0;
    }

    public static int fchmod(FsContext ctx, OpenFile f, int mode) {
        return f.isPathOnly() ? -Errno.EBADF : VfsAttr.chmod(ctx, f.dentry, f.inode, mode);
    }

    public static int fchown(FsContext ctx, OpenFile f, int uid, int gid) {
        return f.isPathOnly() ? -Errno.EBADF : VfsAttr.chown(ctx, f.dentry, f.inode, uid, gid);
    }

    /** futimens: times as for utimensat, or null for now. */
    public static int futimens(FsContext ctx, OpenFile f, long[] times) {
        if (times != null && times[1] == FsFlags.UTIME_OMIT && times[3] == FsFlags.UTIME_OMIT) {
            return 0;
        }
        return f.isPathOnly() ? -Errno.EBADF : VfsAttr.setTimes(ctx, f.dentry, f.inode, times);
    }

    public int chdir(FsContext ctx, String path) {
        return VfsCwd.chdir(ctx, path);
    }

    public int fchdir(FsContext ctx, OpenFile dir) {
        return VfsCwd.fchdir(ctx, dir);
    }

    public int chroot(FsContext ctx, String path) {
        return VfsCwd.chroot(ctx, path);
    }

    /** getcwd: the working directory's path, or null when it was removed (ENOENT). */
    public String getcwd(FsContext ctx) {
        return VfsCwd.getcwd(ctx);
    }

    public int mount(FsContext ctx, String source, String target, String fsType, int flags, String data) {
        return VfsMount.mount(this, ctx, source, target, fsType, flags, data);
    }

    public int umount2(FsContext ctx, String target, int flags) {
        return VfsMount.umount2(this, ctx, target, flags);
    }

    /** Mounts fs on the directory at path (kernel setup: /dev, /proc); 0 or -errno. */
    public int mountAt(FsContext ctx, String path, FileSystem fs, int flags) {
        return VfsMount.mountFs(this, ctx, path, fs, flags);
    }

    /** /proc/mounts' lines ("tmpfs / tmpfs rw 0 0"), as seen from root. */
    public String mountsText(Dentry root) {
        return VfsMount.mountsText(this, root);
    }

    /** The file systems mounted now (tests, /proc). */
    public ArrayList<FileSystem> mountedFileSystems() {
        return VfsMount.mounted(this);
    }

    // ---- shared helpers ---------------------------------------------------------------

    /**
     * Walks path for a *at call: absolute paths ignore dirfd; relative ones start at the cwd or
     * at dirfd's directory (EBADF when not open, ENOTDIR when not a directory). With AT_EMPTY_PATH
     * semantics (Walker.EMPTY_OK) an empty path names dirfd's file itself, which may be a file
     * without a name (a pipe): then out.dentry is null and emptyFile is returned through out.
     */
    static int resolve(FsContext ctx, int dirfd, String path, int walkFlags, Lookup out, Walker w) {
        Dentry start;
        OpenFile at = null;
        if (!path.isEmpty() && path.charAt(0) == '/') {
            start = ctx.root();
        } else if (dirfd == FsFlags.AT_FDCWD) {
            start = ctx.cwd();
        } else {
            at = ctx.fds == null ? null : ctx.fds.file(dirfd);
            if (at == null) {
                return -Errno.EBADF;
            }
            start = at.dentry;
            if (!path.isEmpty() && (start == null || !start.inode.isDir())) {
                return -Errno.ENOTDIR;
            }
        }
        if (path.isEmpty() && (walkFlags & Walker.EMPTY_OK) != 0 && at != null && at.dentry == null) {
            out.clear();
            out.emptyFile = at;
            return 0;
        }
        return w.walk(start, path, walkFlags, out);
    }

    static int resolve(FsContext ctx, int dirfd, String path, int walkFlags, Lookup out) {
        return resolve(ctx, dirfd, path, walkFlags, out, new Walker(ctx));
    }

    /** The inode a lookup found (a dentry's, or an AT_EMPTY_PATH file's). */
    static Inode target(Lookup l) {
        return l.dentry != null ? l.dentry.inode : l.emptyFile.inode;
    }

    static boolean readOnly(Dentry d) {
        Mount m = d.inode.fs.mount;
        return m != null && m.isReadOnly();
    }

    /** The cached or looked-up child name of dir, or null. Takes dir's nsLock. */
    static Dentry lookupChild(Dentry dir, String name) {
        FileSystem fs = dir.inode.fs;
        fs.nsLock.lock();
        try {
            return lookupLocked(dir, name);
        } finally {
            fs.nsLock.unlock();
        }
    }

    /**
     * lookupChild for the name text[start, end) whose String hash is hash (the walker's
     * component): a cached child costs no String and no lock (Dentry.lockFreeChild); a miss
     * looks again under the nsLock and asks the file system, by a new String.
     */
    static Dentry lookupChild(Dentry dir, String text, int start, int end, int hash) {
        Dentry cached = dir.lockFreeChild(text, start, end, hash);
        if (cached != null) {
            return cached;
        }
        FileSystem fs = dir.inode.fs;
        fs.nsLock.lock();
        try {
            Dentry d = dir.cachedChild(text, start, end, hash);
            return d != null ? d : lookupLocked(dir, text.substring(start, end));
        } finally {
            fs.nsLock.unlock();
        }
    }

    /** lookupChild with dir's nsLock held. */
    static Dentry lookupLocked(Dentry dir, String name) {
        Dentry d = dir.cachedChild(name);
        if (d != null) {
            return d;
        }
        Inode i = dir.inode.lookup(name);
        if (i == null) {
            return null;
        }
        d = new Dentry(name, dir, i);
        if (dir.inode.fs.cachesDentries()) {
            dir.cacheChild(d);
        }
        return d;
    }

    /** A new name was linked: cache its dentry. nsLock held. */
    static Dentry added(Dentry dir, String name, Inode inode) {
        Dentry d = new Dentry(name, dir, inode);
        if (dir.inode.fs.cachesDentries()) {
            dir.cacheChild(d);
        }
        return d;
    }

    /** A name was removed: drop its dentry. nsLock held. */
    static void removed(Dentry dir, Dentry child) {
        dir.forgetChild(child.name);
        child.removed = true;
    }

    /** The path of d as seen from root: "/a/b"; "/" for root itself. */
    public static String pathOf(Dentry d, Dentry root) {
        if (d == root) {
            return "/";
        }
        StringBuilder sb = new StringBuilder();
        int guard = 0;
        while (d != root && guard++ < 4096) {
            if (d.parent == null) {
                Mount m = d.inode.fs.mount;
                if (m == null || m.mountpoint == null) {
                    break; // outside the caller's root: Linux shows the path from the real root
                }
                d = m.mountpoint;
                continue;
            }
            sb.insert(0, d.name).insert(0, '/');
            d = d.parent;
        }
        return sb.length() == 0 ? "/" : sb.toString();
    }

    /** truncate's common part: size checks, then the inode's setSize; caller holds inode.lock. */
    static int truncateLocked(Inode inode, long size, FileSizeLimit limit) {
        if (size < 0) {
            return -Errno.EINVAL;
        }
        if (size == inode.size()) {
            return 0; // tmpfs changes no timestamp when the size stays (shmem_setattr)
        }
        int r = limit.mayResize(inode.size(), size);
        if (r < 0) {
            return r;
        }
        r = inode.setSize(size);
        if (r == 0) {
            inode.touchModified();
        }
        return r;
    }

    /** Truncation by O_TRUNC: times change even when the size was already 0. */
    static int truncateForOpen(Inode inode) {
        inode.lock.lock();
        try {
            int r = inode.size() == 0 ? 0 : inode.setSize(0);
            if (r == 0) {
                inode.touchModified();
            }
            return r;
        } finally {
            inode.lock.unlock();
        }
    }
}
