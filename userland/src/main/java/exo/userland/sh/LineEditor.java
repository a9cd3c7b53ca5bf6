/*
 * The interactive line editor: the terminal in raw mode (exo.sys.Termios), keys as a VT100/
 * xterm sends them. Editing: arrows, Home/End, Backspace/Delete, Ctrl-A/E/B/F/K/U/W/Y/L/D;
 * history with Up/Down (Ctrl-P/N) and Ctrl-R search; Tab completion (Completion); Ctrl-C
 * abandons the line. The line is redrawn on one terminal row after each key, except a
 * character typed at its end, which is only echoed.
 */
package exo.userland.sh;

import exo.sys.Sys;
import exo.sys.SysException;
import exo.sys.Termios;
import java.util.List;

final class LineEditor {
    private final Shell sh;
    private final int fd;
    private final Completion completion;
    private StringBuilder line;
    private int cursor;
    private String prompt;
    private String killed = "";
    private int historyIndex;
    private String editedLine;   // the line being typed, kept while browsing history
    private boolean lastWasTab;

    /** What readLine returns for Ctrl-C: the line, and any command it continued, is dropped. */
    static final String INTERRUPTED = "\0INT";

    LineEditor(Shell sh, int fd) {
        this.sh = sh;
        this.fd = fd;
        this.completion = new Completion(sh);
    }

    /**
     * Reads one line (without its newline); null at end of input (Ctrl-D on an empty line),
     * INTERRUPTED after Ctrl-C.
     */
    String readLine(String prompt) {
        Termios cooked;
        try {
            cooked = Termios.get(fd);
            cooked.raw().set(fd, Termios.TCSADRAIN);
        } catch (SysException e) {
            return new Repl.LineReader(0).readLine();   // not a terminal after all
        }
        try {
            return edit(prompt);
        } finally {
            cooked.set(fd, Termios.TCSADRAIN);
        }
    }

    private String edit(String prompt) {
        this.prompt = prompt;
        line = new StringBuilder();
        cursor = 0;
        historyIndex = sh.history.entries.size();
        editedLine = null;
        write(prompt);
        while (true) {
            int c = readByte();
            if (c < 0) {
                write("\r\n");
                return line.length() > 0 ? line.toString() : null;
            }
            boolean tab = c == '\t';
            String done = key(c);
            lastWasTab = tab;
            if (done != null) {
                return done.equals("\0EOF") ? null : done;
            }
        }
    }

    /** Handles one key; returns the finished line, "\0EOF", or null to go on. */
    private String key(int c) {
        switch (c) {
            case '\r': case '\n':
                write("\r\n");
                return line.toString();
            case 4:   // Ctrl-D
                if (line.length() == 0) {
                    write("\r\n");
                    return "\0EOF";
                }
                deleteAt(cursor);
                break;
            case 3:   // Ctrl-C
                write("^C\r\n");
                sh.status = 130;
                return INTERRUPTED;
            case 127: case 8: deleteAt(cursor - 1); break;
            case 1: cursor = 0; break;
            case 5: cursor = line.length(); break;
            case 2: cursor = Math.max(0, cursor - 1); break;
            case 6: cursor = Math.min(line.length(), cursor + 1); break;
            case 11: kill(cursor, line.length()); break;
            case 21: kill(0, cursor); break;
            case 23: kill(wordStart(), cursor); break;
            case 25: insert(killed); break;
            case 12: write("\033[H\033[2J"); break;
            case 16: history(-1); break;
            case 14: history(1); break;
            case 18: return reverseSearch();
            case '\t': complete(); break;
            case 27: escape(); break;
            default:
                if (c >= 32 && cursor == line.length()) {
                    // Typing at the end of the line: the echo is enough. A redraw per key would
                    // make a long line (a paste of 100,000 characters) cost its square in output.
                    String ch = String.valueOf((char) c);
                    insert(ch);
                    write(ch);
                    return null;
                }
                if (c >= 32) {
                    insert(String.valueOf((char) c));
                }
        }
        redraw();
        return null;
    }

