/*
 * The tick count follows the TSC once the timer runs: late interrupts taken in a burst must not
 * make a sleep end early by the clock.
 */
package exo.kernel.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import exo.hw.Sim;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TicksTest {
    private static final long TSC_HZ = 1_000_000_000L;
    private static final long TICK_CYCLES = TSC_HZ / 100;

    @BeforeEach
    void setUp() {
        Sim.reset();
        Sim.tscStep(0);
        Clock.reset();
        Ticks.reset();
        Clock.setTscHz(TSC_HZ);
    }

    @AfterEach
    void tearDown() {
        Ticks.reset();
        Sim.tscStep(1);
    }

    @Test
    void beforeTheTimerStartsEveryInterruptIsOneTick() {
        assertEquals(1, Ticks.advance(Sim.tsc()));
        assertEquals(2, Ticks.advance(Sim.tsc()));
        assertEquals(2, Ticks.now());
    }

    @Test
    void lateInterruptsInABurstDoNotRunTheCountAhead() {
        Sim.advanceTsc(777);
        Ticks.start(100, Sim.tsc());
        Sim.advanceTsc(TICK_CYCLES);
        assertEquals(1, Ticks.advance(Sim.tsc()));
        // The host stalls the emulator for 4.5 periods, then delivers 3 interrupts at once.
        Sim.advanceTsc(4 * TICK_CYCLES + TICK_CYCLES / 2);
        assertEquals(5, Ticks.now(), "the current tick is the TSC's before the interrupt comes");
        long deadline = Ticks.now() + 3;   // a sleep of 3 ticks started now
        assertEquals(5, Ticks.advance(Sim.tsc()));
        assertEquals(5, Ticks.advance(Sim.tsc()));
        assertEquals(5, Ticks.advance(Sim.tsc()), "a burst adds nothing");
        Sim.advanceTsc(TICK_CYCLES / 2);
        assertEquals(6, Ticks.advance(Sim.tsc()));
        Sim.advanceTsc(2 * TICK_CYCLES);
        assertEquals(deadline, Ticks.advance(Sim.tsc()), "the sleep ends 2.5 periods of TSC time later");
    }

    @Test
    void theCountNeverGoesBack() {
        Ticks.start(100, Sim.tsc());
        Sim.advanceTsc(3 * TICK_CYCLES);
        assertEquals(3, Ticks.advance(Sim.tsc()));
        assertEquals(3, Ticks.advance(Sim.tsc() - TICK_CYCLES), "an interrupt stamped earlier keeps the count");
    }
}
