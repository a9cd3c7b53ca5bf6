/*
 * The special builtins (and their close relatives): : . source eval exec exit return break
 * continue export readonly unset set shift trap times local true false.
 */
package exo.userland.sh;

import exo.sys.Signals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

final class BuiltinsCore {
    private BuiltinsCore() {}

    static void register(Map<String, Builtins.Builtin> special, Map<String, Builtins.Builtin> regular) {
        special.put(":", (sh, a) -> 0);
        special.put(".", BuiltinsCore::dot);
        special.put("source", BuiltinsCore::dot);
        special.put("eval", (sh, a) -> a.size() < 2 ? 0 : sh.runSourceNested(String.join(" ", a.subList(1, a.size()))));
        special.put("exec", BuiltinsCore::exec);
        special.put("exit", BuiltinsCore::exit);
        special.put("return", BuiltinsCore::ret);
        special.put("break", (sh, a) -> loopControl(sh, a, true));
        special.put("continue", (sh, a) -> loopControl(sh, a, false));
        special.put("export", (sh, a) -> declare(sh, a, true));
        special.put("readonly", (sh, a) -> declare(sh, a, false));
        special.put("unset", BuiltinsCore::unset);
        special.put("set", BuiltinsCore::set);
        special.put("shift", BuiltinsCore::shift);
        special.put("trap", BuiltinsCore::trap);
        special.put("times", (sh, a) -> {
            sh.out.print("0m0.000s 0m0.000s\n0m0.000s 0m0.000s\n");
            return 0;
        });
        regular.put("local", BuiltinsCore::local);
        regular.put("true", (sh, a) -> 0);
        regular.put("false", (sh, a) -> 1);
    }

    private static int dot(Shell sh, List<String> a) {
        if (a.size() < 2) {
            return Builtins.usage(sh, a.get(0), "filename argument required");
        }
        String name = a.get(1);
        String path = name.indexOf('/') >= 0 ? name : sh.exec.paths.findReadable(name);
        String text = path == null ? null : Shell.Files.readAll(path);
        if (text == null) {
            sh.error(a.get(0) + ": " + name + ": not found");
            if (!sh.interactive) {
                throw new ControlFlow.Exit(1);
            }
            return 1;
        }
        List<String> saved = sh.positional;
        if (a.size() > 2) {
            sh.positional = new ArrayList<>(a.subList(2, a.size()));
        }
        try {
            return sh.runSourceNested(text);
        } catch (ControlFlow.Return r) {
            return r.value;
        } finally {
            if (a.size() > 2) {
                sh.positional = saved;
            }
        }
    }

    private static int exec(Shell sh, List<String> a) {
        if (a.size() < 2) {
            return 0;   // the redirections stay: Exec.runBuiltin does not restore for exec
        }
        sh.exec.execProgram(a.subList(1, a.size()), List.of(), List.of());
        return 127;
    }

    private static int exit(Shell sh, List<String> a) {
        int st = sh.status;
        if (a.size() > 1) {
            try {
                st = Integer.parseInt(a.get(1)) & 0xFF;
            } catch (NumberFormatException e) {
                sh.error("exit: " + a.get(1) + ": numeric argument required");
                st = 2;
            }
        }
        throw new ControlFlow.Exit(st);
    }

    private static int ret(Shell sh, List<String> a) {
        int st = sh.status;
        if (a.size() > 1) {
            try {
                st = Integer.parseInt(a.get(1)) & 0xFF;
            } catch (NumberFormatException e) {
                sh.error("return: " + a.get(1) + ": numeric argument required");
                st = 2;
            }
        }
        if (sh.functionDepth == 0 && !sh.sourcing()) {
            sh.error("return: can only `return' from a function or sourced script");
            return 1;
        }
        throw new ControlFlow.Return(st);
    }

    private static int loopControl(Shell sh, List<String> a, boolean isBreak) {
        int n = 1;
        if (a.size() > 1) {
            try {
                n = Integer.parseInt(a.get(1));
            } catch (NumberFormatException e) {
                n = 0;
            }
            if (n < 1) {
                return Builtins.usage(sh, a.get(0), a.get(1) + ": loop count out of range");
            }
        }
        if (sh.loopDepth == 0) {
            return 0;
        }
        n = Math.min(n, sh.loopDepth);
        throw isBreak ? new ControlFlow.Break(n) : new ControlFlow.Continue(n);
    }

