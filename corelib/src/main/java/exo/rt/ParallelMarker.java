/*
 * Parallel marking: step 3 of Marker (trace from the marked roots until nothing is left) run
 * by several threads at once. Heap.collect opens it when the program has other threads: the
 * collector works as worker 0, and each thread waiting at a safepoint joins as a helper
 * (linux_threads.c calls Heap.helpCollect once per collection), so a stopped-the-world
 * collection uses every core instead of one. The kernel target and single-threaded programs
 * never open it and mark with Marker alone. Root scanning stays serial (Marker steps 1-2:
 * parsing new objects for ambiguous roots changes the start bitmaps).
 *
 * Each worker drains a private stack of its own (a slice of the mark-stack region) and
 * shares through a pool (the region's first half, under a spin lock): a worker whose stack
 * is deep while the pool is empty and someone is idle moves the older half of its stack
 * there (in binary trees, whole subtrees), an idle worker takes a packet from it, and a full
 * stack spills into it. Mark bits are set with a locked or (two workers may mark objects of
 * the same bitmap word); line marks are plain byte stores of the same value, so a race
 * between workers is harmless. What fits nowhere stays marked but unscanned: the overflow
 * flag makes Marker rescan the marked objects afterwards, alone, as it does for its own stack.
 *
 * Termination: one control word counts the workers that joined and those that are idle;
 * marking is over when all of them are idle with the pool empty (only a working worker can
 * make work). The collector then closes the phase and waits until every helper has left.
 * Nothing here allocates; the control words and stacks are raw memory laid out by Heap.setUp.
 */
package exo.rt;

final class ParallelMarker {
    private ParallelMarker() {}

    /** Workers at most (the collector and seven helpers); later helpers do not join. */
    static final int MAX_WORKERS = 8;
    /** A worker with more entries than this shares the older half when someone is idle. */
    private static final int SHARE_DEPTH = 4;
    /** An idle worker takes at most this many entries from the pool at a time. */
    private static final int PACKET = 64;
    /** Pauses an idle worker spins before it yields its CPU. */
    private static final int SPINS = 64;

    // The control word: joined (bits 0-15), idle (16-31), slots handed out (32-47), open (48).
    private static final long JOINED = 1L;
    private static final long IDLE = 1L << 16;
    private static final long SLOT = 1L << 32;
    private static final long OPEN = 1L << 48;
    private static final long COUNT_MASK = 0xffff;

    /** Control word, then (a cache line further) the pool's lock, its size and the overflow flag. */
    static long control;
    static final int CONTROL_BYTES = 128;
    private static long poolBase;
    private static int poolCapacity;
    /** Workers of the last parallel marking (the GC log shows it). */
    static int lastWorkers;
    private static long localBase;
    private static int localCapacity;

    /** Where the control words and stacks are: the mark-stack region (Heap.setUp). */
    static void layout(long controlWords, long stack, int entries) {
        control = controlWords;
        poolBase = stack;
        poolCapacity = entries / 2;
        localBase = stack + 8L * poolCapacity;
        localCapacity = (entries - poolCapacity) / MAX_WORKERS;
    }

    private static long poolLock() {
        return control + 64;
    }

    private static long poolSize() {
        return control + 72;
    }

    private static long overflowFlag() {
        return control + 80;
    }

    // ---- the collector's side -------------------------------------------------------------

    /**
     * Opens the phase: the roots the serial Marker pushed (stack entries [0, rootCount), which
     * is where the pool lies) become the pool; the collector is worker 0. Helpers may join
     * from now until close.
     */
    static void open(int rootCount) {
        int n = Math.min(rootCount, poolCapacity);
        Mem.store64(overflowFlag(), rootCount > n ? 1 : 0);
        Mem.store64(poolSize(), n);
        Mem.store64(poolLock(), 0);
        Mem.storeVolatile64(control, OPEN | SLOT | JOINED);
    }

    static boolean isOpen() {
        return (Mem.loadVolatile64(control) & OPEN) != 0;
    }

    /** The collector marks with the helpers, closes the phase once all are done; overflowed? */
    static boolean markAndClose() {
        work(0);
        for (;;) {
            long s = Mem.loadVolatile64(control);
            if (Mem.cas64(control, s, s & ~OPEN)) {
                break;
            }
        }
        // Helpers that saw the end leave one by one; their stacks must be idle before the sweep.
        while ((Mem.loadVolatile64(control) & COUNT_MASK) > 1) {
            Mem.yieldCpu();
        }
        lastWorkers = (int) ((Mem.loadVolatile64(control) >>> 32) & COUNT_MASK);
        Mem.storeVolatile64(control, 0);
        return Mem.loadVolatile64(overflowFlag()) != 0;
    }

    // ---- a helper's side ------------------------------------------------------------------

    /** A stopped thread helps mark, if the phase is open and a slot is free. */
    static void help() {
        int slot = join();
        if (slot < 0) {
            return;
        }
        work(slot);
        for (;;) {   // leave: joined and idle both drop, so the rest still see the end
            long s = Mem.loadVolatile64(control);
            if (Mem.cas64(control, s, s - JOINED - IDLE)) {
                return;
            }
        }
    }

    private static int join() {
        for (;;) {
            long s = Mem.loadVolatile64(control);
            int slots = (int) ((s >>> 32) & COUNT_MASK);
            if ((s & OPEN) == 0 || slots >= MAX_WORKERS || allIdle(s)) {
                return -1;
            }
            if (Mem.cas64(control, s, s + SLOT + JOINED)) {
                return slots;
            }
        }
    }

    private static boolean allIdle(long s) {
        return ((s >>> 16) & COUNT_MASK) == (s & COUNT_MASK);
    }

    // ---- the work loop --------------------------------------------------------------------