    private void escape() {
        int c = readByte();
        if (c != '[' && c != 'O') {
            return;
        }
        int k = readByte();
        StringBuilder digits = new StringBuilder();
        while (k >= '0' && k <= '9' || k == ';') {
            digits.append((char) k);
            k = readByte();
        }
        switch (k) {
            case 'A': history(-1); break;
            case 'B': history(1); break;
            case 'C': cursor = Math.min(line.length(), cursor + 1); break;
            case 'D': cursor = Math.max(0, cursor - 1); break;
            case 'H': cursor = 0; break;
            case 'F': cursor = line.length(); break;
            case '~':
                String d = digits.toString();
                if (d.equals("1") || d.equals("7")) {
                    cursor = 0;
                } else if (d.equals("4") || d.equals("8")) {
                    cursor = line.length();
                } else if (d.equals("3")) {
                    deleteAt(cursor);
                }
                break;
            default:
                break;
        }
    }

    private void insert(String s) {
        line.insert(cursor, s);
        cursor += s.length();
    }

    private void deleteAt(int i) {
        if (i >= 0 && i < line.length()) {
            line.deleteCharAt(i);
            if (i < cursor) {
                cursor--;
            }
        }
    }

    private void kill(int from, int to) {
        if (from < to) {
            killed = line.substring(from, to);
            line.delete(from, to);
            cursor = from;
        }
    }

    private int wordStart() {
        int i = cursor;
        while (i > 0 && line.charAt(i - 1) == ' ') {
            i--;
        }
        while (i > 0 && line.charAt(i - 1) != ' ') {
            i--;
        }
        return i;
    }

    private void history(int step) {
        List<String> h = sh.history.entries;
        int to = historyIndex + step;
        if (to < 0 || to > h.size()) {
            return;
        }
        if (historyIndex == h.size()) {
            editedLine = line.toString();
        }
        historyIndex = to;
        line = new StringBuilder(to == h.size() ? (editedLine == null ? "" : editedLine) : h.get(to));
        cursor = line.length();
    }

    /** Ctrl-R: incremental search backwards; Enter runs the match, other keys edit it. */
    private String reverseSearch() {
        StringBuilder query = new StringBuilder();
        int from = sh.history.entries.size() - 1;
        String match = "";
        while (true) {
            write("\r\033[K(reverse-i-search)`" + query + "': " + match);
            int c = readByte();
            if (c == 18) {
                from = find(query.toString(), from - 1);
            } else if (c == 127 || c == 8) {
                if (query.length() > 0) {
                    query.setLength(query.length() - 1);
                }
                from = find(query.toString(), sh.history.entries.size() - 1);
            } else if (c >= 32) {
                query.append((char) c);
                from = find(query.toString(), from);
            } else {
                line = new StringBuilder(match);
                cursor = line.length();
                if (c == 3 || c == 7) {
                    line.setLength(0);
                    cursor = 0;
                }
                redraw();
                return c < 0 ? "\0EOF" : key(c == 3 || c == 7 ? 0 : c);
            }
            match = from >= 0 ? sh.history.entries.get(from) : "";
        }
    }

    private int find(String q, int from) {
        for (int i = Math.min(from, sh.history.entries.size() - 1); i >= 0; i--) {
            if (sh.history.entries.get(i).contains(q)) {
                return i;
            }
        }
        return -1;
    }

    private void complete() {
        Completion.Result r = completion.complete(line.substring(0, cursor));
        if (r == null) {
            write("\007");
            return;
        }
        if (!r.insert.isEmpty()) {
            insert(r.insert);
            return;
        }
        if (r.candidates.size() > 1) {
            if (lastWasTab) {
                write("\r\n" + String.join("  ", r.candidates) + "\r\n");
            } else {
                write("\007");
            }
        }
    }

    private void redraw() {
        StringBuilder sb = new StringBuilder("\r").append(prompt).append(line).append("\033[K");
        int back = line.length() - cursor;
        if (back > 0) {
            sb.append("\033[").append(back).append('D');
        }
        write(sb.toString());
    }

    private void write(String s) {
        try {
            Sys.write(fd, s);
        } catch (SysException e) {
            // the terminal went away: the next read ends the session
        }
    }

    private int readByte() {
        byte[] b = new byte[1];
        try {
            int n = Sys.read(fd, b, 0, 1);
            return n <= 0 ? -1 : b[0] & 0xFF;
        } catch (SysException e) {
            return -1;
        }
    }
}
