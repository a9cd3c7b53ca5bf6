/*
 * PS/2 keyboard driver: IRQ1 reads one scan code from port 0x60 (the 8042 controller translates
 * the keyboard's codes to set 1: make code, break = make | 0x80) and feed() turns it into
 * characters in a 256-entry ring buffer. Tracks both shifts, both ctrls, alt, AltGr (right alt),
 * caps lock (letters only), num lock (keypad digits, on by default) and the dead accents of the
 * layout. Ctrl+letter gives the control code (Ctrl+C = 3). 0xE0 prefixes an extended key: keypad
 * enter and slash, right ctrl/alt, the arrows and the editing block (reported as the KEY_*
 * codes, above the Unicode range, so they never pass for characters); the fake shifts that
 * come with Print Screen and the GUI/menu keys are dropped. 0xE1 starts the Pause sequence,
 * whose next two bytes are skipped. read() blocks (hlt until the next interrupt), poll() does not.
 * FIXME: the lock LEDs are not updated yet (command 0xED and its ACK need a reply state machine).
 */
package exo.kernel.dev;

import exo.hw.Cpu;
import exo.hw.Port;
import exo.kernel.sync.WaitQueue;
import exo.kernel.irq.IrqHandler;

public final class Ps2Keyboard implements IrqHandler {
    public static final int IRQ = 1;
    public static final int DATA_PORT = 0x60;
    public static final int STATUS_PORT = 0x64;
    private static final int STATUS_OUTPUT_FULL = 0x01;
    private static final int STATUS_FROM_MOUSE = 0x20;

    /** Keys without a character: SPECIAL + their set-1 make code. */
    public static final int SPECIAL = 0x110000;
    public static final int KEY_HOME = SPECIAL + 0x47;
    public static final int KEY_UP = SPECIAL + 0x48;
    public static final int KEY_PAGE_UP = SPECIAL + 0x49;
    public static final int KEY_LEFT = SPECIAL + 0x4B;
    public static final int KEY_RIGHT = SPECIAL + 0x4D;
    public static final int KEY_END = SPECIAL + 0x4F;
    public static final int KEY_DOWN = SPECIAL + 0x50;
    public static final int KEY_PAGE_DOWN = SPECIAL + 0x51;
    public static final int KEY_INSERT = SPECIAL + 0x52;
    public static final int KEY_DELETE = SPECIAL + 0x53;
    /** F1 is SPECIAL + 0x3B ... F10 SPECIAL + 0x44, F11 SPECIAL + 0x57, F12 SPECIAL + 0x58. */
    public static final int KEY_F1 = SPECIAL + 0x3B;
    /** Added to a KEY_* code when a modifier was held (Shift-PgUp scrolls back, Alt-F2 switches). */
    public static final int MOD_SHIFT = 0x200000;
    public static final int MOD_CTRL = 0x400000;
    public static final int MOD_ALT = 0x800000;
    /** The KEY_* code without its modifier bits. */
    public static final int KEY_MASK = 0x1FFFFF;

    private WaitQueue readers;

    private static final String KEYPAD = "789-456+1230.";
    private static final String VOWELS = "aeiouAEIOU";
    private static final String CIRCUMFLEX = "\u00e2\u00ea\u00ee\u00f4\u00fb\u00c2\u00ca\u00ce\u00d4\u00db";
    private static final String DIAERESIS_BASE = "aeiouyAEIOU";
    private static final String DIAERESIS = "\u00e4\u00eb\u00ef\u00f6\u00fc\u00ff\u00c4\u00cb\u00cf\u00d6\u00dc";

    private final RingBuffer buffer = new RingBuffer(256);
    private KeyboardLayout layout;
    private boolean leftShift;
    private boolean rightShift;
    private boolean leftCtrl;
    private boolean rightCtrl;
    private boolean alt;
    private boolean altGr;
    private boolean capsLock;
    private boolean numLock = true;
    private boolean extended;
    private int skip;
    private int pendingDead;

    public Ps2Keyboard(KeyboardLayout layout) {
        this.layout = layout;
    }

    public void setLayout(KeyboardLayout layout) {
        this.layout = layout;
    }

    public KeyboardLayout layout() {
        return layout;
    }

    /** Empties the controller's output buffer so that stale bytes do not block IRQ1. */
    public void init() {
        for (int i = 0; i < 32 && (Port.inb(STATUS_PORT) & STATUS_OUTPUT_FULL) != 0; i++) {
            Port.inb(DATA_PORT);
        }
    }

    @Override
    public void handleIrq(int irq, long frame) {
        feed(Port.inb(DATA_PORT));
    }

    /** Interprets one scan code byte. */
    public void feed(int scancode) {
        int sc = scancode & 0xFF;
        if (skip > 0) {
            skip--;
            return;
        }
        if (sc == 0xE1) {
            skip = 2;
            return;
        }
        if (sc == 0xE0) {
            extended = true;
            return;
        }
        if (sc == 0x00 || sc == 0xFA || sc == 0xFE || sc == 0xFF) {
            return; // error, ACK, resend, overrun: controller replies, not keys
        }
        boolean release = (sc & 0x80) != 0;
        int code = sc & 0x7F;
        if (extended) {
            extended = false;
            extendedKey(code, release);
        } else if (!modifier(code, release) && !release) {
            pressed(code);
        }
    }

