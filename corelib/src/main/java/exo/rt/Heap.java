/*
 * The heap: a mark-sweep garbage collector over one region of memory, written in Java
 * against raw memory (exo.rt.Mem). Compiled code calls allocObject/allocArray; this class
 * must never allocate Java objects itself.
 *
 * The region is cut into 32 KiB blocks. A small object (up to 4 KiB) lives in a block of
 * its size class, threaded on a free list when unused; a large one takes whole blocks.
 * A per-block table (kind, aux) lets the collector map any address to the object that
 * contains it, which is what conservative stack scanning needs: stacks and registers are
 * scanned conservatively, heap objects precisely through the reference offsets exoc emits.
 *
 * Metadata, at the start of the region: free list heads, the block table, the mark stack
 * and the size-to-class table.
 */
package exo.rt;

public final class Heap {
    private Heap() {}

    private static final int BLOCK_SHIFT = 15;
    private static final long BLOCK = 1L << BLOCK_SHIFT;
    private static final int MAX_SMALL = 4096;
    private static final int NUM_CLASSES = 31;   // classSize(30) == MAX_SMALL
    private static final int KIND_FREE = 0;
    private static final int KIND_LARGE = -1;
    private static final int KIND_LARGE_TAIL = -2;
    private static final int MARK_STACK_ENTRIES = 1 << 16;
    private static final int MIN_THRESHOLD_BLOCKS = 64;

    private static long freeHeads;     // long[NUM_CLASSES]
    private static long classSizes;    // int[NUM_CLASSES] (raw copy: SIZES is a heap object)
    private static long kinds;         // int[blockCount]
    private static long aux;           // int[blockCount]: large objects' length or head block
    private static long markStack;     // long[MARK_STACK_ENTRIES]
    private static long sizeToClass;   // byte[MAX_SMALL / 8 + 1]
    private static long blocksStart;
    private static long blocksEnd;
    private static int blockCount;
    private static int blocksInUse;
    private static int thresholdBlocks;
    private static int searchHint;
    private static int markTop;
    private static boolean markOverflow;
    private static boolean collecting;
    private static int collections;
    private static long bytesAllocatedLarge;
    private static OutOfMemoryError outOfMemory;

    /** Called once by the entry code, before any allocation, with the region to manage. */
    public static void init(long base, long size) {
        int classes = NUM_CLASSES;
        long meta = base;
        freeHeads = meta;
        meta += 8L * classes;
        classSizes = meta;
        meta += 4L * classes;
        long roughBlocks = size >>> BLOCK_SHIFT;
        kinds = align(meta, 8);
        aux = kinds + 4 * roughBlocks;
        markStack = align(aux + 4 * roughBlocks, 8);
        sizeToClass = markStack + 8L * MARK_STACK_ENTRIES;
        meta = sizeToClass + MAX_SMALL / 8 + 1;
        blocksStart = align(meta, BLOCK);
        blockCount = (int) ((base + size - blocksStart) >>> BLOCK_SHIFT);
        blocksEnd = blocksStart + ((long) blockCount << BLOCK_SHIFT);
        Mem.zero(base, blocksStart - base);
        int c = 0;
        for (int i = 0; i < classes; i++) {
            Mem.store32(classSizes + 4L * i, classSize(i));
        }
        for (int s = 0; s <= MAX_SMALL; s += 8) {
            while (classSize(c) < s) {
                c++;
            }
            Mem.store8(sizeToClass + (s >> 3), (byte) c);
        }
        thresholdBlocks = minThreshold();
        outOfMemory = new OutOfMemoryError("Java heap space");
    }

    /**
     * Bytes per object of size class c: steps of 8 up to 64, then four steps per doubling
     * (at most 25% lost to rounding), up to MAX_SMALL. A function, not an array: the heap
     * cannot allocate while it is being set up.
     */
    private static int classSize(int c) {
        if (c < 7) {
            return 16 + 8 * c;                     // 16..64
        }
        int k = c - 7;                             // 0..22
        int base = 64 << (k / 4);                  // 64, 128, 256, ...
        return base + (base / 4) * (k % 4 + 1);    // 80, 96, 112, 128, 160, ...
    }

