/*
 * The heap's geometry and side tables: the region handed to Heap.init is cut into metadata
 * followed by 32 KiB blocks of 256 lines of 128 bytes. Allocator, Marker and Sweeper keep
 * their state about blocks here, in raw memory (the collector must not allocate objects):
 *
 *   state     byte per block: FREE, IMMIX (small and medium objects, bump-allocated into
 *             holes of free lines), LARGE (first block of a large object), LARGE_TAIL.
 *   aux       int per block: LARGE: how many blocks; LARGE_TAIL: the first block; IMMIX:
 *             the allocation frontier (bytes from the block's start handed to the allocator
 *             since the last collection; 0 = none, the block holds only older objects).
 *   dirty     byte per block: the block has been used since the platform gave it (zeroed)
 *             to the heap, so a new hole in it must be cleared; GIVEN_BACK: a free block
 *             whose memory went back to the platform (trimBacking), to be backed again
 *             when it is taken (and cleared: it counts as dirty).
 *   lineMarks byte per line: the epoch of the last collection that found a live object on
 *             the line. A line is free for allocation when its mark is not the current epoch,
 *             so marks are never cleared (the epoch wraps after 254 collections, see wrapEpoch).
 *   startBits one bit per 8-byte granule: objects live at the last collection (its mark
 *             bits); the Marker adds the objects allocated since when a conservative root
 *             points into their block, which is how an ambiguous word finds its object.
 *   markBits  one bit per granule: marked in this collection (first block's granule 0 for a
 *             large object).
 *   recycle   int per block: the blocks with free lines, in address order, after a sweep.
 *
 * The region must be zero-filled when it is handed over (an anonymous mapping or .bss):
 * untouched metadata pages then cost nothing.
 *
 * The region may also be a window that the platform backs only on request (the kernel's
 * heap: no page of it is mapped before Mem.backHeap). The tables with a few bytes per block
 * (state, dirty, aux, recycle) are backed whole by layout; the blocks themselves and their
 * line marks and bitmaps are backed as a prefix [0, backed) that grows, a chunk at a time,
 * when the allocator takes a block above it. After a collection, trimBacking gives back
 * the free top of the prefix, then the memory of free blocks below it (their line marks and
 * bits stay) while more blocks have memory than the heap's limit needs. Nothing reads a
 * block's memory or its line marks and bits unless the block is in use (or wrapEpoch, which
 * stops at the prefix), so no access ever lands on an unbacked page.
 */
package exo.rt;

final class Blocks {
    private Blocks() {}

    static final int BLOCK_SHIFT = 15;
    static final int BLOCK_BYTES = 1 << BLOCK_SHIFT;
    static final int LINE_SHIFT = 7;
    static final int LINE_BYTES = 1 << LINE_SHIFT;
    static final int LINES_PER_BLOCK = BLOCK_BYTES / LINE_BYTES;
    static final int GRANULE_SHIFT = 3;
    /** Bytes of one block's bitmap (one bit per granule). */
    static final int BITMAP_BYTES = BLOCK_BYTES >> GRANULE_SHIFT >> 3;

    static final int FREE = 0;
    static final int IMMIX = 1;
    static final int LARGE = 2;
    static final int LARGE_TAIL = 3;

    /** The dirty byte of a free block whose memory the platform has taken back. */
    static final int GIVEN_BACK = 2;

    static long states;
    static long aux;
    static long dirty;
    static long lineMarks;
    static long startBits;
    static long markBits;
    static long recycle;
    /** First block and end of the last one. */
    static long start;
    static long end;
    static int count;
    /** Blocks not FREE. */
    static int inUse;
    /** Lines marked live in the last collection carry this value. */
    static int epoch;
    /** No block below this one is FREE (a hint for findFree). */
    static int freeHint;
    /** Blocks [0, backed) and their line marks and bitmaps are backed (Mem.backHeap). */
    static int backed;
    /** Blocks of the prefix whose memory is backed (not GIVEN_BACK). */
    static int withMemory;
    /** The prefix grows and shrinks by this many blocks (1 MiB). */
    static final int BACKING_CHUNK_BLOCKS = 32;
    /** A collection gives back the free top of the prefix only past this many blocks (4 MiB). */
    static final int TRIM_SLACK_BLOCKS = 128;

    /** Per-block bytes of side tables: state, aux, dirty, line marks, two bitmaps, recycle. */
    static final int META_PER_BLOCK = 1 + 4 + 1 + LINES_PER_BLOCK + 2 * BITMAP_BYTES + 4;

