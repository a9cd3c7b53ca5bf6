/*
 * Output post-processing (termios c_oflag, applied when OPOST is set) and the output column:
 * ONLCR turns \n into \r\n, OCRNL \r into \n, ONOCR drops a \r in column 0, ONLRET makes \n
 * return the carriage, OLCUC upper-cases letters, TAB3 expands tabs to spaces. The column is
 * tracked whether or not OPOST is on, as the line discipline needs it to erase a tab or a
 * control character it echoed (\r and \n go to column 0, \b back one, \t to the next multiple
 * of 8, other control characters do not move it). Bytes go into a caller-supplied sink in
 * batches. Used by LineDiscipline for both program output and echo; never blocks.
 */
package exo.kernel.tty;

final class OutputProcessor {
    /** Where processed bytes go: the terminal's driver. */
    interface Sink {
        void write(byte[] b, int off, int len);
    }

    private static final int BATCH_BYTES = 256;

    private final byte[] batch = new byte[BATCH_BYTES];
    private int batched;
    private int column;

    int column() {
        return column;
    }

    /** Processes one byte under settings t into the batch (flush() sends it). */
    void put(Termios t, int b, Sink sink) {
        b &= 0xFF;
        if (!t.output(Termios.OPOST)) {
            raw(b, sink);
            return;
        }
        switch (b) {
            case '\n':
                if (t.output(Termios.ONLCR)) {
                    raw('\r', sink);
                    raw('\n', sink);
                    column = 0;
                    return;
                }
                if (t.output(Termios.ONLRET)) {
                    column = 0;
                }
                raw('\n', sink);
                return;
            case '\r':
                if (t.output(Termios.ONOCR) && column == 0) {
                    return;
                }
                if (t.output(Termios.OCRNL)) {
                    if (t.output(Termios.ONLRET)) {
                        column = 0;
                    }
                    raw('\n', sink);
                    return;
                }
                raw('\r', sink);
                return;
            case '\t':
                if ((t.oflag & Termios.TABDLY) == Termios.TAB3) {
                    int spaces = 8 - (column & 7);
                    for (int i = 0; i < spaces; i++) {
                        raw(' ', sink);
                    }
                    return;
                }
                raw('\t', sink);
                return;
            default:
                if (t.output(Termios.OLCUC) && b >= 'a' && b <= 'z') {
                    b -= 'a' - 'A';
                }
                raw(b, sink);
        }
    }

    /** Appends b without processing, moving the column as a terminal would. */
    void raw(int b, Sink sink) {
        b &= 0xFF;
        if (b == '\r' || b == '\n') {
            column = b == '\r' ? 0 : column;
        } else if (b == '\b') {
            column = Math.max(0, column - 1);
        } else if (b == '\t') {
            column = (column | 7) + 1;
        } else if (b >= 0x20 && (b & 0xC0) != 0x80 && b != 0x7F) {
            column++; // a UTF-8 continuation byte shares its lead byte's column
        }
        if (batched == BATCH_BYTES) {
            flush(sink);
        }
        batch[batched++] = (byte) b;
    }

    /** Sends what is batched. */
    void flush(Sink sink) {
        if (batched > 0) {
            int n = batched;
            batched = 0;
            sink.write(batch, 0, n);
        }
    }

    /** A bare \n with ONLCR off leaves the column; ONLCR's \r\n resets it (see put). */
    void setColumn(int c) {
        column = c;
    }
}
