/*
 * The runtime's door to the platform: output, exit, clocks, identity hashes and the method
 * table behind stack traces. exoc binds these natives to the target's C glue (linux) or to
 * the kernel's platform class (kernel). See docs/RUNTIME.md.
 */
package exo.rt;

public final class VM {
    private VM() {}

    /** Writes len bytes of b from off to file descriptor fd (1 = stdout, 2 = stderr). */
    public static native void write(int fd, byte[] b, int off, int len);

    /** Ends the program with the given status. Streams must be flushed before. */
    public static native void exit(int status);

    public static native long nanoTime();

    public static native long currentTimeMillis();

    public static native int identityHash(Object o);

    /** A new array whose component type is componentType (Arrays.copyOf, Collection.toArray). */
    public static native Object newArray(Class<?> componentType, int length);

    // ---- hooks for the kernel's threads; no-ops on linux, where the heap lock is used ----

    /** Keeps other threads and interrupt handlers out of the heap; returns what exitCritical restores. */
    public static native long enterCritical();

    public static native void exitCritical(long state);

    /** Top of the running thread's stack (the GC scans from the stack pointer up to it). */
    public static native long currentStackTop();

    /** The stacks of the other threads, scanned by the GC as roots: [low, high) each. */
    public static native int otherStackCount();

    public static native long otherStackLow(int i);

    public static native long otherStackHigh(int i);

    // ---- threads (linux: linux_threads.c; the kernel has one allocation context) --------

    /** Can this program start threads (exoc's answer: then monitors are real)? A constant. */
    public static native boolean threadsEnabled();

    /** Takes the heap's lock (the allocator's slow path, collections); waits in native state. */
    public static native void lockHeap();

    public static native void unlockHeap();

    /** With the heap lock held: every other thread stops at a safepoint or in native code. */
    public static native void stopWorld();

    public static native void resumeWorld();

    /**
     * With the world stopped and ParallelMarker open: the threads waiting at a safepoint
     * call Heap.helpCollect once each (linux_threads.c); the kernel has none.
     */
    public static native void gcHelpOpen();

    /** The threads' runtime blocks (ThreadBlock), while the world is stopped. */
    public static native int threadCount();

    public static native long threadBlock(int i);

    /** Starts an OS thread running Threads.run(t); its runtime block, or 0 on failure. */
    public static native long startThread(Thread t, long stackBytes);

    /** Waits until unparked (a permit), for at most timeoutNanos (negative: no limit). */
    public static native void park(long timeoutNanos);

    /** Gives the thread whose runtime block is at threadBlock a permit, waking it. */
    public static native void unpark(long threadBlock);

    public static native void yieldThread();

    /** CPUs this process may run on (at least 1). */
    public static native int availableProcessors();

    /** The program's string literals (String.intern starts from them). */
    public static native int literalCount();

    public static native String literal(int i);

    /**
     * The callers on the machine stack, innermost first, found through frame pointers, as
     * (method id, source line) pairs (line -1 when unknown) stored in trace; returns the number
     * of ints stored (0 where frame pointers are not kept: the linux target).
     */
    public static native int stackWalk(int[] trace);

    /** Binary name of the class declaring method id (stack traces). */
    public static native String methodClass(int id);

    public static native String methodName(int id);

    /** Source file name, or null when the class file has none. */
    public static native String methodFile(int id);
}
