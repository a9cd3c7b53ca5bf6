/*
 * Where programs and sourced files are found: the PATH search for a command name (remembered
 * per name, as `hash` shows and `hash -r` or assigning PATH forgets) and `.`'s search for a
 * readable file. Exec runs what this finds; type, command -v and hash ask it too.
 */
package exo.userland.sh;

import exo.sys.Sys;
import exo.sys.SysException;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

final class PathSearch {
    private final Shell sh;
    private final Map<String, String> remembered = new HashMap<>();

    PathSearch(Shell sh) {
        this.sh = sh;
    }

    void forget() {
        remembered.clear();
    }

    /** The programs found so far, name to path, sorted by name (`hash`). */
    SortedMap<String, String> remembered() {
        return new TreeMap<>(remembered);
    }

    /** `.`'s search: a readable file of that name in a PATH directory, or null. */
    String findReadable(String name) {
        String path = sh.vars.get("PATH");
        for (String dir : (path == null ? "" : path).split(":", -1)) {
            String candidate = (dir.isEmpty() ? "." : dir) + "/" + name;
            if (Sys.access(candidate, Sys.R_OK)) {
                return candidate;
            }
        }
        return Sys.access(name, Sys.R_OK) ? name : null;
    }

    /** The path of a program (PATH search unless name has a '/'), or null. */
    String find(String name) {
        if (name.indexOf('/') >= 0) {
            return name;
        }
        String cached = remembered.get(name);
        if (cached != null && Sys.access(cached, Sys.X_OK)) {
            return cached;
        }
        String path = sh.vars.get("PATH");
        if (path == null) {
            path = "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin";
        }
        for (String dir : path.split(":", -1)) {
            String candidate = (dir.isEmpty() ? "." : dir) + "/" + name;
            if (Sys.access(candidate, Sys.X_OK)) {
                try {
                    if (Sys.stat(candidate).isRegular()) {
                        remembered.put(name, candidate);
                        return candidate;
                    }
                } catch (SysException e) {
                    // vanished: keep looking
                }
            }
        }
        return null;
    }
}
