/*
 * The mark phase: sets the mark bit of every reachable object and the mark of every line a
 * reachable object covers. Heap drives it in three steps, in this order:
 *
 *   1. ambiguous roots (stacks, saved registers): any word that points into an object,
 *      interior pointers included, marks it. An object is found through the start bitmap;
 *      the objects allocated since the last collection are not in it yet, so the first
 *      ambiguous word pointing into such a block parses the block's new objects (they lie
 *      end to end from the start of each hole the allocator took, up to its frontier).
 *      Parsing needs the line marks of the last collection to find those holes, which is why
 *      nothing is scanned (and no line marked) before every ambiguous root is in.
 *   2. exact roots (static fields): null, an object outside the heap, or an object start.
 *   3. finish: scan marked objects until none is left; heap references are exact (exoc emits
 *      each class's reference offsets). When the mark stack overflows, the objects that did
 *      not fit are found again through the mark bitmap. With other threads stopped, they
 *      help: ParallelMarker runs this step on every core (Heap.collect opens it).
 *
 * Objects never move, so nothing is pinned. No allocation here: the mark stack is raw memory.
 */
package exo.rt;

final class Marker {
    private Marker() {}

    static long stack;
    static int capacity;
    private static int top;
    private static boolean overflow;
    /** The line mark of this collection (Blocks.epoch + 1). */
    static int markEpoch;
    /** Objects of new blocks parsed for ambiguous roots in this collection (statistics, tests). */
    static int parsedObjects;

    static void begin() {
        top = 0;
        overflow = false;
        markEpoch = Blocks.epoch + 1;
        parsedObjects = 0;
        ParallelMarker.lastWorkers = 1;   // until a parallel marking says otherwise
    }

    /** Conservative scan of the words in [low, high): a stack, or saved registers. */
    static void ambiguousRange(long low, long high) {
        for (long a = low & -8L; a < high; a += 8) {
            ambiguous(Mem.load64(a));
        }
    }

    /** A word that may or may not point into a heap object. */
    static void ambiguous(long p) {
        long obj = objectContaining(p);
        if (obj != 0) {
            mark(obj);
        }
    }

    /** The object that p points into, or 0 if p points into no allocated heap object. */
    static long objectContaining(long p) {
        if (p < Blocks.start || p >= Blocks.end) {
            return 0;
        }
        int b = Blocks.blockOf(p);
        int state = Blocks.state(b);
        long obj;
        if (state == Blocks.IMMIX) {
            obj = immixObjectBefore(b, p);
        } else if (state == Blocks.LARGE) {
            obj = Blocks.address(b);
        } else if (state == Blocks.LARGE_TAIL) {
            obj = Blocks.address(Blocks.aux(b));
        } else {
            return 0;
        }
        if (obj == 0 || p >= obj + ClassDesc.objectSize(obj)) {
            return 0;
        }
        return obj;
    }

    /** The last object of block b that starts at or before p, or 0. */
    private static long immixObjectBefore(int b, long p) {
        if (Blocks.aux(b) != 0) {
            parseNewObjects(b);
        }
        long first = Blocks.bitmapOf(Blocks.startBits, b);
        long word = Blocks.bitWord(Blocks.startBits, p);
        int bitIndex = (int) ((p - Blocks.start) >>> Blocks.GRANULE_SHIFT) & 63;
        long w = Mem.load64(word) & (-1L >>> (63 - bitIndex));
        while (w == 0) {
            if (word == first) {
                return 0;
            }
            word -= 8;
            w = Mem.load64(word);
        }
        long granule = ((word - Blocks.startBits) << 3) + 63 - WordBits.nlz64(w);
        return Blocks.start + (granule << Blocks.GRANULE_SHIFT);
    }

    /**
     * Adds the objects allocated in block b since the last collection to the start bitmap:
     * each run of lines free at the last collection, below the frontier, was taken whole by
     * the allocator, zeroed, and filled from its start; a zero class word ends its objects.
     */
    private static void parseNewObjects(int b) {
        long base = Blocks.address(b);
        int endLine = Blocks.aux(b) >>> Blocks.LINE_SHIFT;
        int epoch = Blocks.epoch;
        int line = 0;
        while (line < endLine) {
            if (Blocks.lineMark(b, line) == epoch) {
                line++;
                continue;
            }
            int first = line;
            while (line < endLine && Blocks.lineMark(b, line) != epoch) {
                line++;
            }
            parseRun(base + ((long) first << Blocks.LINE_SHIFT), base + ((long) line << Blocks.LINE_SHIFT));
        }
        Blocks.setAux(b, 0);
    }

    static void parseRun(long from, long to) {
        long p = from;
        while (p < to) {
            long cls = ClassDesc.classAt(p);
            if (cls == 0) {
                return;
            }
            long word = Blocks.bitWord(Blocks.startBits, p);
            Mem.store64(word, Mem.load64(word) | Blocks.bit(p));
            parsedObjects++;
            p += ClassDesc.objectSize(p, cls);
        }
    }

    /** Exact roots: the table of addresses of the static reference fields. */
    static void exactTable(long table, int n) {
        for (int i = 0; i < n; i++) {
            exact(Mem.load64(Mem.load64(table + 8L * i)));
        }
    }

