/*
 * A buddy allocator for physically contiguous runs of 2^order frames, order 0..MAX_ORDER (4 KiB
 * to 4 MiB), over a pool of frames taken from the FrameAllocator at boot (for kernel stacks, DMA
 * buffers, anything that must be contiguous). Blocks are naturally aligned in physical memory:
 * a block of order k starts on a multiple of 2^k frames, and its buddy is the block whose frame
 * number differs only in bit k. Freeing a block merges it with its free buddy, repeatedly, so a
 * fully freed pool coalesces back to its largest blocks. Free blocks sit on per-order doubly
 * linked lists held in int arrays indexed by frame (no allocation after construction).
 */
package exo.kernel.mm;

import exo.kernel.util.Fmt;

public final class BuddyAllocator {
    public static final int MAX_ORDER = 10;
    public static final long NONE = -1;
    private static final int NIL = -1;

    private final long baseFrame;
    private final int frameCount;
    private final int[] next;
    private final int[] prev;
    /** Order of the free block starting at this frame, or -1. */
    private final byte[] freeOrder;
    /** Order of the allocated block starting at this frame, or -1. */
    private final byte[] usedOrder;
    private final int[] heads = new int[MAX_ORDER + 1];
    private final int[] freeCounts = new int[MAX_ORDER + 1];

    /** Manages the frames [basePhys, basePhys + frameCount * 4096), all initially free. */
    public BuddyAllocator(long basePhys, int frameCount) {
        if (!PhysAddr.isPageAligned(basePhys) || frameCount <= 0) {
            throw new IllegalArgumentException("buddy pool at " + Fmt.hex(basePhys) + " of " + frameCount + " frames");
        }
        this.baseFrame = basePhys >>> 12;
        this.frameCount = frameCount;
        next = new int[frameCount];
        prev = new int[frameCount];
        freeOrder = new byte[frameCount];
        usedOrder = new byte[frameCount];
        for (int i = 0; i < frameCount; i++) {
            freeOrder[i] = -1;
            usedOrder[i] = -1;
        }
        for (int k = 0; k <= MAX_ORDER; k++) {
            heads[k] = NIL;
        }
        int i = 0;
        while (i < frameCount) {
            int order = largestOrderAt(i);
            push(i, order);
            i += 1 << order;
        }
    }

    /** Largest order whose naturally aligned block starts at index i and fits in the pool. */
    private int largestOrderAt(int i) {
        int order = MAX_ORDER;
        while (order > 0 && (((baseFrame + i) & ((1L << order) - 1)) != 0 || i + (1 << order) > frameCount)) {
            order--;
        }
        return order;
    }

    /** Physical address of a free block of 2^order frames, or NONE. */
    public long alloc(int order) {
        checkOrder(order);
        int k = order;
        while (k <= MAX_ORDER && heads[k] == NIL) {
            k++;
        }
        if (k > MAX_ORDER) {
            return NONE;
        }
        int block = heads[k];
        unlink(block, k);
        // Split: keep the lower half, give the upper halves back at each smaller order.
        while (k > order) {
            k--;
            push(block + (1 << k), k);
        }
        usedOrder[block] = (byte) order;
        return (baseFrame + block) << 12;
    }

    /** Frees a block that alloc(order) returned; merges it with free buddies. */
    public void free(long phys, int order) {
        checkOrder(order);
        long frame = phys >>> 12;
        int block = (int) (frame - baseFrame);
        if ((phys & 0xFFF) != 0 || frame < baseFrame || block >= frameCount || usedOrder[block] != order) {
            throw new IllegalStateException("buddy free of " + Fmt.hex(phys) + " order " + order
                    + ": not an allocated block of that order (double free?)");
        }
        usedOrder[block] = -1;
        int k = order;
        while (k < MAX_ORDER) {
            int buddy = (int) (((baseFrame + block) ^ (1L << k)) - baseFrame);
            if (buddy < 0 || buddy + (1 << k) > frameCount || freeOrder[buddy] != k) {
                break;
            }
            unlink(buddy, k);
            block = Math.min(block, buddy);
            k++;
        }
        push(block, k);
    }

    private void checkOrder(int order) {
        if (order < 0 || order > MAX_ORDER) {
            throw new IllegalArgumentException("buddy order " + order + " outside [0, " + MAX_ORDER + "]");
        }
    }

    private void push(int block, int order) {
        freeOrder[block] = (byte) order;
        prev[block] = NIL;
        next[block] = heads[order];
        if (heads[order] != NIL) {
            prev[heads[order]] = block;
        }
        heads[order] = block;
        freeCounts[order]++;
    }

    private void unlink(int block, int order) {
        if (prev[block] != NIL) {
            next[prev[block]] = next[block];
        } else {
            heads[order] = next[block];
        }
        if (next[block] != NIL) {
            prev[next[block]] = prev[block];
        }
        freeOrder[block] = -1;
        freeCounts[order]--;
    }

    /** Number of free blocks of exactly this order. */
    public int freeBlocks(int order) {
        return freeCounts[order];
    }

    /** Free frames over all orders. */
    public long freeFrames() {
        long n = 0;
        for (int k = 0; k <= MAX_ORDER; k++) {
            n += (long) freeCounts[k] << k;
        }
        return n;
    }

    public int frameCount() {
        return frameCount;
    }

    public long basePhys() {
        return baseFrame << 12;
    }
}
