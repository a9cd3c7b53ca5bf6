/*
 * A name in the tree: a positive directory entry (name, parent, inode) that the path walker
 * found, kept in its parent's child table so the next walk through it needs no file-system
 * lookup. This is the dentry cache: one hash table per directory dentry (DentryNames, probed
 * with a range of the path's text, so a walk builds no String per component), filled by lookups and
 * kept coherent by the VFS operations that change names (they all run here, under the file
 * system's nsLock). Names that do not exist are not cached. `mounted` is the file system
 * mounted on this dentry, if any (the top one when several are stacked); a file system's root
 * dentry has no parent.
 */
package exo.kernel.fs.vfs;

import exo.kernel.cpu.Irq;

public final class Dentry {
    String name;
    Dentry parent;
    public final Inode inode;
    private DentryNames children;
    /**
     * Changes of children (and of the names in it) so far, twice each: odd while one is under
     * way. A lock-free lookup (lockFreeChild) trusts what it found only if this was even and
     * the same before and after it (a sequence lock; x86 keeps stores and loads in order, and
     * compilerBarrier keeps gcc from moving them across the count's reads and writes).
     */
    private volatile int childSeq;
    volatile Mount mounted;
    /** Removed from its parent (unlink, rmdir, rename over it). */
    boolean removed;

    Dentry(String name, Dentry parent, Inode inode) {
        this.name = name;
        this.parent = parent;
        this.inode = inode;
    }

    public String name() {
        return name;
    }

    public Dentry parent() {
        return parent;
    }

    public FileSystem fs() {
        return inode.fs;
    }

    public boolean isFsRoot() {
        return parent == null;
    }

    public boolean isRemoved() {
        return removed;
    }

    public Mount mounted() {
        return mounted;
    }

    Dentry cachedChild(String childName) {
        return children == null ? null : children.get(childName);
    }

    /** The cached child named text[start, end) (hash: DentryNames.hash of it), or null; nsLock held. */
    Dentry cachedChild(String text, int start, int end, int hash) {
        DentryNames c = children;
        return c == null ? null : c.get(text, start, end, hash);
    }

    /**
     * cachedChild without the nsLock (the path walk's common case): null when the name is not
     * cached or a change ran meanwhile, and the caller must then look again under the lock.
     */
    Dentry lockFreeChild(String text, int start, int end, int hash) {
        int seq = childSeq;
        if ((seq & 1) != 0) {
            return null;
        }
        compilerBarrier();
        DentryNames c = children;
        Dentry d = c == null ? null : c.get(text, start, end, hash);
        compilerBarrier();
        return childSeq == seq ? d : null;
    }

    void cacheChild(Dentry d) {
        DentryNames c = children;
        if (c == null) {
            c = new DentryNames();
            compilerBarrier();   // built before it is published
        }
        beginChange();
        children = c;
        c.put(d);
        endChange();
    }

    void forgetChild(String childName) {
        if (children != null) {
            beginChange();
            children.remove(childName);
            endChange();
        }
    }

    private void beginChange() {
        childSeq++;
        compilerBarrier();
    }

    private void endChange() {
        compilerBarrier();
        childSeq++;
    }

    /**
     * Keeps gcc from moving memory accesses across it (cli and sti are asm statements that
     * clobber memory); the interrupt state is left as it was.
     */
    private static void compilerBarrier() {
        Irq.restore(Irq.save());
    }

    /** Cached children (tests and the consistency checker). */
    public int cachedChildCount() {
        return children == null ? 0 : children.size();
    }

    @Override
    public String toString() {
        return "dentry " + name + " (" + inode + ")";
    }
}
