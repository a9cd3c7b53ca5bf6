/*
 * Raw memory access for the runtime's allocator and garbage collector. exoc lowers each
 * method to a single load, store or address cast; nothing outside exo.rt may call them.
 * The Java bodies are for the host only: they run on SimMemory, so that the collector can be
 * tested under JUnit (exoc never compiles them).
 *
 * backHeap and unbackHeap ask the platform for memory behind a range of the heap's region
 * and give it back (Blocks grows and trims the part in use). exoc hands them to the target's
 * platform: the kernel maps frames (exo.kernel.Platform), Linux needs nothing (its heap is an
 * anonymous mapping that the OS backs on first touch).
 */
package exo.rt;

public final class Mem {
    private Mem() {}

    public static byte load8(long addr) {
        return (byte) SimMemory.read(addr, 1);
    }

    public static short load16(long addr) {
        return (short) SimMemory.read(addr, 2);
    }

    public static int load32(long addr) {
        return (int) SimMemory.read(addr, 4);
    }

    public static long load64(long addr) {
        return SimMemory.read(addr, 8);
    }

    public static void store8(long addr, byte v) {
        SimMemory.write(addr, 1, v);
    }

    public static void store16(long addr, short v) {
        SimMemory.write(addr, 2, v);
    }

    public static void store32(long addr, int v) {
        SimMemory.write(addr, 4, v);
    }

    public static void store64(long addr, long v) {
        SimMemory.write(addr, 8, v);
    }

    /** The address of an object's header. */
    public static long addressOf(Object o) {
        return SimMemory.addressOf(o);
    }

    /** The object whose header is at addr. */
    public static Object objectAt(long addr) {
        return SimMemory.objectAt(addr);
    }

    /** Address of the running thread's runtime block (exo_thread in exo.h). */
    public static long threadBlock() {
        return SimMemory.threadBlock;
    }

    /** A field of the running thread's block, by byte offset (ThreadBlock). */
    public static long loadThread64(long offset) {
        return SimMemory.read(SimMemory.threadBlock + offset, 8);
    }

    public static int loadThread32(long offset) {
        return (int) SimMemory.read(SimMemory.threadBlock + offset, 4);
    }

    public static void storeThread64(long offset, long v) {
        SimMemory.write(SimMemory.threadBlock + offset, 8, v);
    }

    /**
     * storeThread64, made after every store before it (a release store: a plain mov on
     * x86-64, but gcc may not move earlier stores past it). The allocation fast path
     * publishes its cursor with it (Heap.allocObject).
     */
    public static void storeThread64Ordered(long offset, long v) {
        SimMemory.write(SimMemory.threadBlock + offset, 8, v);
    }

    public static void storeThread32(long offset, int v) {
        SimMemory.write(SimMemory.threadBlock + offset, 4, v);
    }

    /** objectAt for an address that is not 0 (the allocator's fast path): gcc is told so. */
    public static Object nonNullObjectAt(long addr) {
        return SimMemory.objectAt(addr);
    }

    // ---- atomics, for the collector's parallel marking (ParallelMarker) -------------------

    /** Atomically ORs bits into the word at addr (a locked or); returns the word before. */
    public static long fetchOr64(long addr, long bits) {
        return SimMemory.fetchOr(addr, bits);
    }

    /** Atomically replaces the word at addr with update if it holds expect (a full fence). */
    public static boolean cas64(long addr, long expect, long update) {
        return SimMemory.compareAndSet(addr, expect, update);
    }

    /** A load that is neither cached in a register nor reordered (sequentially consistent). */
    public static long loadVolatile64(long addr) {
        return SimMemory.readVolatile(addr);
    }

    /** A store that later loads do not pass (sequentially consistent). */
    public static void storeVolatile64(long addr, long v) {
        SimMemory.writeVolatile(addr, v);
    }

    /**
     * Writes the header of a new object at addr whose descriptor is cls (ClassDesc.setClass):
     * one 64-bit store of the sign-extended address, so the lock word takes its initial value,
     * the address's upper half (exoc's ObjectLayout): one `movq $desc, (p)` on both targets.
     */
    public static void storeHeader(long addr, long cls) {
        SimMemory.write(addr, 8, cls);
    }

    /**
     * A store that no earlier load or store passes (release: on x86 a plain store that gcc
     * may not move above them); the marker's deques publish their entries with it.
     */
    public static void storeRelease64(long addr, long v) {
        SimMemory.writeRelease(addr, v);
    }

    /** A spinning thread lets others run (sched_yield on Linux, pause on the kernel). */
    public static void yieldCpu() {
        Thread.yield();
    }

    /** memset(addr, 0, bytes) */
    public static void zero(long addr, long bytes) {
        SimMemory.zero(addr, bytes);
    }

    /** memmove(dst, src, bytes) */
    public static void copy(long dst, long src, long bytes) {
        SimMemory.copy(dst, src, bytes);
    }

    /**
     * Makes [from, to) of the heap's region usable memory before the runtime first touches it
     * (pages already backed keep their contents, new ones read as zero); false when the
     * platform has no memory left for it. Called with the heap's critical section held.
     */
    public static boolean backHeap(long from, long to) {
        return SimMemory.backHeap(from, to);
    }

    /**
     * The runtime will not touch [from, to) again before backing it anew: the platform may
     * take back the pages that lie wholly inside it. Called with the heap's critical section held.
     */
    public static void unbackHeap(long from, long to) {
        SimMemory.unbackHeap(from, to);
    }
}
