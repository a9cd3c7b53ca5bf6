/*
 * Allocation behind Heap's inlined fast path. Small and medium objects are bump-allocated
 * into holes: runs of lines that the last collection found free, in blocks it left partly
 * used (the recycle list, in address order), then in free blocks. Each thread has its own
 * hole, in its runtime block (ThreadBlock), which the fast path in Heap bumps through; this
 * class, called under the heap lock, finds the next hole when it is exhausted; each hole is
 * zeroed as it is taken, so objects need no clearing of their own, but after the heap lock
 * is released (deferZero). A block serves one thread at a time. As in Immix, a medium
 * object (over a line) that does not fit in the rest of the hole goes to a separate overflow
 * block rather than making the allocator skip holes; objects over MAX_MEDIUM take whole
 * blocks.
 *
 * The heap grows and shrinks between minBlocks and maxBlocks: a collection happens when a
 * free block is needed while limitBlocks are in use, and after it the limit becomes a few
 * times what survived (resize). OutOfMemoryError comes only when a full collection leaves no
 * room under the maximum. Every slow path returns 0 for that; Heap throws.
 */
package exo.rt;

final class Allocator {
    private Allocator() {}

    /** Objects larger than this take whole blocks (a quarter block, as in Immix). */
    static final int MAX_MEDIUM = Blocks.BLOCK_BYTES / 4;
    /**
     * After a collection the heap may grow to this many times the blocks still in use. The
     * collector's work per allocated byte is about live / (limit - live): 4 rather than 3
     * cut binary-trees' and k-nucleotide's CPU time by 7% and 10% for a third more memory
     * (binary-trees 20: 439 MiB peak against HotSpot's 2178).
     */
    static final int GROWTH = 4;
    /** Blocks kept back for what throwing OutOfMemoryError needs (its report). */
    static final int RESERVE_BLOCKS = 8;
    private static final int COLLECTED = -2;

    // Each thread allocates through its own buffer, in its runtime block (ThreadBlock):
    // the hole the fast path bumps through [CURSOR, LIMIT), the block of that hole plus one
    // (BLOCK; 0 when none, as in a new thread's zeroed block), the line after the hole
    // (NEXT_LINE), and the overflow region for medium objects. Everything else here is
    // shared, under the heap lock.
    private static int recycleNext;
    static int recycleCount;

    static int minBlocks;
    static int maxBlocks;
    static int limitBlocks;

    static void init(int minimum, int maximum) {
        maxBlocks = Math.max(1, Math.min(maximum, Blocks.count));
        minBlocks = Math.max(1, Math.min(minimum, maxBlocks));
        limitBlocks = minBlocks;
        recycleCount = 0;
        reset();
        resetThread(Mem.threadBlock());
    }

    /** The collector starts: line marks are about to change, the recycle list too. */
    static void reset() {
        recycleNext = 0;
    }

    /** Makes the thread whose runtime block is at tb forget its holes (world stopped). */
    static void resetThread(long tb) {
        Mem.store64(tb + ThreadBlock.CURSOR, 0);
        Mem.store64(tb + ThreadBlock.LIMIT, 0);
        Mem.store32(tb + ThreadBlock.BLOCK, 0);
        Mem.store32(tb + ThreadBlock.NEXT_LINE, 0);
        Mem.store64(tb + ThreadBlock.OVERFLOW_CURSOR, 0);
        Mem.store64(tb + ThreadBlock.OVERFLOW_LIMIT, 0);
    }

    /** Zeroed memory for size bytes (8-aligned, at least 16), or 0 if the heap is exhausted. */
    static long allocSlow(long size) {
        if (size > MAX_MEDIUM) {
            return allocLarge(size);
        }
        if (size > Blocks.LINE_BYTES) {
            return allocMedium(size);
        }
        return allocSmall(size);
    }

