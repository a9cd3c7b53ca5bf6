/*
 * The runtime's platform hooks: console output, isa-debug-exit codes, clocks.
 */
package exo.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import exo.hw.FakeUart;
import exo.hw.Sim;
import exo.kernel.console.Console;
import exo.kernel.dev.Uart16550;
import exo.kernel.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformTest {
    @Test
    void exitWritesTheDebugExitCodeThenHalts() {
        Sim.reset();
        assertThrows(Sim.Halted.class, () -> Platform.exit(0));
        assertEquals(List.of(0x10), Sim.portWrites(0xF4));
        assertFalse(Sim.interruptsEnabled());
        Sim.reset();
        assertThrows(Sim.Halted.class, () -> Platform.exit(3));
        assertEquals(List.of(0x11), Sim.portWrites(0xF4));
    }

    @Test
    void writeGoesToTheConsole() {
        Sim.reset();
        FakeUart fake = FakeUart.attachTo(0x3F8);
        Uart16550 u = new Uart16550(0x3F8);
        u.init(115200);
        Console.attachSerial(u);
        byte[] b = "hello\n".getBytes();
        Platform.write(1, b, 0, b.length);
        Platform.write(2, b, 0, 2);
        assertEquals("hello\r\nhe", fake.output());
        Console.reset();
    }

    @Test
    void clocksComeFromTheTsc() {
        Sim.reset();
        Clock.reset();
        Clock.setTscHz(1_000_000_000L);
        Clock.syncWallClock(1_700_000_000_000L, 0);
        Sim.advanceTsc(2_000_000_000L);
        assertEquals(2_000_000_000L, Platform.nanoTime());
        assertEquals(1_700_000_002_000L, Platform.currentTimeMillis());
        Clock.reset();
    }
}