    /** export / readonly: NAME[=value]..., or -p to list. */
    private static int declare(Shell sh, List<String> a, boolean export) {
        String cmd = a.get(0);
        List<String> args = a.subList(1, a.size());
        if (args.isEmpty() || args.get(0).equals("-p")) {
            for (Map.Entry<String, Vars.Var> e : sh.vars.all().entrySet()) {
                Vars.Var v = e.getValue();
                if (export ? v.exported : v.readonly) {
                    sh.out.print(cmd + " " + e.getKey() + (v.value == null ? "" : "=" + Quote.forShell(v.value)) + "\n");
                }
            }
            return 0;
        }
        int st = 0;
        for (String arg : args) {
            if (arg.equals("-n") && export) {
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (!Shell.isName(name)) {
                sh.error(cmd + ": `" + arg + "': not a valid identifier");
                st = 1;
                continue;
            }
            if (eq >= 0) {
                sh.assign(name, arg.substring(eq + 1));
            }
            if (export) {
                if (args.get(0).equals("-n")) {
                    sh.vars.unexport(name);
                } else {
                    sh.vars.export(name);
                }
            } else {
                sh.vars.readonly(name);
            }
        }
        return st;
    }

    private static int unset(Shell sh, List<String> a) {
        boolean functions = false;
        int st = 0;
        for (String name : a.subList(1, a.size())) {
            if (name.equals("-f")) {
                functions = true;
            } else if (name.equals("-v")) {
                functions = false;
            } else if (functions) {
                sh.functions.remove(name);
            } else if (!sh.vars.unset(name)) {
                sh.error("unset: " + name + ": readonly variable");
                st = 1;
            } else if (sh.vars.get(name) == null && !Shell.isName(name)) {
                sh.error("unset: `" + name + "': not a valid identifier");
                st = 1;
            } else if (name.equals("PATH")) {
                sh.exec.paths.forget();
            }
        }
        return st;
    }

    private static int set(Shell sh, List<String> a) {
        if (a.size() == 1) {
            for (Map.Entry<String, Vars.Var> e : sh.vars.all().entrySet()) {
                if (e.getValue().value != null) {
                    sh.out.print(e.getKey() + "=" + Quote.forShell(e.getValue().value) + "\n");
                }
            }
            return 0;
        }
        int i = 1;
        for (; i < a.size(); i++) {
            String arg = a.get(i);
            if (arg.equals("--")) {
                i++;
                sh.positional = new ArrayList<>(a.subList(i, a.size()));
                return 0;
            }
            if (arg.equals("-") ) {
                sh.xtrace = false;
                sh.verbose = false;
                i++;
                break;
            }
            if ((arg.startsWith("-") || arg.startsWith("+")) && arg.length() > 1) {
                boolean on = arg.charAt(0) == '-';
                if (arg.substring(1).equals("o")) {
                    if (i + 1 >= a.size()) {
                        sh.out.print(Options.listing(sh, on));
                        return 0;
                    }
                    if (!Options.setLong(sh, a.get(++i), on)) {
                        return Builtins.usage(sh, "set", a.get(i) + ": invalid option name");
                    }
                    continue;
                }
                for (int k = 1; k < arg.length(); k++) {
                    if (!Options.setShort(sh, arg.charAt(k), on)) {
                        return Builtins.usage(sh, "set", arg.charAt(0) + "" + arg.charAt(k) + ": invalid option");
                    }
                }
                continue;
            }
            break;
        }
        if (i < a.size()) {
            sh.positional = new ArrayList<>(a.subList(i, a.size()));
        }
        return 0;
    }

    private static int shift(Shell sh, List<String> a) {
        int n = 1;
        if (a.size() > 1) {
            try {
                n = Integer.parseInt(a.get(1));
            } catch (NumberFormatException e) {
                return Builtins.usage(sh, "shift", a.get(1) + ": numeric argument required");
            }
        }
        if (n < 0 || n > sh.positional.size()) {
            sh.error("shift: " + n + ": shift count out of range");
            return 1;
        }
        sh.positional = new ArrayList<>(sh.positional.subList(n, sh.positional.size()));
        return 0;
    }

    private static int trap(Shell sh, List<String> a) {
        List<String> args = new ArrayList<>(a.subList(1, a.size()));
        if (!args.isEmpty() && args.get(0).equals("--")) {
            args.remove(0);
        }
        if (args.isEmpty() || args.get(0).equals("-p")) {
            sh.out.print(sh.traps.list());
            return 0;
        }
        if (args.get(0).equals("-l")) {
            for (int s = 1; s < 32; s++) {
                sh.out.print(s + ") SIG" + Signals.name(s) + (s % 8 == 0 ? "\n" : "\t"));
            }
            sh.out.print("\n");
            return 0;
        }
        String action = args.get(0);
        List<String> sigs = args.subList(1, args.size());
        boolean reset = action.equals("-");
        if (sigs.isEmpty() || (!reset && Signals.number(action) >= 0 && BuiltinsEnv.onlyChars(action, "0123456789"))) {
            // `trap N...`: POSIX resets when the first operand is an unsigned integer
            sigs = args;
            reset = true;
        }
        int st = 0;
        for (String s : sigs) {
            int sig = s.equals("EXIT") || s.equals("0") ? 0 : Signals.number(s);
            if (sig < 0) {
                sh.error("trap: " + s + ": invalid signal specification");
                st = 1;
                continue;
            }
            if (sig == Signals.SIGKILL || sig == Signals.SIGSTOP) {
                continue;   // cannot be caught or ignored: accepted and without effect, as in dash and bash
            }
            sh.traps.set(sig, reset ? null : action);
        }
        return st;
    }

    private static int local(Shell sh, List<String> a) {
        if (!sh.vars.inFunction()) {
            sh.error("local: can only be used in a function");
            return 1;
        }
        for (String arg : a.subList(1, a.size())) {
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (!Shell.isName(name)) {
                sh.error("local: `" + arg + "': not a valid identifier");
                return 1;
            }
            sh.vars.makeLocal(name);
            if (eq >= 0) {
                sh.assign(name, arg.substring(eq + 1));
            }
        }
        return 0;
    }
}
