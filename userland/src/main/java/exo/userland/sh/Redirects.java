/*
 * Redirections (XCU 2.7) for Exec: opens files, duplicates and closes descriptors, feeds
 * here-documents through a pipe. For builtins, functions and compound commands the shell's
 * own descriptors are saved (copies at 10 and above, close-on-exec) and restored afterwards;
 * in a child about to exec nothing needs saving.
 */
package exo.userland.sh;

import exo.sys.Proc;
import exo.sys.Sys;
import exo.sys.SysException;
import java.util.ArrayList;
import java.util.List;

final class Redirects {
    private final Shell sh;

    Redirects(Shell sh) {
        this.sh = sh;
    }

    /** What apply() changed, to undo. */
    static final class Saved {
        private final List<int[]> saved = new ArrayList<>();   // {fd, copy or -1 when it was closed}

        void restore() {
            for (int i = saved.size() - 1; i >= 0; i--) {
                int[] s = saved.get(i);
                try {
                    if (s[1] >= 0) {
                        Sys.dup2(s[1], s[0]);
                        Sys.close(s[1]);
                    } else {
                        Sys.close(s[0]);
                    }
                } catch (SysException e) {
                    // the descriptor was closed meanwhile: nothing to restore
                }
            }
            saved.clear();
        }
    }

    private static final Saved NONE = new Saved();

    /** Performs redirs in order; save: remember what to restore. A failure undoes the earlier ones. */
    Saved apply(List<Node.Redir> redirs, boolean save) {
        if (redirs.isEmpty()) {
            return NONE;
        }
        Saved s = new Saved();
        try {
            for (Node.Redir r : redirs) {
                one(r, save ? s : null);
            }
        } catch (ShellError | SysException e) {
            s.restore();
            if (e instanceof SysException) {
                throw new ShellError(e.getMessage(), 1, false);
            }
            throw e;
        }
        sh.out.flush();
        return s;
    }

    /**
     * As apply(redirs, true), but a failure is reported here, while the redirections before
     * it are still in place (so `cmd 2>/dev/null >/bad` says nothing, as POSIX shells do), and
     * then undone; returns null after a failure.
     */
    Saved applyOrReport(List<Node.Redir> redirs) {
        if (redirs.isEmpty()) {
            return NONE;
        }
        Saved s = new Saved();
        try {
            for (Node.Redir r : redirs) {
                one(r, s);
            }
        } catch (ShellError | SysException e) {
            sh.error(e.getMessage());
            s.restore();
            return null;
        }
        sh.out.flush();
        return s;
    }

    private void remember(Saved s, int fd) {
        if (s == null) {
            return;
        }
        for (int[] e : s.saved) {
            if (e[0] == fd) {
                return;   // the first save holds the original
            }
        }
        sh.out.flush();
        sh.err.flush();
        int copy;
        try {
            copy = Sys.fcntl(fd, Sys.F_DUPFD_CLOEXEC, 10);
        } catch (SysException e) {
            copy = -1;   // fd was not open
        }
        s.saved.add(new int[] {fd, copy});
    }

    private void one(Node.Redir r, Saved s) {
        int fd = r.fdOrDefault();
        switch (r.op) {
            case Node.Redir.IN: openOnto(r, s, fd, Sys.O_RDONLY); return;
            case Node.Redir.OUT:
                if (sh.noclobber) {
                    openNoClobber(r, s, fd);
                    return;
                }
                openOnto(r, s, fd, Sys.O_WRONLY | Sys.O_CREAT | Sys.O_TRUNC);
                return;
            case Node.Redir.CLOBBER: openOnto(r, s, fd, Sys.O_WRONLY | Sys.O_CREAT | Sys.O_TRUNC); return;
            case Node.Redir.APPEND: openOnto(r, s, fd, Sys.O_WRONLY | Sys.O_CREAT | Sys.O_APPEND); return;
            case Node.Redir.READ_WRITE: openOnto(r, s, fd, Sys.O_RDWR | Sys.O_CREAT); return;
            case Node.Redir.DUP_IN: case Node.Redir.DUP_OUT: duplicate(r, s, fd); return;
            case Node.Redir.HEREDOC:
                feed(r.quotedHeredoc ? r.target : sh.expander.heredoc(r.target), s, fd);
                return;
            case Node.Redir.HERESTRING: feed(sh.expander.single(r.target) + "\n", s, fd); return;
            default: throw new IllegalStateException("redirection " + r.op);
        }
    }

