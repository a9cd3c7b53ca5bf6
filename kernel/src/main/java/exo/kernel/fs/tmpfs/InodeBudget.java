/*
 * One ceiling on the inodes of every tmpfs of a file layer together. Each tmpfs inode lives on
 * the kernel's Java heap (about 800 bytes with its directory entry, dentry and lock), and that
 * heap has a limit, smaller than the RAM the tmpfs size= limits are computed from: without
 * this ceiling a program creating files in a loop would exhaust it and the creating call would
 * die of an OutOfMemoryError. With it, the create past the ceiling fails with ENOSPC, as a
 * tmpfs's own nr_inodes limit does. FileLayer owns one and hands it to every tmpfs it makes;
 * Boot sets the ceiling from the heap's size (limitToHeap); host tests leave it unlimited.
 */
package exo.kernel.fs.tmpfs;

public final class InodeBudget {
    /** What a tmpfs inode costs on the kernel heap, with its share of hash tables (measured). */
    public static final long HEAP_BYTES_PER_INODE = 1024;

    private long maxInodes;
    private long usedInodes;

    public InodeBudget(long maxInodes) {
        this.maxInodes = maxInodes;
    }

    /**
     * Lets the inodes take at most 5/8 of a kernel heap of heapBytes, leaving the rest to
     * processes, descriptors, everything else the kernel allocates and the collector's room
     * (the heap takes frames only as it needs them: the ceiling is no reservation). On the
     * 256 MiB test machine (a heap of up to 3/4 of RAM) that is about 116,000 inodes.
     */
    public synchronized void limitToHeap(long heapBytes) {
        maxInodes = Math.max(64, heapBytes / 8 * 5 / HEAP_BYTES_PER_INODE);
    }

    /** One more inode, or false when the ceiling is reached. */
    synchronized boolean take() {
        if (usedInodes >= maxInodes) {
            return false;
        }
        usedInodes++;
        return true;
    }

    synchronized void give() {
        if (usedInodes <= 0) {
            throw new IllegalStateException("tmpfs: the shared inode count went negative");
        }
        usedInodes--;
    }

    public synchronized long maxInodes() {
        return maxInodes;
    }

    public synchronized long usedInodes() {
        return usedInodes;
    }
}
