/*
 * What the garbage collector scans besides the heap: exoc's table of static reference
 * fields and the stack. Natives lowered by exoc to reads of the C runtime's globals.
 */
package exo.rt;

final class Roots {
    private Roots() {}

    /** Address of the table of addresses of static reference fields. */
    static native long staticTable();

    static native int staticCount();

    /** Spills the registers to the stack and calls Heap.collect(sp) with the current sp. */
    static native void collect();
}
