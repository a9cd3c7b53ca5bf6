/*
 * Pause times and the collection log. Heap.collect records every collection here; with the
 * log on (EXO_GC_LOG=1 in a Linux program's environment, Heap.setLog in the kernel) each
 * collection prints one line to stderr, in the manner of HotSpot's -Xlog:gc:
 *
 *   [0.412s][gc] GC(7) Pause 96M->31M(128M) 4.210ms
 *
 * (heap in use before and after, the heap's current size, the pause), and the end of the
 * program prints the count, total, maximum and 99th percentile of the pauses. Lines are
 * formatted into a buffer allocated once: the log is written from inside the allocator,
 * where allocating is not allowed. The first CAPACITY pauses are kept for the percentile;
 * the maximum and total cover all of them.
 *
 * The kernel's clock counts TSC ticks until it has measured the TSC's frequency (early boot,
 * when a collection is rare but possible): between Heap.clockInTicks and
 * Heap.clockCalibrated the lines say what they measure,
 *
 *   [tsc 41250123][gc] GC(0) Pause 5M->1M(8M) 183512 ticks
 *
 * (ticks since boot, the pause in ticks), and calibration turns the recorded pauses into
 * nanoseconds.
 */
package exo.rt;

final class GcStats {
    private GcStats() {}

    static final int CAPACITY = 4096;

    /** long[CAPACITY] of pause nanoseconds, in the heap's metadata. */
    static long pauses;
    static boolean log;
    static int collections;
    static long totalNanos;
    static long maxNanos;
    private static long startNanos;
    /** The platform's nanoTime counts TSC ticks (the kernel before calibration). */
    static boolean ticks;
    private static byte[] line;
    private static int length;

    static void init(long nowNanos) {
        startNanos = nowNanos;
        ticks = false;
        line = new byte[160];
    }

    /** From now on times are TSC ticks since boot (the kernel, until clockCalibrated). */
    static void clockInTicks() {
        ticks = true;
        startNanos = 0;
    }

    /** Times are nanoseconds since boot from now on; the pauses so far were ticks at hz. */
    static void clockCalibrated(long hz) {
        if (ticks && hz > 0) {
            for (int i = 0; i < Math.min(collections, CAPACITY); i++) {
                Mem.store64(pauses + 8L * i, ticksToNanos(Mem.load64(pauses + 8L * i), hz));
            }
            totalNanos = ticksToNanos(totalNanos, hz);
            maxNanos = ticksToNanos(maxNanos, hz);
        }
        ticks = false;
        startNanos = 0;
    }

    private static long ticksToNanos(long t, long hz) {
        return t / hz * 1_000_000_000L + t % hz * 1_000_000_000L / hz;
    }

    static void record(long beginNanos, long endNanos, long bytesBefore, long bytesAfter, long heapBytes) {
        long pause = endNanos - beginNanos;
        if (collections < CAPACITY) {
            Mem.store64(pauses + 8L * collections, pause);
        }
        collections++;
        totalNanos += pause;
        maxNanos = Math.max(maxNanos, pause);
        if (!log || line == null) {
            return;
        }
        formatPause(endNanos, pause, bytesBefore, bytesAfter, heapBytes);
        VM.write(2, line, 0, length);
    }

    /** The log line of the last collection, into line[0, length). */
    static void formatPause(long endNanos, long pause, long bytesBefore, long bytesAfter, long heapBytes) {
        length = 0;
        stamp(endNanos);
        text("GC(");
        number(collections - 1);
        text(") Pause ");
        number(bytesBefore >> 20);
        text("M->");
        number(bytesAfter >> 20);
        text("M(");
        number(heapBytes >> 20);
        text("M) ");
        duration(pause);
        if (ParallelMarker.lastWorkers > 1) {   // marked by several threads
            text(", ");
            number(ParallelMarker.lastWorkers);
            text(" markers");
        }
        put('\n');
    }

    /** The summary line at the end of the program (log on only). */
    static void printSummary(long nowNanos) {
        if (!log || line == null) {
            return;
        }
        formatSummary(nowNanos);
        VM.write(2, line, 0, length);
    }

    static void formatSummary(long nowNanos) {
        length = 0;
        stamp(nowNanos);
        number(collections);
        text(" collections, pauses: total ");
        duration(totalNanos);
        text(", max ");
        duration(maxNanos);
        text(", p99 ");
        duration(percentile(99));
        put('\n');
    }

    /** The pct-th percentile of the recorded pauses (nearest rank); sorts the record. */
    static long percentile(int pct) {
        int n = Math.min(collections, CAPACITY);
        if (n == 0) {
            return 0;
        }
        sortPauses(n);
        int rank = (int) (((long) pct * n + 99) / 100);   // ceil(pct/100 * n), 1-based
        return Mem.load64(pauses + 8L * (Math.max(rank, 1) - 1));
    }

    // Shell sort with the 3h+1 gaps: in place, no allocation, fast enough for 4096 entries.
    private static void sortPauses(int n) {
        int gap = 1;
        while (gap < n / 3) {
            gap = 3 * gap + 1;
        }
        for (; gap > 0; gap /= 3) {
            for (int i = gap; i < n; i++) {
                long v = Mem.load64(pauses + 8L * i);
                int j = i;
                while (j >= gap && Mem.load64(pauses + 8L * (j - gap)) > v) {
                    Mem.store64(pauses + 8L * j, Mem.load64(pauses + 8L * (j - gap)));
                    j -= gap;
                }
                Mem.store64(pauses + 8L * j, v);
            }
        }
    }

    private static void stamp(long nowNanos) {
        if (ticks) {
            text("[tsc ");
            number(nowNanos);
            text("][gc] ");
            return;
        }
        text("[");
        long ms = (nowNanos - startNanos) / 1_000_000;
        number(ms / 1000);
        put('.');
        digits(ms % 1000, 3);
        text("s][gc] ");
    }

    /** A pause: milliseconds with three decimals, or ticks before calibration. */
    private static void duration(long t) {
        if (ticks) {
            number(t);
            text(" ticks");
            return;
        }
        millis(t);
        text("ms");
    }

    /** Milliseconds with three decimals. */
    private static void millis(long nanos) {
        long micros = nanos / 1000;
        number(micros / 1000);
        put('.');
        digits(micros % 1000, 3);
    }

    private static void number(long v) {
        long div = 1;
        int width = 1;
        while (v / div >= 10) {
            div *= 10;
            width++;
        }
        digits(v, width);
    }

    private static void digits(long v, int width) {
        for (int i = width - 1; i >= 0; i--) {
            long div = 1;
            for (int k = 0; k < i; k++) {
                div *= 10;
            }
            put((char) ('0' + (v / div) % 10));
        }
    }

    private static void text(String s) {
        for (int i = 0; i < s.length(); i++) {
            put(s.charAt(i));
        }
    }

    private static void put(char c) {
        if (length < line.length) {
            line[length++] = (byte) c;
        }
    }
}
