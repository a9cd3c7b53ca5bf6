/*
 * Regular builtins about the shell's environment and commands: cd, pwd, umask, echo, read,
 * type, command, alias, unalias, hash, history, help, getopts.
 */
package exo.userland.sh;

import exo.sys.Sys;
import exo.sys.SysException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

final class BuiltinsEnv {
    private BuiltinsEnv() {}

    static final List<String> KEYWORDS = List.of("if", "then", "else", "elif", "fi", "case", "esac", "for", "while",
            "until", "do", "done", "in", "function", "{", "}", "!");

    static void register(Map<String, Builtins.Builtin> r) {
        r.put("cd", BuiltinsEnv::cd);
        r.put("pwd", BuiltinsEnv::pwd);
        r.put("umask", BuiltinsEnv::umask);
        r.put("echo", BuiltinsEnv::echo);
        r.put("read", ReadCommand::run);
        r.put("type", (sh, a) -> describeAll(sh, a.subList(1, a.size()), false));
        r.put("command", BuiltinsEnv::command);
        r.put("alias", BuiltinsEnv::alias);
        r.put("unalias", BuiltinsEnv::unalias);
        r.put("hash", BuiltinsEnv::hash);
        r.put("history", BuiltinsEnv::history);
        r.put("help", BuiltinsEnv::help);
        r.put("getopts", Getopts::run);
    }

    /** hash: list the remembered program paths; -r forgets them; names are looked up now. */
    private static int hash(Shell sh, List<String> a) {
        if (a.size() == 1) {
            for (String path : sh.exec.paths.remembered().values()) {
                sh.out.print(path + "\n");
            }
            return 0;
        }
        int st = 0;
        for (String name : a.subList(1, a.size())) {
            if (name.equals("-r")) {
                sh.exec.paths.forget();
            } else if (name.indexOf('/') < 0 && Builtins.special(name) == null && Builtins.regular(name) == null
                    && !sh.functions.containsKey(name) && sh.exec.paths.find(name) == null) {
                sh.error("hash: " + name + ": not found");
                st = 1;
            }
        }
        return st;
    }

    private static int cd(Shell sh, List<String> a) {
        List<String> args = new ArrayList<>(a.subList(1, a.size()));
        boolean physical = false;
        while (!args.isEmpty() && (args.get(0).equals("-L") || args.get(0).equals("-P"))) {
            physical = args.remove(0).equals("-P");
        }
        if (!args.isEmpty() && args.get(0).equals("--")) {
            args.remove(0);
        }
        String dir;
        boolean print = false;
        if (args.isEmpty()) {
            dir = sh.vars.get("HOME");
            if (dir == null) {
                sh.error("cd: HOME not set");
                return 1;
            }
        } else if (args.get(0).equals("-")) {
            dir = sh.vars.get("OLDPWD");
            if (dir == null) {
                sh.error("cd: OLDPWD not set");
                return 1;
            }
            print = true;
        } else {
            dir = args.get(0);
        }
        if (args.size() > 1) {
            sh.error("cd: too many arguments");
            return 1;
        }
        String target = cdpathSearch(sh, dir);
        if (!target.equals(dir)) {
            print = true;
        }
        String old = currentDir(sh);
        String logical = physical ? null : canonical(target.startsWith("/") ? target : old + "/" + target);
        try {
            Sys.chdir(logical != null ? logical : target);
        } catch (SysException e) {
            try {
                Sys.chdir(target);   // a logical path through a symlink's ".." may not exist
                logical = null;
            } catch (SysException e2) {
                sh.error("cd: " + dir + ": " + e2.reason());
                return 1;
            }
        }
        String now = logical != null ? logical : Sys.getcwd();
        sh.assign("OLDPWD", old);
        sh.vars.export("OLDPWD");
        sh.assign("PWD", now);
        sh.vars.export("PWD");
        if (print) {
            sh.out.print(now + "\n");
        }
        return 0;
    }

