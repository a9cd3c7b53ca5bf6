/*
 * Offsets in a thread's runtime block (struct exo_thread in exoc's exo.h, the one
 * definition; keep the two in step). Mem.loadThread64/storeThread64 reach the running
 * thread's block in one instruction (fs-relative on Linux); the collector reaches every
 * thread's block by address while the world is stopped (VM.threadBlock).
 */
package exo.rt;

final class ThreadBlock {
    private ThreadBlock() {}

    static final int SELF = 0;
    static final int PENDING = 8;
    /** The allocation buffer (Allocator). */
    static final int CURSOR = 16;
    static final int LIMIT = 24;
    static final int BLOCK = 32;
    static final int NEXT_LINE = 36;
    static final int OVERFLOW_CURSOR = 40;
    static final int OVERFLOW_LIMIT = 48;
    static final int STATE = 56;
    static final int PARK = 60;
    static final int STACK_LOW = 64;
    static final int STACK_HIGH = 72;
    static final int SAVED_SP = 80;
    /** The java.lang.Thread of this thread (a root of the collector). */
    static final int THREAD_OBJECT = 88;
    static final int ID = 108;
    /** The hole a thread stopped anywhere kept over the last collection (KeptHoles). */
    static final int KEPT_HOLE_START = 136;
    static final int KEPT_HOLE_END = 144;
    /** Memory the last refill took, to be zeroed once the heap lock is released (Allocator). */
    static final int ZERO_FROM = 152;
    static final int ZERO_TO = 160;
}
