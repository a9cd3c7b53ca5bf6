/*
 * The virtual consoles' escape-sequence parser against the Screen it draws on: text and
 * wrapping, cursor movement, erasing, scroll regions and the scrollback, colours, insert and
 * delete, the alternate screen, UTF-8, and bad or cut sequences (consumed, never thrown).
 */
package exo.kernel.tty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Vt100Test {
    private final Screen screen = new Screen(5, 10, 3);
    private final Vt100 vt = new Vt100(screen);

    private void out(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        vt.write(b, 0, b.length);
    }

    private String lines() {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < screen.rows; r++) {
            sb.append(screen.line(r)).append('|');
        }
        return sb.toString();
    }

    @Test
    void textWrapsAtTheLastColumnOnlyWhenMoreComes() {
        out("0123456789");
        assertEquals(0, screen.row());
        assertEquals(9, screen.col(), "deferred wrap: the cursor stays on the last column");
        out("ab\r\ncd");
        assertEquals("0123456789|ab|cd|||", lines());
    }

    @Test
    void cursorMovesAreClampedAndOneBased() {
        out("\033[3;4Hx\033[2Ay\033[10Cz\033[99;99Hw\033[1;1H\033[Bv");
        assertEquals("    y    z|v|   x||         w|", lines());
    }

    @Test
    void eraseInLineAndDisplay() {
        out("abcdefghij\r\nklmnopqrst\r\nuvwxyz");
        out("\033[1;5H\033[K");          // cut row 0 from column 5
        out("\033[2;3H\033[1K");         // row 1 up to column 3
        out("\033[3;1H\033[2K");         // all of row 2
        assertEquals("abcd|   nopqrst||||", lines());
        out("\033[2J");
        assertEquals("|||||", lines());
    }

    @Test
    void scrollingKeepsLinesInTheScrollbackAndRegionsScrollAlone() {
        out("a\r\nb\r\nc\r\nd\r\ne\r\nf\r\ng");
        assertEquals("c|d|e|f|g|", lines().replace(" ", ""));
        assertEquals(2, screen.scrollbackLines());
        int[] attr = new int[1];
        assertEquals('b', screen.viewCharAt(1, 0, 0, attr), "one line back, the top row is b");
        assertEquals('a', screen.viewCharAt(2, 0, 0, attr));
        out("\033[2;4r");                 // region rows 2..4, cursor home
        out("\033[4;1H\nX");
        assertEquals("c|e|f|X|g|", lines().replace(" ", ""), "only rows 2-4 moved, nothing kept");
        assertEquals(2, screen.scrollbackLines());
        out("\033[2;1H\033MY");           // reverse index at the region's top scrolls it down
        assertEquals("c|Y|e|f|g|", lines().replace(" ", ""));
    }

    @Test
    void insertAndDeleteCharactersAndLines() {
        out("abcdef\r\n123\r\nxyz");
        out("\033[1;2H\033[2P");          // delete b c
        out("\033[2;1H\033[2@");          // two blanks before 1
        assertEquals("adef|  123|xyz|||", lines());
        out("\033[1;1H\033[L");           // insert a line at the top
        assertEquals("|adef|  123|xyz||", lines());
        out("\033[2M");                   // delete two lines
        assertEquals("  123|xyz||||", lines());
    }

    @Test
    void coloursBoldReverseAndReset() {
        out("\033[31mr\033[1;44mb\033[0mn\033[7mi\033[m\033[38;5;196mx\033[92my");
        assertEquals(0x04, screen.attrAt(0, 0), "red on black");
        assertEquals(0x1C, screen.attrAt(0, 1), "bright red on blue");
        assertEquals(0x07, screen.attrAt(0, 2));
        assertEquals(0x70, screen.attrAt(0, 3), "reverse: black on grey");
        assertEquals(0x0C, screen.attrAt(0, 4), "256-colour 196 is bright red");
        assertEquals(0x0A, screen.attrAt(0, 5), "bright green");
    }

    @Test
    void alternateScreenSavesAndRestoresTheMainOne() {
        out("main\r\ntext");
        out("\033[?1049h");
        assertEquals("|||||", lines());
        out("full-screen");
        out("\033[?1049l");
        assertEquals("main|text||||", lines());
        assertEquals(1, screen.row());
        assertEquals(4, screen.col());
    }

    @Test
    void saveRestoreCursorAndHideIt() {
        out("ab\0337\033[4;4Hx\0338c\033[?25l");
        assertEquals("abc|||   x||", lines());
        assertFalse(screen.cursorVisible);
    }

    @Test
    void utf8IsDecodedAndTitlesSkipped() {
        out("\033]0;a title\007é€\033(Bz");
        assertEquals('é', screen.charAt(0, 0));
        assertEquals('€', screen.charAt(0, 1));
        assertEquals('z', screen.charAt(0, 2));
    }

    @Test
    void garbageNeverThrowsAndLeavesTheCursorOnScreen() {
        Random r = new Random(11);
        byte[] b = new byte[20000];
        r.nextBytes(b);
        for (int i = 0; i < b.length; i += 7) {
            b[i] = 0x1B; // plenty of escapes
        }
        vt.write(b, 0, b.length);
        out("\007\033c"); // BEL ends any sequence the garbage left open
        assertEquals("|||||", lines());
        assertEquals(0, screen.row());
    }

    private String reply() {
        byte[] b = new byte[Vt100.REPLY_BYTES];
        int n = vt.takeReply(b);
        return new String(b, 0, n, StandardCharsets.ISO_8859_1).replace("\033", "ESC");
    }

    @Test
    void deviceStatusReportsAreAnswered() {
        out("ab\r\ncd");
        assertFalse(vt.hasReply());
        out("\033[6n");
        assertEquals("ESC[2;3R", reply(), "row 2, column 3, counted from 1");
        assertEquals("", reply(), "taken once");
        out("\033[999;999H\033[6n\033[5n");
        assertEquals("ESC[5;10RESC[0n", reply(), "clamped to the 5x10 screen; then all well");
        out("\033[?6n\033[7n");
        assertEquals("", reply(), "other reports: no answer");
        for (int i = 0; i < 20; i++) {
            out("\033[6n");
        }
        String flood = reply();
        int answers = flood.length() / "ESC[5;10R".length();
        assertEquals("ESC[5;10R".repeat(answers), flood, "whole answers only");
        assertTrue(answers >= 4 && answers * 7 <= Vt100.REPLY_BYTES, answers + " answers: a flood is cut, not grown");
    }
}
