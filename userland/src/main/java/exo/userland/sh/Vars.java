/*
 * Shell variables: values, the export and readonly attributes, `local` scopes of functions,
 * and the environment handed to commands. Exec and the builtins read and write them through
 * Shell; the special parameters ($?, $#, $@...) are not variables and live in Shell.
 */
package exo.userland.sh;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

final class Vars {
    /** One variable; value null means declared (export/readonly/local) but unset. */
    static final class Var {
        String value;
        boolean exported, readonly;

        Var(String value) {
            this.value = value;
        }
    }

    private final Map<String, Var> globals = new HashMap<>();
    /** Function scopes: the variables `local` saved, restored when the function returns. */
    private final List<Map<String, Var>> saved = new ArrayList<>();

    Var lookup(String name) {
        return globals.get(name);
    }

    String get(String name) {
        Var v = globals.get(name);
        return v == null ? null : v.value;
    }

    /** Sets name (creating it); false when it is readonly. */
    boolean set(String name, String value) {
        Var v = globals.get(name);
        if (v == null) {
            globals.put(name, new Var(value));
            return true;
        }
        if (v.readonly) {
            return false;
        }
        v.value = value;
        return true;
    }

    /** Unsets name; false when it is readonly. */
    boolean unset(String name) {
        Var v = globals.get(name);
        if (v != null && v.readonly) {
            return false;
        }
        if (saved.isEmpty()) {
            globals.remove(name);
        } else if (v != null) {
            // keep the entry so the function scope restores it, but unset now
            globals.remove(name);
        }
        return true;
    }

    void export(String name) {
        Var v = globals.computeIfAbsent(name, n -> new Var(null));
        v.exported = true;
    }

    void unexport(String name) {
        Var v = globals.get(name);
        if (v != null) {
            v.exported = false;
        }
    }

    void readonly(String name) {
        Var v = globals.computeIfAbsent(name, n -> new Var(null));
        v.readonly = true;
    }

    /** Enters a function call: `local` saves into this scope. */
    void pushScope() {
        saved.add(new HashMap<>());
    }

    /** Leaves a function call: variables made local get their old values back. */
    void popScope() {
        Map<String, Var> scope = saved.remove(saved.size() - 1);
        for (Map.Entry<String, Var> e : scope.entrySet()) {
            if (e.getValue() == null) {
                globals.remove(e.getKey());
            } else {
                globals.put(e.getKey(), e.getValue());
            }
        }
    }

    boolean inFunction() {
        return !saved.isEmpty();
    }

    /** `local name`: the current value is saved for the function's return. */
    void makeLocal(String name) {
        Map<String, Var> scope = saved.get(saved.size() - 1);
        if (scope.containsKey(name)) {
            return;
        }
        Var old = globals.get(name);
        scope.put(name, old);
        Var fresh = new Var(old == null ? null : old.value);
        if (old != null) {
            fresh.exported = old.exported;
        }
        globals.put(name, fresh);
    }

    /** "NAME=value" for every exported variable that has a value, sorted by name. */
    String[] environment() {
        TreeMap<String, String> env = new TreeMap<>();
        for (Map.Entry<String, Var> e : globals.entrySet()) {
            if (e.getValue().exported && e.getValue().value != null) {
                env.put(e.getKey(), e.getValue().value);
            }
        }
        String[] out = new String[env.size()];
        int i = 0;
        for (Map.Entry<String, String> e : env.entrySet()) {
            out[i++] = e.getKey() + "=" + e.getValue();
        }
        return out;
    }

    /** All variables, sorted by name (for `set`, `export -p`, `readonly -p`). */
    TreeMap<String, Var> all() {
        return new TreeMap<>(globals);
    }
}
