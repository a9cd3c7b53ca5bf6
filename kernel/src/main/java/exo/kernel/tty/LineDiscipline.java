/*
 * The line discipline (Linux's N_TTY): what happens to each byte typed on a terminal and to each
 * byte a program writes to it, as termios says.
 *
 * Input: ISTRIP, IGNCR/ICRNL/INLCR and IUCLC first; IXON's ^S/^Q stop and restart output; ISIG
 * turns ^C, ^\ and ^Z into SIGINT, SIGQUIT and SIGTSTP for the foreground group (flushing the
 * queues unless NOFLSH); in canonical mode (ICANON) the line is edited here — erase (DEL), kill
 * (^U), word erase (^W), reprint (^R), literal next (^V), end of file (^D), EOL/EOL2 — and
 * becomes readable when it ends; otherwise every byte is readable at once. Echo (ECHO, ECHOE,
 * ECHOK, ECHOKE, ECHOCTL's ^X notation, ECHONL) goes through output processing like program
 * output. Erasing knows the column each character took (tabs, ^X pairs, UTF-8 with IUTF8).
 *
 * Not done: ECHOPRT's printed erase, VDISCARD/FLUSHO, PARMRK and parity (a line has no
 * parity errors here), IMAXBEL's bell. Signals requested by input are collected and taken by
 * Tty (takeSignals) to be sent once its lock is released. Not thread-safe: Tty locks.
 */
package exo.kernel.tty;

import exo.kernel.signal.Signals;

final class LineDiscipline {
    /** The longest canonical line, as Linux (N_TTY_BUF_SIZE less one for the newline). */
    static final int MAX_LINE = InputQueue.CAPACITY - 1;

    private final Termios termios;
    private final OutputProcessor.Sink sink;
    private final OutputProcessor out = new OutputProcessor();
    final InputQueue ready = new InputQueue();
    /** The canonical line being edited. */
    private final byte[] line = new byte[MAX_LINE];
    private int lineLength;
    /** The output column when the line being edited started (to erase tabs). */
    private int lineStartColumn;
    private boolean literalNext;
    /** IXON: output stopped by ^S until ^Q (or any key with IXANY). */
    private volatile boolean outputStopped;
    private long pendingSignals;

    LineDiscipline(Termios termios, OutputProcessor.Sink sink) {
        this.termios = termios;
        this.sink = sink;
    }

    Termios termios() {
        return termios;
    }

    boolean outputStopped() {
        return outputStopped;
    }

    /** TCXONC's TCOOFF/TCOON. */
    void setOutputStopped(boolean stopped) {
        outputStopped = stopped;
    }

    /** Signals the input asked for since the last call (a bit per signal number). */
    long takeSignals() {
        long s = pendingSignals;
        pendingSignals = 0;
        return s;
    }

    // ---- input ---------------------------------------------------------------------------

    /** Processes typed bytes in[off, off+len), then sends their echo. */
    void receive(byte[] in, int off, int len) {
        for (int i = off; i < off + len; i++) {
            receiveByte(in[i] & 0xFF);
        }
        out.flush(sink);
    }

    private void receiveByte(int c) {
        Termios t = termios;
        if (t.input(Termios.ISTRIP)) {
            c &= 0x7F;
        }
        if (literalNext) {
            literalNext = false;
            store(c); // its echo overwrites the "^" that ^V left (see editChar)
            return;
        }
        if (c == '\r') {
            if (t.input(Termios.IGNCR)) {
                return;
            }
            if (t.input(Termios.ICRNL)) {
                c = '\n';
            }
        } else if (c == '\n' && t.input(Termios.INLCR)) {
            c = '\r';
        }
        if (t.input(Termios.IUCLC) && t.local(Termios.IEXTEN) && c >= 'A' && c <= 'Z') {
            c += 'a' - 'A';
        }
        if (t.input(Termios.IXON) && flowControl(c)) {
            return;
        }
        if (t.local(Termios.ISIG) && signalChar(c)) {
            return;
        }
        if (t.canonical() && editChar(c)) {
            return;
        }
        store(c);
    }

