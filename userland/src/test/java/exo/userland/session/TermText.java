/*
 * What a session's terminal shows, reduced to text: the bytes a shell writes to its terminal
 * (exosh's line editor redraws its line with CR, the prompt and ESC [ K after each key) become
 * the lines a person would read, and a plain copy of everything printed (escape sequences and
 * CRs dropped) is kept for matching full-screen programs such as vi. It also answers the one
 * question programs put to their terminal, ESC [ 6 n (the cursor position report that
 * busybox's vi and line editor send when the terminal's size is unknown), as a 24x80 terminal
 * would. SessionRun feeds it from the session's output and reads it from its steps; reads and
 * writes come from different threads, hence the synchronized methods.
 *
 * The model is one line deep: it follows the cursor along the current line (CR, BS, TAB, ESC [
 * C/D/G/K/X) and treats any other cursor jump (ESC [ H, ESC [ J...) as the end of the line.
 * That is exact for a shell's output and its line editing; a full-screen program's drawing
 * comes out as fragments, which the session scripts match in plain text instead.
 */
package exo.userland.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

public final class TermText {
    /** The size the terminal claims to have when a program asks where its cursor is. */
    static final int ROWS = 24, COLS = 80;

    private final List<String> lines = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int col;
    private final StringBuilder plain = new StringBuilder();
    private final Consumer<byte[]> replies;
    private long bytesSeen;
    // escape parser state
    private int state;            // 0 ground, 1 after ESC, 2 CSI, 3 OSC, 4 one more byte to skip
    private final StringBuilder params = new StringBuilder();
    private int row = ROWS;       // the row a cursor report gives: the bottom, where a shell writes

    /** replies: where the answers to the terminal's questions go (the session's keyboard). */
    public TermText(Consumer<byte[]> replies) {
        this.replies = replies;
    }

    public synchronized void feed(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            accept(b[i] & 0xFF);
        }
        bytesSeen += len;
    }

    private void accept(int c) {
        switch (state) {
            case 1 -> escape(c);
            case 2 -> csiByte(c);
            case 3 -> state = c == 0x07 || c == 0x1B ? 0 : 3;
            case 4 -> state = 0;
            default -> ground(c);
        }
    }

    private void ground(int c) {
        switch (c) {
            case '\r' -> col = 0;
            case '\n' -> {
                endLine();
                plain.append('\n');
            }
            case '\b' -> col = Math.max(0, col - 1);
            case '\t' -> {
                do {
                    put(' ');
                } while (col % 8 != 0);
            }
            case 0x1B -> state = 1;
            default -> {
                if (c >= 0x20 && c != 0x7F) {
                    put((char) c);
                    plain.append((char) c);
                }
            }
        }
    }

    private void put(char ch) {
        while (current.length() < col) {
            current.append(' ');
        }
        if (col < current.length()) {
            current.setCharAt(col, ch);
        } else {
            current.append(ch);
        }
        col++;
    }

    private void endLine() {
        lines.add(current.toString());
        current.setLength(0);
        col = 0;
    }

    private void escape(int c) {
        state = 0;
        if (c == '[') {
            state = 2;
            params.setLength(0);
        } else if (c == ']') {
            state = 3;
        } else if (c == '(' || c == ')' || c == '#') {
            state = 4;
        }
        // ESC 7, ESC 8, ESC = and the other two-byte sequences: nothing to show
    }

    private void csiByte(int c) {
        if (c >= 0x40 && c <= 0x7E) {
            state = 0;
            csi((char) c, params.toString());
        } else {
            params.append((char) c);
        }
    }

    private static int number(String p, int index, int dflt) {
        String[] parts = p.replace("?", "").split(";", -1);
        if (index >= parts.length || parts[index].isEmpty()) {
            return dflt;
        }
        try {
            return Integer.parseInt(parts[index]);
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    private void csi(char fin, String p) {
        int n = Math.max(1, number(p, 0, 1));
        switch (fin) {
            case 'C' -> col += n;
            case 'D' -> col = Math.max(0, col - n);
            case 'G' -> col = n - 1;
            case 'K' -> eraseInLine(number(p, 0, 0));
            case 'X' -> {
                for (int i = col; i < Math.min(col + n, current.length()); i++) {
                    current.setCharAt(i, ' ');
                }
            }
            case 'n' -> {
                if (number(p, 0, 0) == 6) {
                    replies.accept(("\033[" + row + ";" + Math.min(COLS, col + 1) + "R").getBytes());
                }
            }
            case 'H', 'f' -> {
                row = Math.min(ROWS, Math.max(1, number(p, 0, 1)));
                int to = Math.min(COLS, Math.max(1, number(p, 1, 1))) - 1;
                jump();
                col = to;
            }
            case 'A', 'B', 'J', 'L', 'M', 'S', 'T', 'd', 'r' -> jump();
            default -> { } // colours (m), modes (h, l) and the rest change nothing here
        }
    }

    private void eraseInLine(int mode) {
        if (mode == 0) {
            current.setLength(Math.min(col, current.length()));
        } else if (mode == 1) {
            for (int i = 0; i < Math.min(col + 1, current.length()); i++) {
                current.setCharAt(i, ' ');
            }
        } else {
            current.setLength(0);
        }
    }

    /** A move off the current line: what it had is a line of its own. */
    private void jump() {
        if (current.length() > 0) {
            String s = current.toString().stripTrailing();
            current.setLength(0);
            if (!s.isEmpty()) {
                lines.add(s);
            }
        }
        col = 0;
        plain.append('\n');
    }

    /** The number of finished lines. */
    public synchronized int lineCount() {
        return lines.size();
    }

    /** Finished lines from..end (trailing blanks cut). */
    public synchronized List<String> linesFrom(int from) {
        List<String> out = new ArrayList<>();
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            out.add(lines.get(i).stripTrailing());
        }
        return out;
    }

    /** The line the cursor is on, as shown. */
    public synchronized String currentLine() {
        return current.toString();
    }

    /** True when the cursor is at the end of the current line (where a prompt leaves it). */
    public synchronized boolean cursorAtEnd() {
        return col == current.length();
    }

    public synchronized int plainLength() {
        return plain.length();
    }

    public synchronized String plainFrom(int from) {
        return plain.substring(Math.min(from, plain.length()));
    }

    public synchronized long bytesSeen() {
        return bytesSeen;
    }

    /** The last n finished lines and the current one, for failure reports. */
    public synchronized String tail(int n) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines.subList(Math.max(0, lines.size() - n), lines.size())) {
            sb.append("    | ").append(l).append('\n');
        }
        return sb.append("    | ").append(current).append("\u2038\n").toString();
    }
}
