/*
 * One instance of a file system (a superblock): its type name, device number, root inode,
 * inode numbers, clock, statfs answer, and the namespace lock under which its directories and
 * dentries change. Subclasses: TmpFs, ProcFs, the anonymous inodes of pipes and eventfds. An
 * instance is mounted at most once (no bind mounts), so a dentry alone names a place in the tree
 * and `mount` leads back to where this file system hangs.
 *
 * Device numbers are Linux's anonymous ones (major 0, a fresh minor per instance).
 */
package exo.kernel.fs.vfs;

import exo.kernel.cpu.Irq;
import exo.kernel.fs.FileMode;
import exo.kernel.fs.FsClock;
import exo.kernel.sync.Mutex;

public abstract class FileSystem {
    private static int nextAnonMinor = 16;

    public final String type;
    public final long dev;
    protected final FsClock clock;
    /** Directory contents and dentries of this file system change under this lock. */
    public final Mutex nsLock = new Mutex();
    private long nextIno = 1;
    private Dentry rootDentry;
    /** Where this file system is mounted, or null. Set by Vfs under the mount lock. */
    Mount mount;

    protected FileSystem(String type, FsClock clock) {
        this.type = type;
        this.clock = clock;
        boolean on = Irq.save();
        int minor = nextAnonMinor++;
        Irq.restore(on);
        this.dev = FileMode.makeDev(0, minor);
    }

    public final long now() {
        return clock.nowNanos();
    }

    final synchronized long allocIno() {
        return nextIno++;
    }

    /** The root directory's inode (created by the subclass's constructor). */
    public abstract Inode rootInode();

    /** The root dentry, created on first use. */
    public final synchronized Dentry root() {
        if (rootDentry == null) {
            rootDentry = new Dentry("/", null, rootInode());
        }
        return rootDentry;
    }

    public final Mount mount() {
        return mount;
    }

    /** statfs(2) answer. */
    public abstract void statfs(StatFs out);

    /** A new inode for mknod/mkdir/symlink/creat, or null when the file system is full. */
    public Inode newInode(int mode, int uid, int gid, long rdev, String symlinkTarget) {
        return null;
    }

    /** Called once an inode has no link and no open file: free its data and inode slot. */
    protected void evict(Inode inode) {
    }

    /** Whether looked-up dentries may be kept (false for procfs, whose entries come and go). */
    public boolean cachesDentries() {
        return true;
    }

    /** /proc/mounts' first column. */
    public String source() {
        return type;
    }

    /** /proc/mounts' options after rw/ro (e.g. "size=65536k,mode=755"); "" for none. */
    public String options() {
        return "";
    }

    /** Called when the file system is unmounted for good. */
    protected void unmounted() {
    }
}
