/*
 * The table of builtins. Special builtins (POSIX XCU 2.14: their assignments persist and
 * their errors end a non-interactive shell) are found before functions, regular ones after.
 * The implementations are in BuiltinsCore, BuiltinsEnv, BuiltinsJobs, TestCommand and Printf.
 */
package exo.userland.sh;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

final class Builtins {
    private Builtins() {}

    /** A builtin: argv[0] is its name; returns the status. */
    interface Builtin {
        int run(Shell sh, List<String> argv);
    }

    private static final Map<String, Builtin> SPECIAL = new HashMap<>();
    private static final Map<String, Builtin> REGULAR = new HashMap<>();

    static {
        BuiltinsCore.register(SPECIAL, REGULAR);
        BuiltinsEnv.register(REGULAR);
        BuiltinsJobs.register(REGULAR);
        REGULAR.put("test", TestCommand::run);
        REGULAR.put("[", TestCommand::run);
        REGULAR.put("printf", Printf::run);
    }

    static Builtin special(String name) {
        return SPECIAL.get(name);
    }

    static Builtin regular(String name) {
        return REGULAR.get(name);
    }

    static boolean isSpecial(String name) {
        return SPECIAL.containsKey(name);
    }

    /** Every builtin's name, sorted (for help and completion). */
    static TreeSet<String> names() {
        TreeSet<String> all = new TreeSet<>(SPECIAL.keySet());
        all.addAll(REGULAR.keySet());
        return all;
    }

    /** Usage error: prints "name: msg" and returns 2. */
    static int usage(Shell sh, String name, String msg) {
        sh.error(name + ": " + msg);
        return 2;
    }
}
