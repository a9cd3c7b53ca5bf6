/*
 * The command history of an interactive shell: what LineEditor recalls with the arrow keys
 * and Ctrl-R and what `history` lists; kept in $HOME/.exosh_history between sessions
 * (at most MAX entries).
 */
package exo.userland.sh;

import exo.sys.Sys;
import exo.sys.SysException;
import java.util.ArrayList;
import java.util.List;

final class History {
    static final int MAX = 1000;
    final List<String> entries = new ArrayList<>();
    private boolean loaded;

    void add(String line) {
        String l = line.strip();
        if (l.isEmpty() || (!entries.isEmpty() && entries.get(entries.size() - 1).equals(l))) {
            return;
        }
        entries.add(l);
        if (entries.size() > MAX) {
            entries.remove(0);
        }
    }

    private static String file(Shell sh) {
        String home = sh.vars.get("HOME");
        return home == null || home.isEmpty() ? null : home + "/.exosh_history";
    }

    void load(Shell sh) {
        loaded = true;
        String f = file(sh);
        String text = f == null ? null : Shell.Files.readAll(f);
        if (text != null) {
            for (String l : text.split("\n")) {
                add(l);
            }
        }
    }

    /** Writes the history file (interactive shells only: it was loaded). */
    void save(Shell sh) {
        String f = file(sh);
        if (!loaded || f == null) {
            return;
        }
        try {
            int fd = Sys.open(f, Sys.O_WRONLY | Sys.O_CREAT | Sys.O_TRUNC | Sys.O_CLOEXEC, 0600);
            try {
                Sys.write(fd, String.join("\n", entries) + (entries.isEmpty() ? "" : "\n"));
            } finally {
                Sys.close(fd);
            }
        } catch (SysException e) {
            // a read-only home: the history is not kept
        }
    }
}
