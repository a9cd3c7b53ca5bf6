/*
 * exo.rt.KeptHoles on simulated memory: a kernel thread preempted inside the allocation fast
 * path (it has read its cursor, not yet stored its object's class word) while another
 * thread collects and allocates must find its object's memory untouched when it resumes, and
 * the objects it then puts into the kept hole must be found by ambiguous roots at the next
 * collection. A control run with the Linux behaviour (every stopped thread's buffer reset)
 * shows the test can fail: the other thread is handed the preempted object's memory.
 */
package exo.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeptHolesTest {
    private static final long MIB = 1L << 20;
    private static final long THREAD_A = 0x0040_0000L;
    private static final long THREAD_B = 0x0041_0000L;
    private static final int CURSOR = 16;
    private static final int LIMIT = 24;
    private static final int KEPT_START = 136;
    private static final int SIZE = 48;

    @AfterEach
    void runAsMain() throws Exception {
        SimHeap.runAs(THREAD_A);
    }

    /** B allocates a few objects, then is preempted in the fast path: it has read its cursor
     *  (the address of its next object, held in a register) and stored nothing yet. */
    private static long preemptBInTheFastPath(SimHeap h, long cls) throws Throwable {
        SimHeap.runAs(THREAD_B);
        for (int i = 0; i < 3; i++) {
            assertNotEquals(0, h.newObject(cls));
        }
        long p = h.load64(THREAD_B + CURSOR);
        assertTrue(p + SIZE <= h.load64(THREAD_B + LIMIT), "B's object fits its hole");
        SimHeap.runAs(THREAD_A);
        return p;
    }

    /** A collects with p only in B's registers (a stack slot), then allocates a lot; true if A
     *  was handed memory overlapping [p, p + SIZE). */
    private static boolean aCollectsAndReusesPsMemory(SimHeap h, long cls, long p) throws Throwable {
        h.setStackSlot(0, p);
        h.collectNow();
        boolean overlap = false;
        for (int i = 0; i < 40000; i++) {
            long q = h.newObject(cls);
            assertNotEquals(0, q, "heap exhausted");
            overlap |= q < p + SIZE && p < q + SIZE;
        }
        return overlap;
    }

    @Test
    void aThreadPreemptedInTheFastPathKeepsItsObjectOverACollection() throws Throwable {
        SimHeap h = new SimHeap(16 * MIB);
        h.stoppedThread = THREAD_B;
        long cls = h.instanceClass(SIZE, 16);
        long p = preemptBInTheFastPath(h, cls);
        assertTrue(!aCollectsAndReusesPsMemory(h, cls, p), "the preempted thread's object was handed out");
        assertEquals(p, h.load64(THREAD_B + KEPT_START), "the hole is kept from B's cursor");

        // B resumes: it stores its class word and cursor, links its object to a new one, and
        // is stopped again.
        SimHeap.runAs(THREAD_B);
        assertEquals(0, h.load64(p), "the object's memory is still zero");
        h.store32(p, (int) cls);
        h.store64(THREAD_B + CURSOR, p + SIZE);
        long second = h.newObject(cls);
        assertEquals(p + SIZE, second, "B goes on bumping through its kept hole");
        h.store64(p + 16, second);
        h.store64(second + 24, 0x5EC0);
        SimHeap.runAs(THREAD_A);

        // Only B's register points to its first object: the next collection finds both.
        h.collectNow();
        assertEquals(p, h.objectContaining(p + 8), "the kept hole's objects are parsed for ambiguous roots");
        assertEquals(second, h.objectContaining(second));
        for (int i = 0; i < 40000; i++) {
            long q = h.newObject(cls);
            assertTrue(q + SIZE <= p || q >= second + SIZE, "a live object of the kept hole was handed out");
        }
        assertEquals(cls, h.load32(p));
        assertEquals(second, h.load64(p + 16));
        assertEquals(0x5EC0, h.load64(second + 24));
    }

    @Test
    void withoutKeptHolesThePreemptedObjectsMemoryIsReused() throws Throwable {
        SimHeap h = new SimHeap(16 * MIB);
        long cls = h.instanceClass(SIZE, 16);
        long p = preemptBInTheFastPath(h, cls);
        // What Heap.collect does for a thread stopped at a safepoint: its buffer is forgotten.
        SimHeap.handle("exo.rt.Allocator", "resetThread", void.class, long.class).invokeExact(THREAD_B);
        assertTrue(aCollectsAndReusesPsMemory(h, cls, p), "control: the object's memory is reused");
    }
}