    /** Lays out the tables from meta on and the blocks after them, up to limit. */
    static void layout(long meta, long limit) {
        int n = (int) ((limit - meta) / (BLOCK_BYTES + META_PER_BLOCK));
        for (;;) {
            long m = meta;
            states = m;
            m += n;
            dirty = m;
            m += n;
            aux = align(m, 8);
            m = aux + 4L * n;
            recycle = m;
            m += 4L * n;
            lineMarks = align(m, 8);
            m = lineMarks + (long) n * LINES_PER_BLOCK;
            startBits = m;
            m += (long) n * BITMAP_BYTES;
            markBits = m;
            m += (long) n * BITMAP_BYTES;
            start = align(m, BLOCK_BYTES);
            if (start + ((long) n << BLOCK_SHIFT) <= limit || n == 0) {
                break;
            }
            n--;
        }
        count = n;
        end = start + ((long) n << BLOCK_SHIFT);
        inUse = 0;
        epoch = 1;   // all marks are 0: every line is free
        freeHint = 0;
        backed = 0;
        withMemory = 0;
        if (!Mem.backHeap(meta, lineMarks)) {
            count = 0;   // no memory even for the tables: every allocation fails
            end = start;
        }
    }

    /**
     * Backs blocks [0, n) (rounded up to a chunk) with their line marks and bitmaps; false
     * when the platform has no memory for them (the allocator then treats them as taken).
     */
    static boolean ensureBacked(int n) {
        if (n <= backed) {
            return true;
        }
        int to = Math.min(count, (n + BACKING_CHUNK_BLOCKS - 1) / BACKING_CHUNK_BLOCKS * BACKING_CHUNK_BLOCKS);
        if (!Mem.backHeap(address(backed), address(to))
                || !Mem.backHeap(lineMarks + ((long) backed << (BLOCK_SHIFT - LINE_SHIFT)), lineMarks + ((long) to << (BLOCK_SHIFT - LINE_SHIFT)))
                || !Mem.backHeap(bitmapOf(startBits, backed), bitmapOf(startBits, to))
                || !Mem.backHeap(bitmapOf(markBits, backed), bitmapOf(markBits, to))) {
            return false;   // what was backed stays so; the next attempt finds it present
        }
        for (int b = backed; b < to; b++) {
            if (Mem.load8(dirty + b) == GIVEN_BACK) {
                setDirty(b, true);   // backed whole with the prefix
            }
        }
        withMemory += to - backed;
        backed = to;
        return true;
    }

    /** Backs the memory of block b again if it was given back; false when there is none. */
    private static boolean backBlock(int b) {
        if (Mem.load8(dirty + b) != GIVEN_BACK) {
            return true;
        }
        if (!Mem.backHeap(address(b), address(b + 1))) {
            return false;
        }
        setDirty(b, true);
        withMemory++;
        return true;
    }

    /**
     * After a sweep: gives the platform back what the heap does not need, keeping memory for
     * keepBlocks blocks (the heap's size limit: it will soon need them again) and the blocks
     * in use, when that frees more than TRIM_SLACK_BLOCKS: first the free top of the prefix
     * with its line marks and bitmaps, then the memory of free blocks below, from the top
     * down. A free block's line marks hold no current epoch and its bitmaps are zero, so the
     * zeroes of a page backed anew mean the same; its dirty flag stays set, so a block backed
     * again is cleared before use, even where the platform kept the old contents.
     */
    static void trimBacking(int keepBlocks) {
        int keep = Math.max(inUse, Math.min(keepBlocks, count));
        if (withMemory - keep <= TRIM_SLACK_BLOCKS) {
            return;
        }
        int top = backed;
        while (top > 0 && state(top - 1) == FREE) {
            top--;
        }
        int to = Math.min(count, (Math.max(top, keep) + BACKING_CHUNK_BLOCKS - 1) / BACKING_CHUNK_BLOCKS * BACKING_CHUNK_BLOCKS);
        if (to < backed) {
            trimPrefix(to);
        }
        for (int b = backed - 1; b >= 0 && withMemory - keep > TRIM_SLACK_BLOCKS; b--) {
            if (state(b) == FREE && Mem.load8(dirty + b) != GIVEN_BACK) {
                Mem.unbackHeap(address(b), address(b + 1));
                Mem.store8(dirty + b, (byte) GIVEN_BACK);
                withMemory--;
            }
        }
    }

