/*
 * exo.rt.GcStats's log lines: HotSpot's -Xlog:gc shape with seconds since the start, and in
 * the kernel before its clock is calibrated, TSC ticks since boot and pauses in ticks (the
 * kernel's nanoTime until then), converted to nanoseconds at calibration. Before this the
 * early kernel's lines subtracted a boot-relative time from an absolute TSC reading and
 * printed negative, garbled stamps.
 */
package exo.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GcStatsTest {
    private static final long PAUSES = 0x0050_0000L;
    private static final long M = 1L << 20;
    private MethodHandle init, record, formatPause, formatSummary, clockInTicks, clockCalibrated;

    @BeforeEach
    void setUp() throws Throwable {
        CorelibClasses.load("exo.rt.SimMemory").getMethod("reset").invoke(null);
        init = SimHeap.handle("exo.rt.GcStats", "init", void.class, long.class);
        record = SimHeap.handle("exo.rt.GcStats", "record", void.class, long.class, long.class, long.class, long.class, long.class);
        formatPause = SimHeap.handle("exo.rt.GcStats", "formatPause", void.class, long.class, long.class, long.class, long.class, long.class);
        formatSummary = SimHeap.handle("exo.rt.GcStats", "formatSummary", void.class, long.class);
        clockInTicks = SimHeap.handle("exo.rt.GcStats", "clockInTicks", void.class);
        clockCalibrated = SimHeap.handle("exo.rt.GcStats", "clockCalibrated", void.class, long.class);
        SimHeap.setStaticField("exo.rt.GcStats", "pauses", PAUSES);
        SimHeap.setStaticField("exo.rt.GcStats", "collections", 0);
        SimHeap.setStaticField("exo.rt.GcStats", "totalNanos", 0L);
        SimHeap.setStaticField("exo.rt.GcStats", "maxNanos", 0L);
    }

    /** Records a collection and returns its log line. */
    private String collect(long begin, long end, long before, long after, long heap) throws Throwable {
        record.invokeExact(begin, end, before, after, heap);
        formatPause.invokeExact(end, end - begin, before, after, heap);
        return line();
    }

    private static String line() throws Exception {
        byte[] b = (byte[]) SimHeap.staticField("exo.rt.GcStats", "line");
        int n = (int) SimHeap.staticField("exo.rt.GcStats", "length");
        return new String(b, 0, n, StandardCharsets.US_ASCII);
    }

    @Test
    void linesGiveSecondsSinceTheStartAndMilliseconds() throws Throwable {
        init.invokeExact(1_000_000_000L);
        assertEquals("[0.504s][gc] GC(0) Pause 96M->31M(128M) 4.200ms\n",
                collect(1_500_000_000L, 1_504_200_000L, 96 * M, 31 * M, 128 * M));
        formatSummary.invokeExact(2_000_000_000L);
        assertEquals("[1.000s][gc] 1 collections, pauses: total 4.200ms, max 4.200ms, p99 4.200ms\n", line());
    }

    @Test
    void beforeCalibrationTheKernelsLinesSayTicksThenNanosecondsAfter() throws Throwable {
        init.invokeExact(987_654_321_012L);   // Heap.init: the TSC since power-on, not since boot
        clockInTicks.invokeExact();            // Boot, at entry: nanoTime is ticks since boot
        assertEquals("[tsc 188512][gc] GC(0) Pause 5M->1M(8M) 183512 ticks\n",
                collect(5_000, 188_512, 5 * M, M, 8 * M));
        clockCalibrated.invokeExact(2_000_000_000L);   // a 2 GHz TSC: 183512 ticks are 91.756 us
        assertEquals(91_756L, (long) SimHeap.staticField("exo.rt.GcStats", "maxNanos"));
        assertEquals("[3.001s][gc] GC(1) Pause 9M->2M(8M) 1.000ms\n",
                collect(3_000_000_000L, 3_001_000_000L, 9 * M, 2 * M, 8 * M));
        formatSummary.invokeExact(4_000_000_000L);
        assertEquals("[4.000s][gc] 2 collections, pauses: total 1.091ms, max 1.000ms, p99 1.000ms\n", line());
    }
}
