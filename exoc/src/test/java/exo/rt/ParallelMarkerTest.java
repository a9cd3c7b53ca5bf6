/*
 * The collector's parallel marking (exo.rt.ParallelMarker) with host threads as the helpers
 * that stopped threads are in a compiled program: it keeps exactly what marking alone keeps
 * (the same live lines and blocks, every reachable object with its contents), through
 * sharing between workers, a full pool (overflow, then the serial rescan), a helper stalled
 * while it holds work (the others steal it), and many collections with a changing number
 * of helpers. The memory is SimMemory's, shared by the
 * threads (see SimHeap.collectInParallel).
 */
package exo.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParallelMarkerTest {
    private static final long MIB = 1L << 20;

    /** The GC log names the markers of the last collection: none for the next test class. */
    @AfterEach
    void forgetTheMarkers() throws Exception {
        SimHeap.setStaticField("exo.rt.ParallelMarker", "lastWorkers", 1);
    }

    /** A node: two references at 16 and 24, a long payload at 32. */
    private static long node(SimHeap h, long cls, long left, long right, long payload) throws Throwable {
        long p = h.newObject(cls);
        assertNotEquals(0, p, "heap exhausted");
        h.store64(p + 16, left);
        h.store64(p + 24, right);
        h.store64(p + 32, payload);
        return p;
    }

    /** A complete binary tree of the given depth, parent first, with garbage between nodes. */
    private static long tree(SimHeap h, long cls, int depth, long[] counter) throws Throwable {
        if (depth == 0) {
            return node(h, cls, 0, 0, counter[0]++);
        }
        long left = tree(h, cls, depth - 1, counter);
        node(h, cls, 0, 0, -1);   // garbage
        long right = tree(h, cls, depth - 1, counter);
        return node(h, cls, left, right, counter[0]++);
    }

    /** Sum of the payloads of the tree, checking its shape. */
    private static long check(SimHeap h, long p, int depth) throws Throwable {
        assertEquals(p, h.objectContaining(p + 8), "a tree node lost its place in the start bitmap");
        long left = h.load64(p + 16);
        long right = h.load64(p + 24);
        if (depth == 0) {
            assertEquals(0, left);
            assertEquals(0, right);
            return h.load64(p + 32);
        }
        return h.load64(p + 32) + check(h, left, depth - 1) + check(h, right, depth - 1);
    }

    /** Live lines and blocks after one collection of the same heap, alone or with helpers. */
    private static long[] collectTree(int helpers) throws Throwable {
        SimHeap h = new SimHeap(64 * MIB);
        long cls = h.instanceClass(40, 16, 24);
        long[] counter = {0};
        long root = tree(h, cls, 14, counter);
        h.addStatic(root);
        if (helpers == 0) {
            h.collectNow();
        } else {
            h.collectInParallel(helpers);
            assertEquals(1 + helpers, h.lastMarkers());
        }
        long n = counter[0];
        assertEquals(n * (n - 1) / 2, check(h, root, 14));
        long liveLines = (long) SimHeap.staticField("exo.rt.Sweeper", "liveLines");
        return new long[] {liveLines, h.blocksInUse()};
    }

    @Test
    void helpersKeepExactlyWhatMarkingAloneKeeps() throws Throwable {
        long[] alone = collectTree(0);
        for (int helpers = 1; helpers <= 3; helpers++) {
            long[] shared = collectTree(helpers);
            assertEquals(alone[0], shared[0], "live lines with " + helpers + " helpers");
            assertEquals(alone[1], shared[1], "blocks in use with " + helpers + " helpers");
        }
    }

    @Test
    void aFullPoolOverflowsIntoTheRescanAndLosesNothing() throws Throwable {
        SimHeap h = new SimHeap(64 * MIB);
        long cls = h.instanceClass(40, 16, 24);
        long refs = h.arrayClass(8, true);
        int n = 30000;   // far more than the pool's 8192 entries (of a 64 MiB heap) and a worker's 1024
        long array = h.newArray(refs, n);
        for (int i = 0; i < n; i++) {
            long child = node(h, cls, 0, 0, -i);
            h.store64(array + SimHeap.ARRAY_DATA_WIDE + 8L * i, node(h, cls, child, 0, i));
        }
        h.addStatic(array);
        h.collectInParallel(2);
        for (int i = 0; i < 100000; i++) {
            node(h, cls, 0, 0, -1);   // reuses whatever was wrongly freed
        }
        for (int i = 0; i < n; i++) {
            long p = h.load64(array + SimHeap.ARRAY_DATA_WIDE + 8L * i);
            assertEquals(i, h.load64(p + 32), "node " + i + " was reused");
            assertEquals(-i, h.load64(h.load64(p + 16) + 32), "child " + i + " was reused");
        }
    }

    /**
     * A helper that stops for a long time while it holds work (as one the OS deschedules at
     * high load) does not hold up the rest: the collector steals from its deque and marks the
     * whole tree while the helper is still stopped.
     */
    @Test
    void aStalledHelpersWorkIsStolen() throws Throwable {
        SimHeap h = new SimHeap(64 * MIB);
        long cls = h.instanceClass(40, 16, 24);
        long[] counter = {0};
        int depth = 13;
        long root = tree(h, cls, depth, counter);
        h.addStatic(root);
        List<Long> nodes = new ArrayList<>();
        collect(h, root, depth, nodes);
        Thread collector = Thread.currentThread();
        CountDownLatch stalled = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger helperMarks = new AtomicInteger();
        Class<?> sim = CorelibClasses.load("exo.rt.SimMemory");
        sim.getField("storeHook").set(null, (Runnable) () -> {
            if (Thread.currentThread() != collector && helperMarks.incrementAndGet() == 200) {
                stalled.countDown();   // the helper took its 200th object: its deque holds work
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        MethodHandle isMarked = SimHeap.handle("exo.rt.Marker", "isMarked", boolean.class, long.class);
        boolean[] allMarkedWhileStalled = {false};
        Thread watcher = new Thread(() -> {
            try {
                if (stalled.await(20, TimeUnit.SECONDS)) {
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                    while (!allMarkedWhileStalled[0] && System.nanoTime() < deadline) {
                        boolean all = true;
                        for (long n : nodes) {
                            all &= (boolean) isMarked.invokeExact(n);
                        }
                        allMarkedWhileStalled[0] = all;
                        Thread.sleep(10);
                    }
                }
            } catch (Throwable t) {
                throw new RuntimeException(t);
            } finally {
                release.countDown();
            }
        });
        watcher.start();
        try {
            h.collectInParallel(1);
        } finally {
            release.countDown();
            sim.getField("storeHook").set(null, null);
            watcher.join();
        }
        assertTrue(helperMarks.get() >= 200, "the helper took " + helperMarks.get() + " objects, so it never stalled");
        assertTrue(allMarkedWhileStalled[0], "the tree was not marked while the helper was stalled: its work was not stolen");
        long n = counter[0];
        assertEquals(n * (n - 1) / 2, check(h, root, depth));
    }

    /** Every node of the tree at p. */
    private static void collect(SimHeap h, long p, int depth, List<Long> out) throws Throwable {
        out.add(p);
        if (depth > 0) {
            collect(h, h.load64(p + 16), depth - 1, out);
            collect(h, h.load64(p + 24), depth - 1, out);
        }
    }

    @Test
    void manyCollectionsWithChangingHelpers() throws Throwable {
        SimHeap h = new SimHeap(64 * MIB);
        long cls = h.instanceClass(40, 16, 24);
        long slot = h.addStatic(0);
        List<long[]> kept = new ArrayList<>();   // {root, depth, sum}
        for (int round = 0; round < 12; round++) {
            long[] counter = {round * 100000L};
            long first = counter[0];
            int depth = 6 + round % 5;
            long root = tree(h, cls, depth, counter);
            // A list of the kept trees: node(payload -7) -> tree root, next list node.
            long list = node(h, cls, root, h.load64(slot), -7);
            h.store64(slot, list);
            long n = counter[0] - first;
            kept.add(new long[] {root, depth, n * first + n * (n - 1) / 2});
            h.collectInParallel(round % 4);
            for (long[] k : kept) {
                assertEquals(k[2], check(h, k[0], (int) k[1]));
            }
        }
        assertTrue(h.collections == 12);
    }
}
