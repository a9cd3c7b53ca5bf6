/*
 * The heap: what compiled code calls to allocate (allocObject, allocArray: a bump of a cursor
 * inlined at every `new`) and the collection that the allocator, or exoc's exo_gc, starts.
 * The collector is a mark-region collector in the manner of Immix, non-moving, written in
 * Java against raw memory (exo.rt.Mem): Blocks holds the geometry and side tables,
 * Allocator finds holes of free lines, Marker marks (stacks and registers conservatively,
 * heap objects precisely), Sweeper turns line marks into free blocks and holes, GcStats
 * keeps pause times and the log. docs/ARCHITECTURE.md ("Memory") gives the picture.
 *
 * The heap grows and shrinks between a minimum and a maximum (--heap, or setLimits from the
 * kernel's command line). OutOfMemoryError is thrown when a full collection leaves no room
 * under the maximum; a reserve of blocks then serves the error's report.
 *
 * Nothing here allocates Java objects, except init (the error and the log buffer) before the
 * first collection (@NoAlloc, checked by exoc, also over the platform hooks a collection
 * calls). The host tests drive setUp, beginCollection, the Marker's root methods
 * and finishCollection directly, on the simulated memory behind Mem.
 */
package exo.rt;

public final class Heap {
    private Heap() {}

    /** The heap starts this small (or at its maximum, if that is smaller). */
    static final long DEFAULT_MIN_BYTES = 4L << 20;
    /** The most frames an OutOfMemoryError's trace records (HotSpot's MaxJavaStackTraceDepth). */
    static final int OOM_TRACE_FRAMES = 1024;

    private static boolean collecting;
    private static boolean usingReserve;
    private static int outOfMemoryCount;
    private static OutOfMemoryError outOfMemory;
    private static long bytesAllocatedLarge;

    /** Called once by the entry code, before any allocation, with the (zeroed) region to manage. */
    public static void init(long base, long size) {
        setUp(base, size);
        outOfMemory = new OutOfMemoryError("Java heap space");
        outOfMemory.vmTrace = new int[2 * OOM_TRACE_FRAMES];
        GcStats.init(VM.nanoTime());
    }

    /** Lays out the region: mark stack, pause record, side tables, blocks. */
    static void setUp(long base, long size) {
        int entries = (int) Math.min(1 << 16, Math.max(1 << 12, size >>> 12));
        Marker.stack = base;
        Marker.capacity = entries;
        ParallelMarker.layout(base + 8L * entries, base, entries);
        GcStats.pauses = base + 8L * entries + ParallelMarker.CONTROL_BYTES;
        long meta = GcStats.pauses + 8L * GcStats.CAPACITY;
        if (!Mem.backHeap(base, meta)) {
            meta = base + size;   // no memory for the mark stack: a heap of no blocks
        }
        Blocks.layout(meta, base + size);
        Allocator.init((int) (DEFAULT_MIN_BYTES >>> Blocks.BLOCK_SHIFT), Blocks.count);
        collecting = false;
        usingReserve = false;
        GcStats.collections = 0;
    }

    /** The heap's minimum and maximum size, within the region given to init. */
    public static void setLimits(long minBytes, long maxBytes) {
        Allocator.init((int) (minBytes >>> Blocks.BLOCK_SHIFT), (int) Math.min(Integer.MAX_VALUE, maxBytes >>> Blocks.BLOCK_SHIFT));
    }

    /**
     * The platform backs the region on request from now on (the kernel, once it has frames;
     * before, it promised memory and backed each page on its first touch): asks it again for
     * every range the heap relies on. False when it has not that much memory.
     */
    public static boolean backAgain() {
        long state = VM.enterCritical();
        int blocks = Blocks.backed;
        Blocks.backed = 0;
        Blocks.withMemory = 0;
        boolean ok = Mem.backHeap(Marker.stack, Blocks.lineMarks) && Blocks.ensureBacked(blocks);
        VM.exitCritical(state);
        return ok;
    }

    /**
     * The platform preempts threads anywhere, even inside the allocation fast path (the
     * kernel): collections keep the holes of the stopped threads (KeptHoles).
     */
    public static void setThreadsStopAnywhere(boolean on) {
        KeptHoles.enabled = on;
    }

    /**
     * The platform's clock (VM.nanoTime) counts TSC ticks since boot until clockCalibrated:
     * the log says so (the kernel calls this first thing, before it knows the TSC's rate).
     */
    public static void clockInTicks() {
        GcStats.clockInTicks();
    }

    /**
     * VM.nanoTime is nanoseconds since boot from now on; pauses so far were ticks at tscHz.
     * Called at boot, before interrupts are on (no collection can run in the middle).
     */
    public static void clockCalibrated(long tscHz) {
        GcStats.clockCalibrated(tscHz);
    }

