/*
 * The input a reader can take: a ring of entries, each a byte (0-255) or the end-of-file mark
 * that ^D leaves, with a flag on the entry that ends a canonical line (the newline, EOL, EOL2,
 * or the last byte before a ^D). Canonical reads take one line at most; raw reads take what is
 * there. 4096 entries, as Linux's N_TTY buffer: input beyond that is dropped. The counts
 * `size` and `lines` are volatile because readers test them in a wait condition without the
 * terminal's lock (see Tty).
 */
package exo.kernel.tty;

final class InputQueue {
    static final int CAPACITY = 4096;
    static final int EOF_MARK = 0x100;
    static final int LINE_END = 0x200;

    private final short[] ring = new short[CAPACITY];
    private int head;
    private volatile int size;
    private volatile int lines;

    int size() {
        return size;
    }

    int lines() {
        return lines;
    }

    int room() {
        return CAPACITY - size;
    }

    /** Appends an entry (a byte, EOF_MARK, with LINE_END or not); false when full. */
    boolean add(int entry) {
        if (size == CAPACITY) {
            return false;
        }
        ring[(head + size) % CAPACITY] = (short) entry;
        if ((entry & LINE_END) != 0) {
            lines++;
        }
        size++;
        return true;
    }

    /** Marks the newest entry as ending a line (switching to canonical mode keeps raw input readable). */
    void endLineAtTail() {
        if (size > 0) {
            int i = (head + size - 1) % CAPACITY;
            if ((ring[i] & LINE_END) == 0) {
                ring[i] |= LINE_END;
                lines++;
            }
        }
    }

    /**
     * Moves up to len data bytes into dst; with oneLine it stops after the entry ending a line.
     * An end-of-file mark met first is consumed and ends the read with nothing (returns 0); met
     * later it stays for the next read. Returns the number of bytes.
     */
    int take(byte[] dst, int off, int len, boolean oneLine) {
        int n = 0;
        while (size > 0 && n < len) {
            int e = ring[head];
            if ((e & EOF_MARK) != 0) {
                if (n == 0) {
                    pop(e);
                }
                break;
            }
            dst[off + n++] = (byte) e;
            pop(e);
            if (oneLine && (e & LINE_END) != 0) {
                break;
            }
        }
        return n;
    }

    private void pop(int e) {
        head = (head + 1) % CAPACITY;
        size--;
        if ((e & LINE_END) != 0) {
            lines--;
        }
    }

    /** Data bytes readable (FIONREAD): end-of-file marks are not data. */
    int dataBytes() {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if ((ring[(head + i) % CAPACITY] & EOF_MARK) == 0) {
                n++;
            }
        }
        return n;
    }

    void clear() {
        head = 0;
        size = 0;
        lines = 0;
    }
}
