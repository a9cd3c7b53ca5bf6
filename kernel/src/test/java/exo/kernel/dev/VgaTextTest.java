/*
 * VGA text mode: cells, control characters, wrapping, scrolling, CP437, cursor ports.
 */
package exo.kernel.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;

import exo.hw.Sim;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VgaTextTest {
    VgaText vga;

    @BeforeEach
    void setUp() {
        Sim.reset();
        vga = VgaText.atDirectMap();
        vga.clear();
    }

    void write(String s) {
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            vga.writeByte(b);
        }
    }

    String row(int r) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < VgaText.COLS; c++) {
            sb.append((char) (vga.cell(r, c) & 0xFF));
        }
        return sb.toString().stripTrailing();
    }

    @Test
    void cellsAreCharacterAndAttributeAtB8000() {
        vga.setColour(VgaText.YELLOW, VgaText.BLUE);
        write("Hi");
        assertEquals(0x1E48, vga.cell(0, 0));
        assertEquals(0x1E48, exo.hw.Memory.read16(0xFFFF8000000B8000L) & 0xFFFF);
        assertEquals(0x1E69, vga.cell(0, 1));
        assertEquals(0x0720, vga.cell(0, 2), "cleared cells are grey blanks");
    }

    @Test
    void controlCharacters() {
        write("ab\rc\n\tx\by");
        assertEquals("cb", row(0));
        assertEquals("        y", row(1));
        assertEquals(9, vga.col());
    }

    @Test
    void longLinesWrapAndTheScreenScrolls() {
        for (int i = 0; i < 30; i++) {
            write("line " + i + "\n");
        }
        assertEquals("line 6", row(0));
        assertEquals("line 29", row(23));
        assertEquals("", row(24));
        write("x".repeat(85));
        assertEquals("x".repeat(80), row(23));
        assertEquals("xxxxx", row(24));
    }

    @Test
    void utf8IsShownInCodePage437() {
        write("é€à─");
        assertEquals(0x82, vga.cell(0, 0) & 0xFF);
        assertEquals('?', vga.cell(0, 1) & 0xFF, "no euro sign in CP437");
        assertEquals(0x85, vga.cell(0, 2) & 0xFF);
        assertEquals(0xC4, vga.cell(0, 3) & 0xFF);
        vga.writeByte(0xC3);
        vga.writeByte('A'); // broken sequence
        assertEquals('?', vga.cell(0, 4) & 0xFF);
        assertEquals('A', vga.cell(0, 5) & 0xFF);
    }

    @Test
    void cursorIsMovedThroughTheCrtc() {
        write("\n\nabc");
        Sim.clearPortWrites();
        vga.syncCursor();
        int pos = 2 * 80 + 3;
        assertEquals(List.of(0x0F, 0x0E), Sim.portWrites(0x3D4));
        assertEquals(List.of(pos & 0xFF, pos >> 8), Sim.portWrites(0x3D5));
    }
}
