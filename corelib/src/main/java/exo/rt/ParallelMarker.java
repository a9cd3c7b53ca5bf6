/*
 * Parallel marking: step 3 of Marker (trace from the marked roots until nothing is left) run
 * by several threads at once. Heap.collect opens it when the program has other threads: the
 * collector works as worker 0, and each thread waiting at a safepoint joins as a helper
 * (linux_threads.c calls Heap.helpCollect once per collection), so a stopped-the-world
 * collection uses every core instead of one. The kernel target and single-threaded programs
 * never open it and mark with Marker alone. Root scanning stays serial (Marker steps 1-2:
 * parsing new objects for ambiguous roots changes the start bitmaps).
 *
 * Each worker drains a work-stealing deque of its own (a slice of the mark-stack region, after
 * Chase and Lev, "Dynamic circular work-stealing deque", SPAA 2005, with a fixed array): the
 * owner pushes and pops at the tail, without a lock; a worker with nothing to do steals the
 * oldest entry at the head of another's deque by compare-and-swap (in binary trees, a whole
 * subtree). So the work of a worker that the OS has descheduled is not stuck in it: at load
 * 9-11 private stacks stretched pauses to 160-420 ms. The pool (the region's first half,
 * under a spin lock) holds the roots the serial Marker found, and whatever a full deque
 * spills. Mark bits are set with a locked or (two workers may mark objects of the same bitmap
 * word); line marks are plain byte stores of the same value, so a race between workers is
 * harmless. What fits nowhere stays marked but unscanned: the overflow flag makes Marker
 * rescan the marked objects afterwards, alone, as it does for its own stack.
 *
 * Termination: one control word counts the workers that joined and those that are idle;
 * marking is over when all of them are idle with the pool and every deque empty (only a
 * working worker can make work, and a worker steals only while counted busy). The collector
 * then closes the phase and waits until every helper has left. Nothing here allocates; the
 * control words and stacks are raw memory laid out by Heap.setUp.
 */
package exo.rt;

final class ParallelMarker {
    private ParallelMarker() {}

    /** Workers at most (the collector and seven helpers); later helpers do not join. */
    static final int MAX_WORKERS = 8;
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

    /**
     * Control word, then (a cache line further) the pool's lock, its size and the overflow
     * flag, then a cache line per worker: its deque's head (where thieves take) and tail
     * (where the owner pushes and pops), both counting up (the array index is the count
     * modulo the deque's capacity).
     */
    static long control;
    private static final int DEQUES = 128;
    static final int CONTROL_BYTES = DEQUES + 64 * MAX_WORKERS;
    private static long poolBase;
    private static int poolCapacity;
    /** Workers of the last parallel marking (the GC log shows it). */
    static int lastWorkers;
    private static long localBase;
    /** Entries of each deque: a power of two (mask = capacity - 1). */
    private static int localCapacity;
    private static long localMask;

    /** Where the control words and stacks are: the mark-stack region (Heap.setUp). */
    static void layout(long controlWords, long stack, int entries) {
        control = controlWords;
        poolBase = stack;
        poolCapacity = entries / 2;
        localBase = stack + 8L * poolCapacity;
        int perWorker = (entries - poolCapacity) / MAX_WORKERS;
        localCapacity = 1;   // the largest power of two that fits (no Integer: the heap is not up yet)
        while (localCapacity * 2 <= perWorker) {
            localCapacity *= 2;
        }
        localMask = localCapacity - 1;
    }

    private static long head(int slot) {
        return control + DEQUES + 64L * slot;
    }

    private static long tail(int slot) {
        return control + DEQUES + 64L * slot + 8;
    }

