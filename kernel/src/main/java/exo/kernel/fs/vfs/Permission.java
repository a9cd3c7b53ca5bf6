/*
 * The permission check of every file operation, as Linux's generic_permission does it without
 * ACLs: the owner's bits if the caller owns the file, else the group's if the caller is in the
 * file's group, else the others'. Root (fsuid 0) may read and write anything and search any
 * directory, but executes a file only if some x bit is set. Also the sticky-directory rule of
 * unlink and rename, and ownership tests for chmod/chown/utimes.
 */
package exo.kernel.fs.vfs;

import exo.kernel.fs.Credentials;
import exo.kernel.fs.Errno;
import exo.kernel.fs.FileMode;

public final class Permission {
    private Permission() {}

    public static final int MAY_EXEC = 1;
    public static final int MAY_WRITE = 2;
    public static final int MAY_READ = 4;

    /** 0 if cred may do `mask` (MAY_* bits) to inode, else -EACCES. */
    public static int check(Inode inode, Credentials cred, int mask) {
        int mode = inode.mode();
        int bits;
        if (cred.fsuid == inode.uid()) {
            bits = mode >> 6;
        } else if (cred.inGroup(inode.gid())) {
            bits = mode >> 3;
        } else {
            bits = mode;
        }
        if ((mask & ~bits & 7) == 0) {
            return 0;
        }
        if (cred.isFsRoot()) {
            boolean execOk = (mask & MAY_EXEC) == 0 || inode.isDir() || (mode & 0111) != 0;
            if (execOk) {
                return 0;
            }
        }
        return -Errno.EACCES;
    }

    /** Owner or root: who may chmod, set times explicitly, or remove in a sticky directory. */
    public static boolean ownerOrRoot(Inode inode, Credentials cred) {
        return cred.isFsRoot() || cred.fsuid == inode.uid();
    }

    /**
     * May cred remove or replace `victim` in directory dir? Needs write and search on dir, and in
     * a sticky directory ownership of the file or the directory (else EPERM).
     */
    public static int mayDelete(Inode dir, Inode victim, Credentials cred) {
        int r = check(dir, cred, MAY_WRITE | MAY_EXEC);
        if (r < 0) {
            return r;
        }
        if ((dir.mode() & FileMode.S_ISVTX) != 0 && !cred.isFsRoot()
                && cred.fsuid != victim.uid() && cred.fsuid != dir.uid()) {
            return -Errno.EPERM;
        }
        return 0;
    }
}