    /** One line per collection on stderr (see GcStats). */
    public static void setLog(boolean on) {
        GcStats.log = on;
    }

    // ---- allocation -----------------------------------------------------------------------

    /** A new object of class cls (its descriptor) and size bytes (8-aligned, header included). */
    // The fast path bumps the running thread's buffer (ThreadBlock.CURSOR/LIMIT: one
    // fs-relative access each on Linux, through the GS-held block address in the kernel).
    // It needs no critical section: each thread has its own buffer, and interrupt handlers
    // never allocate (@IrqContext). A kernel thread may be preempted, and the heap collected,
    // between any two of its instructions: the class word is stored before the cursor
    // (Mem.storeThread64Ordered), so an object is either under the cursor and parseable, or at or
    // above it, inside the hole that the collection keeps for the thread (KeptHoles).
    @Inline
    @NoAlloc
    public static Object allocObject(long cls, int size) {
        long p = Mem.loadThread64(ThreadBlock.CURSOR);
        long next = p + size;
        if (next <= Mem.loadThread64(ThreadBlock.LIMIT)) {
            ClassDesc.setClass(p, cls);
            Mem.storeThread64Ordered(ThreadBlock.CURSOR, next);
            return Mem.nonNullObjectAt(p);
        }
        return allocSlow(cls, size, -1);
    }

    /** A new array; length has been checked (not negative). */
    @Inline
    @NoAlloc
    public static Object allocArray(long cls, int length, int elemSize) {
        long size = ClassDesc.arraySize(length, elemSize);
        long p = Mem.loadThread64(ThreadBlock.CURSOR);
        long next = p + size;
        if (next <= Mem.loadThread64(ThreadBlock.LIMIT)) {
            ClassDesc.setClass(p, cls);
            Mem.store32(p + ClassDesc.ARRAY_LENGTH, length);
            Mem.storeThread64Ordered(ThreadBlock.CURSOR, next);
            return Mem.nonNullObjectAt(p);
        }
        return allocSlow(cls, size, length);
    }

    // Under the heap lock (Linux) or the critical section (the kernel: interrupts off). Both
    // end before OutOfMemoryError is thrown: no handler of the runtime's own sits between the
    // allocation and the program's frames.
    @NoInline
    private static Object allocSlow(long cls, long size, int length) {
        long state = VM.enterCritical();
        VM.lockHeap();
        long p = allocateUncleared(size);
        VM.unlockHeap();
        Allocator.zeroPending();   // outside the lock (Allocator.deferZero)
        if (p != 0) {
            ClassDesc.setClass(p, cls);
            if (length >= 0) {
                Mem.store32(p + ClassDesc.ARRAY_LENGTH, length);
            }
        }
        VM.exitCritical(state);
        if (p == 0) {
            throw outOfMemory;
        }
        return Mem.objectAt(p);
    }

    /** Zeroed memory for size bytes, 0 when the heap is exhausted (then the error is armed). */
    static long allocate(long size) {
        long p = allocateUncleared(size);
        Allocator.zeroPending();
        return p;
    }

    /** As allocate, but a new hole may still be due for zeroing (Allocator.zeroPending). */
    private static long allocateUncleared(long size) {
        long p = Mem.loadThread64(ThreadBlock.CURSOR);
        if (p + size <= Mem.loadThread64(ThreadBlock.LIMIT)) {
            Mem.storeThread64(ThreadBlock.CURSOR, p + size);
            return p;
        }
        if (size > Allocator.MAX_MEDIUM) {
            bytesAllocatedLarge += size;
        }
        p = Allocator.allocSlow(size);
        if (p == 0) {
            exhausted();
        }
        return p;
    }

    /** The one OutOfMemoryError the heap throws (its trace buffer is allocated up front). */
    static OutOfMemoryError outOfMemoryError() {
        return outOfMemory;
    }

    /**
     * The heap is exhausted after a full collection. From here on, allocation may take the
     * reserved blocks without collecting at the heap's size limit, so that the report of the
     * error (which formats the trace) does not fail too, nor collect at every step; a
     * collection that frees enough re-arms the reserve. Unwinding itself needs no memory: the
     * error's trace buffer was allocated with it.
     */
    private static void exhausted() {
        usingReserve = true;
        OutOfMemoryError e = outOfMemory;
        if (e == null) {
            return;   // host tests: no error object
        }
        e.vmTraceLen = 0;
        // HotSpot gives a stack trace to its first four OutOfMemoryErrors only (its
        // PreallocatedOutOfMemoryErrorCount); later ones print without frames.
        e.vmTraceClosed = ++outOfMemoryCount > 4;
        e.vmTraceRethrown = false;
    }

    static boolean usingReserve() {
        return usingReserve;
    }

    /** May the allocator start a collection? Not from inside one. */
    static boolean mayCollect() {
        return !collecting;
    }