    private static long allocSmall(long size) {
        boolean collected = false;
        for (;;) {
            if (Mem.loadThread32(ThreadBlock.BLOCK) != 0 && nextHole()) {
                if (Mem.loadThread64(ThreadBlock.CURSOR) + size <= Mem.loadThread64(ThreadBlock.LIMIT)) {
                    return bump(size);
                }
                continue;
            }
            if (recycleNext < recycleCount) {
                Mem.storeThread32(ThreadBlock.BLOCK, Mem.load32(Blocks.recycle + 4L * recycleNext++) + 1);
                Mem.storeThread32(ThreadBlock.NEXT_LINE, 0);
                continue;
            }
            int b = takeBlocks(1, collected);
            if (b == COLLECTED) {
                collected = true;
                continue;
            }
            if (b < 0) {
                return 0;
            }
            Mem.storeThread32(ThreadBlock.BLOCK, b + 1);
            Mem.storeThread32(ThreadBlock.NEXT_LINE, Blocks.LINES_PER_BLOCK);
            takeHole(b, 0, Blocks.LINES_PER_BLOCK);
            return bump(size);
        }
    }

    private static long bump(long size) {
        long p = Mem.loadThread64(ThreadBlock.CURSOR);
        Mem.storeThread64(ThreadBlock.CURSOR, p + size);
        return p;
    }

    /** Moves the thread's hole to the next run of free lines of its block, if any. */
    private static boolean nextHole() {
        int b = Mem.loadThread32(ThreadBlock.BLOCK) - 1;
        int epoch = Blocks.epoch;
        int line = Mem.loadThread32(ThreadBlock.NEXT_LINE);
        while (line < Blocks.LINES_PER_BLOCK && Blocks.lineMark(b, line) == epoch) {
            line++;
        }
        if (line == Blocks.LINES_PER_BLOCK) {
            Mem.storeThread32(ThreadBlock.BLOCK, 0);
            return false;
        }
        int first = line;
        while (line < Blocks.LINES_PER_BLOCK && Blocks.lineMark(b, line) != epoch) {
            line++;
        }
        Mem.storeThread32(ThreadBlock.NEXT_LINE, line);
        takeHole(b, first, line);
        return true;
    }

    /**
     * Hands lines [first, end) of block b to the fast path, cleared, and records how far the
     * block has been handed out since the last collection (the Marker parses up to there).
     */
    private static void takeHole(int b, int first, int end) {
        long base = Blocks.address(b);
        long from = base + ((long) first << Blocks.LINE_SHIFT);
        long to = base + ((long) end << Blocks.LINE_SHIFT);
        if (Blocks.isDirty(b)) {
            deferZero(from, to);
        }
        Blocks.setDirty(b, true);
        Blocks.setAux(b, (int) (to - base));
        Mem.storeThread64(ThreadBlock.CURSOR, from);
        Mem.storeThread64(ThreadBlock.LIMIT, to);
    }

    private static long allocMedium(long size) {
        boolean collected = false;
        for (;;) {
            long p = Mem.loadThread64(ThreadBlock.OVERFLOW_CURSOR);
            if (p + size <= Mem.loadThread64(ThreadBlock.OVERFLOW_LIMIT)) {
                Mem.storeThread64(ThreadBlock.OVERFLOW_CURSOR, p + size);
                return p;
            }
            int b = takeBlocks(1, collected);
            if (b == COLLECTED) {
                collected = true;
                continue;
            }
            if (b < 0) {
                return 0;
            }
            long base = Blocks.address(b);
            if (Blocks.isDirty(b)) {
                deferZero(base, base + Blocks.BLOCK_BYTES);
            }
            Blocks.setDirty(b, true);
            Blocks.setAux(b, Blocks.BLOCK_BYTES);
            Mem.storeThread64(ThreadBlock.OVERFLOW_CURSOR, base);
            Mem.storeThread64(ThreadBlock.OVERFLOW_LIMIT, base + Blocks.BLOCK_BYTES);
        }
    }

