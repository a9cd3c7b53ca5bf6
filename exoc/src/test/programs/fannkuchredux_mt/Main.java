// Benchmark in the style of the Benchmarks Game's multi-threaded fannkuch-redux: the n!
// permutations are cut into chunks by permutation index; worker threads take chunks from an
// atomic counter, build the chunk's first permutation from its index (factorial number
// system) and go on from there; checksums and maxima are combined after join. Prints the
// checksum and the maximum flip count.
import java.util.concurrent.atomic.AtomicInteger;

public class Main {
    // Four workers (the Benchmarks Game programs ask Runtime.availableProcessors(), which
    // the core library gains with the java.lang.Runtime work of issue 14).
    static final int THREADS = 4;

    static int n;
    static int[] fact;
    static int chunkSize, chunks;
    static final AtomicInteger nextChunk = new AtomicInteger();
    static int[] maxFlips, checksums;

    public static void main(String[] args) throws Exception {
        n = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        fact = new int[n + 1];
        fact[0] = 1;
        for (int i = 1; i <= n; i++) {
            fact[i] = fact[i - 1] * i;
        }
        int threads = THREADS;
        chunks = Math.min(fact[n], 150);
        chunkSize = (fact[n] + chunks - 1) / chunks;
        maxFlips = new int[threads];
        checksums = new int[threads];
        Thread[] ts = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            final int id = t;
            ts[t] = new Thread(() -> work(id));
            ts[t].start();
        }
        int max = 0, checksum = 0;
        for (int t = 0; t < threads; t++) {
            ts[t].join();
            max = Math.max(max, maxFlips[t]);
            checksum += checksums[t];
        }
        System.out.println(checksum + "\nPfannkuchen(" + n + ") = " + max);
    }

    static void work(int id) {
        int[] perm = new int[n], work = new int[n], count = new int[n];
        int max = 0, checksum = 0;
        for (int c; (c = nextChunk.getAndIncrement()) < chunks; ) {
            int from = c * chunkSize, to = Math.min(fact[n], from + chunkSize);
            firstPermutation(from, perm, count);
            for (int index = from; index < to; index++) {
                if (perm[0] != 0) {
                    System.arraycopy(perm, 0, work, 0, n);
                    int flips = flips(work);
                    max = Math.max(max, flips);
                    checksum += (index & 1) == 0 ? flips : -flips;
                }
                nextPermutation(perm, count);
            }
        }
        maxFlips[id] = max;
        checksums[id] = checksum;
    }

    static int flips(int[] work) {
        int flips = 0;
        for (int first = work[0]; first != 0; first = work[0]) {
            for (int lo = 0, hi = first; lo < hi; lo++, hi--) {
                int t = work[lo];
                work[lo] = work[hi];
                work[hi] = t;
            }
            flips++;
        }
        return flips;
    }

    // The permutation of the given index in the counter order used by nextPermutation.
    static void firstPermutation(int index, int[] perm, int[] count) {
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        int[] tmp = new int[n];
        for (int i = n - 1; i > 0; i--) {
            int d = index / fact[i];
            count[i] = d;
            index %= fact[i];
            System.arraycopy(perm, 0, tmp, 0, i + 1);
            for (int j = 0; j <= i; j++) {
                perm[j] = j + d <= i ? tmp[j + d] : tmp[j + d - i - 1];
            }
        }
    }

    static void nextPermutation(int[] perm, int[] count) {
        int first = perm[1];
        perm[1] = perm[0];
        perm[0] = first;
        int i = 1;
        while (++count[i] > i) {
            count[i++] = 0;
            if (i >= n) {
                return;
            }
            int next = perm[0] = perm[1];
            for (int j = 1; j < i; j++) {
                perm[j] = perm[j + 1];
            }
            perm[i] = first;
            first = next;
        }
    }
}
