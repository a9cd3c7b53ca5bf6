/*
 * TSC calibration against a simulated PIT channel 2, and its fallbacks.
 */
package exo.kernel.arch.x86_64.pc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.FakePit;
import exo.hw.Sim;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TscCalibrationTest {
    @BeforeEach
    void reset() {
        Sim.reset();
    }

    @Test
    void measuresTheSimulatedFrequencyWithinATenthOfAPercent() {
        long hz = 2_400_000_000L;
        FakePit pit = FakePit.attach(hz, 2400); // 1 us per port read
        Sim.tscStep(30);
        long measured = TscCalibration.calibrate();
        assertEquals("PIT channel 2", TscCalibration.source());
        assertTrue(Math.abs(measured - hz) < hz / 1000, "measured " + measured);
        assertEquals(0, pit.port61() & 0x02, "speaker stays off");
    }

    @Test
    void programsChannelTwoInModeZeroWithTheGateOn() {
        FakePit.attach(1_000_000_000L, 1000);
        TscCalibration.measureWithPit(10);
        assertEquals(0xB0, (int) Sim.portWrites(0x43).get(0));
        assertEquals(java.util.List.of(11931 & 0xFF, 11931 >> 8), Sim.portWrites(0x42));
        assertEquals(1, Sim.portWrites(0x61).get(0) & 0x03, "gate on, speaker off");
    }

    @Test
    void absentPitFallsBackToCpuidThenToOneGigahertz() {
        // Port 0x61 unattached reads 0xFF: OUT2 looks high at once, an implausible result.
        Sim.setCpuid(0, 0, 0x16, 0, 0, 0);
        Sim.setCpuid(0x16, 0, 3000, 3500, 100, 0);
        assertEquals(3_000_000_000L, TscCalibration.calibrate());
        assertEquals("CPUID leaf 0x16", TscCalibration.source());
        Sim.reset();
        assertEquals(TscCalibration.FALLBACK_HZ, TscCalibration.calibrate());
    }
}
