/*
 * A name in the tree: a positive directory entry (name, parent, inode) that the path walker
 * found, kept in its parent's child table so the next walk through it needs no file-system
 * lookup. This is the dentry cache: one hash table per directory dentry, filled by lookups and
 * kept coherent by the VFS operations that change names (they all run here, under the file
 * system's nsLock). Names that do not exist are not cached. `mounted` is the file system
 * mounted on this dentry, if any (the top one when several are stacked); a file system's root
 * dentry has no parent.
 */
package exo.kernel.fs.vfs;

import java.util.HashMap;

public final class Dentry {
    String name;
    Dentry parent;
    public final Inode inode;
    private HashMap<String, Dentry> children;
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

    void cacheChild(Dentry d) {
        if (children == null) {
            children = new HashMap<>();
        }
        children.put(d.name, d);
    }

    void forgetChild(String childName) {
        if (children != null) {
            children.remove(childName);
        }
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
