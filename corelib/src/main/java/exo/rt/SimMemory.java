/*
 * Host tests only: the simulated memory behind the Java bodies of Mem and Roots. exoc lowers
 * every call of those classes to a load, a store or a runtime call and never compiles their
 * bodies, so nothing here reaches a compiled program, and it may use the JDK freely. On the
 * host JVM (exoc's JUnit tests load exo.rt classes from corelib/target/classes) the collector
 * then runs unchanged on this memory: sparse 64 KiB pages of longs, created zero-filled on
 * first use, little-endian like x86_64.
 *
 * Objects: a simulated heap object is a Ref holding its address (objectAt/addressOf).
 * Roots: the test sets the static-root table and installs what a collection requested by the
 * allocator (Roots.collect) does: typically, mark its simulated stack and statics.
 */
package exo.rt;

import java.util.concurrent.ConcurrentHashMap;

public final class SimMemory {
    private SimMemory() {}

    private static final int PAGE_SHIFT = 16;
    // Host threads may share the memory (the collector's parallel marking): the page table
    // is concurrent, the last-page cache is one immutable pair per read, writes and atomics
    // hold one lock (a byte store rewrites its whole long here, unlike on x86), and only
    // plain reads go without it, as on the hardware.
    private static final ConcurrentHashMap<Long, long[]> pages = new ConcurrentHashMap<>();
    private static final Object LOCK = new Object();
    private static volatile CachedPage lastPage;

    private record CachedPage(long number, long[] words) {}

    /**
     * Host tests: runs before every writeVolatile (Mem.storeVolatile64: the parallel marker's
     * owner does one per object it takes from its deque, when all its work is published), e.g.
     * to stall one marking thread as the OS deschedules one. Null when unused.
     */
    public static volatile Runnable storeHook;

    /** What Roots.collect() does on the host; set by the test. */
    public static Runnable collector;
    public static long staticTable;
    public static int staticCount;
    /** The simulated running thread's runtime block (ThreadBlock). */
    public static long threadBlock = 0x0040_0000L;

    /** A heap object as the host sees it: only an address. */
    public static final class Ref {
        public final long address;

        Ref(long address) {
            this.address = address;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Ref && ((Ref) o).address == address;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(address);
        }
    }

    public static void reset() {
        pages.clear();
        guardStart = 0;
        guardEnd = 0;
        backedPages.clear();
        backLimitPages = Long.MAX_VALUE;
        lastPage = null;
        collector = null;
        staticTable = 0;
        staticCount = 0;
    }

    /**
     * The heap's window, when a test guards it: every access in [guardStart, guardEnd) must
     * fall on a 4 KiB page that Mem.backHeap backed (and unbackHeap did not take back), as on
     * the kernel, where such an access is a page fault.
     */
    private static long guardStart;
    private static long guardEnd;
    private static final java.util.BitSet backedPages = new java.util.BitSet();
    /** The most pages backHeap may back at a time (a platform running out of memory). */
    public static long backLimitPages = Long.MAX_VALUE;
    private static final int BACK_SHIFT = 12;

    /** From now on accesses to [start, end) must be to backed pages (see guardStart). */
    public static void guard(long start, long end) {
        guardStart = start;
        guardEnd = end;
        backedPages.clear();
    }

    /** Pages of the guarded window backed now. */
    public static int backedPageCount() {
        return backedPages.cardinality();
    }

    static boolean backHeap(long from, long to) {
        if (guardEnd == guardStart) {
            return true;
        }
        checkGuarded(from, to);
        long first = (from - guardStart) >>> BACK_SHIFT;
        long end = (to - guardStart + (1 << BACK_SHIFT) - 1) >>> BACK_SHIFT;
        for (long i = first; i < end; i++) {
            if (!backedPages.get((int) i)) {
                if (backedPages.cardinality() >= backLimitPages) {
                    return false;
                }
                backedPages.set((int) i);
                long a = guardStart + (i << BACK_SHIFT);
                for (long w = a; w < a + (1 << BACK_SHIFT); w += 8) {
                    page(w)[(int) (w >>> 3) & ((1 << (PAGE_SHIFT - 3)) - 1)] = 0;   // a new page reads as zero
                }
            }
        }
        return true;
    }

    static void unbackHeap(long from, long to) {
        if (guardEnd == guardStart) {
            return;
        }
        checkGuarded(from, to);
        long first = (from - guardStart + (1 << BACK_SHIFT) - 1) >>> BACK_SHIFT;
        long end = (to - guardStart) >>> BACK_SHIFT;
        for (long i = first; i < end; i++) {
            backedPages.clear((int) i);
        }
    }

