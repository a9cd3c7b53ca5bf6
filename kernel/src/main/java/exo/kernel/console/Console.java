/*
 * The kernel console: every byte of text goes to the serial port (COM1, what tests and
 * developers read) and to the VGA screen. Text is UTF-8; print() encodes Java strings itself,
 * without allocating, so that panics and interrupt-time messages can use it. Either device may
 * be missing (not attached yet, or absent hardware). Platform.write (System.out/err of exoc's
 * runtime), the log and the panic report all end here. Each call writes with interrupts off,
 * so that the lines of different threads do not interleave (a preempted print would otherwise
 * be cut by another thread's text, and the VGA cursor state could tear). Once the virtual
 * consoles own the screen, the text goes to the one shown through TerminalCopy instead.
 */
package exo.kernel.console;

import exo.kernel.cpu.Irq;
import exo.kernel.dev.Uart16550;
import exo.kernel.dev.VgaText;

public final class Console {
    private Console() {}

    private static Uart16550 serial;
    private static VgaText vga;

    public static void attachSerial(Uart16550 uart) {
        serial = uart;
    }

    public static void attachVga(VgaText screen) {
        vga = screen;
    }

    public static VgaText vga() {
        return vga;
    }

    /** Detaches both devices (tests). */
    public static void reset() {
        serial = null;
        vga = null;
    }

    /** Writes UTF-8 bytes to both devices. */
    public static void write(byte[] bytes, int off, int len) {
        boolean on = Irq.save();
        for (int i = off; i < off + len; i++) {
            writeByteRaw(bytes[i] & 0xFF);
        }
        syncCursor();
        Irq.restore(on);
        TerminalCopy.written(on);
    }

    public static void writeByte(int b) {
        boolean on = Irq.save();
        writeByteRaw(b);
        syncCursor();
        Irq.restore(on);
        TerminalCopy.written(on);
    }

    private static void writeByteRaw(int b) {
        TerminalCopy.put(b);
        if (serial != null) {
            serial.writeByte(b);
        }
        if (vga != null) {
            vga.writeByte(b);
        }
    }

    private static void syncCursor() {
        if (vga != null) {
            vga.syncCursor();
        }
    }

    public static void print(String s) {
        boolean on = Irq.save();
        printRaw(s);
        syncCursor();
        Irq.restore(on);
        TerminalCopy.written(on);
    }

    private static void printRaw(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n) {
                char low = s.charAt(i + 1);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    encode(0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00));
                    i++;
                    continue;
                }
            }
            encode(c);
        }
    }

    public static void println(String s) {
        boolean on = Irq.save();
        printRaw(s);
        writeByteRaw('\n');
        syncCursor();
        Irq.restore(on);
        TerminalCopy.written(on);
    }

    /** Prints one Unicode code point. */
    public static void putChar(int codePoint) {
        boolean on = Irq.save();
        encode(codePoint);
        syncCursor();
        Irq.restore(on);
        TerminalCopy.written(on);
    }

    /** UTF-8 encoding of one code point; unpaired surrogates become '?'. */
    private static void encode(int cp) {
        if (cp < 0x80) {
            writeByteRaw(cp);
        } else if (cp < 0x800) {
            writeByteRaw(0xC0 | (cp >> 6));
            writeByteRaw(0x80 | (cp & 0x3F));
        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            writeByteRaw('?');
        } else if (cp < 0x10000) {
            writeByteRaw(0xE0 | (cp >> 12));
            writeByteRaw(0x80 | ((cp >> 6) & 0x3F));
            writeByteRaw(0x80 | (cp & 0x3F));
        } else {
            writeByteRaw(0xF0 | (cp >> 18));
            writeByteRaw(0x80 | ((cp >> 12) & 0x3F));
            writeByteRaw(0x80 | ((cp >> 6) & 0x3F));
            writeByteRaw(0x80 | (cp & 0x3F));
        }
    }

    /** Sets the VGA colours of the following text (serial output is plain). */
    public static void setColour(int foreground, int background) {
        if (vga != null) {
            vga.setColour(foreground, background);
        }
    }

    public static void resetColour() {
        setColour(VgaText.LIGHT_GREY, VgaText.BLACK);
    }
}