    /** Collect no more often than every 1/16 of the heap (at least 2 MiB) of allocation. */
    private static int minThreshold() {
        return Math.min(blockCount, Math.max(MIN_THRESHOLD_BLOCKS, blockCount / 16));
    }

    private static long align(long v, long a) {
        return (v + a - 1) & -a;
    }

    @Inline
    public static Object allocObject(long cls, int size) {
        long state = VM.enterCritical();
        try {
            long p = alloc(size);
            Mem.store64(p, cls);
            return Mem.objectAt(p);
        } finally {
            VM.exitCritical(state);
        }
    }

    public static Object allocArray(long cls, int length, int elemSize) {
        long size = align(ClassDesc.ARRAY_DATA + (long) length * elemSize, 8);
        long state = VM.enterCritical();
        try {
            long p = alloc(size);
            Mem.store64(p, cls);
            Mem.store32(p + ClassDesc.ARRAY_LENGTH, length);
            return Mem.objectAt(p);
        } finally {
            VM.exitCritical(state);
        }
    }

    /** Zeroed memory for an object of size bytes; throws OutOfMemoryError. */
    @Inline
    private static long alloc(long size) {
        if (size <= MAX_SMALL) {
            // Fast path, small enough for gcc to inline into every allocation site's caller.
            long head = freeHeads + 8L * Mem.load8(sizeToClass + (size >> 3));
            long p = Mem.load64(head);
            if (p != 0) {
                Mem.store64(head, Mem.load64(p + 8));
                // Cleared word by word (the caller sets word 0, the class): cheaper than a
                // call for the typical 16..64 bytes.
                for (long a = p + 8; a < p + size; a += 8) {
                    Mem.store64(a, 0);
                }
                return p;
            }
        }
        return allocSlow(size);
    }

    @NoInline
    private static long allocSlow(long size) {
        if (size <= MAX_SMALL) {
            int c = Mem.load8(sizeToClass + (size >> 3));
            long head = freeHeads + 8L * c;
            long p = refill(c);
            Mem.store64(head, Mem.load64(p + 8));
            Mem.zero(p, size);
            return p;
        }
        bytesAllocatedLarge += size;
        return allocLarge(size);
    }

    // Slow path of a small allocation: collect when the heap has grown to its threshold
    // (the collection may refill this class's free list), else carve a fresh block.
    private static long refill(int c) {
        long headAddr = freeHeads + 8L * c;
        if (blocksInUse + 1 > thresholdBlocks && !collecting) {
            Roots.collect();
            if (Mem.load64(headAddr) != 0) {
                return Mem.load64(headAddr);
            }
        }
        int b = findBlocks(1);
        if (b < 0 && !collecting) {
            Roots.collect();
            if (Mem.load64(headAddr) != 0) {
                return Mem.load64(headAddr);
            }
            b = findBlocks(1);
        }
        if (b < 0) {
            throw outOfMemory;
        }
        Mem.store32(kinds + 4L * b, c + 1);
        int size = Mem.load32(classSizes + 4L * c);
        long start = blockAddress(b);
        long head = 0;
        for (long slot = start + ((BLOCK / size - 1) * size); slot >= start; slot -= size) {
            Mem.store64(slot, 0);
            Mem.store64(slot + 8, head);
            head = slot;
        }
        Mem.store64(headAddr, head);
        return head;
    }

    private static long allocLarge(long size) {
        long blocks = (size + BLOCK - 1) >>> BLOCK_SHIFT;
        if (blocks > blockCount) {
            throw outOfMemory;
        }
        int n = (int) blocks;
        if (blocksInUse + n > thresholdBlocks && !collecting) {
            Roots.collect();
        }
        int b = findBlocks(n);
        if (b < 0 && !collecting) {
            Roots.collect();
            b = findBlocks(n);
        }
        if (b < 0) {
            throw outOfMemory;
        }
        Mem.store32(kinds + 4L * b, KIND_LARGE);
        Mem.store32(aux + 4L * b, n);
        for (int i = 1; i < n; i++) {
            Mem.store32(kinds + 4L * (b + i), KIND_LARGE_TAIL);
            Mem.store32(aux + 4L * (b + i), b);
        }
        long p = blockAddress(b);
        Mem.zero(p, size);
        return p;
    }

