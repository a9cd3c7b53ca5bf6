/*
 * The state of one exosh process (variables, functions, aliases, positional parameters,
 * options, the last status, jobs, traps) and the loop that runs shell source command by
 * command (runSource), reporting syntax and expansion errors as POSIX says: a non-interactive
 * shell exits on them, an interactive one goes back to the prompt. Main creates it; Exec runs
 * the commands; builtins change this state.
 */
package exo.userland.sh;

import exo.sys.Proc;
import exo.sys.Sys;
import exo.sys.SysException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

final class Shell {
    static final int MAX_FUNCTION_DEPTH = 1000;

    final Vars vars = new Vars();
    final Map<String, Node.FunctionDef> functions = new HashMap<>();
    final Map<String, String> aliases = new TreeMap<>();
    final Out out = new Out(1);
    final Out err = new Out(2);
    final Expander expander = new Expander(this);
    final Exec exec = new Exec(this);
    final Jobs jobs = new Jobs(this);
    final Traps traps = new Traps(this);
    final History history = new History();

    List<String> positional = new ArrayList<>();
    String arg0 = "exosh";
    int status;
    int shellPid;
    int lastBackground;
    int currentLine;
    int functionDepth;
    int loopDepth;
    /** A forked child of this shell (subshell, pipeline part, command substitution). */
    boolean inSubshell;
    /** Status of the last command substitution (an assignment-only command's status). */
    int substitutionStatus;
    private long randomState;

    boolean interactive, errexit, nounset, xtrace, noglob, noexec, verbose, noclobber, allexport, monitor;
    /** Inside an if/while condition, the left of && ||, or after !: errexit does not apply. */
    int errexitSuppressed;

    Shell() {
        shellPid = Proc.getpid();
        randomState = shellPid * 1103515245L + System.nanoTime();
    }

    static boolean isNameStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isNameChar(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }

