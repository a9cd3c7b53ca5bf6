/*
 * test=gc-threads: the garbage collector with several preempted threads. Four threads allocate
 * at full speed, together at least four times the heap (so the heap survives only through many
 * collections), while the timer preempts them anywhere: in the middle of building a chain whose
 * only reference is in a register or a local, between an allocation and the store that links
 * it. Whoever triggers a collection runs it on its own stack; the others are suspended, and
 * their stacks, saved registers and trap frames must all be roots. Each thread keeps a table of
 * long-lived chains of small nodes with int[] payloads and the checksum of each, replaces a
 * random chain at every step and re-checks another; the main thread keeps a structure of its
 * own across the whole run. Any live object lost or reused shows as a wrong checksum.
 */
package exo.kernel.test;

import exo.kernel.Kernel;
import exo.kernel.console.Console;
import exo.kernel.sched.KThread;
import exo.kernel.sched.Scheduler;
import exo.kernel.sched.Threads;
import exo.kernel.util.Fmt;

final class GcThreadsSuite {
    private GcThreadsSuite() {}

    private static final int THREADS = 4;
    private static final int CHAINS = 64;

    /** A link of a long-lived chain: a payload array the collector must trace too. */
    private static final class Node {
        final int[] payload;
        final Node next;

        Node(int[] payload, Node next) {
            this.payload = payload;
            this.next = next;
        }
    }

    /** One worker's result, written when it ends. */
    private static final class Result {
        long allocated;
        long checks;
        long bad;
    }

    static boolean run() {
        Check check = new Check();
        long heapBytes = Kernel.heap != null ? Kernel.heap.limitBytes() : 32L << 20;
        long total = Math.max(128L << 20, 4 * heapBytes);
        long share = total / THREADS;
        Console.println("  heap " + Fmt.size(heapBytes) + "; " + THREADS + " threads allocate " + Fmt.size(share) + " each");
        int[] seed = {12345};
        Node mine = chain(seed, 2000);
        long mineSum = checksum(mine);
        long preemptions = Scheduler.preemptions();
        KThread[] threads = new KThread[THREADS];
        Result[] results = new Result[THREADS];
        for (int i = 0; i < THREADS; i++) {
            Result r = new Result();
            results[i] = r;
            int id = i;
            threads[i] = Threads.create(arg -> work(id, share, r), null, "gc-" + i, KThread.PRIORITY_NORMAL);
        }
        for (KThread t : threads) {
            Threads.join(t);
        }
        long allocated = 0;
        long checks = 0;
        long bad = 0;
        for (Result r : results) {
            allocated += r.allocated;
            checks += r.checks;
            bad += r.bad;
        }
        Console.println("  " + Fmt.size(allocated) + " allocated in all, " + checks + " chain checks, "
                + (Scheduler.preemptions() - preemptions) + " preemptions");
        check.that(allocated >= total, "the threads allocated " + Fmt.size(total) + " through the heap");
        check.that(bad == 0, "every long-lived chain kept its checksum (" + bad + " bad)");
        check.that(checksum(mine) == mineSum, "the main thread's structure survived");
        return check.passed();
    }

    private static void work(int id, long share, Result r) {
        int[] seed = {id * 7919 + 1};
        Node[] chains = new Node[CHAINS];
        long[] sums = new long[CHAINS];
        long allocated = 0;
        while (allocated < share) {
            int s = next(seed) & (CHAINS - 1);
            int other = next(seed) & (CHAINS - 1);
            if (chains[other] != null) {
                r.checks++;
                if (checksum(chains[other]) != sums[other]) {
                    r.bad++;
                }
            }
            int length = 8 + (next(seed) & 31);
            Node c = chain(seed, length);
            chains[s] = c;
            sums[s] = checksum(c);
            allocated += length * 64L;
            // Garbage: a few KiB of arrays, dead at once.
            byte[] g = new byte[1024 + (next(seed) & 4095)];
            g[g.length - 1] = 1;
            allocated += g.length;
        }
        for (int i = 0; i < CHAINS; i++) {
            if (chains[i] != null) {
                r.checks++;
                if (checksum(chains[i]) != sums[i]) {
                    r.bad++;
                }
            }
        }
        r.allocated = allocated;
    }

    /** A chain of `length` nodes with pseudo-random payloads. */
    private static Node chain(int[] seed, int length) {
        Node head = null;
        for (int i = 0; i < length; i++) {
            int[] payload = new int[2 + (next(seed) & 7)];
            for (int k = 0; k < payload.length; k++) {
                payload[k] = next(seed);
            }
            head = new Node(payload, head);
        }
        return head;
    }

    private static long checksum(Node n) {
        long sum = 0;
        for (; n != null; n = n.next) {
            sum = sum * 31 + n.payload.length;
            for (int v : n.payload) {
                sum = sum * 31 + v;
            }
        }
        return sum;
    }

    /** xorshift32: a deterministic pseudo-random stream that allocates nothing. */
    private static int next(int[] seed) {
        int x = seed[0];
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        seed[0] = x;
        return x & 0x7FFFFFFF;
    }
}
