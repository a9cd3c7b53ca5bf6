/*
 * Tab completion for LineEditor: the word before the cursor is completed as a command name
 * (builtins, functions, aliases, programs on PATH) when it is the first word, else as a
 * path. One candidate is completed whole ('/' after a directory, ' ' otherwise); several are
 * completed to their common prefix and listed on a second Tab.
 */
package exo.userland.sh;

import exo.sys.Dir;
import exo.sys.Sys;
import exo.sys.SysException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

final class Completion {
    /** What to insert at the cursor, and the candidates when there are several. */
    static final class Result {
        final String insert;
        final List<String> candidates;

        Result(String insert, List<String> candidates) {
            this.insert = insert;
            this.candidates = candidates;
        }
    }

    private final Shell sh;

    Completion(Shell sh) {
        this.sh = sh;
    }

    Result complete(String before) {
        int start = before.length();
        while (start > 0 && " \t;|&(<>".indexOf(before.charAt(start - 1)) < 0) {
            start--;
        }
        String word = before.substring(start);
        String head = before.substring(0, start).strip();
        boolean command = head.isEmpty() || head.endsWith("|") || head.endsWith(";") || head.endsWith("&") || head.endsWith("(");
        TreeSet<String> found = new TreeSet<>();
        if (command && word.indexOf('/') < 0) {
            commands(word, found);
        } else {
            paths(word, found);
        }
        if (found.isEmpty()) {
            return null;
        }
        List<String> all = new ArrayList<>(found);
        String common = all.get(0);
        for (String s : all) {
            int i = 0;
            while (i < common.length() && i < s.length() && common.charAt(i) == s.charAt(i)) {
                i++;
            }
            common = common.substring(0, i);
        }
        String insert = common.length() > word.length() ? common.substring(word.length()) : "";
        if (all.size() == 1 && !common.endsWith("/")) {
            insert += " ";
        }
        return new Result(insert, all);
    }

    private void commands(String prefix, TreeSet<String> out) {
        for (String b : Builtins.names()) {
            if (b.startsWith(prefix)) {
                out.add(b);
            }
        }
        for (String f : sh.functions.keySet()) {
            if (f.startsWith(prefix)) {
                out.add(f);
            }
        }
        for (String a : sh.aliases.keySet()) {
            if (a.startsWith(prefix)) {
                out.add(a);
            }
        }
        String path = sh.vars.get("PATH");
        for (String dir : (path == null ? "" : path).split(":")) {
            try {
                for (String name : Dir.names(dir.isEmpty() ? "." : dir)) {
                    if (name.startsWith(prefix) && Sys.access((dir.isEmpty() ? "." : dir) + "/" + name, Sys.X_OK)) {
                        out.add(name);
                    }
                }
            } catch (SysException e) {
                // a missing PATH directory
            }
        }
    }

    private void paths(String word, TreeSet<String> out) {
        int slash = word.lastIndexOf('/');
        String dirPart = slash < 0 ? "" : word.substring(0, slash + 1);
        String prefix = word.substring(slash + 1);
        String dir = dirPart.isEmpty() ? "." : dirPart;
        if (dir.startsWith("~")) {
            String home = sh.homeOf("");
            dir = home + dir.substring(1);
        }
        try {
            for (String name : Dir.names(dir)) {
                if (name.startsWith(prefix) && (prefix.startsWith(".") || !name.startsWith("."))) {
                    boolean isDir;
                    try {
                        isDir = Sys.stat(dir + "/" + name).isDirectory();
                    } catch (SysException e) {
                        isDir = false;
                    }
                    out.add(dirPart + name + (isDir ? "/" : ""));
                }
            }
        } catch (SysException e) {
            // no such directory: nothing to offer
        }
    }
}
