/*
 * The page index of one file: page number -> physical frame, as a radix tree of 512-way nodes
 * (9 bits of the page number per level, like a page table), so a lookup costs a few array loads
 * whatever the file size, sparse files cost nodes only where they have data, and the tree grows
 * upwards as higher pages appear (up to the 2^51 pages a 63-bit offset can reach). Frame 0 is
 * never a file page, so 0 means "no page". Not synchronised: the owning inode's lock covers it.
 */
package exo.kernel.fs.page;

public final class PageTree {
    private static final int BITS = 9;
    private static final int FANOUT = 1 << BITS;
    private static final int MASK = FANOUT - 1;

    /** long[] when height is 1, else Object[] of subtrees (null = empty). */
    private Object root;
    private int height;
    private long count;

    public long count() {
        return count;
    }

    /** Pages the tree can index at its current height. */
    private long span() {
        return height >= 7 ? Long.MAX_VALUE : 1L << (BITS * height);
    }

    public long get(long index) {
        if (root == null || index >= span()) {
            return 0;
        }
        Object node = root;
        for (int level = height; level > 1; level--) {
            node = ((Object[]) node)[slot(index, level)];
            if (node == null) {
                return 0;
            }
        }
        return ((long[]) node)[(int) (index & MASK)];
    }

    private static int slot(long index, int level) {
        return (int) ((index >>> (BITS * (level - 1))) & MASK);
    }

    /** Sets the frame of page index (phys != 0); returns the previous one or 0. */
    public long put(long index, long phys) {
        if (index < 0) {
            throw new IllegalArgumentException("negative page index " + index);
        }
        if (root == null) {
            root = new long[FANOUT];
            height = 1;
        }
        while (index >= span()) {
            Object[] up = new Object[FANOUT];
            up[0] = root;
            root = up;
            height++;
        }
        Object node = root;
        for (int level = height; level > 1; level--) {
            Object[] inner = (Object[]) node;
            int s = slot(index, level);
            if (inner[s] == null) {
                inner[s] = level == 2 ? new long[FANOUT] : new Object[FANOUT];
            }
            node = inner[s];
        }
        long[] leaf = (long[]) node;
        int i = (int) (index & MASK);
        long old = leaf[i];
        leaf[i] = phys;
        if (old == 0) {
            count++;
        }
        return old;
    }

    /** Clears page index; returns its frame or 0. Empty nodes are kept (files rarely shrink). */
    public long remove(long index) {
        if (root == null || index >= span()) {
            return 0;
        }
        Object node = root;
        for (int level = height; level > 1; level--) {
            node = ((Object[]) node)[slot(index, level)];
            if (node == null) {
                return 0;
            }
        }
        long[] leaf = (long[]) node;
        int i = (int) (index & MASK);
        long old = leaf[i];
        if (old != 0) {
            leaf[i] = 0;
            count--;
        }
        return old;
    }

    /** The first page number >= from that has a frame, or -1. */
    public long nextPresent(long from) {
        if (root == null || from >= span() || count == 0) {
            return -1;
        }
        return next(root, height, 0, Math.max(0, from));
    }

    private long next(Object node, int level, long base, long from) {
        if (level == 1) {
            long[] leaf = (long[]) node;
            for (int i = (int) Math.max(0, from - base); i < FANOUT; i++) {
                if (leaf[i] != 0) {
                    return base + i;
                }
            }
            return -1;
        }
        Object[] inner = (Object[]) node;
        long childSpan = 1L << (BITS * (level - 1));
        int first = from <= base ? 0 : (int) ((from - base) / childSpan);
        for (int s = first; s < FANOUT; s++) {
            if (inner[s] != null) {
                long childBase = base + s * childSpan;
                long r = next(inner[s], level - 1, childBase, Math.max(from, childBase));
                if (r >= 0) {
                    return r;
                }
            }
        }
        return -1;
    }

    /** Drops every node. */
    public void clear() {
        root = null;
        height = 0;
        count = 0;
    }
}
