/*
 * What reaches the consoles' terminals: the run= console's escaped pipe protocol (FF FF, FF 00
 * and end of file on a raw line), the keys of the PS/2 keyboard as xterm's sequences, and the
 * virtual consoles' switching and scrollback keys (no VGA here: only the screens change).
 */
package exo.kernel.tty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.kernel.console.Console;
import exo.kernel.console.TerminalCopy;
import exo.kernel.dev.Ps2Keyboard;
import exo.kernel.signal.Signals;
import exo.kernel.sync.WaitQueue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConsoleInputTest {
    @AfterEach
    void reset() {
        Ttys.reset();
    }

    private static String decode(PipedInput in, int... bytes) {
        byte[] out = new byte[bytes.length];
        int n = 0;
        for (int b : bytes) {
            n += in.decode(b, out, n);
        }
        return new String(out, 0, n, StandardCharsets.ISO_8859_1);
    }

    @Test
    void pipedInputUnescapesAndEnds() {
        PipedInput in = new PipedInput();
        assertEquals("a\u00ffb\u0000", decode(in, 'a', 0xFF, 0xFF, 'b', 0));
        assertEquals("c", decode(in, 'c', 0xFF));
        assertEquals("q", decode(in, 'q'), "a stray escape keeps its byte");
        assertEquals("", decode(in, 0xFF, 0x00, 'z'));
        assertTrue(in.ended());
    }

    @Test
    void theStartMarkStandsForNothingWithOrWithoutItsEscape() {
        assertEquals("\u0001x", decode(new PipedInput(), 0xFF, 0x01, 0x01, 'x'), "FF 01, then data 01");
        assertEquals("\u0001x", decode(new PipedInput(), 0x01, 0x01, 'x'), "its FF destroyed: 01 first");
        assertEquals("a\u0001", decode(new PipedInput(), 'a', 0x01), "not first: data");
    }

    @Test
    void endOfInputIsEndOfFileAfterTheQueuedBytes() {
        TtyFixture f = new TtyFixture(Termios.raw(Termios.B38400, 38400));
        f.type("xy");
        f.tty.endInput();
        assertEquals("xy", f.read(5, 10, false));
        assertEquals("", f.read(5, 10, false), "end of file, not a wait");
        assertEquals("", f.output(), "raw: no echo");
    }

    private static String key(int k) {
        byte[] b = new byte[KeyInput.MAX_BYTES];
        int n = KeyInput.encode(k, b, 0);
        return new String(b, 0, n, StandardCharsets.ISO_8859_1).replace("\033", "ESC");
    }

    @Test
    void keysAreXtermSequences() {
        assertEquals("ESC[A", key(Ps2Keyboard.KEY_UP));
        assertEquals("ESC[D", key(Ps2Keyboard.KEY_LEFT));
        assertEquals("ESC[H", key(Ps2Keyboard.KEY_HOME));
        assertEquals("ESC[3~", key(Ps2Keyboard.KEY_DELETE));
        assertEquals("ESC[6~", key(Ps2Keyboard.KEY_PAGE_DOWN));
        assertEquals("ESCOP", key(Ps2Keyboard.KEY_F1));
        assertEquals("ESC[15~", key(Ps2Keyboard.KEY_F1 + 4));
        assertEquals("ESC[24~", key(Ps2Keyboard.SPECIAL + 0x58));
        assertEquals("ESC[1;5C", key(Ps2Keyboard.KEY_RIGHT + Ps2Keyboard.MOD_CTRL));
        assertEquals("ESC[5;2~", key(Ps2Keyboard.KEY_PAGE_UP + Ps2Keyboard.MOD_SHIFT));
        assertEquals("\u007f", key('\b'), "Backspace is DEL");
        assertEquals("\r", key('\n'), "Enter is CR");
        assertEquals("\u00c3\u00a9", key('\u00e9'), "UTF-8");
        assertEquals("\u00e2\u0082\u00ac", key('\u20ac'));
    }

    @Test
    void ctrlAltDelRestartsOrSignalsInit() {
        VirtualConsoles vcs = new VirtualConsoles(null);
        FakeJobs jobs = new FakeJobs();
        Ttys.setJobControl(jobs);
        int[] restarts = new int[1];
        Runnable saved = CtrlAltDel.restart;
        CtrlAltDel.restart = () -> restarts[0]++;
        byte[] scratch = new byte[16];
        int cad = Ps2Keyboard.KEY_DELETE | Ps2Keyboard.MOD_CTRL | Ps2Keyboard.MOD_ALT;
        try {
            assertTrue(CtrlAltDel.restartsAtOnce(), "on at boot, as Linux's C_A_D");
            vcs.key(cad, scratch);
            assertEquals(1, restarts[0]);
            assertEquals(List.of(), jobs.sent);
            CtrlAltDel.setRestartsAtOnce(false);   // reboot(CAD_OFF), as init does
            vcs.key(cad, scratch);
            assertEquals(1, restarts[0]);
            assertEquals(List.of("pid 1: " + Signals.SIGINT), jobs.sent);
            vcs.key(Ps2Keyboard.KEY_DELETE | Ps2Keyboard.MOD_CTRL, scratch);   // not all three: a key
            assertEquals(0, vcs.get(1).tty().readableBytes(), "canonical: no line yet");
            vcs.key('\n', scratch);
            assertEquals("\033[3;5~\n".length(), vcs.get(1).tty().readableBytes(), "Ctrl-Delete is a key");
            assertEquals(List.of("pid 1: " + Signals.SIGINT), jobs.sent);
        } finally {
            CtrlAltDel.restart = saved;
            CtrlAltDel.setRestartsAtOnce(true);
        }
    }

    @Test
    void cursorReportsAreTypedBackByTheInputSide() {
        VirtualConsoles vcs = new VirtualConsoles(null);
        byte[] ask = "\033[6n".getBytes(StandardCharsets.ISO_8859_1);
        vcs.get(2).tty().writeFromKernel(ask, 0, ask.length);
        assertTrue(vcs.hasReplies());
        assertEquals("", vcs.get(2).screen.line(0), "not answered from inside the output");
        vcs.deliverReplies();
        assertTrue(!vcs.hasReplies());
        assertEquals("^[[1;1R", vcs.get(2).screen.line(0), "the answer arrived as input (echoed as typed)");
    }

    @Test
    void kernelMessagesAreDrawnOnTheConsoleShown() {
        VirtualConsoles vcs = new VirtualConsoles(null);
        byte[] prompt = "/# ".getBytes(StandardCharsets.ISO_8859_1);
        vcs.get(2).tty().writeFromKernel(prompt, 0, prompt.length);
        vcs.show(2);
        TerminalCopy.start(new WaitQueue());
        try {
            Console.println("first");
            Console.print("second\n");
            byte[] scratch = new byte[8];   // smaller than the text: taken in pieces
            for (int n = TerminalCopy.take(scratch); n > 0; n = TerminalCopy.take(scratch)) {
                vcs.kernelText(scratch, n);
            }
            assertTrue(!TerminalCopy.hasText());
            assertEquals("/# first", vcs.get(2).screen.line(0), "written where the cursor was, as printk");
            assertEquals("second", vcs.get(2).screen.line(1), "LF went back to column 0");
            assertEquals("", vcs.get(1).screen.line(0), "only the console shown");
        } finally {
            TerminalCopy.stop();
        }
        Console.println("not kept");
        assertTrue(!TerminalCopy.hasText(), "stopped: nothing kept");
    }

    @Test
    void altFunctionKeysSwitchConsolesAndShiftPageUpScrollsBack() {
        VirtualConsoles vcs = new VirtualConsoles(null);
        byte[] scratch = new byte[16];
        for (char c : "ab\n".toCharArray()) {
            vcs.key(c, scratch);
        }
        assertEquals(3, vcs.get(1).tty().readableBytes(), "tty1 got a line");
        vcs.key(Ps2Keyboard.KEY_F1 + 1 + Ps2Keyboard.MOD_ALT, scratch);
        assertEquals(vcs.get(2), vcs.active());
        vcs.key('z', scratch);
        assertEquals("z", vcs.get(2).screen.line(0), "the echo is on tty2's screen");
        for (int i = 0; i < 40; i++) {
            byte[] line = ("line " + i + "\n").getBytes(StandardCharsets.ISO_8859_1);
            vcs.get(2).tty().writeFromKernel(line, 0, line.length);
        }
        vcs.key(Ps2Keyboard.KEY_PAGE_UP + Ps2Keyboard.MOD_SHIFT, scratch);
        assertEquals(12, vcs.get(2).viewBack);
        vcs.key(Ps2Keyboard.KEY_PAGE_DOWN + Ps2Keyboard.MOD_SHIFT, scratch);
        assertEquals(0, vcs.get(2).viewBack);
        vcs.key(Ps2Keyboard.KEY_PAGE_UP + Ps2Keyboard.MOD_SHIFT, scratch);
        byte[] more = "x".getBytes(StandardCharsets.ISO_8859_1);
        vcs.get(2).tty().writeFromKernel(more, 0, 1);
        assertEquals(0, vcs.get(2).viewBack, "output brings the view back");
        vcs.key(Ps2Keyboard.KEY_PAGE_UP + Ps2Keyboard.MOD_SHIFT, scratch);
        vcs.key(Ps2Keyboard.KEY_F1 + Ps2Keyboard.MOD_ALT, scratch);
        vcs.key(Ps2Keyboard.KEY_F1 + 1 + Ps2Keyboard.MOD_ALT, scratch);
        assertEquals(0, vcs.get(2).viewBack, "a console switch leaves the scrollback");
    }
}