    private String target(Node.Redir r) {
        String t = sh.expander.single(r.target);
        if (t.isEmpty()) {
            throw new ShellError(r.target + ": ambiguous redirect", 1, false);
        }
        return t;
    }

    private void openOnto(Node.Redir r, Saved s, int fd, int flags) {
        String path = target(r);
        int opened;
        try {
            opened = Sys.open(path, flags | Sys.O_CLOEXEC, 0666);
        } catch (SysException e) {
            throw new ShellError((flags == Sys.O_RDONLY ? "cannot open " : "cannot create ") + path + ": " + e.reason(), 1, false);
        }
        moveTo(opened, s, fd);
    }

    private void openNoClobber(Node.Redir r, Saved s, int fd) {
        String path = target(r);
        try {
            if (Sys.stat(path).isRegular()) {
                throw new ShellError("cannot overwrite existing file " + path, 1, false);
            }
        } catch (SysException e) {
            // does not exist: create it exclusively
        }
        int opened;
        try {
            opened = Sys.open(path, Sys.O_WRONLY | Sys.O_CREAT | Sys.O_CLOEXEC | (exists(path) ? 0 : Sys.O_EXCL), 0666);
        } catch (SysException e) {
            throw new ShellError("cannot create " + path + ": " + e.reason(), 1, false);
        }
        moveTo(opened, s, fd);
    }

    private static boolean exists(String path) {
        try {
            Sys.stat(path);
            return true;
        } catch (SysException e) {
            return false;
        }
    }

    /** Puts the open descriptor `opened` at fd (it is closed at its old number). */
    private void moveTo(int opened, Saved s, int fd) {
        if (opened == fd) {
            // fd was free, so the open got it: it must survive exec and be closed on restore
            if (s != null) {
                s.saved.add(new int[] {fd, -1});
            }
            Sys.fcntl(fd, Sys.F_SETFD, 0);
            return;
        }
        remember(s, fd);
        Sys.dup2(opened, fd);
        Sys.close(opened);
    }

    private void duplicate(Node.Redir r, Saved s, int fd) {
        String t = sh.expander.single(r.target);
        if (t.equals("-")) {
            remember(s, fd);
            try {
                Sys.close(fd);
            } catch (SysException e) {
                // already closed
            }
            return;
        }
        int from;
        try {
            from = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            if (r.op == Node.Redir.DUP_OUT && r.fd < 0) {
                // bash's >&file: stdout and stderr to file
                openOnto(new Node.Redir(1, Node.Redir.OUT, r.target, false), s, 1, Sys.O_WRONLY | Sys.O_CREAT | Sys.O_TRUNC);
                remember(s, 2);
                Sys.dup2(1, 2);
                return;
            }
            throw new ShellError(t + ": bad file descriptor number", 1, false);
        }
        if (from == fd) {
            Sys.fcntl(fd, Sys.F_GETFD, 0);   // EBADF when it is not open
            return;
        }
        try {
            Sys.fcntl(from, Sys.F_GETFD, 0);
        } catch (SysException e) {
            throw new ShellError(from + ": bad file descriptor", 1, false);
        }
        remember(s, fd);
        Sys.dup2(from, fd);
    }

    /** Makes fd read text through a pipe; a writer child feeds bodies larger than a pipe buffer. */
    private void feed(String text, Saved s, int fd) {
        int[] pipe = Sys.pipe2(Sys.O_CLOEXEC);
        if (text.length() <= 4096) {
            Sys.write(pipe[1], text);
        } else {
            int pid = sh.jobs.fork(null, false);
            if (pid == 0) {
                Sys.close(pipe[0]);
                try {
                    Sys.write(pipe[1], text);
                } catch (SysException e) {
                    // the reader stopped early
                }
                Proc.exit(0);
            }
            sh.jobs.ignoreChild(pid);
        }
        Sys.close(pipe[1]);
        moveTo(pipe[0], s, fd);
    }
}
