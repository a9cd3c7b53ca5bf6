/*
 * One of the virtual consoles (tty1..tty4): a Tty whose device is a Screen drawn by a Vt100
 * parser. Only the console being shown (VirtualConsoles.active) is copied to the VGA text
 * buffer, row by changed row; the others keep their contents for when they come back. The
 * view may be scrolled back (Shift-PgUp/PgDn) — new output brings it back to the bottom, as
 * on Linux. Screen state is guarded by the VirtualConsoles' monitor (output runs with the
 * Tty's lock held, then this one: keep that order). The parser's answers to a program's
 * questions (ESC [ 6 n) are typed back by the input thread (VirtualConsoles.deliverReplies), not
 * from inside write(), which runs in the middle of the terminal's output.
 */
package exo.kernel.tty;

import exo.kernel.dev.VgaText;

public final class VirtualConsole implements TtyDriver {
    /** Lines kept above the screen for Shift-PgUp. */
    public static final int SCROLLBACK_LINES = 200;

    public final int number;
    final Screen screen;
    private final Vt100 parser;
    private final VirtualConsoles all;
    Tty tty;
    /** How many lines up the scrollback the view is (0: the live screen). */
    int viewBack;

    VirtualConsole(int number, VirtualConsoles all) {
        this.number = number;
        this.all = all;
        this.screen = new Screen(VgaText.ROWS, VgaText.COLS, SCROLLBACK_LINES);
        this.parser = new Vt100(screen);
    }

    public Tty tty() {
        return tty;
    }

    @Override
    public int writeRoom() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        synchronized (all) {
            parser.write(b, off, len);
            if (parser.hasReply()) {
                all.replyWaiting();
            }
            if (viewBack != 0) {
                viewBack = 0;
                screen.markAllDirty();
            }
            if (all.active() == this) {
                draw(all.vga());
            }
        }
    }

    private static final byte[] CR = {'\r'};

    /** Kernel messages: straight to the screen (not through the terminal), LF as CR LF. */
    void writeKernelText(byte[] b, int len) {
        synchronized (all) {
            for (int i = 0; i < len; i++) {
                if (b[i] == '\n') {
                    parser.write(CR, 0, 1);
                }
                parser.write(b, i, 1);
            }
            if (viewBack != 0) {
                viewBack = 0;
                screen.markAllDirty();
            }
            if (all.active() == this) {
                draw(all.vga());
            }
        }
    }

    /** Moves the parser's answers (cursor reports) to out; the caller holds the consoles' lock. */
    int takeReply(byte[] out) {
        return parser.takeReply(out);
    }

    boolean hasReply() {
        return parser.hasReply();
    }

    /** Copies the changed rows (all after markAllDirty) and the cursor to the VGA screen. */
    void draw(VgaText vga) {
        if (vga == null) {
            return;
        }
        int[] attr = new int[1];
        for (int r = 0; r < screen.rows; r++) {
            if (!screen.takeDirty(r)) {
                continue;
            }
            for (int c = 0; c < screen.cols; c++) {
                char ch = screen.viewCharAt(viewBack, r, c, attr);
                vga.setCell(r, c, VgaText.toCp437(ch), attr[0]);
            }
        }
        if (viewBack == 0 && screen.cursorVisible) {
            vga.moveTo(screen.row(), screen.col());
            vga.syncCursor();
            vga.enableCursor();
        } else {
            vga.disableCursor();
        }
    }

    /** Shift-PgUp (lines > 0) / Shift-PgDn: moves the view through the scrollback. */
    void scrollView(int lines) {
        int back = Math.max(0, Math.min(screen.scrollbackLines(), viewBack + lines));
        if (back != viewBack) {
            viewBack = back;
            screen.markAllDirty();
        }
    }
}