    /** The first of n consecutive free blocks, now counted in use; -1 if there are none. */
    private static int findBlocks(int n) {
        int run = 0;
        for (int i = 0; i < blockCount; i++) {
            int b = searchHint + i;
            if (b >= blockCount) {
                b -= blockCount;
            }
            if (b == 0) {
                run = 0;   // runs do not wrap around the end of the region
            }
            if (Mem.load32(kinds + 4L * b) == KIND_FREE) {
                run++;
                if (run == n) {
                    blocksInUse += n;
                    searchHint = b + 1 == blockCount ? 0 : b + 1;
                    return b - n + 1;
                }
            } else {
                run = 0;
            }
        }
        return -1;
    }

    private static long blockAddress(int b) {
        return blocksStart + ((long) b << BLOCK_SHIFT);
    }

    // ---- collection ------------------------------------------------------------------

    /** Called through Roots.collect() with the stack pointer after registers are spilled. */
    public static void collect(long sp) {
        collecting = true;
        collections++;
        markTop = 0;
        markOverflow = false;
        long table = Roots.staticTable();
        int n = Roots.staticCount();
        for (int i = 0; i < n; i++) {
            markCandidate(Mem.load64(Mem.load64(table + 8L * i)));
        }
        scanRange(sp, VM.currentStackTop());
        int others = VM.otherStackCount();
        for (int i = 0; i < others; i++) {
            scanRange(VM.otherStackLow(i), VM.otherStackHigh(i));
        }
        drain();
        while (markOverflow) {
            markOverflow = false;
            rescanMarked();
            drain();
        }
        sweep();
        // Grow to three times what survived before collecting again: the work of a
        // collection is paid for by at least twice its live data in new allocation.
        thresholdBlocks = Math.min(blockCount, Math.max(3 * blocksInUse, minThreshold()));
        collecting = false;
    }

    /** Conservative scan of the words in [low, high): a stack, or saved registers. */
    private static void scanRange(long low, long high) {
        for (long a = low & -8L; a < high; a += 8) {
            markCandidate(Mem.load64(a));
        }
    }

    /** The object containing address p, or 0 if p points to no allocated heap object. */
    private static long objectContaining(long p) {
        if (p < blocksStart || p >= blocksEnd) {
            return 0;
        }
        int b = (int) ((p - blocksStart) >>> BLOCK_SHIFT);
        int kind = Mem.load32(kinds + 4L * b);
        long start;
        if (kind > 0) {
            long size = Mem.load32(classSizes + 4L * (kind - 1));
            long blockStart = blockAddress(b);
            long index = (p - blockStart) / size;
            if ((index + 1) * size > BLOCK) {
                return 0;
            }
            start = blockStart + index * size;
        } else if (kind == KIND_LARGE) {
            start = blockAddress(b);
        } else if (kind == KIND_LARGE_TAIL) {
            start = blockAddress(Mem.load32(aux + 4L * b));
        } else {
            return 0;
        }
        return Mem.load64(start) == 0 ? 0 : start;
    }

    private static void markCandidate(long p) {
        long obj = objectContaining(p);
        if (obj != 0) {
            mark(obj);
        }
    }

    /**
     * A reference field or array element: null, a static object (a literal, outside the
     * heap), or exactly the start of a heap object, so no lookup is needed.
     */
    private static void markExact(long p) {
        if (p >= blocksStart && p < blocksEnd) {
            mark(p);
        }
    }

    private static void mark(long obj) {
        int gc = Mem.load32(obj + ClassDesc.HDR_GC);
        if ((gc & 1) != 0) {
            return;
        }
        Mem.store32(obj + ClassDesc.HDR_GC, gc | 1);
        if (markTop == MARK_STACK_ENTRIES) {
            markOverflow = true;
        } else {
            Mem.store64(markStack + 8L * markTop, obj);
            markTop++;
        }
    }

    private static void drain() {
        while (markTop > 0) {
            markTop--;
            scanObject(Mem.load64(markStack + 8L * markTop));
        }
    }