    /** Spills the registers and collects (Roots.collect calls back collect(sp)). */
    static void collectForAllocation() {
        Roots.collect();
    }

    // ---- collection -----------------------------------------------------------------------

    /** System.gc(): a full collection now. */
    public static void gc() {
        long state = VM.enterCritical();
        VM.lockHeap();
        if (!collecting) {
            Roots.collect();
        }
        VM.unlockHeap();
        VM.exitCritical(state);
    }

    /**
     * Called through Roots.collect() (exo_gc) with the stack pointer after registers are
     * spilled, under the heap lock. The other threads are stopped first; their stacks are
     * scanned from where they stopped, and their runtime blocks hold two exact roots (the
     * pending exception, the Thread object). Every thread forgets its allocation buffer, but
     * for the holes kept for threads stopped anywhere (KeptHoles).
     */
    @NoAlloc
    @NoBlock
    public static void collect(long sp) {
        long begin = VM.nanoTime();
        VM.stopWorld();
        long before = bytesInUse();
        beginCollection();
        long self = Mem.threadBlock();
        int threads = VM.threadCount();
        for (int i = 0; KeptHoles.enabled && i < threads; i++) {
            KeptHoles.parse(VM.threadBlock(i));
        }
        for (int i = 0; i < threads; i++) {
            long tb = VM.threadBlock(i);
            if (tb != self) {
                Marker.ambiguousRange(Mem.load64(tb + ThreadBlock.SAVED_SP), Mem.load64(tb + ThreadBlock.STACK_HIGH));
            }
        }
        Marker.ambiguousRange(sp, VM.currentStackTop());
        int others = VM.otherStackCount();
        for (int i = 0; i < others; i++) {
            Marker.ambiguousRange(VM.otherStackLow(i), VM.otherStackHigh(i));
        }
        for (int i = 0; i < threads; i++) {
            long tb = VM.threadBlock(i);
            Marker.exact(Mem.load64(tb + ThreadBlock.PENDING));
            Marker.exact(Mem.load64(tb + ThreadBlock.THREAD_OBJECT));
            if (KeptHoles.enabled && tb != self) {
                KeptHoles.keep(tb);
            } else {
                Allocator.resetThread(tb);
            }
        }
        Marker.exactTable(Roots.staticTable(), Roots.staticCount());
        if (threads > 1 && VM.threadsEnabled()) {
            // The stopped threads help mark (each waiting one calls helpCollect).
            ParallelMarker.open(Marker.takeRoots());
            VM.gcHelpOpen();
        }
        finishCollection();
        VM.resumeWorld();
        GcStats.record(begin, VM.nanoTime(), before, bytesInUse(), (long) Allocator.limitBlocks << Blocks.BLOCK_SHIFT);
    }

    /**
     * A thread stopped for a collection offers its CPU to the marking (linux_threads.c calls
     * this once per collection, through exo_gc_help); returns when marking is done.
     */
    @NoAlloc
    @NoBlock
    public static void helpCollect() {
        ParallelMarker.help();
    }

    /** Step 1 of a collection: the recycle list starts over; roots come next (Marker). */
    static void beginCollection() {
        collecting = true;
        Allocator.reset();
        Allocator.resetThread(Mem.threadBlock());
        Marker.begin();
    }

    /** The last step: trace from the roots, sweep, size the heap for what survived. */
    static void finishCollection() {
        Marker.finish();
        Sweeper.sweep();
        Allocator.resize();
        Blocks.trimBacking(Allocator.limitBlocks);
        // Re-arm the reserve once a collection leaves room for it and some allocation.
        if (usingReserve && Blocks.inUse + 2 * Allocator.reserveBlocks() <= Allocator.maxBlocks) {
            usingReserve = false;
        }
        collecting = false;
    }

    /** At the end of the program: the pause summary, if the log is on. */
    public static void printSummary() {
        GcStats.printSummary(VM.nanoTime());
    }

    // ---- figures --------------------------------------------------------------------------

    public static int collections() {
        return GcStats.collections;
    }

    public static long maxPauseNanos() {
        return GcStats.maxNanos;
    }

    public static long totalPauseNanos() {
        return GcStats.totalNanos;
    }

    /** The pct-th percentile of the pauses so far (of the first 4096). */
    public static long pausePercentileNanos(int pct) {
        return GcStats.percentile(pct);
    }

    public static long bytesAllocatedLarge() {
        return bytesAllocatedLarge;
    }

    /** Blocks in use (a block with one live line counts whole), in bytes. */
    public static long bytesInUse() {
        return (long) Blocks.inUse << Blocks.BLOCK_SHIFT;
    }

    /** The heap's current size limit (it grows and shrinks with the live data). */
    public static long bytesLimit() {
        return (long) Allocator.limitBlocks << Blocks.BLOCK_SHIFT;
    }
}
