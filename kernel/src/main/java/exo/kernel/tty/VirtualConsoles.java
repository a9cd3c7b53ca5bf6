/*
 * The four virtual consoles on the VGA text screen and the keyboard: Alt-F1..F4 shows console
 * 1..4 (redrawn whole from its Screen, at the bottom of its scrollback), Shift-PgUp/PgDn scroll the shown console's view by
 * half a screen, Ctrl-Alt-Del goes to CtrlAltDel, and every other key goes, as the bytes KeyInput makes of it, to the shown
 * console's terminal. Console 1 starts with what the kernel printed on the screen during boot
 * (the kernel console stops drawing there once the consoles take the screen: TtySetup).
 * Input from the keyboard, and the answers the consoles give to programs' questions (cursor
 * position reports), arrive on the input thread (InputPump).
 */
package exo.kernel.tty;

import exo.kernel.dev.Ps2Keyboard;
import exo.kernel.dev.VgaText;
import exo.kernel.sync.WaitQueue;

public final class VirtualConsoles {
    public static final int COUNT = 4;
    /** The device numbers of tty1..4: major 4, minor 1..4 as on Linux. */
    public static final int MAJOR = 4;

    private final VirtualConsole[] consoles = new VirtualConsole[COUNT];
    private final VgaText vga;
    private VirtualConsole active;
    /** The input thread's queue, woken when a console has an answer to type back. */
    private WaitQueue readers;
    private final byte[] replyScratch = new byte[Vt100.REPLY_BYTES];

    /** vga may be null (host tests): nothing is drawn. */
    public VirtualConsoles(VgaText vga) {
        this.vga = vga;
        for (int i = 0; i < COUNT; i++) {
            consoles[i] = new VirtualConsole(i + 1, this);
            consoles[i].tty = new Tty("tty" + (i + 1), exo.kernel.fs.FileMode.makeDev(MAJOR, i + 1),
                    Termios.standard(Termios.B38400, 38400), new Winsize(VgaText.ROWS, VgaText.COLS), consoles[i]);
        }
        active = consoles[0];
    }

    /** Console n (1..4). */
    public VirtualConsole get(int n) {
        return consoles[n - 1];
    }

    synchronized VirtualConsole active() {
        return active;
    }

    VgaText vga() {
        return vga;
    }

    /** Copies what is on the VGA screen now into console 1 (the boot messages, ASCII and colours). */
    public synchronized void adoptScreen() {
        if (vga == null) {
            return;
        }
        Screen s = consoles[0].screen;
        for (int r = 0; r < VgaText.ROWS; r++) {
            for (int c = 0; c < VgaText.COLS; c++) {
                int cell = vga.cell(r, c);
                int ch = cell & 0xFF;
                s.attr = cell >> 8 & 0xFF;
                s.put(ch >= 0x20 && ch < 0x7F ? (char) ch : ' ');
            }
        }
        s.attr = Screen.DEFAULT_ATTR;
        s.moveTo(vga.row(), vga.col());
        s.markAllDirty();
        active.draw(vga);
    }

    /** Shows console n (1..4). */
    public synchronized void show(int n) {
        if (n < 1 || n > COUNT || consoles[n - 1] == active) {
            return;
        }
        active.viewBack = 0; // as on Linux, a switch leaves the scrollback
        active = consoles[n - 1];
        active.viewBack = 0;
        active.screen.markAllDirty();
        active.draw(vga);
    }

    void setReaders(WaitQueue q) {
        readers = q;
    }

    /** A console's parser has an answer: the input thread delivers it (deliverReplies). */
    void replyWaiting() {
        if (readers != null) {
            readers.wakeAll();
        }
    }

    /** Read without the lock: the input thread asks with interrupts off (a wake follows every answer). */
    boolean hasReplies() {
        for (VirtualConsole c : consoles) {
            if (c.hasReply()) {
                return true;
            }
        }
        return false;
    }

    /** Types each console's pending answers into its terminal (input thread, or tests). */
    void deliverReplies() {
        for (VirtualConsole c : consoles) {
            int n;
            synchronized (this) {
                n = c.takeReply(replyScratch);
            }
            if (n > 0) {
                c.tty.receive(replyScratch, 0, n);
            }
        }
    }

    /** The kernel's messages: drawn on the console shown, each LF as CR LF (input thread). */
    synchronized void kernelText(byte[] b, int len) {
        active.writeKernelText(b, len);
    }

    /** One key from the keyboard; scratch holds its bytes on the way to the terminal. */
    public void key(int key, byte[] scratch) {
        int code = key & Ps2Keyboard.KEY_MASK;
        if (key >= Ps2Keyboard.SPECIAL && (key & Ps2Keyboard.MOD_ALT) != 0) {
            int f = KeyInput.functionNumber(code - Ps2Keyboard.SPECIAL);
            if (f >= 1 && f <= COUNT) {
                show(f);
                return;
            }
        }
        int ctrlAlt = Ps2Keyboard.MOD_CTRL | Ps2Keyboard.MOD_ALT;
        if (code == Ps2Keyboard.KEY_DELETE && (key & ctrlAlt) == ctrlAlt) {
            CtrlAltDel.pressed();
            return;
        }
        if ((key & Ps2Keyboard.MOD_SHIFT) != 0 && (code == Ps2Keyboard.KEY_PAGE_UP || code == Ps2Keyboard.KEY_PAGE_DOWN)) {
            synchronized (this) {
                active.scrollView(code == Ps2Keyboard.KEY_PAGE_UP ? VgaText.ROWS / 2 : -VgaText.ROWS / 2);
                active.draw(vga);
            }
            return;
        }
        int n = KeyInput.encode(key, scratch, 0);
        if (n > 0) {
            active().tty.receive(scratch, 0, n);
        }
    }
}
