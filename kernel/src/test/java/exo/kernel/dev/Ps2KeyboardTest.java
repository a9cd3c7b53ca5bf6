/*
 * Scan code set 1 translation in the US and French layouts: shift, caps lock, ctrl, AltGr,
 * dead keys, extended and Pause sequences, keypad, blocking and polled reads.
 */
package exo.kernel.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.Cpu;
import exo.hw.Sim;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Ps2KeyboardTest {
    static final int LSHIFT = 0x2A;
    static final int RSHIFT = 0x36;
    static final int CTRL = 0x1D;
    static final int CAPS = 0x3A;

    @BeforeEach
    void reset() {
        Sim.reset();
        Cpu.sti(); // poll() reads only the ring, as it does with interrupts on
    }

    static String drain(Ps2Keyboard k) {
        StringBuilder sb = new StringBuilder();
        for (int c = k.poll(); c >= 0; c = k.poll()) {
            sb.appendCodePoint(c);
        }
        return sb.toString();
    }

    /** Press and release each make code. */
    static void tap(Ps2Keyboard k, int... codes) {
        for (int c : codes) {
            k.feed(c);
            k.feed(c | 0x80);
        }
    }

    @Test
    void layoutTablesCoverTheMainBlock() {
        for (KeyboardLayout l : new KeyboardLayout[] {KeyboardLayout.US, KeyboardLayout.FR}) {
            assertEquals(KeyboardLayout.TABLE_SIZE, l.normalLength(), l.name);
            assertEquals(KeyboardLayout.TABLE_SIZE, l.shiftedLength(), l.name);
        }
    }

    @Test
    void usLettersDigitsAndPunctuation() {
        Ps2Keyboard k = new Ps2Keyboard(KeyboardLayout.US);
        tap(k, 0x23, 0x17, 0x39, 0x02, 0x0B, 0x0C, 0x1A, 0x27, 0x28, 0x29, 0x2B, 0x35, 0x1C, 0x0E, 0x0F);
        assertEquals("hi 10-[;'`\\/\n\b\t", drain(k));
    }

    @Test
    void frenchAzertyMapsTheSameKeysDifferently() {
        Ps2Keyboard k = new Ps2Keyboard(KeyboardLayout.FR);
        // Keys labelled q w a z m ; 1 2 7 9 0 on a US keyboard.
        tap(k, 0x10, 0x11, 0x1E, 0x2C, 0x27, 0x32, 0x02, 0x03, 0x08, 0x0A, 0x0B, 0x28, 0x2B, 0x56, 0x29);
        assertEquals("azqwm,&\u00e9\u00e8\u00e7\u00e0\u00f9*<\u00b2", drain(k));
    }

    @Test
    void shiftInBothLayouts() {
        Ps2Keyboard us = new Ps2Keyboard(KeyboardLayout.US);
        us.feed(LSHIFT);
        tap(us, 0x1E, 0x02, 0x0C, 0x33);
        us.feed(LSHIFT | 0x80);
        tap(us, 0x1E);
        assertEquals("A!_<a", drain(us));
        Ps2Keyboard fr = new Ps2Keyboard(KeyboardLayout.FR);
        fr.feed(RSHIFT);
        tap(fr, 0x10, 0x02, 0x03, 0x0C, 0x32, 0x33, 0x34, 0x35, 0x56, 0x2B);
        fr.feed(RSHIFT | 0x80);
        assertEquals("A12\u00b0?./\u00a7>\u00b5", drain(fr));
    }

    @Test
    void capsLockAffectsLettersOnlyAndShiftInvertsIt() {
        Ps2Keyboard k = new Ps2Keyboard(KeyboardLayout.US);
        tap(k, CAPS);
        assertTrue(k.capsLock());
        tap(k, 0x1E, 0x02);
        k.feed(LSHIFT);
        tap(k, 0x1E, 0x02);
        k.feed(LSHIFT | 0x80);
        tap(k, CAPS);
        assertFalse(k.capsLock());
        tap(k, 0x1E);
        assertEquals("A1a!a", drain(k));
        Ps2Keyboard fr = new Ps2Keyboard(KeyboardLayout.FR);
        tap(fr, CAPS, 0x10, 0x03);
        assertEquals("A\u00e9", drain(fr));
    }

    @Test
    void ctrlLetterGivesControlCodes() {
        Ps2Keyboard k = new Ps2Keyboard(KeyboardLayout.US);
        k.feed(CTRL);
        tap(k, 0x2E, 0x1E, 0x1A); // c a [
        k.feed(CTRL | 0x80);
        tap(k, 0x2E);
        assertEquals("\u0003\u0001\u001bc", drain(k));
        Ps2Keyboard fr = new Ps2Keyboard(KeyboardLayout.FR);
        fr.feed(0xE0);
        fr.feed(CTRL); // right ctrl
        tap(fr, 0x10); // the A key of AZERTY
        assertEquals("\u0001", drain(fr));
    }

    @Test
    void altGrOnFrench() {
        Ps2Keyboard k = new Ps2Keyboard(KeyboardLayout.FR);
        k.feed(0xE0);
        k.feed(0x38);
        tap(k, 0x0B, 0x04, 0x12, 0x05, 0x0D);
        k.feed(0xE0);
        k.feed(0xB8);
        tap(k, 0x0B);
        assertEquals("@#\u20ac{}\u00e0", drain(k));
    }

    @Test
    void deadKeysComposeOnFrench() {
        Ps2Keyboard k = new Ps2Keyboard(KeyboardLayout.FR);
        tap(k, 0x1A, 0x12);           // ^ e -> ê
        tap(k, 0x1A, 0x39);           // ^ space -> ^
        tap(k, 0x1A, 0x1A);           // ^ ^ -> ^
        tap(k, 0x1A, 0x2F);           // ^ v -> ^v
        k.feed(LSHIFT);
        tap(k, 0x1A);                 // ¨
        k.feed(LSHIFT | 0x80);
        tap(k, 0x16);                 // u -> ü
        k.feed(LSHIFT);
        tap(k, 0x1A, 0x17);           // ¨ I -> Ï
        k.feed(LSHIFT | 0x80);
        assertEquals("\u00ea^^^v\u00fc\u00cf", drain(k));
    }

    @Test
    void extendedKeysReleasesAndFakeShifts() {
        Ps2Keyboard k = new Ps2Keyboard(KeyboardLayout.US);
        int[] seq = {
            0xE0, 0x48, 0xE0, 0xC8,         // up arrow press/release
            0xE0, 0x2A, 0xE0, 0x37,         // print screen with its fake shift
            0xE0, 0xB7, 0xE0, 0xAA,
            0xE0, 0x1C, 0xE0, 0x9C,         // keypad enter
            0xE0, 0x35,                     // keypad slash
            0xE0, 0x5B, 0xE0, 0xDB,         // left GUI
            0x1E, 0x9E,                     // a
        };
        for (int b : seq) {
            k.feed(b);
        }
        assertEquals(Ps2Keyboard.KEY_UP, k.poll());
        assertEquals('\n', k.poll());
        assertEquals('/', k.poll());
        assertEquals('a', k.poll(), "the fake shift did not stick");
        assertEquals(-1, k.poll());
    }

    @Test
    void pauseSequenceIsSkippedAndControllerRepliesIgnored() {
        Ps2Keyboard k = new Ps2Keyboard(KeyboardLayout.US);
        for (int b : new int[] {0xE1, 0x1D, 0x45, 0xE1, 0x9D, 0xC5, 0xFA, 0xFE, 0x00, 0xFF, 0x30}) {
            k.feed(b);
        }
        assertEquals("b", drain(k));
        assertTrue(k.numLock(), "the 0x45 inside Pause did not toggle num lock");
    }

    @Test
    void keypadFollowsNumLockAndFunctionKeysAreSpecial() {
        Ps2Keyboard k = new Ps2Keyboard(KeyboardLayout.US);
        tap(k, 0x47, 0x52, 0x53, 0x4E, 0x37);
        assertEquals("70.+*", drain(k));
        tap(k, 0x45, 0x48, 0x4A, 0x3B, 0x58);
        assertEquals(Ps2Keyboard.KEY_UP, k.poll());
        assertEquals('-', k.poll());
        assertEquals(Ps2Keyboard.KEY_F1, k.poll());
        assertEquals(Ps2Keyboard.SPECIAL + 0x58, k.poll());
    }

    @Test
    void specialKeysCarryTheirModifiersAndAltPrefixesEscape() {
        Ps2Keyboard k = new Ps2Keyboard(KeyboardLayout.US);
        k.feed(0x2A);                       // left shift down
        k.feed(0xE0);
        k.feed(0x49);                       // page up
        k.feed(0xAA);                       // shift up
        k.feed(0x38);                       // alt down
        k.feed(0x3C);                       // F2
        k.feed(0x1E);                       // a
        k.feed(0xB8);                       // alt up
        k.feed(0xE0);
        k.feed(0x48);                       // up, no modifier
        assertEquals(Ps2Keyboard.KEY_PAGE_UP + Ps2Keyboard.MOD_SHIFT, k.poll());
        assertEquals(Ps2Keyboard.KEY_F1 + 1 + Ps2Keyboard.MOD_ALT, k.poll());
        assertEquals(0x1B, k.poll());
        assertEquals('a', k.poll());
        assertEquals(Ps2Keyboard.KEY_UP, k.poll());
        assertEquals(-1, k.poll());
    }

    @Test
    void irqReadsTheDataPortAndReadBlocksWithHlt() {
        int[] next = {0x1E};
        Sim.attach(0x60, 1, new Sim.PortDevice() {
            public int in(int port, int width) {
                return next[0];
            }

            public void out(int port, int width, int value) {}
        });
        Ps2Keyboard k = new Ps2Keyboard(KeyboardLayout.US);
        // Each hlt "delivers" IRQ1; the first two bring a release and nothing printable.
        int[] script = {0x9E, 0x2A, 0x1E};
        int[] step = {0};
        Sim.onHlt(() -> {
            next[0] = script[step[0]++];
            k.handleIrq(1, 0);
        });
        assertEquals('A', k.read());
        assertEquals(3, Sim.hltCount());
    }

    @Test
    void pollWithInterruptsOffReadsTheController() {
        Cpu.cli();
        int[] bytes = {0x30, 0xB0};
        int[] i = {0};
        Sim.attach(0x60, 1, new Sim.PortDevice() {
            public int in(int port, int width) {
                return bytes[i[0]++];
            }

            public void out(int port, int width, int value) {}
        });
        Sim.attach(0x64, 1, new Sim.PortDevice() {
            public int in(int port, int width) {
                return i[0] < bytes.length ? 0x01 : 0x00;
            }

            public void out(int port, int width, int value) {}
        });
        Ps2Keyboard k = new Ps2Keyboard(KeyboardLayout.US);
        assertEquals('b', k.poll());
        assertEquals(-1, k.poll());
    }

    @Test
    void fullBufferDropsKeys() {
        Ps2Keyboard k = new Ps2Keyboard(KeyboardLayout.US);
        for (int i = 0; i < 300; i++) {
            tap(k, 0x1E);
        }
        assertEquals(44, k.droppedKeys());
        assertEquals(256, drain(k).length());
    }
}
