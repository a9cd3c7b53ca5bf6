/*
 * VGA text mode 80x25 at physical 0xB8000 (reached through the direct map): each cell is a
 * 16-bit word, character in the low byte (code page 437) and attribute in the high byte
 * (background colour << 4 | foreground colour). Text arrives as UTF-8 bytes, is decoded and
 * mapped to CP437 where the glyph exists (accented Latin letters, box drawing), else '?'.
 * Handles \n, \r, \t (8 columns), \b; scrolls one row at a time; the hardware cursor is moved
 * through the CRTC (index 0x3D4, data 0x3D5, registers 0x0E/0x0F = cursor position high/low)
 * by syncCursor, which Console calls once per write, because port writes are slow.
 */
package exo.kernel.dev;

import exo.hw.Memory;
import exo.hw.Port;
import exo.kernel.mm.PhysAddr;

public final class VgaText {
    public static final int COLS = 80;
    public static final int ROWS = 25;
    public static final long BUFFER_PHYS = 0xB8000L;
    public static final int CRTC_INDEX = 0x3D4;
    public static final int CRTC_DATA = 0x3D5;

    public static final int BLACK = 0;
    public static final int BLUE = 1;
    public static final int GREEN = 2;
    public static final int CYAN = 3;
    public static final int RED = 4;
    public static final int MAGENTA = 5;
    public static final int BROWN = 6;
    public static final int LIGHT_GREY = 7;
    public static final int DARK_GREY = 8;
    public static final int LIGHT_BLUE = 9;
    public static final int LIGHT_GREEN = 10;
    public static final int LIGHT_CYAN = 11;
    public static final int LIGHT_RED = 12;
    public static final int LIGHT_MAGENTA = 13;
    public static final int YELLOW = 14;
    public static final int WHITE = 15;

    // Unicode characters with a CP437 glyph, and that glyph's code, position by position.
    private static final String UNICODE =
            "\u00c7\u00fc\u00e9\u00e2\u00e4\u00e0\u00e5\u00e7\u00ea\u00eb\u00e8\u00ef\u00ee\u00ec\u00c4\u00c5"
            + "\u00c9\u00e6\u00c6\u00f4\u00f6\u00f2\u00fb\u00f9\u00ff\u00d6\u00dc\u00a2\u00a3\u00a5\u0192"
            + "\u00e1\u00ed\u00f3\u00fa\u00f1\u00d1\u00aa\u00ba\u00bf\u00ac\u00bd\u00bc\u00a1\u00ab\u00bb"
            + "\u00df\u00b5\u00b1\u00f7\u00b0\u00b7\u00b2\u00a7\u00b6\u25a0"
            + "\u2500\u2502\u250c\u2510\u2514\u2518\u2550\u2551\u2554\u2557\u255a\u255d\u2588\u2591\u2592\u2593";
    private static final String CP437 =
            "\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f"
            + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009f"
            + "\u00a0\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7\u00a8\u00aa\u00ab\u00ac\u00ad\u00ae\u00af"
            + "\u00e1\u00e6\u00f1\u00f6\u00f8\u00fa\u00fd\u0015\u0014\u00fe"
            + "\u00c4\u00b3\u00da\u00bf\u00c0\u00d9\u00cd\u00ba\u00c9\u00bb\u00c8\u00bc\u00db\u00b0\u00b1\u00b2";

    private final long buffer;
    private int row;
    private int col;
    private int attribute = LIGHT_GREY;
    private int utf8Remaining;
    private int utf8Value;

    public VgaText(long bufferVirt) {
        this.buffer = bufferVirt;
    }

    /** The real screen, through the direct map. */
    public static VgaText atDirectMap() {
        return new VgaText(PhysAddr.toVirt(BUFFER_PHYS));
    }

    public void setColour(int foreground, int background) {
        attribute = (background << 4) | (foreground & 0x0F);
    }

    public int attribute() {
        return attribute;
    }

    public void clear() {
        for (int r = 0; r < ROWS; r++) {
            clearRow(r);
        }
        row = 0;
        col = 0;
        syncCursor();
    }