    /** Updates modifier state; true when code is a modifier or lock key. */
    private boolean modifier(int code, boolean release) {
        if (code == 0x2A) {
            leftShift = !release;
        } else if (code == 0x36) {
            rightShift = !release;
        } else if (code == 0x1D) {
            leftCtrl = !release;
        } else if (code == 0x38) {
            alt = !release;
        } else if (code == 0x3A) {
            capsLock ^= !release;
        } else if (code == 0x45) {
            numLock ^= !release;
        } else {
            return code == 0x46; // scroll lock: ignored
        }
        return true;
    }

    private void extendedKey(int code, boolean release) {
        if (code == 0x1D) {
            rightCtrl = !release;
        } else if (code == 0x38) {
            altGr = !release;
        } else if (release || code == 0x2A || code == 0x36) {
            return; // releases, and the fake shifts around Print Screen
        } else if (code == 0x1C) {
            emitChar('\n');
        } else if (code == 0x35) {
            emitChar('/');
        } else if ((code >= 0x47 && code <= 0x53) && code != 0x4A && code != 0x4E && code != 0x4C) {
            emit(SPECIAL + code + modifiers());
        }
    }

    private void pressed(int code) {
        if ((code >= 0x3B && code <= 0x44) || code == 0x57 || code == 0x58) {
            emit(SPECIAL + code + modifiers());
        } else if (code >= 0x47 && code <= 0x53) {
            keypad(code);
        } else {
            character(code);
        }
    }

    private void keypad(int code) {
        char c = KEYPAD.charAt(code - 0x47);
        if (numLock || c == '-' || c == '+') {
            emitChar(c);
        } else if (code != 0x4C) {
            emit(SPECIAL + code + modifiers()); // 7=home 8=up 9=pgup 4=left 6=right 1=end 2=down 3=pgdn 0=ins .=del
        }
    }

    private void character(int code) {
        boolean shift = leftShift || rightShift;
        if (capsLock && layout.isLetterKey(code)) {
            shift = !shift;
        }
        int c = layout.map(code, shift, altGr);
        if (c == 0) {
            return;
        }
        if (layout.isDeadKey(code, altGr)) {
            if (pendingDead != 0) {
                pendingDead = 0; // the accent typed twice gives the accent itself
                emit(c);
            } else {
                pendingDead = c;
            }
            return;
        }
        if ((leftCtrl || rightCtrl) && !altGr) {
            c = control(c);
        }
        if (alt && !altGr) {
            emit(0x1B); // Alt+key sends ESC first, as xterm's metaSendsEscape and Linux's console do
        }
        emitChar(c);
    }

    private int modifiers() {
        return (leftShift || rightShift ? MOD_SHIFT : 0) | (leftCtrl || rightCtrl ? MOD_CTRL : 0) | (alt ? MOD_ALT : 0);
    }

    private static int control(int c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 1;
        }
        if (c >= '@' && c <= '_') {
            return c & 0x1F; // A-Z, @ [ \ ] ^ _
        }
        return c;
    }

    /** Emits a character, first combining it with a pending dead accent. */
    private void emitChar(int c) {
        int dead = pendingDead;
        if (dead == 0) {
            emit(c);
            return;
        }
        pendingDead = 0;
        int composed = compose(dead, c);
        if (composed != 0) {
            emit(composed);
        } else {
            emit(dead);
            emit(c);
        }
    }

    private static int compose(int dead, int c) {
        if (c == ' ') {
            return dead;
        }
        int i = dead == '^' ? VOWELS.indexOf((char) c) : DIAERESIS_BASE.indexOf((char) c);
        if (i < 0) {
            return 0;
        }
        return dead == '^' ? CIRCUMFLEX.charAt(i) : DIAERESIS.charAt(i);
    }

    private void emit(int c) {
        buffer.put(c);
        if (readers != null) {
            readers.wakeAll();
        }
    }

    /** Threads waiting for input sleep on q; each new key wakes them (from the IRQ). */
    public void setReaders(WaitQueue q) {
        readers = q;
    }

    /** Is a key waiting? Call with interrupts off before sleeping on the readers' queue. */
    public boolean hasInput() {
        return !buffer.isEmpty();
    }

    /**
     * The next key (a character, or a KEY_* code), or -1. With interrupts off it polls the
     * controller itself; with them on only the IRQ handler touches the ring's write side.
     */
    public int poll() {
        if (buffer.isEmpty() && !Cpu.interruptsEnabled()) {
            for (int i = 0; i < 16; i++) {
                int status = Port.inb(STATUS_PORT);
                if ((status & STATUS_OUTPUT_FULL) == 0) {
                    break;
                }
                int data = Port.inb(DATA_PORT);
                if ((status & STATUS_FROM_MOUSE) == 0) {
                    feed(data);
                }
            }
        }
        return buffer.take();
    }

    /** Waits for the next key. */
    public int read() {
        for (;;) {
            int c = poll();
            if (c >= 0) {
                return c;
            }
            if (Cpu.interruptsEnabled()) {
                Cpu.hlt();
            } else {
                Cpu.pause();
            }
        }
    }

    public boolean capsLock() {
        return capsLock;
    }

    public boolean numLock() {
        return numLock;
    }

    public int droppedKeys() {
        return buffer.dropped();
    }
}
