/*
 * mount and umount2 for the kernel's own file systems (root only: EPERM otherwise). mount makes a
 * new instance of a registered type (ENODEV for an unknown one) on a directory, stacking over
 * what was mounted there; MS_REMOUNT changes the read-only flag; bind and move mounts are not
 * supported (EINVAL). umount2 takes the root of a mount (EINVAL otherwise), refuses the root
 * mount and busy mounts (open files, working directories, submounts) with EBUSY unless
 * MNT_DETACH, which takes the mount and everything below it out of the tree at once while open
 * files keep working; MNT_EXPIRE marks an idle mount first (EAGAIN) and unmounts it on the next
 * call. Also /proc/mounts' text. Called through Vfs.
 */
package exo.kernel.fs.vfs;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFlags;
import java.util.ArrayList;

final class VfsMount {
    private VfsMount() {}

    static int mount(Vfs vfs, FsContext ctx, String source, String target, String fsType, int flags, String data) {
        if (!ctx.cred.isRoot()) {
            return -Errno.EPERM;
        }
        Lookup l = new Lookup();
        if ((flags & FsFlags.MS_REMOUNT) != 0) {
            int r = Vfs.resolve(ctx, FsFlags.AT_FDCWD, target, Walker.FOLLOW, l);
            if (r < 0) {
                return r;
            }
            Mount m = l.dentry.inode.fs.mount;
            if (m == null || m.root != l.dentry) {
                return -Errno.EINVAL;
            }
            m.flags = flags & ~FsFlags.MS_REMOUNT;
            return 0;
        }
        if ((flags & (FsFlags.MS_BIND | FsFlags.MS_MOVE)) != 0) {
            return -Errno.EINVAL; // FIXME: bind and move mounts
        }
        FsTypes.Factory factory = fsType == null ? null : vfs.types.find(fsType);
        if (factory == null) {
            return -Errno.ENODEV;
        }
        int r = Vfs.resolve(ctx, FsFlags.AT_FDCWD, target, Walker.FOLLOW | Walker.DIRECTORY, l);
        if (r < 0) {
            return r;
        }
        FileSystem fs = factory.create(data == null ? "" : data);
        if (fs == null) {
            return -Errno.EINVAL;
        }
        return attach(vfs, l.dentry, fs, flags);
    }

    static int mountFs(Vfs vfs, FsContext ctx, String path, FileSystem fs, int flags) {
        Lookup l = new Lookup();
        int r = Vfs.resolve(ctx, FsFlags.AT_FDCWD, path, Walker.FOLLOW | Walker.DIRECTORY, l);
        if (r < 0) {
            return r;
        }
        return attach(vfs, l.dentry, fs, flags);
    }

    private static int attach(Vfs vfs, Dentry mountpoint, FileSystem fs, int flags) {
        vfs.mountLock.lock();
        try {
            if (fs.mount != null) {
                return -Errno.EBUSY; // no bind mounts: an instance hangs in one place
            }
            Mount m = new Mount(fs, mountpoint, Mount.of(mountpoint), flags & ~FsFlags.MS_REMOUNT);
            m.covered = mountpoint.mounted;
            fs.mount = m;
            mountpoint.mounted = m;
            vfs.mounts.add(m);
            return 0;
        } finally {
            vfs.mountLock.unlock();
        }
    }