    /** The prefix ends at block to: the free blocks above, their marks and bitmaps go back. */
    private static void trimPrefix(int to) {
        for (int b = to; b < backed; b++) {
            if (Mem.load8(dirty + b) != GIVEN_BACK) {
                withMemory--;
            }
        }
        Mem.unbackHeap(address(to), address(backed));
        Mem.unbackHeap(lineMarks + ((long) to << (BLOCK_SHIFT - LINE_SHIFT)), lineMarks + ((long) backed << (BLOCK_SHIFT - LINE_SHIFT)));
        Mem.unbackHeap(bitmapOf(startBits, to), bitmapOf(startBits, backed));
        Mem.unbackHeap(bitmapOf(markBits, to), bitmapOf(markBits, backed));
        backed = to;
    }

    static long align(long v, long a) {
        return (v + a - 1) & -a;
    }

    static long address(int b) {
        return start + ((long) b << BLOCK_SHIFT);
    }

    /** The block holding address p, which must lie in [start, end). */
    static int blockOf(long p) {
        return (int) ((p - start) >>> BLOCK_SHIFT);
    }

    static int state(int b) {
        return Mem.load8(states + b);
    }

    static void setState(int b, int s) {
        Mem.store8(states + b, (byte) s);
    }

    static int aux(int b) {
        return Mem.load32(aux + 4L * b);
    }

    static void setAux(int b, int v) {
        Mem.store32(aux + 4L * b, v);
    }

    static boolean isDirty(int b) {
        return Mem.load8(dirty + b) != 0;
    }

    static void setDirty(int b, boolean d) {
        Mem.store8(dirty + b, (byte) (d ? 1 : 0));
    }

    /** Address of the mark byte of the line holding heap address p. */
    static long lineMarkOf(long p) {
        return lineMarks + ((p - start) >>> LINE_SHIFT);
    }

    static int lineMark(int b, int line) {
        return Mem.load8(lineMarks + ((long) b << (BLOCK_SHIFT - LINE_SHIFT)) + line) & 0xff;
    }

    /** Address of the bitmap word (of bitmap base) holding the bit of heap address p. */
    static long bitWord(long base, long p) {
        return base + (((p - start) >>> (GRANULE_SHIFT + 6)) << 3);
    }

    /** The bit of heap address p in its bitmap word (Java masks the shift count to 6 bits). */
    static long bit(long p) {
        return 1L << ((p - start) >>> GRANULE_SHIFT);
    }

    static long bitmapOf(long base, int b) {
        return base + (long) b * BITMAP_BYTES;
    }

    /**
     * The lowest FREE block at or after the hint, now in use with the given state, or -1.
     * The lowest one: live data stays packed at the bottom of the region, so the memory the
     * process touches follows what the heap needs.
     */
    static int takeFree(int state) {
        for (int b = freeHint; b < count; b++) {
            if (state(b) == FREE) {
                if (!ensureBacked(b + 1) || !backBlock(b)) {
                    return -1;
                }
                setState(b, state);
                inUse++;
                freeHint = b + 1;
                return b;
            }
        }
        freeHint = count;
        return -1;
    }

    /** The first of n consecutive FREE blocks, now a large object's; -1 if there is no such run. */
    static int takeFreeRun(int n) {
        int run = 0;
        for (int b = freeHint; b < count; b++) {
            if (state(b) != FREE) {
                run = 0;
                continue;
            }
            if (++run == n) {
                int first = b - n + 1;
                if (!ensureBacked(b + 1)) {
                    return -1;
                }
                for (int i = first; i <= b; i++) {
                    if (!backBlock(i)) {
                        return -1;
                    }
                }
                setState(first, LARGE);
                setAux(first, n);
                for (int i = 1; i < n; i++) {
                    setState(first + i, LARGE_TAIL);
                    setAux(first + i, first);
                }
                inUse += n;
                if (first == freeHint) {
                    freeHint = b + 1;
                }
                return first;
            }
        }
        return -1;
    }

    static void release(int b) {
        setState(b, FREE);
        setAux(b, 0);
        inUse--;
        if (b < freeHint) {
            freeHint = b;
        }
    }

    /**
     * After the collection that marked with the largest epoch a byte holds: live lines get
     * epoch 1, all others 0, so that the next collections can count up again.
     */
    static void wrapEpoch() {
        long n = (long) backed * LINES_PER_BLOCK;   // above the prefix every mark is 0 already
        for (long i = 0; i < n; i++) {
            int m = Mem.load8(lineMarks + i) & 0xff;
            Mem.store8(lineMarks + i, (byte) (m == epoch ? 1 : 0));
        }
        epoch = 1;
    }
}