    /** Drains the worker's own stack and the pool until every worker is idle. */
    private static void work(int slot) {
        long stack = localBase + 8L * localCapacity * slot;
        int top = 0;
        for (;;) {
            while (top > 0) {
                top--;
                top = scan(Mem.load64(stack + 8L * top), stack, top);
                if (top > SHARE_DEPTH && Mem.load64(poolSize()) == 0 && someoneIdle()) {
                    top = share(stack, top, top / 2);
                }
            }
            top = take(stack);
            if (top == 0 && !awaitWork()) {
                return;
            }
        }
    }

    private static boolean someoneIdle() {
        return (Mem.load64(control) & (COUNT_MASK << 16)) != 0;
    }

    /**
     * Scans obj (marks its lines, marks and pushes its unmarked children); the new top. The
     * children are pushed so that the first one is popped next: objects built by recursion
     * lie in memory parent first, so marking walks memory forwards.
     */
    private static int scan(long obj, long stack, int top) {
        long cls = ClassDesc.classAt(obj);
        int flags = ClassDesc.flags(cls);
        if ((flags & ClassDesc.ARRAY) != 0) {
            return scanArray(obj, cls, flags, stack, top);
        }
        Marker.markLines(obj, Mem.load32(cls + ClassDesc.INSTANCE_SIZE));
        long offsets = Mem.load64(cls + ClassDesc.REF_OFFSETS);
        if (offsets == 0) {
            return top;
        }
        int first = top;
        for (int off = Mem.load32(offsets); off >= 0; off = Mem.load32(offsets += 4)) {
            long ref = Mem.load64(obj + off);
            if (ref >= Blocks.start && ref < Blocks.end && setMark(ref)) {
                top = push(stack, top, ref);
            }
        }
        if (top - first == 2) {   // the usual case of several: swap, so the first is on top
            long a = Mem.load64(stack + 8L * first);
            Mem.store64(stack + 8L * first, Mem.load64(stack + 8L * (first + 1)));
            Mem.store64(stack + 8L * (first + 1), a);
        }
        return top;
    }

    private static int scanArray(long obj, long cls, int flags, long stack, int top) {
        int length = Mem.load32(obj + ClassDesc.ARRAY_LENGTH);
        Marker.markLines(obj, ClassDesc.arraySize(length, Mem.load32(cls + ClassDesc.ELEM_SIZE)));
        if ((flags & ClassDesc.REFARRAY) != 0) {
            long data = obj + ClassDesc.ARRAY_DATA_WIDE;
            for (int i = length - 1; i >= 0; i--) {   // pushed last to first: popped in order
                long ref = Mem.load64(data + 8L * i);
                if (ref >= Blocks.start && ref < Blocks.end && setMark(ref)) {
                    top = push(stack, top, ref);
                }
            }
        }
        return top;
    }

    /** Sets obj's mark bit; false if it was set already (by this worker or another). */
    @Inline
    private static boolean setMark(long obj) {
        long word = Blocks.bitWord(Blocks.markBits, obj);
        long bit = Blocks.bit(obj);
        if ((Mem.load64(word) & bit) != 0) {
            return false;
        }
        return (Mem.fetchOr64(word, bit) & bit) == 0;
    }

    @Inline
    private static int push(long stack, int top, long obj) {
        if (top == localCapacity) {
            top = share(stack, top, top / 2);
        }
        Mem.store64(stack + 8L * top, obj);
        return top + 1;
    }

    // ---- the pool -------------------------------------------------------------------------

    /**
     * Moves the n oldest entries of the stack to the pool (or, when it is full, drops them:
     * they are marked, and the overflow flag has them rescanned); the new top.
     */
    private static int share(long stack, int top, int n) {
        lockPool();
        long size = Mem.load64(poolSize());
        int room = (int) Math.min(n, poolCapacity - size);
        Mem.copy(poolBase + 8L * size, stack, 8L * room);
        Mem.store64(poolSize(), size + room);
        if (room < n) {
            Mem.store64(overflowFlag(), 1);
        }
        unlockPool();
        Mem.copy(stack, stack + 8L * n, 8L * (top - n));
        return top - n;
    }

    /** Takes a packet from the pool into the (empty) stack; how many entries. */
    private static int take(long stack) {
        if (Mem.loadVolatile64(poolSize()) == 0) {
            return 0;
        }
        lockPool();
        long size = Mem.load64(poolSize());
        int n = (int) Math.min(size, Math.min(PACKET, localCapacity));
        Mem.copy(stack, poolBase + 8L * (size - n), 8L * n);
        Mem.store64(poolSize(), size - n);
        unlockPool();
        return n;
    }

    private static void lockPool() {
        while (!Mem.cas64(poolLock(), 0, 1)) {
            while (Mem.loadVolatile64(poolLock()) != 0) {
                Mem.yieldCpu();
            }
        }
    }

    private static void unlockPool() {
        Mem.storeVolatile64(poolLock(), 0);
    }

    /**
     * The worker's stack and the pool are empty: it counts itself idle and waits until the
     * pool has work (true: it is busy again) or every worker is idle (false: marking is done).
     */
    private static boolean awaitWork() {
        addIdle(IDLE);
        for (int spins = 0; ; spins++) {
            long s = Mem.loadVolatile64(control);
            if (allIdle(s)) {
                return false;
            }
            if (Mem.loadVolatile64(poolSize()) != 0) {
                addIdle(-IDLE);
                return true;
            }
            if (spins >= SPINS) {
                Mem.yieldCpu();
            }
        }
    }

    private static void addIdle(long delta) {
        for (;;) {
            long s = Mem.loadVolatile64(control);
            if (Mem.cas64(control, s, s + delta)) {
                return;
            }
        }
    }
}
