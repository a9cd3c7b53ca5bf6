/*
 * A text screen's contents as a VT100 sees them: rows x cols cells (a character and a VGA
 * attribute byte), the cursor with VT100's deferred wrap (a character in the last column
 * leaves the cursor there until the next one), a scroll region (DECSTBM), a saved cursor
 * (DECSC/DECRC), an optional alternate screen (xterm's 1049), and a scrollback of the lines
 * that scrolled off the top of the whole screen, which view(n) shows n lines back. Rows changed
 * since the last takeDirty() are marked so the VGA copy is cheap. The escape-sequence parser
 * (Vt100) drives it; VirtualConsole copies it to the hardware. Host-tested; not thread-safe.
 */
package exo.kernel.tty;

public final class Screen {
    public final int rows;
    public final int cols;
    private char[] chars;
    private byte[] attrs;
    private char[] savedChars;
    private byte[] savedAttrs;
    private final boolean[] dirty;
    private int row;
    private int col;
    private boolean wrapPending;
    private int top;
    private int bottom;
    private int savedRow;
    private int savedCol;
    private int savedAttr;
    private boolean alternate;
    /** The attribute of new characters and of erased cells (VGA: background << 4 | foreground). */
    int attr = DEFAULT_ATTR;
    boolean autowrap = true;
    boolean cursorVisible = true;

    public static final int DEFAULT_ATTR = 0x07;

    private final char[][] backChars;
    private final byte[][] backAttrs;
    /** Lines in the scrollback, and the index of the next one to fill (a ring). */
    private int backCount;
    private int backNext;

    public Screen(int rows, int cols, int scrollbackLines) {
        this.rows = rows;
        this.cols = cols;
        chars = new char[rows * cols];
        attrs = new byte[rows * cols];
        dirty = new boolean[rows];
        backChars = new char[scrollbackLines][];
        backAttrs = new byte[scrollbackLines][];
        bottom = rows - 1;
        eraseCells(0, rows * cols);
    }

    // ---- reading (the VGA copy, tests) ---------------------------------------------------

    public char charAt(int r, int c) {
        return chars[r * cols + c];
    }

    public int attrAt(int r, int c) {
        return attrs[r * cols + c] & 0xFF;
    }

    public int row() {
        return row;
    }

    public int col() {
        return col;
    }

    /** The text of row r, trailing blanks cut (tests). */
    public String line(int r) {
        int end = cols;
        while (end > 0 && chars[r * cols + end - 1] == ' ') {
            end--;
        }
        return new String(chars, r * cols, end);
    }

    public int scrollbackLines() {
        return backCount;
    }

    /**
     * The character at (r, c) of the view `back` lines up the scrollback (0: the screen); the
     * attribute goes to attrOut[0].
     */
    public char viewCharAt(int back, int r, int c, int[] attrOut) {
        int line = r - back;
        if (line >= 0) {
            attrOut[0] = attrAt(line, c);
            return charAt(line, c);
        }
        int idx = Math.floorMod(backNext + line, backChars.length);
        char[] lc = backChars[idx];
        attrOut[0] = lc == null || c >= lc.length ? DEFAULT_ATTR : backAttrs[idx][c] & 0xFF;
        return lc == null || c >= lc.length ? ' ' : lc[c];
    }

    /** Did row r change since the last call? Clears the mark. */
    public boolean takeDirty(int r) {
        boolean d = dirty[r];
        dirty[r] = false;
        return d;
    }

    public void markAllDirty() {
        for (int r = 0; r < rows; r++) {
            dirty[r] = true;
        }
    }

    // ---- writing -------------------------------------------------------------------------

    /** A printable character at the cursor, wrapping first if the last one filled the line. */
    public void put(char ch) {
        if (wrapPending && autowrap) {
            col = 0;
            lineFeed();
        }
        wrapPending = false;
        int i = row * cols + col;
        chars[i] = ch;
        attrs[i] = (byte) attr;
        dirty[row] = true;
        if (col == cols - 1) {
            wrapPending = true;
        } else {
            col++;
        }
    }

    public void carriageReturn() {
        col = 0;
        wrapPending = false;
    }

    public void backspace() {
        if (col > 0) {
            col--;
        }
        wrapPending = false;
    }

    public void tab() {
        col = Math.min(cols - 1, (col / 8 + 1) * 8);
        wrapPending = false;
    }

    /** LF/IND: down a line, scrolling the region when at its bottom. */
    public void lineFeed() {
        wrapPending = false;
        if (row == bottom) {
            scrollUp(1);
        } else if (row < rows - 1) {
            row++;
        }
    }

    /** RI: up a line, scrolling the region down when at its top. */
    public void reverseLineFeed() {
        wrapPending = false;
        if (row == top) {
            scrollDown(1);
        } else if (row > 0) {
            row--;
        }
    }

    /** CUP: to (r, c), 0-based, clamped. */
    public void moveTo(int r, int c) {
        row = clamp(r, 0, rows - 1);
        col = clamp(c, 0, cols - 1);
        wrapPending = false;
    }

    /** CUU/CUD: vertical moves stop at the scroll region's edge when they start inside it. */
    public void moveVertically(int n) {
        int lo = row >= top ? top : 0;
        int hi = row <= bottom ? bottom : rows - 1;
        row = clamp(row + n, lo, hi);
        wrapPending = false;
    }

    /** DECSTBM, 0-based inclusive; a bad region is ignored. The cursor goes home. */
    public void setScrollRegion(int t, int b) {
        if (t < 0 || b >= rows || t >= b) {
            return;
        }
        top = t;
        bottom = b;
        moveTo(0, 0);
    }