    private static void scanObject(long obj) {
        long cls = Mem.load64(obj);
        int flags = ClassDesc.flags(cls);
        if ((flags & ClassDesc.ARRAY) != 0) {
            if ((flags & ClassDesc.REFARRAY) != 0) {
                int len = Mem.load32(obj + ClassDesc.ARRAY_LENGTH);
                long data = obj + ClassDesc.ARRAY_DATA;
                for (int i = 0; i < len; i++) {
                    markExact(Mem.load64(data + 8L * i));
                }
            }
            return;
        }
        long offsets = Mem.load64(cls + ClassDesc.REF_OFFSETS);
        if (offsets == 0) {
            return;
        }
        for (int off = Mem.load32(offsets); off >= 0; off = Mem.load32(offsets += 4)) {
            markExact(Mem.load64(obj + off));
        }
    }

    // Mark stack overflow: some marked objects were not scanned; scan every marked object
    // again (their children are pushed only if not yet marked).
    private static void rescanMarked() {
        for (int b = 0; b < blockCount; b++) {
            int kind = Mem.load32(kinds + 4L * b);
            long start = blockAddress(b);
            if (kind > 0) {
                int size = Mem.load32(classSizes + 4L * (kind - 1));
                for (long slot = start; slot + size <= start + BLOCK; slot += size) {
                    rescanOne(slot);
                }
            } else if (kind == KIND_LARGE) {
                rescanOne(start);
            }
        }
    }

    private static void rescanOne(long obj) {
        if (Mem.load64(obj) != 0 && (Mem.load32(obj + ClassDesc.HDR_GC) & 1) != 0) {
            scanObject(obj);
            drain();
        }
    }

    private static void sweep() {
        for (int c = 0; c < NUM_CLASSES; c++) {
            Mem.store64(freeHeads + 8L * c, 0);
        }
        for (int b = 0; b < blockCount; b++) {
            int kind = Mem.load32(kinds + 4L * b);
            if (kind > 0) {
                sweepSmallBlock(b, kind - 1);
            } else if (kind == KIND_LARGE) {
                long obj = blockAddress(b);
                int gc = Mem.load32(obj + ClassDesc.HDR_GC);
                if ((gc & 1) != 0) {
                    Mem.store32(obj + ClassDesc.HDR_GC, gc & ~1);
                } else {
                    int n = Mem.load32(aux + 4L * b);
                    for (int i = 0; i < n; i++) {
                        Mem.store32(kinds + 4L * (b + i), KIND_FREE);
                    }
                    Mem.store64(obj, 0);
                    blocksInUse -= n;
                }
            }
        }
    }

    // One pass over the block: live objects lose their mark, dead ones are freed, and free
    // slots go on the class's free list. A block with nothing live goes back to the pool
    // (its slots are taken off the list again by restoring the head).
    private static void sweepSmallBlock(int b, int c) {
        int size = Mem.load32(classSizes + 4L * c);
        long start = blockAddress(b);
        long headAddr = freeHeads + 8L * c;
        long before = Mem.load64(headAddr);
        long head = before;
        int live = 0;
        for (long slot = start + (BLOCK / size - 1) * size; slot >= start; slot -= size) {
            if (Mem.load64(slot) != 0) {
                int gc = Mem.load32(slot + ClassDesc.HDR_GC);
                if ((gc & 1) != 0) {
                    Mem.store32(slot + ClassDesc.HDR_GC, gc & ~1);
                    live++;
                    continue;
                }
                Mem.store64(slot, 0);
            }
            Mem.store64(slot + 8, head);
            head = slot;
        }
        if (live == 0) {
            Mem.store32(kinds + 4L * b, KIND_FREE);
            blocksInUse--;
            Mem.store64(headAddr, before);
        } else {
            Mem.store64(headAddr, head);
        }
    }

    public static int collections() {
        return collections;
    }

    public static long bytesAllocatedLarge() {
        return bytesAllocatedLarge;
    }

    public static long bytesInUse() {
        return (long) blocksInUse << BLOCK_SHIFT;
    }

    /** The bytes the heap may use now (Runtime.totalMemory). */
    public static long bytesLimit() {
        return (long) blockCount << BLOCK_SHIFT;
    }
}