    static int umount2(Vfs vfs, FsContext ctx, String target, int flags) {
        int known = FsFlags.MNT_FORCE | FsFlags.MNT_DETACH | FsFlags.MNT_EXPIRE | FsFlags.UMOUNT_NOFOLLOW;
        if ((flags & ~known) != 0
                || ((flags & FsFlags.MNT_EXPIRE) != 0 && (flags & (FsFlags.MNT_FORCE | FsFlags.MNT_DETACH)) != 0)) {
            return -Errno.EINVAL;
        }
        if (!ctx.cred.isRoot()) {
            return -Errno.EPERM;
        }
        Lookup l = new Lookup();
        int walk = (flags & FsFlags.UMOUNT_NOFOLLOW) != 0 ? 0 : Walker.FOLLOW;
        int r = Vfs.resolve(ctx, FsFlags.AT_FDCWD, target, walk, l);
        if (r < 0) {
            return r;
        }
        Mount m = l.dentry.inode.fs.mount;
        if (m == null || m.root != l.dentry || m.mountpoint == null && m != vfs.rootMount) {
            return -Errno.EINVAL;
        }
        if (m == vfs.rootMount) {
            return -Errno.EBUSY;
        }
        vfs.mountLock.lock();
        try {
            return detachLocked(vfs, m, flags);
        } finally {
            vfs.mountLock.unlock();
        }
    }

    private static int detachLocked(Vfs vfs, Mount m, int flags) {
        boolean busy = m.refs() > 0 || hasSubmounts(vfs, m);
        if ((flags & FsFlags.MNT_EXPIRE) != 0) {
            if (busy) {
                return -Errno.EBUSY;
            }
            if (!m.expiring) {
                m.expiring = true;
                return -Errno.EAGAIN;
            }
        } else if (busy && (flags & FsFlags.MNT_DETACH) == 0) {
            return -Errno.EBUSY;
        }
        detachTree(vfs, m);
        return 0;
    }

    private static boolean hasSubmounts(Vfs vfs, Mount m) {
        for (Mount x : vfs.mounts) {
            if (x.parent == m) {
                return true;
            }
        }
        return false;
    }

    /** Takes m and the mounts below it out of the tree. */
    private static void detachTree(Vfs vfs, Mount m) {
        for (int i = vfs.mounts.size() - 1; i >= 0; i--) {
            Mount x = vfs.mounts.get(i);
            if (x.parent == m) {
                detachTree(vfs, x);
            }
        }
        if (m.mountpoint != null) {
            m.mountpoint.mounted = m.covered;
        }
        m.mountpoint = null;
        m.covered = null;
        vfs.mounts.remove(m);
        if (m.markDetached()) {
            m.fs.unmounted();
        }
    }

    static ArrayList<FileSystem> mounted(Vfs vfs) {
        vfs.mountLock.lock();
        try {
            ArrayList<FileSystem> list = new ArrayList<>();
            for (Mount m : vfs.mounts) {
                list.add(m.fs);
            }
            return list;
        } finally {
            vfs.mountLock.unlock();
        }
    }

    static String mountsText(Vfs vfs, Dentry root) {
        StringBuilder sb = new StringBuilder();
        vfs.mountLock.lock();
        try {
            for (Mount m : vfs.mounts) {
                sb.append(escape(m.fs.source())).append(' ').append(escape(Vfs.pathOf(m.root, root)))
                        .append(' ').append(m.fs.type).append(' ').append(options(m)).append(" 0 0\n");
            }
        } finally {
            vfs.mountLock.unlock();
        }
        return sb.toString();
    }

    private static String options(Mount m) {
        StringBuilder sb = new StringBuilder(m.isReadOnly() ? "ro" : "rw");
        if ((m.flags & FsFlags.MS_NOSUID) != 0) {
            sb.append(",nosuid");
        }
        if ((m.flags & FsFlags.MS_NODEV) != 0) {
            sb.append(",nodev");
        }
        if ((m.flags & FsFlags.MS_NOEXEC) != 0) {
            sb.append(",noexec");
        }
        sb.append(",relatime");
        String extra = m.fs.options();
        if (!extra.isEmpty()) {
            sb.append(',').append(extra);
        }
        return sb.toString();
    }

    /** /proc/mounts escapes space, tab, newline and backslash as octal. */
    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\\') {
                sb.append('\\').append((char) ('0' + (c >> 6))).append((char) ('0' + ((c >> 3) & 7)))
                        .append((char) ('0' + (c & 7)));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
