/*
 * test=gc: allocates garbage in a long loop, at least four times the runtime heap (and 256 MiB
 * at least), so the heap can only survive if exoc's collector reclaims it. A rotating set of 64
 * live arrays and a linked chain of small objects stay reachable throughout; each live array
 * carries its index at both ends and the chain is checked at the end, so a collector that frees
 * or moves live data wrongly fails here too. Running out of memory throws OutOfMemoryError,
 * which ends in a panic and FAIL.
 */
package exo.kernel.test;

import exo.kernel.Kernel;
import exo.kernel.console.Console;
import exo.kernel.util.Fmt;

final class GcSuite {
    private GcSuite() {}

    private static final int LIVE = 64;

    /** A small linked object to give the collector pointers to trace. */
    private static final class Node {
        final int value;
        final Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    static boolean run() {
        Check check = new Check();
        long heapBytes = Kernel.heap != null ? Kernel.heap.limitBytes() : 0;
        long total = Math.max(256L << 20, 4 * heapBytes);
        Console.println("  heap " + Fmt.size(heapBytes) + ", allocating " + Fmt.size(total) + " of garbage");
        byte[][] live = new byte[LIVE][];
        int[] liveIndex = new int[LIVE];
        Node chain = null;
        long allocated = 0;
        boolean intact = true;
        long nextReport = 64L << 20;
        for (int i = 0; allocated < total; i++) {
            int slot = i & (LIVE - 1);
            if (live[slot] != null) {
                intact &= check.quiet(holds(live[slot], liveIndex[slot]), "live array " + liveIndex[slot] + " intact");
            }
            byte[] b = new byte[4096 + (i % 7) * 512];
            b[0] = (byte) i;
            b[b.length - 1] = (byte) (i >> 8);
            live[slot] = b;
            liveIndex[slot] = i;
            allocated += b.length;
            if ((i & 1023) == 0) {
                chain = new Node(i, chain);
                Node garbage = null;
                for (int k = 0; k < 256; k++) {
                    garbage = new Node(k, garbage); // unreachable after this block
                }
                allocated += 256 * 32;
            }
            if (allocated >= nextReport) {
                Console.println("  " + Fmt.size(nextReport) + " allocated");
                nextReport += 64L << 20;
            }
        }
        check.that(intact, "live arrays stayed intact");
        check.that(chainIntact(chain), "live linked chain intact");
        return check.passed();
    }

    private static boolean holds(byte[] b, int index) {
        return b[0] == (byte) index && b[b.length - 1] == (byte) (index >> 8);
    }

    private static boolean chainIntact(Node chain) {
        int expected = -1;
        for (Node n = chain; n != null; n = n.next) {
            if (n.value % 1024 != 0 || (expected >= 0 && n.value != expected - 1024)) {
                return false;
            }
            expected = n.value;
        }
        return expected == 0;
    }
}