    private static void checkGuarded(long from, long to) {
        if (from < guardStart || to > guardEnd || from > to) {
            throw new IllegalStateException("SimMemory: heap range [" + Long.toHexString(from) + ", "
                    + Long.toHexString(to) + ") outside the window");
        }
    }

    private static void checkBacked(long addr) {
        if (addr >= guardStart && addr < guardEnd && !backedPages.get((int) ((addr - guardStart) >>> BACK_SHIFT))) {
            throw new IllegalStateException("SimMemory: the heap touched " + Long.toHexString(addr)
                    + ", a page it has not backed");
        }
    }

    /** How many 64 KiB pages have been touched (the simulated resident size). */
    public static int pagesTouched() {
        return pages.size();
    }

    private static long[] page(long addr) {
        long n = addr >>> PAGE_SHIFT;
        CachedPage c = lastPage;
        if (c == null || c.number != n) {
            c = new CachedPage(n, pages.computeIfAbsent(n, k -> new long[1 << (PAGE_SHIFT - 3)]));
            lastPage = c;
        }
        return c.words;
    }

    /** Reads size (1, 2, 4 or 8) bytes at addr, zero-extended. */
    static long read(long addr, int size) {
        if (guardEnd != guardStart) {
            checkBacked(addr);
        }
        if ((addr & 7) + size <= 8) {
            long w = page(addr)[(int) (addr >>> 3) & ((1 << (PAGE_SHIFT - 3)) - 1)];
            long v = w >>> (8 * (addr & 7));
            return size == 8 ? v : v & ((1L << (8 * size)) - 1);
        }
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            v = (v << 8) | read(addr + i, 1);
        }
        return v;
    }

    static void write(long addr, int size, long value) {
        if (guardEnd != guardStart) {
            checkBacked(addr);
        }
        if ((addr & 7) + size <= 8) {
            long[] p = page(addr);
            int i = wordIndex(addr);
            int shift = (int) (8 * (addr & 7));
            long mask = size == 8 ? -1L : ((1L << (8 * size)) - 1) << shift;
            synchronized (LOCK) {
                p[i] = (p[i] & ~mask) | ((value << shift) & mask);
            }
            return;
        }
        for (int i = 0; i < size; i++) {
            write(addr + i, 1, value >>> (8 * i));
        }
    }

    private static int wordIndex(long addr) {
        return (int) (addr >>> 3) & ((1 << (PAGE_SHIFT - 3)) - 1);
    }

    static long fetchOr(long addr, long bits) {
        checkAligned(addr);
        synchronized (LOCK) {
            long[] p = page(addr);
            long old = p[wordIndex(addr)];
            p[wordIndex(addr)] = old | bits;
            return old;
        }
    }

    static boolean compareAndSet(long addr, long expect, long update) {
        checkAligned(addr);
        synchronized (LOCK) {
            long[] p = page(addr);
            if (p[wordIndex(addr)] != expect) {
                return false;
            }
            p[wordIndex(addr)] = update;
            return true;
        }
    }

    static long readVolatile(long addr) {
        checkAligned(addr);
        synchronized (LOCK) {
            return page(addr)[wordIndex(addr)];
        }
    }

    static void writeVolatile(long addr, long v) {
        Runnable hook = storeHook;
        if (hook != null) {
            hook.run();
        }
        writeRelease(addr, v);
    }

    static void writeRelease(long addr, long v) {
        checkAligned(addr);
        synchronized (LOCK) {
            page(addr)[wordIndex(addr)] = v;
        }
    }

    private static void checkAligned(long addr) {
        if ((addr & 7) != 0) {
            throw new IllegalStateException("SimMemory: atomic access to " + Long.toHexString(addr) + ", not 8-aligned");
        }
        if (guardEnd != guardStart) {
            checkBacked(addr);
        }
    }

    static void zero(long addr, long bytes) {
        for (long a = addr; a < addr + bytes; ) {
            if ((a & 7) == 0 && a + 8 <= addr + bytes) {
                write(a, 8, 0);
                a += 8;
            } else {
                write(a, 1, 0);
                a++;
            }
        }
    }

    static void copy(long dst, long src, long bytes) {
        if (dst <= src) {
            for (long i = 0; i < bytes; i++) {
                write(dst + i, 1, read(src + i, 1));
            }
        } else {
            for (long i = bytes - 1; i >= 0; i--) {
                write(dst + i, 1, read(src + i, 1));
            }
        }
    }

    static Object objectAt(long addr) {
        return addr == 0 ? null : new Ref(addr);
    }

    static long addressOf(Object o) {
        return o == null ? 0 : ((Ref) o).address;
    }

    static void collect() {
        if (collector == null) {
            throw new IllegalStateException("SimMemory: a collection was requested but the test installed no collector");
        }
        collector.run();
    }
}
