/*
 * The collector of the core library (exo.rt.Heap and its helpers) driven on the host, over
 * the simulated memory behind exo.rt.Mem (exo.rt.SimMemory). The classes come from
 * corelib/target/classes through CorelibClasses; their package-private entry points are
 * reached by reflection. A SimHeap owns a simulated region for the heap, a simulated stack
 * (ambiguous roots), a table of static roots (exact), and class descriptors laid out as exoc
 * emits them (exo.h), so that the collector sees what compiled code gives it. The heap's
 * region is guarded (SimMemory.guard): touching a page of it that the heap did not back first
 * (Mem.backHeap) fails the test, as it would be a page fault in the kernel.
 */
package exo.rt;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

final class SimHeap {
    static final long DESCRIPTORS = 0x0010_0000L;
    static final long STATICS = 0x0020_0000L;
    static final long STACK = 0x0030_0000L;
    static final int STACK_SLOTS = 4096;
    static final long HEAP_BASE = 0x1000_0000L;
    // The object layout of exoc's ObjectLayout: a 32-bit class reference and a lock word,
    // then fields; arrays: the length, then 8-byte elements from 16 (narrower ones from 12).
    static final int HEADER = 8;
    static final int ARRAY_LENGTH = 8;
    static final int ARRAY_DATA_NARROW = 12;
    static final int ARRAY_DATA_WIDE = 16;

    private static final Class<?>[] NONE = {};
    private final MethodHandle allocate, begin, finish, ambiguousRange, exactTable, objectContaining;
    private final MethodHandle takeRoots, openParallel, help;
    private final MethodHandle read, write;
    private long nextDescriptor = DESCRIPTORS;
    private int staticCount;
    /** Collections started through SimHeap (by the test or by the allocator). */
    int collections;

    SimHeap(long heapBytes) throws Throwable {
        Class<?> sim = CorelibClasses.load("exo.rt.SimMemory");
        sim.getMethod("reset").invoke(null);
        read = handle("exo.rt.SimMemory", "read", long.class, long.class, int.class);
        write = handle("exo.rt.SimMemory", "write", void.class, long.class, int.class, long.class);
        allocate = handle("exo.rt.Heap", "allocate", long.class, long.class);
        begin = handle("exo.rt.Heap", "beginCollection", void.class);
        finish = handle("exo.rt.Heap", "finishCollection", void.class);
        ambiguousRange = handle("exo.rt.Marker", "ambiguousRange", void.class, long.class, long.class);
        exactTable = handle("exo.rt.Marker", "exactTable", void.class, long.class, int.class);
        objectContaining = handle("exo.rt.Marker", "objectContaining", long.class, long.class);
        takeRoots = handle("exo.rt.Marker", "takeRoots", int.class);
        openParallel = handle("exo.rt.ParallelMarker", "open", void.class, int.class);
        help = handle("exo.rt.ParallelMarker", "help", void.class);
        // As on the kernel, the heap's window has no memory until the heap asks for it.
        sim.getMethod("guard", long.class, long.class).invoke(null, HEAP_BASE, HEAP_BASE + heapBytes);
        handle("exo.rt.Heap", "setUp", void.class, long.class, long.class).invoke(HEAP_BASE, heapBytes);
        sim.getField("staticTable").set(null, STATICS);
        Runnable collect = () -> {
            try {
                collectNow();
            } catch (Throwable t) {
                throw new RuntimeException(t);
            }
        };
        sim.getField("collector").set(null, collect);
    }

    static MethodHandle handle(String cls, String name, Class<?> ret, Class<?>... params) throws Exception {
        Method m = CorelibClasses.load(cls).getDeclaredMethod(name, params);
        m.setAccessible(true);
        return MethodHandles.lookup().unreflect(m).asType(MethodType.methodType(ret, params));
    }

    static Object staticField(String cls, String name) throws Exception {
        Field f = CorelibClasses.load(cls).getDeclaredField(name);
        f.setAccessible(true);
        return f.get(null);
    }

    static void setStaticField(String cls, String name, Object value) throws Exception {
        Field f = CorelibClasses.load(cls).getDeclaredField(name);
        f.setAccessible(true);
        f.set(null, value);
    }

    // ---- memory ------------------------------------------------------------------------

    long load64(long a) throws Throwable {
        return (long) read.invokeExact(a, 8);
    }

    int load32(long a) throws Throwable {
        return (int) (long) read.invokeExact(a, 4);
    }

    void store64(long a, long v) throws Throwable {
        write.invokeExact(a, 8, v);
    }

    void store32(long a, int v) throws Throwable {
        write.invokeExact(a, 4, (long) v);
    }

    // ---- class descriptors (struct exo_class) ------------------------------------------------

    /** A class of instanceSize bytes whose reference fields are at refOffsets. */
    long instanceClass(int instanceSize, int... refOffsets) throws Throwable {
        long cls = descriptor(0, 0);
        store32(cls + 40, instanceSize);
        long offsets = nextDescriptor;
        for (int i = 0; i < refOffsets.length; i++) {
            store32(offsets + 4L * i, refOffsets[i]);
        }
        store32(offsets + 4L * refOffsets.length, -1);
        nextDescriptor = (offsets + 4L * refOffsets.length + 4 + 15) & -16L;
        store64(cls + 32, offsets);
        return cls;
    }

    /** An array class: elemSize bytes per element; references if refs. */
    long arrayClass(int elemSize, boolean refs) throws Throwable {
        long cls = descriptor(refs ? 0x03 : 0x01, elemSize);
        return cls;
    }

