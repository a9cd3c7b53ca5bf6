/*
 * What the garbage collector scans besides the heap: exoc's table of static reference
 * fields and the stack. exoc lowers these calls to reads of the C runtime's globals and to
 * exo_gc (which spills the registers and calls Heap.collect(sp)); the Java bodies are the
 * host tests' (SimMemory), never compiled.
 */
package exo.rt;

final class Roots {
    private Roots() {}

    /** Address of the table of addresses of static reference fields. */
    static long staticTable() {
        return SimMemory.staticTable;
    }

    static int staticCount() {
        return SimMemory.staticCount;
    }

    /** Spills the registers to the stack and calls Heap.collect(sp) with the current sp. */
    static void collect() {
        SimMemory.collect();
    }
}
