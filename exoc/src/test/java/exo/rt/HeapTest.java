/*
 * The collector (exo.rt.Heap, Allocator, Marker, Sweeper, Blocks) on simulated memory: what
 * is reachable survives with its contents, what is not is reused, ambiguous roots (interior
 * pointers included, into objects allocated before or since the last collection) keep their
 * object and nothing else, large and medium objects, mark-stack overflow, the epoch
 * wrapping, heap growth and shrinking, and OutOfMemory only at the maximum. A random
 * mutator checked against a shadow graph ties it together. Every test runs with the heap's
 * region guarded (SimHeap): the heap touches only memory it asked the platform for, backs
 * more as it grows, gives the free top back after a collection, and turns a platform out of
 * memory into OutOfMemory.
 */
package exo.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HeapTest {
    private static final long MIB = 1L << 20;

    /** A node: two references at 16 and 24, a long payload at 32. */
    private static long node(SimHeap h, long cls, long left, long right, long payload) throws Throwable {
        long p = h.newObject(cls);
        assertNotEquals(0, p, "heap exhausted");
        h.store64(p + 16, left);
        h.store64(p + 24, right);
        h.store64(p + 32, payload);
        return p;
    }

    @Test
    void reachableObjectsSurviveWithTheirContentsAndGarbageIsReused() throws Throwable {
        SimHeap h = new SimHeap(16 * MIB);
        long cls = h.instanceClass(40, 16, 24);
        long list = 0;
        for (int i = 0; i < 1000; i++) {
            list = node(h, cls, list, 0, i);
        }
        h.addStatic(list);
        for (int i = 0; i < 20000; i++) {
            node(h, cls, 0, 0, -i);   // garbage
        }
        h.collectNow();
        int inUse = h.blocksInUse();
        long p = list;
        for (int i = 999; i >= 0; i--) {
            assertEquals(i, h.load64(p + 32));
            p = h.load64(p + 16);
        }
        assertEquals(0, p);
        // 1000 live nodes of 40 bytes fit in two blocks; the garbage's blocks are free again.
        assertTrue(inUse <= 2, "blocks in use after collecting: " + inUse);
        Set<Long> addresses = new HashSet<>();
        for (long q = list; q != 0; q = h.load64(q + 16)) {
            addresses.add(q);
        }
        for (int i = 0; i < 20000; i++) {
            long q = node(h, cls, 0, 0, 7);
            assertTrue(!addresses.contains(q), "a live object's memory was handed out again");
        }
    }

    @Test
    void ambiguousRootsKeepTheObjectTheyPointIntoAndNothingElse() throws Throwable {
        SimHeap h = new SimHeap(16 * MIB);
        long cls = h.instanceClass(40, 16, 24);
        long longArray = h.arrayClass(8, false);
        long old = node(h, cls, 0, 0, 1);
        h.setStackSlot(0, old + 20);           // interior pointer, object allocated before a collection
        h.collectNow();
        assertEquals(old, h.objectContaining(old + 39));
        long young = node(h, cls, 0, 0, 2);
        long array = h.newArray(longArray, 100);
        long dead = node(h, cls, 0, 0, 3);
        h.setStackSlot(1, young + 8);          // into a block parsed for the first time
        h.setStackSlot(2, array + SimHeap.ARRAY_DATA_WIDE + 8 * 99);
        h.setStackSlot(3, dead + 40 + 4000);   // past the last object, into the zeroed rest of the hole
        h.setStackSlot(4, h.heapStart() + (1L << 30));   // outside the heap
        h.collectNow();
        assertEquals(old, h.objectContaining(old));
        assertEquals(young, h.objectContaining(young + 39));
        assertEquals(array, h.objectContaining(array + SimHeap.ARRAY_DATA_WIDE + 8 * 99));
        assertEquals(0, h.objectContaining(dead), "the dead object is not kept by a pointer past it");
        assertEquals(0, h.objectContaining(array + SimHeap.ARRAY_DATA_WIDE + 8 * 100), "one past an object's end is not in it");
        assertEquals(1, h.load64(old + 32));
        assertEquals(2, h.load64(young + 32));
    }

    @Test
    void aRefillLeavesItsHoleToBeZeroedAfterTheHeapLock() throws Throwable {
        SimHeap h = new SimHeap(16 * MIB);
        long cls = h.instanceClass(40, 16, 24);
        for (int i = 0; i < 20000; i++) {
            node(h, cls, 0, 0, -1);   // garbage with a non-zero payload
        }
        h.collectNow();   // every block is free again, and dirty
        long tb = (long) SimHeap.staticField("exo.rt.SimMemory", "threadBlock");
        long zeroFrom = tb + (int) SimHeap.staticField("exo.rt.ThreadBlock", "ZERO_FROM");
        long zeroTo = tb + (int) SimHeap.staticField("exo.rt.ThreadBlock", "ZERO_TO");
        // What Heap.allocSlow does under the lock: the refill takes a dirty block, not yet cleared.
        long p = (long) SimHeap.handle("exo.rt.Allocator", "allocSlow", long.class, long.class).invokeExact(40L);
        long from = h.load64(zeroFrom);
        long to = h.load64(zeroTo);
        assertTrue(from <= p && p + 40 <= to, "the new object lies in the range left to zero");
        assertEquals(-1, h.load64(p + 32), "the old contents are still there: not zeroed under the lock");
        // ...and after the lock is released.
        SimHeap.handle("exo.rt.Allocator", "zeroPending", void.class).invokeExact();
        for (long a = from; a < to; a += 8) {
            assertEquals(0, h.load64(a), "word at " + Long.toHexString(a));
        }
        assertEquals(0, h.load64(zeroTo), "nothing is left pending");
    }

    @Test
    void aStalePointerToADeadObjectInALiveLineKeepsNothing() throws Throwable {
        SimHeap h = new SimHeap(16 * MIB);
        long cls = h.instanceClass(40, 16, 24);
        long target = node(h, cls, 0, 0, 5);
        long neighbour = node(h, cls, target, 0, 6);   // same line as target
        h.setStackSlot(0, neighbour);
        h.collectNow();
        h.store64(neighbour + 16, 0);   // target becomes garbage, its line stays live
        h.collectNow();
        assertEquals(0, h.objectContaining(target), "a dead object must leave the start bitmap");
        h.setStackSlot(1, target + 8);
        h.collectNow();
        assertEquals(0, h.objectContaining(target));
    }

    @Test
    void largeAndMediumObjects() throws Throwable {
        SimHeap h = new SimHeap(32 * MIB);
        long refs = h.arrayClass(8, true);
        long bytes = h.arrayClass(1, false);
        long big = h.newArray(refs, 20000);            // 160 KiB: five blocks of its own
        long medium = h.newArray(bytes, 3000);         // over a line: the overflow block
        h.store64(big + SimHeap.ARRAY_DATA_WIDE + 8 * 19999, medium);
        h.addStatic(big);
        for (int i = 0; i < 50; i++) {
            h.newArray(bytes, 40000);                  // large garbage
        }
        h.collectNow();
        assertEquals(medium, h.load64(big + SimHeap.ARRAY_DATA_WIDE + 8 * 19999));
        assertEquals(big, h.objectContaining(big + 100_000));
        assertEquals(medium, h.objectContaining(medium + 2000));
        assertTrue(h.blocksInUse() <= 7, "large garbage freed: " + h.blocksInUse() + " blocks in use");
    }

    @Test
    void markStackOverflowStillMarksEverything() throws Throwable {
        SimHeap h = new SimHeap(64 * MIB);
        long cls = h.instanceClass(40, 16, 24);
        long refs = h.arrayClass(8, true);
        int n = 30000;   // more than the mark stack's 4096 entries
        long array = h.newArray(refs, n);
        for (int i = 0; i < n; i++) {
            h.store64(array + SimHeap.ARRAY_DATA_WIDE + 8L * i, node(h, cls, 0, 0, i));
        }
        h.addStatic(array);
        h.collectNow();
        h.collectNow();
        for (int i = 0; i < n; i += 97) {
            long p = h.load64(array + SimHeap.ARRAY_DATA_WIDE + 8L * i);
            assertEquals(i, h.load64(p + 32));
            assertEquals(p, h.objectContaining(p + 8));
        }
        for (int i = 0; i < 100000; i++) {
            node(h, cls, 0, 0, -1);
        }
        for (int i = 0; i < n; i++) {
            assertEquals(i, h.load64(h.load64(array + SimHeap.ARRAY_DATA_WIDE + 8L * i) + 32), "node " + i + " was reused");
        }
    }

    @Test
    void lineEpochsWrapAfter254Collections() throws Throwable {
        SimHeap h = new SimHeap(8 * MIB);
        long cls = h.instanceClass(40, 16, 24);
        long keep = node(h, cls, 0, 0, 42);
        h.addStatic(keep);
        for (int i = 0; i < 600; i++) {
            node(h, cls, 0, 0, i);
            h.collectNow();
        }
        assertEquals(42, h.load64(keep + 32));
        for (int i = 0; i < 50000; i++) {
            node(h, cls, 0, 0, -1);
        }
        assertEquals(42, h.load64(keep + 32));
        assertEquals(keep, h.objectContaining(keep));
    }

    @Test
    void theHeapGrowsWithLiveDataShrinksAfterItAndFailsOnlyAtTheMaximum() throws Throwable {
        SimHeap h = new SimHeap(32 * MIB);
        long cls = h.instanceClass(40, 16, 24);
        int initialLimit = h.limitBlocks();
        long slot = h.addStatic(0);
        long list = 0;
        long count = 0;
        while (true) {
            long p = h.newObject(cls);
            if (p == 0) {
                break;
            }
            h.store64(p + 16, list);
            list = p;
            h.store64(slot, list);
            count++;
            assertTrue(count < 5_000_000, "32 MiB cannot hold 5 million 40-byte objects: memory of live objects was reused");
        }
        int maxBlocks = (int) SimHeap.staticField("exo.rt.Allocator", "maxBlocks");
        assertTrue(h.blocksInUse() >= maxBlocks - 8, "exhausted only near the maximum: " + h.blocksInUse() + " of " + maxBlocks);
        assertTrue(h.limitBlocks() > 4 * initialLimit, "the limit grew: " + initialLimit + " -> " + h.limitBlocks());
        assertTrue(count > 500_000, "objects held: " + count);
        h.store64(slot, 0);
        h.collectNow();
        assertEquals(0, h.blocksInUse());
        assertEquals(initialLimit, h.limitBlocks(), "the limit fell back to the minimum");
        assertNotEquals(0, h.newObject(cls), "allocation works again after OutOfMemory");
    }

    @Test
    void theWindowIsBackedAsTheHeapGrowsAndGivenBackAfterIt() throws Throwable {
        SimHeap h = new SimHeap(64 * MIB);
        long cls = h.instanceClass(40, 16, 24);
        int atStart = h.backedPages();
        assertTrue(atStart * 4096L < 2 * MIB, "tables only at first: " + atStart + " pages");
        long slot = h.addStatic(0);
        long list = 0;
        for (int i = 0; i < 400_000; i++) {   // 16 MB of live nodes
            long p = node(h, cls, list, 0, i);
            list = p;
            h.store64(slot, list);
        }
        int blocks = h.blocksInUse();
        int grown = h.backedPages();
        assertTrue(grown * 4096L >= blocks * 32768L, "every block in use is backed: " + grown + " pages, " + blocks + " blocks");
        assertTrue(grown * 4096L <= (h.limitBlocks() + 32) * 33_000L + 2 * MIB,
                "not much beyond the heap's limit: " + grown + " pages, limit " + h.limitBlocks() + " blocks");
        h.store64(slot, 0);
        h.collectNow();
        assertEquals(0, h.blocksInUse());
        int trimmed = h.backedPages();
        assertTrue(trimmed * 4096L <= atStart * 4096L + (h.limitBlocks() + 32) * 33_000L,
                "the free top went back: " + grown + " -> " + trimmed + " pages");
        assertTrue(trimmed < grown / 2, "given back: " + grown + " -> " + trimmed);
        for (int i = 0; i < 300_000; i++) {   // garbage through the trimmed heap, backed anew
            assertNotEquals(0, node(h, cls, 0, 0, i));
        }
    }

    @Test
    void freeBlocksBelowALiveObjectAtTheTopGiveTheirMemoryBackToo() throws Throwable {
        SimHeap h = new SimHeap(64 * MIB);
        long cls = h.instanceClass(40, 16, 24);
        long slot = h.addStatic(0);
        long pin = h.addStatic(0);
        long list = 0;
        for (int i = 0; i < 800_000; i++) {   // 32 MB of live nodes
            list = node(h, cls, list, 0, i);
            h.store64(slot, list);
        }
        h.store64(pin, list);   // the newest node, near the top, stays
        h.store64(list + 16, 0);
        h.store64(slot, 0);
        int grown = h.backedPages();
        h.collectNow();
        assertEquals(1, h.blocksInUse());
        int trimmed = h.backedPages();
        // Kept: memory for the minimum heap (4 MiB) and the slack (4 MiB), the block in use,
        // the tables (mark stack, per-block tables of the 32 MB prefix: under 2 MiB here).
        assertTrue(trimmed * 4096L <= 10 * MIB + 32768, "the free blocks below gave their memory back: " + grown + " -> " + trimmed);
        assertTrue(grown * 4096L >= 32 * MIB, "grown: " + grown);
        assertEquals(799_999, h.load64(list + 32), "the pinned node is intact");
        long again = 0;
        for (int i = 0; i < 800_000; i++) {   // the given-back blocks serve again, cleared
            again = node(h, cls, again, 0, i);
            h.store64(slot, again);
        }
        long p = again;
        for (int i = 799_999; i >= 0; i--) {
            assertEquals(i, h.load64(p + 32));
            p = h.load64(p + 16);
        }
        assertEquals(799_999, h.load64(list + 32), "the pinned node is still intact");
    }

    @Test
    void aPlatformWithoutMemoryGivesOutOfMemoryNotACrash() throws Throwable {
        SimHeap h = new SimHeap(64 * MIB);
        long cls = h.instanceClass(40, 16, 24);
        h.limitBackedPages(h.backedPages() + 8 * MIB / 4096);   // 8 MiB more, of a 64 MiB window
        long slot = h.addStatic(0);
        long list = 0;
        int count = 0;
        for (long p; (p = h.newObject(cls)) != 0; count++) {
            h.store64(p + 16, list);
            list = p;
            h.store64(slot, list);
            assertTrue(count < 1_000_000, "8 MiB cannot hold a million 40-byte objects");
        }
        assertTrue(count > 100_000, "the backed memory was used: " + count + " objects");
        assertTrue(h.blocksInUse() * 32768L <= 8 * MIB, "blocks in use: " + h.blocksInUse());
        for (long p = list; p != 0; p = h.load64(p + 16)) {
            count--;
        }
        assertEquals(0, count, "every object survived the failed allocations");
        h.limitBackedPages(Long.MAX_VALUE);
        assertNotEquals(0, h.newObject(cls), "allocation works again once the platform has memory");
    }

    /**
     * A random mutator over a shadow graph: objects with 0..3 reference fields and a
     * payload, and ref arrays; random edges, roots on the stack (some interior) and in
     * statics; after each collection every reachable object must have its payload and
     * edges, no two reachable objects may overlap, and when the roots go the heap empties.
     */
    @Test
    void randomGraphsAgainstAShadowModel() throws Throwable {
        SimHeap h = new SimHeap(24 * MIB);
        // No collection in the middle of a round: the shadow model only follows the test's own.
        SimHeap.handle("exo.rt.Heap", "setLimits", void.class, long.class, long.class).invoke(24 * MIB, 24 * MIB);
        long[] classes = {h.instanceClass(24), h.instanceClass(32, 16), h.instanceClass(48, 16, 24),
            h.instanceClass(56, 16, 32, 40)};
        long refArray = h.arrayClass(8, true);
        SplittableRandom rnd = new SplittableRandom(13);
        Map<Long, long[]> shadow = new HashMap<>();   // address -> edges (payload checked via slot 8)
        List<Long> objects = new ArrayList<>();
        long statics = h.addStatic(0);
        for (int round = 0; round < 40; round++) {
            for (int i = 0; i < 3000; i++) {
                long p;
                int kind = rnd.nextInt(10);
                if (kind == 0) {
                    p = h.newArray(refArray, rnd.nextInt(1, 40));
                } else {
                    p = h.newObject(classes[kind % 4]);
                }
                assertNotEquals(0, p);
                objects.add(p);
                shadow.put(p, new long[refSlots(h, p).length]);
                writePayload(h, p);
                if (!objects.isEmpty()) {
                    link(h, shadow, objects, rnd);
                }
            }
            for (int s = 0; s < 64; s++) {
                long root = objects.get(rnd.nextInt(objects.size()));
                h.setStackSlot(s, rnd.nextBoolean() ? root : root + 8 + rnd.nextInt(8));
            }
            h.store64(statics, objects.get(rnd.nextInt(objects.size())));
            h.collectNow();
            Set<Long> live = reachable(h, shadow, statics);
            checkLive(h, shadow, live);
            objects.retainAll(live);
            shadow.keySet().retainAll(live);
        }
        h.clearStack();
        h.store64(statics, 0);
        h.collectNow();
        assertEquals(0, h.blocksInUse(), "everything is garbage once the roots are gone");
    }

    private static long[] refSlots(SimHeap h, long p) throws Throwable {
        long cls = h.load32(p);
        if ((h.load32(cls + 48) & 1) != 0) {
            int n = h.load32(p + SimHeap.ARRAY_LENGTH);
            long[] slots = new long[n];
            for (int i = 0; i < n; i++) {
                slots[i] = p + SimHeap.ARRAY_DATA_WIDE + 8L * i;
            }
            return slots;
        }
        List<Long> slots = new ArrayList<>();
        long offsets = h.load64(cls + 32);
        for (int off = h.load32(offsets); off >= 0; off = h.load32(offsets += 4)) {
            slots.add(p + off);
        }
        return slots.stream().mapToLong(Long::longValue).toArray();
    }

    // The payload of an object is its own address, stored in the last word (arrays: none).
    private static void writePayload(SimHeap h, long p) throws Throwable {
        long cls = h.load32(p);
        if ((h.load32(cls + 48) & 1) == 0) {
            h.store64(p + h.load32(cls + 40) - 8, ~p);
        }
    }

    private static void link(SimHeap h, Map<Long, long[]> shadow, List<Long> objects, SplittableRandom rnd) throws Throwable {
        for (int k = 0; k < 2; k++) {
            long from = objects.get(rnd.nextInt(objects.size()));
            long[] slots = refSlots(h, from);
            if (slots.length == 0) {
                continue;
            }
            int i = rnd.nextInt(slots.length);
            long to = rnd.nextInt(4) == 0 ? 0 : objects.get(rnd.nextInt(objects.size()));
            h.store64(slots[i], to);
            shadow.get(from)[i] = to;
        }
    }

    private static Set<Long> reachable(SimHeap h, Map<Long, long[]> shadow, long statics) throws Throwable {
        Set<Long> seen = new HashSet<>();
        List<Long> work = new ArrayList<>();
        for (int s = 0; s < 64; s++) {
            long w = h.load64(SimHeap.STACK + 8L * s);
            long obj = h.objectContaining(w);
            assertNotEquals(0, obj, "a root's object was lost");
            work.add(obj);
        }
        work.add(h.load64(statics));
        while (!work.isEmpty()) {
            long p = work.remove(work.size() - 1);
            if (p != 0 && seen.add(p)) {
                for (long e : shadow.get(p)) {
                    work.add(e);
                }
            }
        }
        return seen;
    }

    private static void checkLive(SimHeap h, Map<Long, long[]> shadow, Set<Long> live) throws Throwable {
        List<long[]> extents = new ArrayList<>();
        for (long p : live) {
            long[] slots = refSlots(h, p);
            long[] expected = shadow.get(p);
            for (int i = 0; i < slots.length; i++) {
                assertEquals(expected[i], h.load64(slots[i]), "edge " + i + " of a live object");
            }
            long cls = h.load32(p);
            boolean array = (h.load32(cls + 48) & 1) != 0;
            long size = array ? SimHeap.ARRAY_DATA_WIDE + 8L * h.load32(p + SimHeap.ARRAY_LENGTH) : h.load32(cls + 40);
            if (!array) {
                assertEquals(~p, h.load64(p + size - 8), "payload of a live object");
            }
            assertEquals(p, h.objectContaining(p + size - 1));
            extents.add(new long[] {p, p + size});
        }
        extents.sort((a, b) -> Long.compare(a[0], b[0]));
        for (int i = 1; i < extents.size(); i++) {
            assertTrue(extents.get(i - 1)[1] <= extents.get(i)[0], "live objects overlap");
        }
    }
}