    private long descriptor(int flags, int elemSize) throws Throwable {
        long cls = nextDescriptor;
        nextDescriptor += 96;
        store32(cls + 44, elemSize);
        store32(cls + 48, flags);
        return cls;
    }

    // ---- allocation --------------------------------------------------------------------

    /** What compiled code's allocObject does: zeroed memory, then the class word. 0: exhausted. */
    long newObject(long cls) throws Throwable {
        long p = (long) allocate.invokeExact((long) load32(cls + 40));
        if (p != 0) {
            store32(p, (int) cls);
        }
        return p;
    }

    long newArray(long cls, int length) throws Throwable {
        int elemSize = load32(cls + 44);
        long size = ((elemSize == 8 ? ARRAY_DATA_WIDE : ARRAY_DATA_NARROW) + (long) length * elemSize + 7) & -8L;
        long p = (long) allocate.invokeExact(size);
        if (p != 0) {
            store32(p, (int) cls);
            store32(p + ARRAY_LENGTH, length);
        }
        return p;
    }

    // ---- roots and collection ------------------------------------------------------------------

    /** Stack slot i (an ambiguous root) holds word. */
    void setStackSlot(int i, long word) throws Throwable {
        store64(STACK + 8L * i, word);
    }

    void clearStack() throws Throwable {
        for (int i = 0; i < STACK_SLOTS; i++) {
            store64(STACK + 8L * i, 0);
        }
    }

    /** A new static reference field (an exact root); returns its address. */
    long addStatic(long ref) throws Throwable {
        long slot = STATICS + 0x8000 + 8L * staticCount;
        store64(slot, ref);
        store64(STATICS + 8L * staticCount, slot);
        staticCount++;
        CorelibClasses.load("exo.rt.SimMemory").getField("staticCount").set(null, staticCount);
        return slot;
    }

    /**
     * Another thread's runtime block, stopped anywhere (a preempted kernel thread): when not 0,
     * collections do what Heap.collect does for it with KeptHoles on.
     */
    long stoppedThread;

    /** A collection with the simulated stack and the static table as roots. */
    void collectNow() throws Throwable {
        collections++;
        begin.invokeExact();
        if (stoppedThread != 0) {
            handle("exo.rt.KeptHoles", "parse", void.class, long.class).invokeExact(threadBlock());
            handle("exo.rt.KeptHoles", "parse", void.class, long.class).invokeExact(stoppedThread);
        }
        ambiguousRange.invokeExact(STACK, STACK + 8L * STACK_SLOTS);
        exactTable.invokeExact(STATICS, staticCount);
        if (stoppedThread != 0) {
            handle("exo.rt.KeptHoles", "keep", void.class, long.class).invokeExact(stoppedThread);
        }
        finish.invokeExact();
    }

    /**
     * A collection whose marking the test thread shares with helpers host threads, as
     * Heap.collect shares it with the stopped threads: every helper has joined before the
     * collector starts, so that the marking is really done by 1 + helpers threads.
     */
    void collectInParallel(int helpers) throws Throwable {
        collections++;
        begin.invokeExact();
        ambiguousRange.invokeExact(STACK, STACK + 8L * STACK_SLOTS);
        exactTable.invokeExact(STATICS, staticCount);
        openParallel.invokeExact((int) takeRoots.invokeExact());
        long control = (long) staticField("exo.rt.ParallelMarker", "control");
        Thread[] threads = new Thread[helpers];
        Throwable[] failure = new Throwable[1];
        for (int i = 0; i < helpers; i++) {
            threads[i] = new Thread(() -> {
                try {
                    help.invokeExact();
                } catch (Throwable t) {
                    failure[0] = t;
                }
            });
            threads[i].start();
        }
        MethodHandle readVolatile = handle("exo.rt.SimMemory", "readVolatile", long.class, long.class);
        while (((long) readVolatile.invokeExact(control) & 0xffff) < 1 + helpers && failure[0] == null) {
            Thread.onSpinWait();
        }
        finish.invokeExact();
        for (Thread t : threads) {
            t.join();
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /** Workers of the last parallel marking (the collector included). */
    int lastMarkers() throws Exception {
        return (int) staticField("exo.rt.ParallelMarker", "lastWorkers");
    }

    /** The running thread's runtime block (SimMemory.threadBlock: Mem.loadThread64's base). */
    static long threadBlock() throws Exception {
        return (long) CorelibClasses.load("exo.rt.SimMemory").getField("threadBlock").get(null);
    }

    /** Makes the thread whose runtime block is at tb the running one. */
    static void runAs(long tb) throws Exception {
        CorelibClasses.load("exo.rt.SimMemory").getField("threadBlock").set(null, tb);
    }

    long objectContaining(long p) throws Throwable {
        return (long) objectContaining.invokeExact(p);
    }

    int blocksInUse() throws Exception {
        return (int) staticField("exo.rt.Blocks", "inUse");
    }

    int limitBlocks() throws Exception {
        return (int) staticField("exo.rt.Allocator", "limitBlocks");
    }

    long heapStart() throws Exception {
        return (long) staticField("exo.rt.Blocks", "start");
    }

    /** 4 KiB pages of the heap's region backed now (Mem.backHeap less Mem.unbackHeap). */
    int backedPages() throws Exception {
        return (int) CorelibClasses.load("exo.rt.SimMemory").getMethod("backedPageCount").invoke(null);
    }

    /** The platform backs at most this many pages from now on. */
    void limitBackedPages(long pages) throws Exception {
        CorelibClasses.load("exo.rt.SimMemory").getField("backLimitPages").set(null, pages);
    }
}
