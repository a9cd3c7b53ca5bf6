/*
 * PIT divisor rounding and the port writes that start channel 0.
 */
package exo.kernel.arch.x86_64.pc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import exo.hw.Sim;
import java.util.List;
import org.junit.jupiter.api.Test;

class PitTest {
    @Test
    void divisorIsRoundedToNearestAndClamped() {
        assertEquals(11932, Pit.divisorFor(100));   // 11931.82
        assertEquals(1193, Pit.divisorFor(1000));   // 1193.182
        assertEquals(65536, Pit.divisorFor(18));    // 66287 clamped
        assertEquals(1, Pit.divisorFor(2000000));
        assertEquals(2, Pit.divisorFor(596591));    // 2.0000 exactly after rounding
        assertThrows(IllegalArgumentException.class, () -> Pit.divisorFor(0));
    }

    @Test
    void startProgramsChannelZeroInRateMode() {
        Sim.reset();
        Pit.startPeriodic(100);
        assertEquals(List.of(0x34), Sim.portWrites(0x43));
        assertEquals(List.of(11932 & 0xFF, 11932 >> 8), Sim.portWrites(0x40));
        assertEquals(10_000_150L, Pit.tickNanos());
        assertEquals(99_998, Pit.milliHz(11932));
        Sim.clearPortWrites();
        Pit.startPeriodic(18);
        assertEquals(List.of(0, 0), Sim.portWrites(0x40), "65536 is written as 0");
    }
}