    /** ^S/^Q; true when c was consumed. Any other byte restarts stopped output with IXANY. */
    private boolean flowControl(int c) {
        Termios t = termios;
        if (t.isChar(Termios.VSTOP, c)) {
            outputStopped = true;
            return true;
        }
        if (t.isChar(Termios.VSTART, c)) {
            outputStopped = false;
            return true;
        }
        if (outputStopped && t.input(Termios.IXANY)) {
            outputStopped = false;
        }
        return false;
    }

    private boolean signalChar(int c) {
        Termios t = termios;
        int sig = t.isChar(Termios.VINTR, c) ? Signals.SIGINT : t.isChar(Termios.VQUIT, c) ? Signals.SIGQUIT
                : t.isChar(Termios.VSUSP, c) ? Signals.SIGTSTP : 0;
        if (sig == 0) {
            return false;
        }
        if (!t.local(Termios.NOFLSH)) {
            flushInput();
        }
        outputStopped = false;
        if (t.local(Termios.ECHO)) {
            echo(c);
        }
        pendingSignals |= Signals.bit(sig);
        return true;
    }

    /** Canonical editing characters; true when c was one of them and is handled. */
    private boolean editChar(int c) {
        Termios t = termios;
        boolean ext = t.local(Termios.IEXTEN);
        if (t.isChar(Termios.VERASE, c)) {
            erase(KIND_ERASE);
        } else if (t.isChar(Termios.VKILL, c)) {
            erase(KIND_KILL);
        } else if (ext && t.isChar(Termios.VWERASE, c)) {
            erase(KIND_WERASE);
        } else if (ext && t.isChar(Termios.VLNEXT, c)) {
            literalNext = true;
            if (t.local(Termios.ECHO) && t.local(Termios.ECHOCTL)) {
                out.raw('^', sink);
                out.raw('\b', sink);
            }
        } else if (ext && t.isChar(Termios.VREPRINT, c)) {
            reprint(c);
        } else if (t.isChar(Termios.VEOF, c)) {
            endLine(-1);
        } else if (c == '\n' || t.isChar(Termios.VEOL, c) || ext && t.isChar(Termios.VEOL2, c)) {
            if (c == '\n' ? t.local(Termios.ECHO | Termios.ECHONL) : t.local(Termios.ECHO)) {
                echo(c);
            }
            endLine(c);
        } else {
            return false;
        }
        return true;
    }

    /** Stores an ordinary byte: into the line (canonical) or straight into the readable queue. */
    private void store(int c) {
        Termios t = termios;
        if (t.canonical()) {
            if (lineLength >= MAX_LINE) {
                return; // Linux drops characters past the line limit (and would ring IMAXBEL)
            }
            if (lineLength == 0) {
                lineStartColumn = out.column();
            }
            line[lineLength++] = (byte) c;
        } else if (!ready.add(c)) {
            return;
        }
        if (t.local(Termios.ECHO)) {
            echo(c);
        }
    }

    /** The line becomes readable, ended by terminator (or by ^D when terminator is -1). */
    private void endLine(int terminator) {
        if (ready.room() < lineLength + 1) {
            return; // a reader is far behind: the line stays, as Linux keeps it until there is room
        }
        for (int i = 0; i < lineLength; i++) {
            boolean last = i == lineLength - 1 && terminator < 0;
            ready.add((line[i] & 0xFF) | (last ? InputQueue.LINE_END : 0));
        }
        if (terminator >= 0) {
            ready.add(terminator | InputQueue.LINE_END);
        } else if (lineLength == 0) {
            ready.add(InputQueue.EOF_MARK | InputQueue.LINE_END);
        }
        lineLength = 0;
    }

    // ---- erasing -------------------------------------------------------------------------

    private static final int KIND_ERASE = 0;
    private static final int KIND_KILL = 1;
    private static final int KIND_WERASE = 2;

