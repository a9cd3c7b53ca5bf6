/*
 * The environment init gives the programs it starts: its own (what the kernel passed), with
 * PATH, HOME, TERM and SHELL filled in when missing.
 */
package exo.userland.init;

import exo.sys.Proc;
import java.util.ArrayList;
import java.util.List;

final class Environment {
    private Environment() {}

    private static final String[][] DEFAULTS = {
        {"PATH", "/bin:/sbin:/usr/bin:/usr/sbin"},
        {"HOME", "/"},
        {"TERM", "linux"},
    };

    static String[] forChild(String shell) {
        List<String> env = new ArrayList<>(List.of(Proc.environ()));
        for (String[] d : DEFAULTS) {
            addIfMissing(env, d[0], d[1]);
        }
        addIfMissing(env, "SHELL", shell);
        return env.toArray(new String[0]);
    }

    private static void addIfMissing(List<String> env, String name, String value) {
        for (String kv : env) {
            if (kv.startsWith(name + "=")) {
                return;
            }
        }
        env.add(name + "=" + value);
    }
}
