// Threads stopped at a loop's safepoint poll keep their arrays: three workers sum four arrays
// over and over in loops that call nothing (so the arrays live in callee-saved registers
// across each poll), while a fourth thread allocates and fills garbage and calls System.gc(),
// stopping the workers at those polls again and again. A collection that misses a register
// of a stopped thread frees the array it held; the garbage thread then reuses the memory,
// and the worker's sum changes (or it crashes); so does a worker's own refill, which
// zeroes freed lines. Every line printed is fixed in advance.
public class Main {
    static volatile boolean stop;

    static long work(int k) {
        int[] a = new int[61];
        long[] b = new long[37];
        char[] c = new char[43];
        short[] d = new short[29];
        for (int i = 0; i < a.length; i++) {
            a[i] = i * (k + 3);
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = 1000L * i + k;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] = (char) ('a' + (i + k) % 26);
        }
        for (int i = 0; i < d.length; i++) {
            d[i] = (short) (7 * i - k);
        }
        long expected = -1;
        int mismatches = 0;
        int[] scratch = new int[40];
        for (int round = 0; round < 400000; round++) {
            if ((round & 63) == 0) {
                scratch = new int[40];   // refills this thread's buffer now and then, from freed lines too
            }
            long s = scratch.length;
            for (int i = 0; i < a.length; i++) {
                s += a[i];
            }
            for (int i = 0; i < b.length; i++) {
                s += b[i];
            }
            for (int i = 0; i < c.length; i++) {
                s += c[i];
            }
            for (int i = 0; i < d.length; i++) {
                s += d[i];
            }
            if (expected < 0) {
                expected = s;
            } else if (s != expected) {
                mismatches++;
            }
        }
        return mismatches == 0 ? expected : -mismatches;
    }

    public static void main(String[] args) throws Exception {
        int workers = 3;
        long[] results = new long[workers];
        Thread garbage = new Thread(() -> {
            long sink = 0;
            for (int n = 0; !stop; n++) {
                int[] g = new int[200 + n % 300];
                java.util.Arrays.fill(g, -1);
                sink += g[g.length - 1];
                if (n % 2 == 0) {
                    System.gc();
                }
            }
            if (sink > 0) {
                System.out.println("impossible");
            }
        }, "garbage");
        garbage.start();
        Thread[] ts = new Thread[workers];
        for (int i = 0; i < workers; i++) {
            final int k = i;
            ts[i] = new Thread(() -> results[k] = work(k), "worker-" + i);
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        stop = true;
        garbage.join();
        for (int i = 0; i < workers; i++) {
            System.out.println(ts[i].getName() + ": " + results[i]);
        }
    }
}