    /** Places the next character at (row, col). */
    public void moveTo(int newRow, int newCol) {
        row = Math.max(0, Math.min(ROWS - 1, newRow));
        col = Math.max(0, Math.min(COLS - 1, newCol));
    }

    public int row() {
        return row;
    }

    public int col() {
        return col;
    }

    /** Takes one byte of UTF-8 text. Malformed sequences show as '?'. */
    public void writeByte(int b) {
        b &= 0xFF;
        if (utf8Remaining > 0) {
            if ((b & 0xC0) == 0x80) {
                utf8Value = (utf8Value << 6) | (b & 0x3F);
                if (--utf8Remaining == 0) {
                    putChar(utf8Value);
                }
                return;
            }
            utf8Remaining = 0;
            putChar('?');
        }
        if (b < 0x80) {
            putChar(b);
        } else if ((b & 0xE0) == 0xC0) {
            startSequence(b & 0x1F, 1);
        } else if ((b & 0xF0) == 0xE0) {
            startSequence(b & 0x0F, 2);
        } else if ((b & 0xF8) == 0xF0) {
            startSequence(b & 0x07, 3);
        } else {
            putChar('?');
        }
    }

    private void startSequence(int bits, int remaining) {
        utf8Value = bits;
        utf8Remaining = remaining;
    }

    /** Displays one Unicode character (control characters \n \r \t \b act). */
    public void putChar(int c) {
        if (c == '\n') {
            newLine();
        } else if (c == '\r') {
            col = 0;
        } else if (c == '\t') {
            col = Math.min(COLS, (col / 8 + 1) * 8);
            if (col == COLS) {
                newLine();
            }
        } else if (c == '\b') {
            if (col > 0) {
                col--;
                setCell(row, col, ' ', attribute);
            }
        } else {
            setCell(row, col, toCp437(c), attribute);
            if (++col == COLS) {
                newLine();
            }
        }
    }

    /** The CP437 code showing c, or '?' when code page 437 has no such glyph. */
    public static int toCp437(int c) {
        if (c >= 0x20 && c < 0x7F) {
            return c;
        }
        int i = c <= 0xFFFF ? UNICODE.indexOf((char) c) : -1;
        return i >= 0 ? CP437.charAt(i) : '?';
    }

    private void newLine() {
        col = 0;
        if (row < ROWS - 1) {
            row++;
        } else {
            scroll();
        }
    }

    /** Moves every row up by one (8 bytes at a time: a row is 160 bytes) and blanks the last. */
    private void scroll() {
        long rowBytes = COLS * 2;
        for (long off = 0; off < (ROWS - 1) * rowBytes; off += 8) {
            Memory.write64(buffer + off, Memory.read64(buffer + off + rowBytes));
        }
        clearRow(ROWS - 1);
    }

    private void clearRow(int r) {
        for (int c = 0; c < COLS; c++) {
            setCell(r, c, ' ', attribute);
        }
    }

    public void setCell(int r, int c, int ch, int attr) {
        Memory.write16(buffer + 2L * (r * COLS + c), (short) ((attr << 8) | (ch & 0xFF)));
    }

    /** The 16-bit cell at (r, c): attribute << 8 | character. */
    public int cell(int r, int c) {
        return Memory.read16(buffer + 2L * (r * COLS + c)) & 0xFFFF;
    }

    /** Moves the blinking hardware cursor to the write position. */
    public void syncCursor() {
        int pos = row * COLS + col;
        Port.outb(CRTC_INDEX, 0x0F);
        Port.outb(CRTC_DATA, pos & 0xFF);
        Port.outb(CRTC_INDEX, 0x0E);
        Port.outb(CRTC_DATA, (pos >> 8) & 0xFF);
    }

    /** Hides the cursor (bit 5 of the cursor start register). */
    public void disableCursor() {
        Port.outb(CRTC_INDEX, 0x0A);
        Port.outb(CRTC_DATA, 0x20);
    }

    /** Shows the cursor as an underline (scan lines 14-15 of the 16-line cell). */
    public void enableCursor() {
        Port.outb(CRTC_INDEX, 0x0A);
        Port.outb(CRTC_DATA, 14);
        Port.outb(CRTC_INDEX, 0x0B);
        Port.outb(CRTC_DATA, 15);
    }
}