    static boolean isName(String s) {
        if (s.isEmpty() || !isNameStart(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!isNameChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Sets a variable, exporting it under `set -a`; readonly ones are an error. */
    void assign(String name, String value) {
        if (!vars.set(name, value)) {
            throw new ShellError(name + ": readonly variable", 1, true);
        }
        if (allexport) {
            vars.export(name);
        }
        if (name.equals("PATH")) {
            exec.paths.forget();
        }
    }

    /** Prints "exosh: msg" (with the script's line number when not interactive). */
    void error(String msg) {
        out.flush();
        if (!interactive && currentLine > 0) {
            err.print(arg0 + ": line " + currentLine + ": " + msg + "\n");
        } else {
            err.print("exosh: " + msg + "\n");
        }
        err.flush();
    }

    String optionFlags() {
        StringBuilder sb = new StringBuilder();
        if (allexport) sb.append('a');
        if (noclobber) sb.append('C');
        if (errexit) sb.append('e');
        if (noglob) sb.append('f');
        if (interactive) sb.append('i');
        if (monitor) sb.append('m');
        if (noexec) sb.append('n');
        if (nounset) sb.append('u');
        if (verbose) sb.append('v');
        if (xtrace) sb.append('x');
        return sb.toString();
    }

    int random() {
        randomState = randomState * 6364136223846793005L + 1442695040888963407L;
        return (int) ((randomState >>> 33) & 0x7FFF);
    }

    /** The home directory for ~user (~ alone: $HOME, ~+: $PWD, ~-: $OLDPWD), or null. */
    String homeOf(String user) {
        if (user.isEmpty()) {
            String h = vars.get("HOME");
            return h != null ? h : passwdHome(null);
        }
        if (user.equals("+")) {
            return vars.get("PWD");
        }
        if (user.equals("-")) {
            return vars.get("OLDPWD");
        }
        return passwdHome(user);
    }

    private static String passwdHome(String user) {
        String passwd = Files.readAll("/etc/passwd");
        if (passwd == null) {
            return user == null ? "/" : null;
        }
        for (String line : passwd.split("\n")) {
            String[] f = line.split(":", -1);
            if (f.length >= 6 && (user == null ? f[2].equals("0") : f[0].equals(user))) {
                return f[5];
            }
        }
        return null;
    }

    /**
     * Runs source (a script, a -c string, an eval'd or sourced string) command by command.
     * Returns the last status; exit and errors of a non-interactive shell propagate as
     * ControlFlow.Exit.
     */
    int runSource(String source) {
        return runSource(source, false);
    }

    /**
     * As runSource(source); tailLast: this process ends after the source (a -c string, a
     * command substitution's child), so its last command may replace it (no extra fork: the
     * program's parent is the shell, as $PPID and job control expect).
     */
    int runSource(String source, boolean tailLast) {
        Parser p = new Parser(source, aliases);
        while (true) {
            Node n;
            try {
                n = p.next();
            } catch (SyntaxError e) {
                currentLine = e.line;
                error(e.getMessage());
                status = 2;
                if (!interactive) {
                    throw new ControlFlow.Exit(2);
                }
                return status;
            }
            if (n == null) {
                return status;
            }
            if (!noexec) {
                runTop(n, tailLast && p.atEnd());
            }
        }
    }

    /** Runs one parsed command, turning errors into a status (or an exit when not interactive). */
    void runTop(Node n) {
        runTop(n, false);
    }

    /** As runTop(n); tail: the process ends after n. */
    void runTop(Node n, boolean tail) {
        try {
            exec.run(n, tail);
        } catch (ShellError e) {
            error(e.getMessage());
            status = e.status;
            if (e.exits && !interactive) {
                throw new ControlFlow.Exit(status);
            }
        } catch (SysException e) {
            error(e.getMessage());
            status = 1;
        } catch (ControlFlow.Break | ControlFlow.Continue e) {
            // break/continue outside a loop: ignored, as in dash and bash
        }
        traps.runPending();
    }

    private int sourceDepth;

    /** True while `.` runs a file (return is allowed there). */
    boolean sourcing() {
        return sourceDepth > 0;
    }

    /**
     * eval and `.`: runs source in this shell; a syntax error gives status 2 and ends a
     * non-interactive shell (POSIX 2.8.1: a syntax error, in a special builtin too).
     */
    int runSourceNested(String source) {
        if (sourceDepth > 100) {
            throw new ShellError("eval/source nested too deeply", 2, false);
        }
        Parser p = new Parser(source, aliases);
        sourceDepth++;
        int st = 0;
        try {
            while (true) {
                Node n;
                try {
                    n = p.next();
                } catch (SyntaxError e) {
                    error(e.getMessage());
                    if (!interactive) {
                        throw new ControlFlow.Exit(2);
                    }
                    return 2;
                }
                if (n == null) {
                    return st;
                }
                st = exec.run(n, false);
            }
        } finally {
            sourceDepth--;
        }
    }

    /** $(...): runs src in a child with stdout on a pipe; the output without trailing newlines. */
    String commandSubstitution(String src) {
        return exec.captureOutput(src);
    }

    /** Runs the EXIT trap once, flushes, and ends the process with status. */
    void exit(int status) {
        traps.runExitTrap();
        out.flush();
        err.flush();
        if (!inSubshell) {
            history.save(this);
        }
        Proc.exit(status);
    }

    /** Reads a whole small file as a byte string, or null. */
    static final class Files {
        private Files() {}

        static String readAll(String path) {
            int fd;
            try {
                fd = Sys.open(path, Sys.O_RDONLY | Sys.O_CLOEXEC, 0);
            } catch (SysException e) {
                return null;
            }
            try {
                StringBuilder sb = new StringBuilder();
                byte[] buf = new byte[8192];
                int n;
                while ((n = Sys.read(fd, buf, 0, buf.length)) > 0) {
                    for (int i = 0; i < n; i++) {
                        sb.append((char) (buf[i] & 0xFF));
                    }
                }
                return sb.toString();
            } catch (SysException e) {
                return null;
            } finally {
                Sys.close(fd);
            }
        }
    }
}
