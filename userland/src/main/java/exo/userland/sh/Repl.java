/*
 * Reads commands from standard input and runs them: an interactive session (prompt, line
 * editing on a terminal, history, job notifications, job control) or a script piped in.
 * Lines are gathered until they form complete commands (an open quote or `if` without `fi`
 * asks for more with PS2), then run. Standard input is never read past the current line, so
 * the commands can read the rest.
 */
package exo.userland.sh;

import exo.sys.Sys;
import exo.sys.SysException;
import exo.sys.Tty;

final class Repl {
    /** Longest command text gathered before it is rejected (a runaway here-document or quote). */
    static final int MAX_PENDING = 4 << 20;

    private final Shell sh;
    private LineEditor editor;
    private final LineReader stdin = new LineReader(0);

    Repl(Shell sh) {
        this.sh = sh;
    }

    int run() {
        if (sh.interactive) {
            startInteractive();
        }
        StringBuilder pending = new StringBuilder();
        while (true) {
            if (sh.interactive && pending.length() == 0) {
                sh.jobs.notifyChanges();
            }
            sh.traps.runPending();
            String line = readLine(pending.length() == 0 ? prompt() : secondaryPrompt());
            if (line == null) {
                if (pending.length() > 0) {
                    runText(pending.toString(), true);
                }
                if (sh.interactive) {
                    sh.err.print("exit\n").flush();
                }
                return sh.status;
            }
            if (line == LineEditor.INTERRUPTED) {
                pending.setLength(0);   // Ctrl-C at PS2 drops the whole command, as in sh and bash
                continue;
            }
            pending.append(line).append('\n');
            if (pending.length() > MAX_PENDING) {
                sh.error("command text longer than " + MAX_PENDING + " bytes: discarded");
                pending.setLength(0);
                sh.status = 2;
                continue;
            }
            if (needsMore(pending.toString())) {
                continue;
            }
            String text = pending.toString();
            pending.setLength(0);
            if (sh.interactive) {
                sh.history.add(text.substring(0, text.length() - 1));
            }
            runText(text, false);
        }
    }

    private void startInteractive() {
        sh.history.load(sh);
        if (sh.jobs.initJobControl()) {
            sh.monitor = true;
            editor = new LineEditor(sh, sh.jobs.ttyFd);
        }
    }

    private String readLine(String prompt) {
        if (editor != null) {
            return editor.readLine(prompt);
        }
        if (sh.interactive) {
            sh.err.print(prompt).flush();
        }
        return stdin.readLine();
    }

    /** True when text ends inside a command (PS2); other syntax errors are left to runText. */
    private boolean needsMore(String text) {
        try {
            Parser p = new Parser(text, null);
            while (p.next() != null) {
                // parse everything
            }
            return false;
        } catch (SyntaxError.Incomplete e) {
            return true;
        } catch (SyntaxError e) {
            return false;
        }
    }

    private void runText(String text, boolean atEof) {
        try {
            sh.runSource(text);
        } catch (ControlFlow.Exit e) {
            throw e;
        } catch (ControlFlow.Return e) {
            sh.status = e.value;
        }
    }

    /** PS1 when set (with the escapes w W u h $ n after a backslash), else "cwd$ " with the status when it is not 0. */
    String prompt() {
        String ps1 = sh.vars.get("PS1");
        if (ps1 != null) {
            return expandPrompt(ps1);
        }
        StringBuilder p = new StringBuilder(shortCwd());
        if (sh.status != 0) {
            p.append(" [").append(sh.status).append(']');
        }
        return p.append(isRoot() ? "# " : "$ ").toString();
    }

    private String secondaryPrompt() {
        String ps2 = sh.vars.get("PS2");
        return ps2 == null ? "> " : ps2;
    }

    private boolean isRoot() {
        return exo.rt.Syscall.syscall6(107, 0, 0, 0, 0, 0, 0) == 0;   // geteuid
    }

    private String shortCwd() {
        String cwd = sh.vars.get("PWD");
        if (cwd == null) {
            cwd = BuiltinsEnv.currentDir(sh);
        }
        String home = sh.vars.get("HOME");
        if (home != null && home.length() > 1 && (cwd.equals(home) || cwd.startsWith(home + "/"))) {
            cwd = "~" + cwd.substring(home.length());
        }
        return cwd;
    }

    private String expandPrompt(String ps1) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ps1.length(); i++) {
            char c = ps1.charAt(i);
            if (c != '\\' || i + 1 >= ps1.length()) {
                sb.append(c);
                continue;
            }
            char n = ps1.charAt(++i);
            switch (n) {
                case 'w': sb.append(shortCwd()); break;
                case 'W': {
                    String w = shortCwd();
                    sb.append(w.equals("/") ? w : w.substring(w.lastIndexOf('/') + 1));
                    break;
                }
                case 'u': sb.append(sh.vars.get("USER") == null ? (isRoot() ? "root" : "user") : sh.vars.get("USER")); break;
                case 'h': case 'H': sb.append(hostname()); break;
                case '$': sb.append(isRoot() ? '#' : '$'); break;
                case 'n': sb.append('\n'); break;
                case '?': sb.append(sh.status); break;
                case 'e': sb.append('\033'); break;
                case '[': case ']': break;
                case '\\': sb.append('\\'); break;
                default: sb.append('\\').append(n);
            }
        }
        try {
            return sh.expander.single(sb.toString().replace("\\", "\\\\").replace("\"", "\\\""));
        } catch (RuntimeException e) {
            return sb.toString();
        }
    }

    private static String hostname() {
        String h = Shell.Files.readAll("/proc/sys/kernel/hostname");
        return h == null ? "exo" : h.strip();
    }

    /**
     * Line reading from a descriptor that leaves the rest of the input unread: a seekable file
     * is read in blocks and the descriptor moved back after the line; a pipe or terminal byte
     * by byte.
     */
    static final class LineReader {
        private final int fd;
        private Boolean seekable;

        LineReader(int fd) {
            this.fd = fd;
        }

        String readLine() {
            if (seekable == null) {
                try {
                    Sys.lseek(fd, 0, Sys.SEEK_CUR);
                    seekable = !Tty.isatty(fd);
                } catch (SysException e) {
                    seekable = false;
                }
            }
            StringBuilder sb = new StringBuilder();
            byte[] buf = new byte[seekable ? 4096 : 1];
            while (true) {
                int n;
                try {
                    n = Sys.read(fd, buf, 0, buf.length);
                } catch (SysException e) {
                    return sb.length() > 0 ? sb.toString() : null;
                }
                if (n <= 0) {
                    return sb.length() > 0 ? sb.toString() : null;
                }
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        if (seekable && i + 1 < n) {
                            Sys.lseek(fd, -(n - i - 1), Sys.SEEK_CUR);
                        }
                        return sb.toString();
                    }
                    sb.append((char) (buf[i] & 0xFF));
                }
            }
        }
    }
}
