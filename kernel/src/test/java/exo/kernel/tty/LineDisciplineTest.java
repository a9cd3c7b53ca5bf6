/*
 * The line discipline through a Tty on the host: canonical editing and its echo (erase with
 * ECHOE, kill, word erase, tabs and ^X pairs, reprint, literal next, UTF-8 with IUTF8), end of
 * file, input and output mapping, ISIG's signals to the foreground group, flow control, raw
 * mode with VMIN/VTIME, and mode switches that keep typed input. Expected echoes are what
 * Linux's N_TTY sends (checked by hand against a Linux PTY).
 */
package exo.kernel.tty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.kernel.fs.Errno;
import exo.kernel.signal.Signals;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LineDisciplineTest {
    private final FakeJobs jobs = new FakeJobs().add(1, 1, 1, 0).add(5, 1, 5, 1);
    private final TtyFixture f = new TtyFixture();

    LineDisciplineTest() {
        Ttys.setJobControl(jobs);
        f.tty.setControlling(1, 5);
    }

    @AfterEach
    void reset() {
        Ttys.reset();
    }

    private void set(java.util.function.Consumer<Termios> change) {
        Termios t = f.tty.termios();
        change.accept(t);
        f.tty.setTermios(t, false);
    }

    @Test
    void aLineIsReadableOnlyOnceItEndsAndIsEchoedWithCrLf() {
        f.type("ls -l");
        assertEquals("errno " + Errno.EAGAIN, f.read(100));
        assertEquals("ls -l", f.output());
        f.type("\r");
        assertEquals("\r\n", f.output());
        assertEquals("ls -l\n", f.read(100));
    }

    @Test
    void aReadTakesOneLineAtMostAndAShortReadLeavesTheRest() {
        f.type("one\ntwo\n");
        assertEquals("on", f.read(2));
        assertEquals("e\n", f.read(100));
        assertEquals("two\n", f.read(100));
    }

    @Test
    void eraseRemovesOneCharacterAndWipesItOnScreen() {
        f.type("cat\u007f\u007fp\n");
        assertEquals("cat\b \b\b \bp\r\n", f.output());
        assertEquals("cp\n", f.read(100));
    }

    @Test
    void eraseOfATabGoesBackToWhereTheTabStarted() {
        f.type("ab\t\u007f\n");
        assertEquals("ab\t" + "\b \b".repeat(6) + "\r\n", f.output());
        assertEquals("ab\n", f.read(100));
    }

    @Test
    void controlCharactersEchoAsCaretPairsAndEraseAsTwoColumns() {
        f.type("a\u0001\u007f\n");
        assertEquals("a^A\b \b\b \b\r\n", f.output());
        assertEquals("a\n", f.read(100));
    }

    @Test
    void killWipesTheLineWithEchoke() {
        f.type("abc\u0015x\n");
        assertEquals("abc" + "\b \b".repeat(3) + "x\r\n", f.output());
        assertEquals("x\n", f.read(100));
    }

    @Test
    void killWithoutEchokeEchoesTheCharacterAndANewline() {
        set(t -> t.lflag &= ~Termios.ECHOKE);
        f.type("abc\u0015x\n");
        assertEquals("abc^U\r\nx\r\n", f.output());
    }

    @Test
    void wordEraseRemovesTheLastWordAndTheSpacesAfterIt() {
        f.type("echo foo.bar  \u0017x\n");
        assertEquals("echo foo.x\n", f.read(100));
        f.type("echo foo.bar  \u0017\u0017y\n"); // the second one takes "." and "foo"
        assertEquals("echo y\n", f.read(100));
    }

    @Test
    void eraseWithoutEchoeEchoesTheEraseCharacter() {
        set(t -> t.lflag &= ~Termios.ECHOE);
        f.type("ab\u007f\n");
        assertEquals("ab^?\r\n", f.output());
        assertEquals("a\n", f.read(100));
    }

    @Test
    void utf8CharactersEraseWhole() {
        set(t -> t.iflag |= Termios.IUTF8);
        f.type("d\u00c3\u00a9\u007f\n"); // "dé" in UTF-8, then one erase
        assertEquals("d\n", f.read(100));
        assertEquals("d\u00c3\u00a9\b \b\r\n", f.output());
    }

    @Test
    void reprintShowsTheLineAgain() {
        f.type("abc\u0012");
        assertEquals("abc^R\r\nabc", f.output());
    }

    @Test
    void literalNextStoresAControlCharacter() {
        f.type("a\u0016\u0003b\n");
        assertEquals("a^\b^Cb\r\n", f.output());
        assertEquals("a\u0003b\n", f.read(100));
        assertEquals(List.of(), jobs.sent);
    }

    @Test
    void endOfFileAtTheStartOfALineReadsZeroAndElsewherePushesTheLine() {
        f.type("ab\u0004");
        assertEquals("ab", f.read(100));
        f.type("\u0004");
        assertEquals("", f.read(100));
        assertEquals("errno " + Errno.EAGAIN, f.read(100));
        assertEquals("ab", f.output()); // ^D is not echoed
    }

    @Test
    void interruptSignalsTheForegroundGroupFlushesAndEchoes() {
        f.type("partial\u0003");
        assertEquals(List.of("group 5: " + Signals.SIGINT), jobs.sent);
        assertEquals("partial^C", f.output());
        f.type("\n");
        assertEquals("\n", f.read(100));
    }

    @Test
    void quitAndSuspendSendTheirSignals() {
        f.type("\u001c\u001a");
        assertEquals(List.of("group 5: " + Signals.SIGQUIT, "group 5: " + Signals.SIGTSTP), jobs.sent);
    }

    @Test
    void noflshKeepsInputAndIsigOffMakesCharactersData() {
        set(t -> t.lflag |= Termios.NOFLSH);
        f.type("keep\u0003\n");
        assertEquals("keep\n", f.read(100));
        set(t -> t.lflag &= ~Termios.ISIG);
        jobs.sent.clear();
        f.type("\u0003\n");
        assertEquals("\u0003\n", f.read(100));
        assertEquals(List.of(), jobs.sent);
    }

    @Test
    void inputMapping() {
        set(t -> t.iflag = Termios.INLCR | Termios.IGNCR);
        f.type("a\rb\n");
        assertEquals("errno " + Errno.EAGAIN, f.read(100)); // \r ignored, \n became \r: no line end
        set(t -> t.iflag = 0);
        f.type("\n");
        assertEquals("ab\r\n", f.read(100));
    }

    @Test
    void outputProcessing() {
        assertEquals(3, f.write(5, "a\nb"));
        assertEquals("a\r\nb", f.output());
        set(t -> t.oflag = Termios.OPOST | Termios.TAB3 | Termios.OLCUC);
        f.write(5, "x\ty");
        assertEquals("X" + " ".repeat(6) + "Y", f.output()); // "b" and "X" took columns 0 and 1
        set(t -> t.oflag = 0);
        f.write(5, "\n");
        assertEquals("\n", f.output());
    }

    @Test
    void echoOffAndEchonl() {
        set(t -> t.lflag = (t.lflag & ~Termios.ECHO) | Termios.ECHONL);
        f.type("secret\n");
        assertEquals("\r\n", f.output());
        assertEquals("secret\n", f.read(100));
    }

    @Test
    void stopAndStartCharactersHoldOutput() {
        f.type("\u0013");
        assertEquals(0, f.tty.poll() & exo.kernel.fs.wait.Poll.POLLOUT);
        f.waiter.then(() -> f.type("\u0011"));
        assertEquals(2, f.write(5, "ok"));
        assertEquals("ok", f.output());
        assertEquals(1, f.waiter.sleeps);
    }

    @Test
    void rawModeReadsBytesAtOnceWithoutEcho() {
        set(t -> {
            t.lflag &= ~(Termios.ICANON | Termios.ECHO);
            t.cc[Termios.VMIN] = 1;
            t.cc[Termios.VTIME] = 0;
        });
        f.type("\u007fq");
        assertEquals("\u007fq", f.read(100));
        assertEquals("", f.output());
    }

    @Test
    void vminWaitsForThatManyBytes() {
        set(t -> {
            t.lflag &= ~Termios.ICANON;
            t.cc[Termios.VMIN] = 3;
        });
        f.type("a");
        f.waiter.then(() -> f.type("b")).then(() -> f.type("c"));
        assertEquals("abc", f.read(5, 10, false));
        assertEquals(2, f.waiter.sleeps);
    }

    @Test
    void vtimeWithoutVminTimesOutWithNothing() {
        set(t -> {
            t.lflag &= ~Termios.ICANON;
            t.cc[Termios.VMIN] = 0;
            t.cc[Termios.VTIME] = 5;
        });
        f.waiter.then(() -> f.waiter.now += 600_000_000L);
        assertEquals("", f.read(5, 10, false));
        f.type("z");
        assertEquals("z", f.read(5, 10, false));
    }

    @Test
    void vminZeroVtimeZeroIsAPoll() {
        set(t -> {
            t.lflag &= ~Termios.ICANON;
            t.cc[Termios.VMIN] = 0;
        });
        assertEquals("", f.read(5, 10, false));
    }

    @Test
    void switchingToRawMakesThePartialLineReadable() {
        f.type("half");
        set(t -> t.lflag &= ~Termios.ICANON);
        assertEquals("half", f.read(100));
    }

    @Test
    void tcsetsfDropsTypedInput() {
        f.type("gone\n");
        Termios t = f.tty.termios();
        f.tty.setTermios(t, true);
        assertEquals("errno " + Errno.EAGAIN, f.read(100));
    }

    @Test
    void theLineStopsGrowingAtItsLimit() {
        f.type("x".repeat(5000));
        f.type("\n");
        String line = f.read(10_000);
        assertEquals(LineDiscipline.MAX_LINE + 1, line.length());
        assertTrue(line.endsWith("x\n"));
    }

    @Test
    void fionreadCountsCompleteLinesOnly() {
        f.type("abc\nde");
        assertEquals(4, f.tty.readableBytes());
    }
}