    private void erase(int kind) {
        Termios t = termios;
        if (lineLength == 0) {
            return;
        }
        boolean echo = t.local(Termios.ECHO);
        if (kind == KIND_KILL && echo && !(t.local(Termios.ECHOK) && t.local(Termios.ECHOKE) && t.local(Termios.ECHOE))) {
            lineLength = 0;
            echo(t.ccValue(Termios.VKILL));
            if (t.local(Termios.ECHOK)) {
                echo('\n');
            }
            return;
        }
        if (kind == KIND_ERASE && echo && !t.local(Termios.ECHOE)) {
            eraseOne();
            echo(t.ccValue(Termios.VERASE));
            return;
        }
        boolean seenWordChar = false;
        while (lineLength > 0) {
            int c = line[lineLength - 1] & 0xFF;
            if (kind == KIND_WERASE) {
                boolean word = Character.isLetterOrDigit(c) && c < 0x80 || c == '_';
                if (word) {
                    seenWordChar = true;
                } else if (seenWordChar) {
                    break;
                }
            }
            int before = visibleColumns();
            eraseOne();
            if (echo) {
                backOver(before - visibleColumns());
            }
            if (kind == KIND_ERASE) {
                break;
            }
        }
    }

    /** Removes the last character of the line (a whole UTF-8 sequence with IUTF8). */
    private void eraseOne() {
        if (termios.input(Termios.IUTF8)) {
            while (lineLength > 1 && (line[lineLength - 1] & 0xC0) == 0x80) {
                lineLength--;
            }
        }
        lineLength--;
    }

    /** The output column the line's echo reaches, computed from where the line started. */
    private int visibleColumns() {
        int col = lineStartColumn;
        boolean ctl = termios.local(Termios.ECHOCTL);
        for (int i = 0; i < lineLength; i++) {
            int c = line[i] & 0xFF;
            if (c == '\t') {
                col = (col | 7) + 1;
            } else if (c < 0x20 || c == 0x7F) {
                col += ctl ? 2 : 0;
            } else if ((c & 0xC0) != 0x80) {
                col++;
            }
        }
        return col;
    }

    private void backOver(int columns) {
        for (int i = 0; i < columns; i++) {
            out.raw('\b', sink);
            out.raw(' ', sink);
            out.raw('\b', sink);
        }
    }

    private void reprint(int c) {
        if (!termios.local(Termios.ECHO)) {
            return;
        }
        echo(c);
        out.put(termios, '\n', sink);
        lineStartColumn = out.column();
        for (int i = 0; i < lineLength; i++) {
            echo(line[i] & 0xFF);
        }
    }

    // ---- echo and output -----------------------------------------------------------------

    /** Echoes c: control characters as ^X with ECHOCTL (tab and newline as themselves). */
    private void echo(int c) {
        Termios t = termios;
        if (t.local(Termios.ECHOCTL) && (c < 0x20 && c != '\t' && c != '\n' || c == 0x7F)) {
            out.raw('^', sink);
            out.raw(c == 0x7F ? '?' : c + '@', sink);
            return;
        }
        out.put(t, c, sink);
    }

    /** A program's output, processed (OPOST) and sent to the driver. */
    void write(byte[] src, int off, int len) {
        for (int i = off; i < off + len; i++) {
            out.put(termios, src[i], sink);
        }
        out.flush(sink);
    }

    // ---- queues and settings -------------------------------------------------------------

    /** Drops typed input: the line being edited and everything unread (TCFLSH, signals). */
    void flushInput() {
        ready.clear();
        lineLength = 0;
        literalNext = false;
    }

    /** New settings were stored into termios: canonical <-> raw switches keep typed input. */
    void settingsChanged(boolean wasCanonical) {
        boolean canonical = termios.canonical();
        if (wasCanonical && !canonical) {
            for (int i = 0; i < lineLength; i++) {
                ready.add(line[i] & 0xFF);
            }
            lineLength = 0;
        } else if (!wasCanonical && canonical) {
            ready.endLineAtTail();
        }
        if (!termios.input(Termios.IXON)) {
            outputStopped = false;
        }
    }

    /** Can a reader proceed: a line (canonical) or minBytes bytes (raw) are there. */
    boolean readable(int minBytes) {
        return termios.canonical() ? ready.lines() > 0 : ready.size() >= minBytes;
    }

    int take(byte[] dst, int off, int len) {
        return ready.take(dst, off, len, termios.canonical());
    }

    int readableBytes() {
        return ready.dataBytes();
    }

    int column() {
        return out.column();
    }
}
