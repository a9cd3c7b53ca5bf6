/*
 * A file system hung on a dentry of another (the mountpoint), or the root mount. `covered` is
 * the mount the new one hides when several are stacked on one place (umount uncovers it).
 * `refs` counts what keeps the mount busy besides submounts: open files and processes' cwd and
 * root; umount without MNT_DETACH refuses a busy mount with EBUSY. Flags are MS_RDONLY and
 * friends.
 */
package exo.kernel.fs.vfs;

import exo.kernel.sync.SpinLock;

public final class Mount {
    public final FileSystem fs;
    public final Dentry root;
    /** Where it is mounted (null for the root mount and for detached mounts). */
    Dentry mountpoint;
    /** The mount that mountpoint belongs to. */
    Mount parent;
    /** The mount previously on the same mountpoint, hidden by this one. */
    Mount covered;
    int flags;
    /** MNT_EXPIRE marked it: the next MNT_EXPIRE unmounts it if still idle. */
    boolean expiring;
    private int refs;

    Mount(FileSystem fs, Dentry mountpoint, Mount parent, int flags) {
        this.fs = fs;
        this.root = fs.root();
        this.mountpoint = mountpoint;
        this.parent = parent;
        this.flags = flags;
    }

    public Dentry mountpoint() {
        return mountpoint;
    }

    public int flags() {
        return flags;
    }

    public boolean isReadOnly() {
        return (flags & exo.kernel.fs.FsFlags.MS_RDONLY) != 0;
    }

    /** Set-user-ID and set-group-ID bits are ignored on exec from this mount (MS_NOSUID). */
    public boolean isNoSuid() {
        return (flags & exo.kernel.fs.FsFlags.MS_NOSUID) != 0;
    }

    /**
     * Guards refs and detached of every mount. Every open and close (and chdir, fork, exit)
     * passes here: a monitor cost ~250 instructions a pair, and an exiting process that held
     * its FsState's monitor while waiting for a busy mount's monitor could fill the monitor
     * table when a hundred processes exited at once. Nothing blocks under it.
     */
    private static final SpinLock REFS = new SpinLock("mount references");

    void get() {
        boolean on = REFS.lock();
        refs++;
        REFS.unlock(on);
    }

    /** Taken out of the tree (umount); the file system goes when the last reference does. */
    private boolean detached;

    void put() {
        boolean on = REFS.lock();
        boolean gone = --refs == 0 && detached;
        REFS.unlock(on);
        if (gone) {
            fs.unmounted(); // the last file of a lazily detached mount was closed
        }
    }

    /** umount: marks it detached; true when nothing holds it (the caller unmounts its fs). */
    boolean markDetached() {
        boolean on = REFS.lock();
        detached = true;
        boolean idle = refs == 0;
        REFS.unlock(on);
        return idle;
    }

    public int refs() {
        boolean on = REFS.lock();
        int n = refs;
        REFS.unlock(on);
        return n;
    }

    /** The mount a dentry lives in (its file system's), or null for an unmounted file system. */
    public static Mount of(Dentry d) {
        return d.inode.fs.mount;
    }

    static void getFor(Dentry d) {
        Mount m = of(d);
        if (m != null) {
            m.get();
        }
    }

    static void putFor(Dentry d) {
        Mount m = of(d);
        if (m != null) {
            m.put();
        }
    }
}
