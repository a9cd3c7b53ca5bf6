/*
 * Console output to serial and VGA, UTF-8 encoding, and log level filtering.
 */
package exo.kernel.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.FakeUart;
import exo.hw.Sim;
import exo.kernel.dev.Uart16550;
import exo.kernel.dev.VgaText;
import exo.kernel.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConsoleTest {
    FakeUart fake;
    VgaText vga;

    @BeforeEach
    void setUp() {
        Sim.reset();
        Clock.reset();
        fake = FakeUart.attachTo(0x3F8);
        Uart16550 u = new Uart16550(0x3F8);
        u.init(115200);
        Console.attachSerial(u);
        vga = VgaText.atDirectMap();
        vga.clear();
        Console.attachVga(vga);
        Log.setLevel(Log.INFO);
    }

    @AfterEach
    void tearDown() {
        Console.reset();
        Log.setLevel(Log.INFO);
    }

    @Test
    void textGoesToSerialAndScreen() {
        Console.println("né \uD83D\uDE00");
        assertEquals("né \uD83D\uDE00\r\n", fake.output());
        assertEquals('n', vga.cell(0, 0) & 0xFF);
        assertEquals(0x82, vga.cell(0, 1) & 0xFF);
        assertEquals('?', vga.cell(0, 3) & 0xFF, "no emoji in CP437");
        assertEquals(1, vga.row());
    }

    @Test
    void rawBytesPassThrough() {
        byte[] b = "xyz".getBytes();
        Console.write(b, 1, 2);
        assertEquals("yz", fake.output());
    }

    @Test
    void unpairedSurrogatesBecomeQuestionMarks() {
        Console.print("a\uD800b");
        assertEquals("a?b", fake.output());
    }

    @Test
    void logFiltersByLevel() {
        Log.setLevel(Log.WARN);
        Log.debug("d");
        Log.info("i");
        Log.warn("w");
        Log.error("e");
        String out = fake.output();
        assertTrue(out.contains("warn: w"), out);
        assertTrue(out.contains("error: e"), out);
        assertTrue(!out.contains("info: i") && !out.contains("debug: d"), out);
        fake.clearOutput();
        Log.setLevel(Log.DEBUG);
        Log.debug("now visible");
        assertTrue(fake.output().endsWith("] debug: now visible\r\n"), fake.output());
    }

    @Test
    void logLinesCarryTheUptime() {
        Clock.setTscHz(1_000_000L);
        Sim.advanceTsc(12_345_000L); // 12.345 s at 1 MHz
        Log.info("hello");
        assertEquals("[   12.345] info: hello\r\n", fake.output());
    }

    @Test
    void warningsAreYellowOnScreen() {
        Log.warn("careful");
        int tagCell = vga.cell(0, 12);
        assertEquals('w', tagCell & 0xFF);
        assertEquals(VgaText.YELLOW, tagCell >> 8);
        assertEquals(VgaText.LIGHT_GREY, vga.attribute(), "colour restored afterwards");
    }
}
