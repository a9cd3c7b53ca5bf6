/*
 * One ceiling on the inodes of every tmpfs of a file layer together. Each tmpfs inode lives on
 * the kernel's Java heap (about 800 bytes with its directory entry, dentry and lock), and that
 * heap has a fixed size, smaller than the RAM the tmpfs size= limits are computed from: without
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
     * Lets the inodes take at most half of a kernel heap of heapBytes, leaving the other half
     * to processes, descriptors and everything else the kernel allocates.
     */
    public synchronized void limitToHeap(long heapBytes) {
        maxInodes = Math.max(64, heapBytes / 2 / HEAP_BYTES_PER_INODE);
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
