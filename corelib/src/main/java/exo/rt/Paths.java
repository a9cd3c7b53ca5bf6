/*
 * Path arithmetic shared by java.io.File and java.nio.file.Path: canonical paths ("." and ".."
 * removed, symbolic links followed as realpath does, the missing tail kept as written).
 */
package exo.rt;

import java.util.ArrayDeque;
import java.util.ArrayList;

public final class Paths {
    private Paths() {}

    /** The canonical form of an absolute path. */
    public static String canonical(String absolute) {
        ArrayDeque<String> todo = new ArrayDeque<>(split(absolute));
        ArrayList<String> done = new ArrayList<>();
        int links = 0;
        while (!todo.isEmpty()) {
            String c = todo.pollFirst();
            if (c.isEmpty() || c.equals(".")) {
                continue;
            }
            if (c.equals("..")) {
                if (!done.isEmpty()) {
                    done.remove(done.size() - 1);
                }
                continue;
            }
            String candidate = join(done) + "/" + c;
            String target = links < 40 ? Posix.readlink(candidate) : null;
            if (target == null) {
                done.add(c);
                continue;
            }
            links++;
            ArrayList<String> parts = split(target);
            for (int i = parts.size() - 1; i >= 0; i--) {
                todo.addFirst(parts.get(i));
            }
            if (target.startsWith("/")) {
                done.clear();
            }
        }
        return done.isEmpty() ? "/" : join(done);
    }

    private static ArrayList<String> split(String p) {
        ArrayList<String> out = new ArrayList<>();
        for (String s : p.split("/")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static String join(ArrayList<String> parts) {
        StringBuilder sb = new StringBuilder();
        for (String s : parts) {
            sb.append('/').append(s);
        }
        return sb.toString();
    }
}