    private static String cdpathSearch(Shell sh, String dir) {
        String cdpath = sh.vars.get("CDPATH");
        if (cdpath == null || dir.startsWith("/") || dir.startsWith(".")) {
            return dir;
        }
        for (String base : cdpath.split(":", -1)) {
            if (base.isEmpty()) {
                continue;
            }
            String candidate = base + "/" + dir;
            try {
                if (Sys.stat(candidate).isDirectory()) {
                    return candidate;
                }
            } catch (SysException e) {
                // next
            }
        }
        return dir;
    }

    /** $PWD when it names the current directory, else getcwd. */
    static String currentDir(Shell sh) {
        String pwd = sh.vars.get("PWD");
        if (pwd != null && pwd.startsWith("/")) {
            try {
                if (Sys.stat(pwd).ino == Sys.stat(".").ino) {
                    return pwd;
                }
            } catch (SysException e) {
                // stale
            }
        }
        try {
            return Sys.getcwd();
        } catch (SysException e) {
            return pwd == null ? "." : pwd;
        }
    }

    /** Removes ".", "..", and doubled slashes from an absolute path. */
    static String canonical(String path) {
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else {
                parts.add(p);
            }
        }
        return "/" + String.join("/", parts);
    }

    private static int pwd(Shell sh, List<String> a) {
        boolean physical = a.size() > 1 && a.get(1).equals("-P");
        try {
            sh.out.print((physical ? Sys.getcwd() : currentDir(sh)) + "\n");
            return 0;
        } catch (SysException e) {
            sh.error("pwd: " + e.reason());
            return 1;
        }
    }

    private static int umask(Shell sh, List<String> a) {
        if (a.size() < 2 || a.get(1).equals("-S")) {
            int m = Sys.umask(0);
            Sys.umask(m);
            if (a.size() > 1) {
                sh.out.print("u=" + perms(~m >> 6) + ",g=" + perms(~m >> 3) + ",o=" + perms(~m) + "\n");
            } else {
                String s = Integer.toOctalString(m);
                sh.out.print("0000".substring(s.length()) + s + "\n");
            }
            return 0;
        }
        try {
            Sys.umask(Integer.parseInt(a.get(1), 8) & 0777);
            return 0;
        } catch (NumberFormatException e) {
            return Builtins.usage(sh, "umask", a.get(1) + ": octal number expected");
        }
    }

    private static String perms(int bits) {
        return ((bits & 4) != 0 ? "r" : "") + ((bits & 2) != 0 ? "w" : "") + ((bits & 1) != 0 ? "x" : "");
    }

    /** echo as bash has it: -n (no newline), -e (escapes), -E. */
    private static int echo(Shell sh, List<String> a) {
        int i = 1;
        boolean newline = true, escapes = false;
        while (i < a.size() && a.get(i).length() > 1 && a.get(i).charAt(0) == '-' && onlyChars(a.get(i).substring(1), "neE")) {
            for (char c : a.get(i).substring(1).toCharArray()) {
                if (c == 'n') {
                    newline = false;
                } else {
                    escapes = c == 'e';
                }
            }
            i++;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < a.size(); k++) {
            if (k > i) {
                sb.append(' ');
            }
            if (escapes) {
                if (Printf.escapes(a.get(k), sb, true)) {
                    sh.out.print(sb.toString());
                    return 0;   // \c: stop here
                }
            } else {
                sb.append(a.get(k));
            }
        }
        if (newline) {
            sb.append('\n');
        }
        sh.out.print(sb.toString());
        return 0;
    }

    static boolean onlyChars(String s, String allowed) {
        for (int i = 0; i < s.length(); i++) {
            if (allowed.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** type / command -V: one line per name; status 1 if one was not found. */
    static int describeAll(Shell sh, List<String> names, boolean brief) {
        int st = 0;
        for (String n : names) {
            String d = describe(sh, n, brief);
            if (d == null) {
                if (!brief) {
                    sh.error((brief ? "command" : "type") + ": " + n + ": not found");
                }
                st = 1;
            } else {
                sh.out.print(d + "\n");
            }
        }
        return st;
    }

    private static String describe(Shell sh, String n, boolean brief) {
        if (sh.aliases.containsKey(n)) {
            return brief ? "alias " + n + "=" + Quote.forShell(sh.aliases.get(n)) : n + " is an alias for " + sh.aliases.get(n);
        }
        if (KEYWORDS.contains(n)) {
            return brief ? n : n + " is a shell keyword";
        }
        if (Builtins.isSpecial(n)) {
            return brief ? n : n + " is a special shell builtin";
        }
        if (sh.functions.containsKey(n)) {
            return brief ? n : n + " is a shell function";
        }
        if (Builtins.regular(n) != null) {
            return brief ? n : n + " is a shell builtin";
        }
        String path = sh.exec.paths.find(n);
        if (path != null && (n.indexOf('/') < 0 || Sys.access(n, Sys.X_OK))) {
            return brief ? path : n + " is " + path;
        }
        return null;
    }

    private static int command(Shell sh, List<String> a) {
        int i = 1;
        boolean v = false, bigV = false;
        while (i < a.size() && a.get(i).startsWith("-") && a.get(i).length() > 1) {
            String o = a.get(i);
            if (o.equals("--")) {
                i++;
                break;
            }
            v |= o.contains("v");
            bigV |= o.contains("V");
            i++;
        }
        List<String> rest = a.subList(i, a.size());
        if (rest.isEmpty()) {
            return 0;
        }
        if (v || bigV) {
            return describeAll(sh, rest, !bigV);
        }
        return sh.exec.runWithoutFunctions(new ArrayList<>(rest));
    }

    private static int alias(Shell sh, List<String> a) {
        if (a.size() == 1) {
            for (Map.Entry<String, String> e : sh.aliases.entrySet()) {
                sh.out.print("alias " + e.getKey() + "=" + Quote.forShell(e.getValue()) + "\n");
            }
            return 0;
        }
        int st = 0;
        for (String arg : a.subList(1, a.size())) {
            int eq = arg.indexOf('=');
            if (eq > 0) {
                sh.aliases.put(arg.substring(0, eq), arg.substring(eq + 1));
            } else if (sh.aliases.containsKey(arg)) {
                sh.out.print("alias " + arg + "=" + Quote.forShell(sh.aliases.get(arg)) + "\n");
            } else {
                sh.error("alias: " + arg + ": not found");
                st = 1;
            }
        }
        return st;
    }

    private static int unalias(Shell sh, List<String> a) {
        int st = 0;
        for (String arg : a.subList(1, a.size())) {
            if (arg.equals("-a")) {
                sh.aliases.clear();
            } else if (sh.aliases.remove(arg) == null) {
                sh.error("unalias: " + arg + ": not found");
                st = 1;
            }
        }
        return st;
    }

    private static int history(Shell sh, List<String> a) {
        if (a.size() > 1 && a.get(1).equals("-c")) {
            sh.history.entries.clear();
            return 0;
        }
        List<String> h = sh.history.entries;
        int from = 0;
        if (a.size() > 1) {
            try {
                from = Math.max(0, h.size() - Integer.parseInt(a.get(1)));
            } catch (NumberFormatException e) {
                return Builtins.usage(sh, "history", a.get(1) + ": numeric argument required");
            }
        }
        for (int i = from; i < h.size(); i++) {
            String n = Integer.toString(i + 1);
            sh.out.print("     ".substring(Math.min(5, n.length())) + n + "  " + h.get(i) + "\n");
        }
        return 0;
    }

    private static int help(Shell sh, List<String> a) {
        sh.out.print("exosh, the Exo-OS shell (POSIX sh with job control and line editing)\n"
                + "Syntax: pipelines a | b, lists ; && || &, ( subshell ), { group; }, redirections < > >> 2>&1 <<EOF <<<,\n"
                + "  if/while/until/for/case, name() { functions; }, $VAR ${VAR:-x} $(cmd) $((1+2)) 'quotes' \"quotes\" * ? [..]\n"
                + "Keys: arrows, Home/End, Ctrl-A/E/K/U/W, Up/Down history, Ctrl-R search, Tab completion, Ctrl-C, Ctrl-Z\n"
                + "Builtins:\n");
        StringBuilder line = new StringBuilder(" ");
        for (String n : Builtins.names()) {
            if (line.length() + n.length() > 76) {
                sh.out.print(line + "\n");
                line = new StringBuilder(" ");
            }
            line.append(' ').append(n);
        }
        sh.out.print(line + "\n");
        return 0;
    }
}
