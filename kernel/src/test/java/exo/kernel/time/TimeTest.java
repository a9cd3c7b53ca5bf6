/*
 * Calendar to epoch conversion and the TSC-based clock.
 */
package exo.kernel.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import exo.hw.Sim;
import org.junit.jupiter.api.Test;

class TimeTest {
    @Test
    void epochConversion() {
        assertEquals(0, new DateTime(1970, 1, 1, 0, 0, 0).toEpochMillis());
        assertEquals(951782400000L, new DateTime(2000, 2, 29, 0, 0, 0).toEpochMillis());
        assertEquals(1714571109000L, new DateTime(2024, 5, 1, 13, 45, 9).toEpochMillis());
        assertEquals(-86400000L, new DateTime(1969, 12, 31, 0, 0, 0).toEpochMillis());
        assertEquals(4102444800000L, new DateTime(2100, 1, 1, 0, 0, 0).toEpochMillis());
    }

    @Test
    void clockFromTheTsc() {
        Sim.reset();
        Clock.reset();
        Sim.advanceTsc(5_000);
        Clock.setBootTsc(5_000);
        Clock.setTscHz(2_000_000_000L);
        Sim.advanceTsc(3_000_000_000L); // 1.5 s
        assertEquals(1_500_000_000L, Clock.nanoTime());
        Clock.syncWallClock(1_000_000L, Sim.tsc());
        Sim.advanceTsc(1_000_000L); // 0.5 ms
        assertEquals(1_000_000L, Clock.currentTimeMillis());
        Sim.advanceTsc(2_000_000L); // 1.5 ms in all
        assertEquals(1_000_001L, Clock.currentTimeMillis());
        assertEquals(1000, Clock.millisBetween(0, 2_000_000_000L));
    }

    @Test
    void cyclesToNanosDoesNotOverflowForYearsOfUptime() {
        long hz = 3_000_000_000L;
        long tenYears = 10L * 365 * 24 * 3600;
        assertEquals(tenYears * 1_000_000_000L, Clock.cyclesToNanos(tenYears * hz, hz));
    }
}