    /** A reference field: null, an object outside the heap (a literal), or an object start. */
    static void exact(long ref) {
        if (ref >= Blocks.start && ref < Blocks.end) {
            mark(ref);
        }
    }

    private static void mark(long obj) {
        if (setMark(obj)) {
            push(obj);
        }
    }

    /** Sets obj's mark bit; false if it was set already. */
    @Inline
    private static boolean setMark(long obj) {
        long word = Blocks.bitWord(Blocks.markBits, obj);
        long bit = Blocks.bit(obj);
        long w = Mem.load64(word);
        if ((w & bit) != 0) {
            return false;
        }
        Mem.store64(word, w | bit);
        return true;
    }

    @Inline
    private static void push(long obj) {
        if (top == capacity) {
            overflow = true;
        } else {
            Mem.store64(stack + 8L * top, obj);
            top++;
        }
    }

    static boolean isMarked(long obj) {
        return (Mem.load64(Blocks.bitWord(Blocks.markBits, obj)) & Blocks.bit(obj)) != 0;
    }

    /**
     * Hands the roots pushed so far to ParallelMarker.open (they lie at the start of the
     * stack, where its pool is); their count.
     */
    static int takeRoots() {
        int n = top;
        top = 0;
        return n;
    }

    /** Step 3: scans until every reachable object is marked (with helpers, if opened). */
    static void finish() {
        if (ParallelMarker.isOpen()) {
            overflow |= ParallelMarker.markAndClose();
        } else {
            drain();
        }
        while (overflow) {
            overflow = false;
            rescanMarked();
        }
    }

    // Depth first, and the first newly marked child of an object is scanned next without a
    // trip through the stack: objects built by recursion lie in memory in that order (a
    // parent, then its first child's subtree), so marking walks memory forwards.
    private static void drain() {
        while (top > 0) {
            top--;
            long obj = Mem.load64(stack + 8L * top);
            while (obj != 0) {
                obj = scan(obj);
            }
        }
    }

    /** Scans obj: marks its lines and children; returns its first newly marked child, or 0. */
    private static long scan(long obj) {
        long cls = ClassDesc.classAt(obj);
        int flags = ClassDesc.flags(cls);
        if ((flags & ClassDesc.ARRAY) != 0) {
            return scanArray(obj, cls, flags);
        }
        markLines(obj, Mem.load32(cls + ClassDesc.INSTANCE_SIZE));
        long offsets = Mem.load64(cls + ClassDesc.REF_OFFSETS);
        if (offsets == 0) {
            return 0;
        }
        long next = 0;
        for (int off = Mem.load32(offsets); off >= 0; off = Mem.load32(offsets += 4)) {
            long ref = Mem.load64(obj + off);
            if (ref >= Blocks.start && ref < Blocks.end && setMark(ref)) {
                if (next == 0) {
                    next = ref;
                } else {
                    push(ref);
                }
            }
        }
        return next;
    }

    private static long scanArray(long obj, long cls, int flags) {
        int length = Mem.load32(obj + ClassDesc.ARRAY_LENGTH);
        markLines(obj, ClassDesc.arraySize(length, Mem.load32(cls + ClassDesc.ELEM_SIZE)));
        if ((flags & ClassDesc.REFARRAY) != 0) {
            long data = obj + ClassDesc.ARRAY_DATA_WIDE;
            for (int i = length - 1; i >= 0; i--) {   // pushed last to first: popped in order
                exact(Mem.load64(data + 8L * i));
            }
        }
        return 0;
    }

    /** Marks the lines the object covers (a large object's too: harmless, its blocks are not IMMIX). */
    @Inline
    static void markLines(long obj, long size) {
        byte epoch = (byte) markEpoch;
        long last = Blocks.lineMarkOf(obj + size - 1);
        for (long m = Blocks.lineMarkOf(obj); m <= last; m++) {
            Mem.store8(m, epoch);
        }
    }

    // The mark stack overflowed: some marked objects were not scanned. Scan every marked
    // object again (children already marked are not pushed twice).
    private static void rescanMarked() {
        for (int b = 0; b < Blocks.count; b++) {
            int state = Blocks.state(b);
            if (state == Blocks.LARGE) {
                long obj = Blocks.address(b);
                if (isMarked(obj)) {
                    rescanOne(obj);
                }
            } else if (state == Blocks.IMMIX) {
                rescanBlock(b);
            }
        }
    }

    private static void rescanBlock(int b) {
        long bitmap = Blocks.bitmapOf(Blocks.markBits, b);
        long base = Blocks.address(b);
        for (int i = 0; i < Blocks.BITMAP_BYTES / 8; i++) {
            long w = Mem.load64(bitmap + 8L * i);
            while (w != 0) {
                int bit = 63 - WordBits.nlz64(w & -w);
                w &= w - 1;
                rescanOne(base + (((long) i * 64 + bit) << Blocks.GRANULE_SHIFT));
            }
        }
    }

    private static void rescanOne(long obj) {
        long next = scan(obj);
        while (next != 0) {
            next = scan(next);
        }
        drain();
    }
}