    public void saveCursor() {
        savedRow = row;
        savedCol = col;
        savedAttr = attr;
    }

    public void restoreCursor() {
        moveTo(savedRow, savedCol);
        attr = savedAttr;
    }

    /** Scrolls the region up n lines; a full-screen scroll keeps the lost lines. */
    public void scrollUp(int n) {
        n = Math.min(n, bottom - top + 1);
        for (int k = 0; k < n; k++) {
            if (top == 0 && bottom == rows - 1 && !alternate) {
                keepInScrollback(0);
            }
            System.arraycopy(chars, (top + 1) * cols, chars, top * cols, (bottom - top) * cols);
            System.arraycopy(attrs, (top + 1) * cols, attrs, top * cols, (bottom - top) * cols);
            eraseCells(bottom * cols, cols);
        }
        markRows(top, bottom);
    }

    public void scrollDown(int n) {
        n = Math.min(n, bottom - top + 1);
        for (int k = 0; k < n; k++) {
            System.arraycopy(chars, top * cols, chars, (top + 1) * cols, (bottom - top) * cols);
            System.arraycopy(attrs, top * cols, attrs, (top + 1) * cols, (bottom - top) * cols);
            eraseCells(top * cols, cols);
        }
        markRows(top, bottom);
    }

    /** IL/DL: lines inserted or deleted at the cursor, inside the scroll region. */
    public void insertLines(int n, boolean insert) {
        if (row < top || row > bottom) {
            return;
        }
        int savedTop = top;
        top = row;
        if (insert) {
            scrollDown(n);
        } else {
            scrollUpNoKeep(n);
        }
        top = savedTop;
        col = 0;
        wrapPending = false;
    }

    private void scrollUpNoKeep(int n) {
        boolean was = alternate;
        alternate = true; // lines deleted in the middle are not history
        scrollUp(n);
        alternate = was;
    }

    /** ICH/DCH: cells inserted (blank) or deleted at the cursor, the rest of the line shifting. */
    public void insertChars(int n, boolean insert) {
        int start = row * cols + col;
        int left = cols - col;
        n = Math.min(n, left);
        if (insert) {
            System.arraycopy(chars, start, chars, start + n, left - n);
            System.arraycopy(attrs, start, attrs, start + n, left - n);
            eraseCells(start, n);
        } else {
            System.arraycopy(chars, start + n, chars, start, left - n);
            System.arraycopy(attrs, start + n, attrs, start, left - n);
            eraseCells(start + left - n, n);
        }
        dirty[row] = true;
        wrapPending = false;
    }

    /** ED: 0 cursor to end, 1 start to cursor, 2/3 whole screen. */
    public void eraseInDisplay(int mode) {
        int cur = row * cols + col;
        if (mode == 0) {
            eraseCells(cur, rows * cols - cur);
            markRows(row, rows - 1);
        } else if (mode == 1) {
            eraseCells(0, cur + 1);
            markRows(0, row);
        } else {
            eraseCells(0, rows * cols);
            markRows(0, rows - 1);
        }
    }

    /** EL: 0 cursor to end of line, 1 start to cursor, 2 whole line. */
    public void eraseInLine(int mode) {
        int start = row * cols;
        if (mode == 0) {
            eraseCells(start + col, cols - col);
        } else if (mode == 1) {
            eraseCells(start, col + 1);
        } else {
            eraseCells(start, cols);
        }
        dirty[row] = true;
    }

    /** ECH: n cells from the cursor. */
    public void eraseChars(int n) {
        eraseCells(row * cols + col, Math.min(n, cols - col));
        dirty[row] = true;
    }

    /** xterm's 1049: the alternate screen (on: saved cursor, cleared) or back to the main one. */
    public void useAlternate(boolean on) {
        if (on == alternate) {
            return;
        }
        if (on) {
            saveCursor();
            savedChars = chars.clone();
            savedAttrs = attrs.clone();
            alternate = true;
            eraseCells(0, rows * cols);
        } else {
            chars = savedChars;
            attrs = savedAttrs;
            alternate = false;
            restoreCursor();
        }
        markRows(0, rows - 1);
    }

    /** RIS: everything back to the power-on state but the scrollback. */
    public void reset() {
        if (alternate) {
            useAlternate(false);
        }
        attr = DEFAULT_ATTR;
        top = 0;
        bottom = rows - 1;
        autowrap = true;
        cursorVisible = true;
        eraseCells(0, rows * cols);
        markRows(0, rows - 1);
        moveTo(0, 0);
    }

    private void keepInScrollback(int r) {
        if (backChars.length == 0) {
            return;
        }
        char[] lc = new char[cols];
        byte[] la = new byte[cols];
        System.arraycopy(chars, r * cols, lc, 0, cols);
        System.arraycopy(attrs, r * cols, la, 0, cols);
        backChars[backNext] = lc;
        backAttrs[backNext] = la;
        backNext = (backNext + 1) % backChars.length;
        backCount = Math.min(backCount + 1, backChars.length);
    }

    private void eraseCells(int from, int count) {
        byte blank = (byte) (attr & 0xF0 | DEFAULT_ATTR & 0x0F);
        for (int i = from; i < from + count; i++) {
            chars[i] = ' ';
            attrs[i] = blank;
        }
    }

    private void markRows(int from, int to) {
        for (int r = from; r <= to; r++) {
            dirty[r] = true;
        }
    }

    private static int clamp(int v, int lo, int hi) {
        return v < lo ? lo : Math.min(v, hi);
    }
}
