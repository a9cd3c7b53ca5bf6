/*
 * The holes a collection keeps for threads that may have stopped anywhere. A kernel thread
 * is preempted between any two instructions, so it may be inside Heap's allocation fast path
 * when another thread collects: it has read its cursor p and will store the class word at p
 * and the cursor p + size once it runs again (Linux threads stop only at safepoints, outside
 * it, and lose their holes as the collector's own thread does: Allocator.resetThread).
 *
 * So the collection leaves such a thread its hole [cursor, limit): keep marks the hole's lines
 * live, so that the sweep neither frees nor recycles them, and records the hole in the
 * thread's runtime block (ThreadBlock.KEPT_HOLE_START/END); the thread goes on bumping
 * through it, then takes a new block (its BLOCK is dropped: the sweep may give the rest of
 * the old one to another thread). The objects it puts there lie in lines marked at the last
 * collection, which Marker's parse of new objects skips: at the next collection, parse adds
 * them to the start bitmap before any ambiguous root is looked up. They lie end to end from
 * the hole's start in zeroed memory, as in any hole (the fast path stores the class word
 * before the cursor, so an object at or above the cursor is inside the kept hole).
 *
 * Heap.collect calls parse for every thread before the roots, and keep for every thread but
 * its own after the ambiguous roots (marking lines earlier would change what the parse of
 * new objects sees), when the platform said so (Heap.setThreadsStopAnywhere). A hole costs
 * at most a block's free lines per thread for one collection cycle.
 */
package exo.rt;

final class KeptHoles {
    private KeptHoles() {}

    /** Threads may stop anywhere (the kernel, with preemption); off on Linux. */
    static boolean enabled;

    /** Adds the objects of the hole kept for the thread whose block is at tb to the start bits. */
    @NoAlloc
    static void parse(long tb) {
        long from = Mem.load64(tb + ThreadBlock.KEPT_HOLE_START);
        long to = Mem.load64(tb + ThreadBlock.KEPT_HOLE_END);
        if (from < to) {
            Marker.parseRun(from, to);
        }
        Mem.store64(tb + ThreadBlock.KEPT_HOLE_START, 0);
        Mem.store64(tb + ThreadBlock.KEPT_HOLE_END, 0);
    }

    /** Keeps the hole of the (stopped) thread whose block is at tb over this collection. */
    @NoAlloc
    static void keep(long tb) {
        long from = Mem.load64(tb + ThreadBlock.CURSOR);
        long to = Mem.load64(tb + ThreadBlock.LIMIT);
        Mem.store32(tb + ThreadBlock.BLOCK, 0);
        Mem.store32(tb + ThreadBlock.NEXT_LINE, 0);
        Mem.store64(tb + ThreadBlock.OVERFLOW_CURSOR, 0);
        Mem.store64(tb + ThreadBlock.OVERFLOW_LIMIT, 0);
        if (from >= to) {
            Mem.store64(tb + ThreadBlock.CURSOR, 0);
            Mem.store64(tb + ThreadBlock.LIMIT, 0);
            return;
        }
        byte epoch = (byte) Marker.markEpoch;
        long last = Blocks.lineMarkOf(to - 1);
        for (long m = Blocks.lineMarkOf(from); m <= last; m++) {
            Mem.store8(m, epoch);
        }
        Mem.store64(tb + ThreadBlock.KEPT_HOLE_START, from);
        Mem.store64(tb + ThreadBlock.KEPT_HOLE_END, to);
    }
}