    private static long allocLarge(long size) {
        long blocks = (size + Blocks.BLOCK_BYTES - 1) >>> Blocks.BLOCK_SHIFT;
        if (blocks > maxBlocks) {
            return 0;
        }
        int n = (int) blocks;
        boolean collected = false;
        for (;;) {
            int b = takeBlocks(n, collected);
            if (b == COLLECTED) {
                collected = true;
                continue;
            }
            if (b < 0) {
                return 0;
            }
            boolean clean = true;
            for (int i = 0; i < n; i++) {
                clean &= !Blocks.isDirty(b + i);
                Blocks.setDirty(b + i, true);
            }
            long p = Blocks.address(b);
            if (!clean) {
                deferZero(p, p + size);
            }
            return p;
        }
    }

    /**
     * n free blocks (one IMMIX block, or a LARGE run): the first one's index; COLLECTED when it
     * collected instead (the caller starts over: holes and free blocks have changed); -1 when
     * the heap is exhausted. It collects at most once per allocation: when the heap has
     * reached its current size, or when no block is left (the collection may free some).
     */
    private static int takeBlocks(int n, boolean collected) {
        zeroPending();   // a collection parses the blocks handed out: no stale words in them
        boolean mayCollect = !collected && Heap.mayCollect();
        if (Blocks.inUse + n > limitBlocks && mayCollect && !Heap.usingReserve()) {
            Heap.collectForAllocation();
            return COLLECTED;
        }
        int usable = Heap.usingReserve() ? maxBlocks : maxBlocks - reserveBlocks();
        int b = Blocks.inUse + n > usable ? -1 : n == 1 ? Blocks.takeFree(Blocks.IMMIX) : Blocks.takeFreeRun(n);
        if (b < 0) {
            if (mayCollect) {
                Heap.collectForAllocation();
                return COLLECTED;
            }
            return -1;
        }
        if (Blocks.inUse > limitBlocks) {
            limitBlocks = Blocks.inUse;   // grown past the limit: live data needs it
        }
        return b;
    }

    /**
     * Zeroing a hole (up to a 32 KiB block) is most of a refill's time; done under the heap
     * lock it serialised binarytrees_mt's threads (17% of its profile). So a refill leaves the
     * range in the thread's block, and Heap.allocSlow zeroes it (zeroPending) after releasing
     * the lock and before writing an object there. Nothing reads a thread's new hole in
     * between: a collection needs the world stopped, and a Linux thread stops only at a
     * safepoint poll, of which there is none on that path; the kernel zeroes inside its
     * critical section (interrupts off), which allocSlow leaves only afterwards. A second
     * range taken in the same refill, or a collection, zeroes the first one at once.
     */
    private static void deferZero(long from, long to) {
        zeroPending();
        Mem.storeThread64(ThreadBlock.ZERO_FROM, from);
        Mem.storeThread64(ThreadBlock.ZERO_TO, to);
    }

    /** Zeroes the running thread's deferred range, if any (see deferZero). */
    static void zeroPending() {
        long from = Mem.loadThread64(ThreadBlock.ZERO_FROM);
        long to = Mem.loadThread64(ThreadBlock.ZERO_TO);
        if (to > from) {
            Mem.zero(from, to - from);
            Mem.storeThread64(ThreadBlock.ZERO_TO, 0);
            Mem.storeThread64(ThreadBlock.ZERO_FROM, 0);
        }
    }

    /** Kept back for the report of OutOfMemoryError: 8 blocks, less in a tiny heap. */
    static int reserveBlocks() {
        return Math.min(RESERVE_BLOCKS, maxBlocks / 4);
    }

    /** After a collection: the next limit, a few times what survived, within [min, max]. */
    static void resize() {
        long wanted = (long) Blocks.inUse * GROWTH;
        limitBlocks = (int) Math.max(minBlocks, Math.min(maxBlocks, wanted));
    }
}
