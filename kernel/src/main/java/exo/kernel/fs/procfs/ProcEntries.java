/*
 * The changing part of a /proc directory (the PIDs in /proc, the descriptors in fd/, the threads
 * in task/): entries identified by a numeric key, listed in ascending key order, which readdir
 * uses as its position so that a listing survives entries coming and going. Inodes are made
 * afresh on each lookup with a number derived from the key, so they stay the same file to `ls -i`.
 */
package exo.kernel.fs.procfs;

import exo.kernel.fs.vfs.Inode;

public interface ProcEntries {
    /** The keys (ascending, >= 0) of the entries now. */
    long[] keys();

    /** The key of the entry called name, or -1 when there is none. */
    long key(String name);

    String name(long key);

    /** The inode for key, numbered ino; null when the entry went away meanwhile. */
    Inode make(ProcFs fs, long key, long ino);

    /** d_type of the entry (FileMode.DT_DIR, or direntType of its mode). */
    int type(long key);
}
