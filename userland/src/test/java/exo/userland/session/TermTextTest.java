/*
 * TermText, the session driver's terminal model: exosh's redraws (CR, prompt, line, ESC [ K),
 * cursor moves and erases give the lines a person reads; ESC [ 6 n is answered; other jumps
 * end the line.
 */
package exo.userland.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermTextTest {
    private final ByteArrayOutputStream replies = new ByteArrayOutputStream();
    private final TermText t = new TermText(replies::writeBytes);

    private void feed(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        t.feed(b, 0, b.length);
    }

    @Test
    void lineEditorRedrawsLeaveTheFinalLine() {
        feed("/# ");
        feed("\r/# e\033[K\r/# ec\033[K\r/# ecX\033[K\r/# ec\033[K\r/# echo hi\033[K\033[3D");
        assertEquals("/# echo hi", t.currentLine());
        assertFalse(t.cursorAtEnd());
        feed("\r\nhi\r\n/# ");
        assertEquals(List.of("/# echo hi", "hi"), t.linesFrom(0));
        assertEquals("/# ", t.currentLine());
        assertTrue(t.cursorAtEnd());
    }

    @Test
    void tabsBackspacesAndEraseCommands() {
        feed("a\tb\r\nxyz\b\bQ\r\nabcdef\033[3D\033[1K\r\n12345\033[2G\033[2X\r\nstay\033[2K\r\n");
        assertEquals(List.of("a       b", "xQz", "    ef", "1  45", ""), t.linesFrom(0));
    }

    @Test
    void answersTheCursorPositionReport() {
        feed("/# ab\033[6n");
        assertEquals("\033[24;6R", replies.toString(StandardCharsets.ISO_8859_1));
        replies.reset();
        feed("\033[999;999H\033[6n");
        assertEquals("\033[24;80R", replies.toString(StandardCharsets.ISO_8859_1));
    }

    @Test
    void fullScreenJumpsEndTheLineAndColoursAreDropped() {
        feed("top line\033[H\033[2J\033[1;34mblue\033[0m words\033]0;title\007\r\n");
        assertEquals(List.of("top line", "blue words"), t.linesFrom(0));
        assertTrue(t.plainFrom(0).contains("blue words"));
        assertFalse(t.plainFrom(0).contains("title"));
    }
}
