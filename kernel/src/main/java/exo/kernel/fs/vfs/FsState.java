/*
 * A process's place in the tree: its root directory (chroot), its working directory and its
 * umask (Linux's fs_struct). Threads created with CLONE_FS share one; fork copies it. Holding a
 * directory here keeps its mount busy (umount says EBUSY), so the process layer calls release()
 * when the last sharer exits.
 */
package exo.kernel.fs.vfs;

public final class FsState {
    // Volatile: read on every path walk without the monitor (the reader gets the old or the
    // new directory, as it would have just before or after a chdir holding it); changes and
    // the mount references that go with them stay under the monitor.
    private volatile Dentry root;
    private volatile Dentry cwd;
    private volatile int umask;

    public FsState(Dentry root, Dentry cwd, int umask) {
        this.root = root;
        this.cwd = cwd;
        this.umask = umask & 0777;
        Mount.getFor(root);
        Mount.getFor(cwd);
    }

    public Dentry root() {
        return root;
    }

    public Dentry cwd() {
        return cwd;
    }

    public int umask() {
        return umask;
    }

    /** umask(2): sets the mask, returns the old one. */
    public synchronized int setUmask(int mask) {
        int old = umask;
        umask = mask & 0777;
        return old;
    }

    synchronized void setCwd(Dentry d) {
        Mount.getFor(d);
        Mount.putFor(cwd);
        cwd = d;
    }

    synchronized void setRoot(Dentry d) {
        Mount.getFor(d);
        Mount.putFor(root);
        root = d;
    }

    /** fork without CLONE_FS. */
    public synchronized FsState copy() {
        return new FsState(root, cwd, umask);
    }

    /** The last process using it is gone: its directories no longer keep mounts busy. */
    public synchronized void release() {
        if (root != null) {
            Mount.putFor(root);
            Mount.putFor(cwd);
            root = null;
            cwd = null;
        }
    }
}