    private static long deque(int slot) {
        return localBase + 8L * localCapacity * slot;
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
        for (int i = 0; i < MAX_WORKERS; i++) {
            Mem.store64(head(i), 0);
            Mem.store64(tail(i), 0);
        }
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

    /** Drains the worker's own deque, the pool and the others' deques until every worker is idle. */
    private static void work(int slot) {
        for (;;) {
            long obj;
            while ((obj = pop(slot)) != 0) {
                scan(obj, slot, Mem.load64(tail(slot)));
            }
            if (take(slot, Mem.load64(tail(slot))) || stealAny(slot)) {
                continue;
            }
            if (!awaitWork()) {
                return;
            }
        }
    }

    /**
     * Scans obj (marks its lines, marks and pushes its unmarked children onto the deque whose
     * tail is tail). The children are pushed so that the first one is popped next: objects
     * built by recursion lie in memory parent first, so marking walks memory forwards. They
     * are written above the published tail and published once the object is done, so
     * thieves never see an entry that is still being reordered.
     */
    private static void scan(long obj, int slot, long tail) {
        long cls = ClassDesc.classAt(obj);
        int flags = ClassDesc.flags(cls);
        if ((flags & ClassDesc.ARRAY) != 0) {
            publish(slot, scanArray(obj, cls, flags, slot, tail));
            return;
        }
        Marker.markLines(obj, Mem.load32(cls + ClassDesc.INSTANCE_SIZE));
        long offsets = Mem.load64(cls + ClassDesc.REF_OFFSETS);
        if (offsets == 0) {
            return;
        }
        long first = tail;
        for (int off = Mem.load32(offsets); off >= 0; off = Mem.load32(offsets += 4)) {
            long ref = Mem.load64(obj + off);
            if (ref >= Blocks.start && ref < Blocks.end && setMark(ref)) {
                tail = push(slot, tail, ref);
            }
        }
        // The usual case of several: swap, so the first is on top (unless a spill has
        // published them already: thieves may be reading them).
        if (tail - first == 2 && Mem.load64(tail(slot)) <= first) {
            long stack = deque(slot);
            long a = stack + 8 * (first & localMask);
            long b = stack + 8 * ((first + 1) & localMask);
            long v = Mem.load64(a);
            Mem.store64(a, Mem.load64(b));
            Mem.store64(b, v);
        }
        if (tail != first) {
            publish(slot, tail);
        }
    }

    private static long scanArray(long obj, long cls, int flags, int slot, long tail) {
        int length = Mem.load32(obj + ClassDesc.ARRAY_LENGTH);
        Marker.markLines(obj, ClassDesc.arraySize(length, Mem.load32(cls + ClassDesc.ELEM_SIZE)));
        if ((flags & ClassDesc.REFARRAY) != 0) {
            long data = obj + ClassDesc.ARRAY_DATA_WIDE;
            for (int i = length - 1; i >= 0; i--) {   // pushed last to first: popped in order
                long ref = Mem.load64(data + 8L * i);
                if (ref >= Blocks.start && ref < Blocks.end && setMark(ref)) {
                    tail = push(slot, tail, ref);
                }
            }
        }
        return tail;
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

    // ---- the deques ------------------------------------------------------------------------

    /**
     * Writes obj above the owner's tail (thieves see it once published); the new tail. A
     * full deque first spills its older half to the pool.
     */
    @Inline
    private static long push(int slot, long tail, long obj) {
        if (tail - Mem.loadVolatile64(head(slot)) >= localCapacity) {
            publish(slot, tail);   // so that the spill can take the oldest entries
            spill(slot, tail);
        }
        Mem.store64(deque(slot) + 8 * (tail & localMask), obj);
        return tail + 1;
    }

    /** Makes the entries below tail visible to thieves (after their contents: release). */
    private static void publish(int slot, long tail) {
        Mem.storeRelease64(tail(slot), tail);
    }

    /**
     * The owner takes its newest entry, 0 if the deque is empty. The store of the lowered tail
     * must be visible before the head is read (a full fence), or a thief and the owner could
     * both take the last entry; when only that one is left they race for it on the head.
     */
    private static long pop(int slot) {
        long t = Mem.load64(tail(slot)) - 1;
        Mem.storeVolatile64(tail(slot), t);
        long h = Mem.loadVolatile64(head(slot));
        if (t > h) {
            return Mem.load64(deque(slot) + 8 * (t & localMask));
        }
        long obj = 0;
        if (t == h) {
            obj = Mem.load64(deque(slot) + 8 * (t & localMask));
            if (!Mem.cas64(head(slot), h, h + 1)) {
                obj = 0;   // a thief took it
            }
            h++;
        }
        Mem.storeRelease64(tail(slot), h);   // empty: tail = head
        return obj;
    }

    /** A thief takes the oldest entry of victim's deque; 0 if it is empty or another thief won. */
    private static long steal(int victim) {
        long h = Mem.loadVolatile64(head(victim));
        long t = Mem.loadVolatile64(tail(victim));
        if (h >= t) {
            return 0;
        }
        long obj = Mem.load64(deque(victim) + 8 * (h & localMask));
        return Mem.cas64(head(victim), h, h + 1) ? obj : 0;
    }

    /** Steals one entry from another worker into the (empty) own deque; whether it got one. */
    private static boolean stealAny(int slot) {
        int slots = (int) ((Mem.loadVolatile64(control) >>> 32) & COUNT_MASK);
        for (int i = 1; i < slots; i++) {
            long obj = steal((slot + i) % slots);
            if (obj != 0) {
                publish(slot, push(slot, Mem.load64(tail(slot)), obj));
                return true;
            }
        }
        return false;
    }

    private static boolean anyDequeBusy(long s) {
        int slots = (int) ((s >>> 32) & COUNT_MASK);
        for (int i = 0; i < slots; i++) {
            if (Mem.loadVolatile64(tail(i)) > Mem.loadVolatile64(head(i))) {
                return true;
            }
        }
        return false;
    }

    // ---- the pool -------------------------------------------------------------------------

    /**
     * The owner's full deque moves its older half to the pool (or, when the pool is full,
     * drops it: those objects are marked, and the overflow flag has them rescanned). It takes
     * them from its own head as a thief would, so real thieves stay correct meanwhile.
     */
    private static void spill(int slot, long tail) {
        long n = localCapacity / 2;
        lockPool();
        long size = Mem.load64(poolSize());
        for (long i = 0; i < n && Mem.loadVolatile64(head(slot)) < tail; i++) {
            long obj = steal(slot);
            if (obj == 0) {
                continue;   // a thief took that one
            }
            if (size < poolCapacity) {
                Mem.store64(poolBase + 8L * size++, obj);
            } else {
                Mem.store64(overflowFlag(), 1);
            }
        }
        Mem.store64(poolSize(), size);
        unlockPool();
    }

    /** Takes a packet from the pool into the (empty) own deque, whose tail is tail; any? */
    private static boolean take(int slot, long tail) {
        if (Mem.loadVolatile64(poolSize()) == 0) {
            return false;
        }
        lockPool();
        long size = Mem.load64(poolSize());
        int n = (int) Math.min(size, Math.min(PACKET, localCapacity / 2));
        for (int i = 0; i < n; i++) {
            tail = push(slot, tail, Mem.load64(poolBase + 8L * (size - n + i)));
        }
        Mem.store64(poolSize(), size - n);
        unlockPool();
        publish(slot, tail);
        return n > 0;
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
            if (Mem.loadVolatile64(poolSize()) != 0 || anyDequeBusy(s)) {
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
