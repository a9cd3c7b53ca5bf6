/*
 * Runs syntax trees: simple commands (builtins, functions, programs found by PathSearch),
 * pipelines, lists, subshells and the compound commands, with `set -e` and `set -x`.
 * `tail` says the process ends after this command (a forked child), so a program can replace
 * it without another fork. Forking, process groups and waiting are Jobs'; redirections are
 * Redirects'; builtins are in the Builtins classes.
 */
package exo.userland.sh;

import exo.sys.Errno;
import exo.sys.Proc;
import exo.sys.Sys;
import exo.sys.SysException;
import exo.sys.WaitStatus;
import java.util.ArrayList;
import java.util.List;

final class Exec {
    private final Shell sh;
    final Redirects redirects;
    final PathSearch paths;

    Exec(Shell sh) {
        this.sh = sh;
        this.redirects = new Redirects(sh);
        this.paths = new PathSearch(sh);
    }


    /** Runs n; the status is also left in sh.status. */
    int run(Node n, boolean tail) {
        int st = dispatch(n, tail);
        sh.status = st;
        if (exo.sys.Signals.pending()) {
            exo.sys.Signals.poll();
            sh.traps.runPending();
        }
        return st;
    }

    private int dispatch(Node n, boolean tail) {
        if (n instanceof Node.Simple) {
            return checkErrexit(runSimple((Node.Simple) n, tail));
        }
        if (n instanceof Node.Pipeline) {
            return checkErrexit(runPipeline((Node.Pipeline) n));
        }
        if (n instanceof Node.AndOr) {
            return runAndOr((Node.AndOr) n, tail);
        }
        if (n instanceof Node.Sequence) {
            List<Node> items = ((Node.Sequence) n).items;
            int st = 0;
            for (int i = 0; i < items.size(); i++) {
                st = run(items.get(i), tail && i == items.size() - 1);
            }
            return st;
        }
        if (n instanceof Node.Background) {
            return runBackground((Node.Background) n);
        }
        if (n instanceof Node.Subshell) {
            return checkErrexit(runSubshell(((Node.Subshell) n).body, tail));
        }
        if (n instanceof Node.Group) {
            return run(((Node.Group) n).body, tail);
        }
        if (n instanceof Node.Redirected) {
            return runRedirected((Node.Redirected) n);
        }
        return Compound.run(sh, this, n, tail);
    }

    private int checkErrexit(int st) {
        if (st != 0 && sh.errexit && sh.errexitSuppressed == 0) {
            sh.status = st;
            throw new ControlFlow.Exit(st);
        }
        return st;
    }

    /** Runs n as a condition: `set -e` does not apply inside. */
    int condition(Node n) {
        sh.errexitSuppressed++;
        try {
            return run(n, false);
        } finally {
            sh.errexitSuppressed--;
        }
    }

    private int runAndOr(Node.AndOr n, boolean tail) {
        int st = condition(n.left);
        if (n.and ? st == 0 : st != 0) {
            return run(n.right, tail);
        }
        return st;
    }

    private int runRedirected(Node.Redirected n) {
        Redirects.Saved saved = redirects.applyOrReport(n.redirs);
        if (saved == null) {
            return 1;
        }
        try {
            return run(n.body, false);
        } finally {
            sh.out.flush();
            saved.restore();
        }
    }

    // ---- simple commands ------------------------------------------------------------------

    private int runSimple(Node.Simple c, boolean tail) {
        sh.currentLine = c.line;
        sh.substitutionStatus = 0;
        List<String> argv = new ArrayList<>();
        for (String w : c.words) {
            sh.expander.fields(w, argv);
        }
        if (argv.isEmpty()) {
            return assignmentsOnly(c);
        }
        if (sh.xtrace) {
            trace(c.assigns, argv);
        }
        String name = argv.get(0);
        if (isBareExec(argv)) {   // `exec` or `command exec` without a command
            for (String a : c.assigns) {
                assignWord(a);
            }
            redirects.apply(c.redirs, false);   // exec without a command: they stay
            return 0;
        }
        Builtins.Builtin special = Builtins.special(name);
        if (special != null) {
            for (String a : c.assigns) {
                assignWord(a);
            }
            return runBuiltin(special, argv, c.redirs, true);
        }
        Node.FunctionDef f = sh.functions.get(name);
        Builtins.Builtin regular = f == null ? Builtins.regular(name) : null;
        if (f == null && regular == null) {
            return runProgram(argv, c, tail);
        }
        // Assignments before a function or regular builtin last for that command only.
        List<String[]> restore = temporaryAssignments(c.assigns);
        try {
            return f != null ? callFunction(f, argv, c.redirs) : runBuiltin(regular, argv, c.redirs, false);
        } finally {
            undoAssignments(restore);
        }
    }

    private static boolean isBareExec(List<String> argv) {
        int i = 0;
        while (i < argv.size() - 1 && argv.get(i).equals("command")) {
            i++;
        }
        return i == argv.size() - 1 && argv.get(i).equals("exec");
    }

    private int assignmentsOnly(Node.Simple c) {
        if (sh.xtrace && !c.assigns.isEmpty()) {
            trace(c.assigns, List.of());
        }
        for (String a : c.assigns) {
            assignWord(a);
        }
        if (!c.redirs.isEmpty()) {
            Redirects.Saved saved = redirects.applyOrReport(c.redirs);
            if (saved == null) {
                return 1;
            }
            saved.restore();
        }
        return sh.substitutionStatus;
    }

    private void assignWord(String a) {
        int eq = a.indexOf('=');
        sh.assign(a.substring(0, eq), sh.expander.assignmentValue(a.substring(eq + 1)));
    }

    private List<String[]> temporaryAssignments(List<String> assigns) {
        List<String[]> restore = new ArrayList<>();
        for (String a : assigns) {
            int eq = a.indexOf('=');
            String name = a.substring(0, eq);
            Vars.Var old = sh.vars.lookup(name);
            restore.add(new String[] {name, old == null ? null : old.value, old != null && old.exported ? "x" : null});
            sh.assign(name, sh.expander.assignmentValue(a.substring(eq + 1)));
            sh.vars.export(name);
        }
        return restore;
    }

    private void undoAssignments(List<String[]> restore) {
        for (int i = restore.size() - 1; i >= 0; i--) {
            String[] r = restore.get(i);
            if (r[1] == null) {
                sh.vars.unset(r[0]);
            } else {
                sh.vars.set(r[0], r[1]);
                if (r[2] == null) {
                    sh.vars.unexport(r[0]);
                }
            }
        }
    }

    private void trace(List<String> assigns, List<String> argv) {
        String ps4 = sh.vars.get("PS4");
        StringBuilder sb = new StringBuilder(ps4 == null ? "+ " : ps4);
        List<String> all = new ArrayList<>();
        for (String a : assigns) {
            int eq = a.indexOf('=');
            all.add(a.substring(0, eq + 1) + Quote.forShell(sh.expander.assignmentValue(a.substring(eq + 1))));
        }
        for (String s : argv) {
            all.add(Quote.forShell(s));
        }
        sb.append(String.join(" ", all)).append('\n');
        sh.out.flush();
        sh.err.print(sb.toString()).flush();
    }

    int runBuiltin(Builtins.Builtin b, List<String> argv, List<Node.Redir> redirs, boolean special) {
        Redirects.Saved saved = redirects.applyOrReport(redirs);
        if (saved == null) {
            if (special && !sh.interactive) {
                throw new ControlFlow.Exit(1);
            }
            return 1;
        }
        sh.out.flush();
        sh.out.failed();   // an earlier command's failure is not this builtin's
        try {
            int st = b.run(sh, argv);
            if (!sh.out.flush() || sh.out.failed()) {
                sh.error(argv.get(0) + ": write error: " + sh.out.failure());
                st = st == 0 ? 1 : st;
            }
            return st;
        } finally {
            sh.out.flush();
            sh.err.flush();
            saved.restore();
        }
    }

    int callFunction(Node.FunctionDef f, List<String> argv, List<Node.Redir> redirs) {
        if (sh.functionDepth >= Shell.MAX_FUNCTION_DEPTH) {
            throw new ShellError(f.name + ": maximum function nesting level exceeded (" + Shell.MAX_FUNCTION_DEPTH + ")", 2, false);
        }
        Redirects.Saved saved = redirects.applyOrReport(redirs);
        if (saved == null) {
            return 1;
        }
        List<String> oldArgs = sh.positional;
        sh.positional = new ArrayList<>(argv.subList(1, argv.size()));
        sh.functionDepth++;
        sh.vars.pushScope();
        int savedLoops = sh.loopDepth;
        sh.loopDepth = 0;
        try {
            return run(f.body, false);
        } catch (ControlFlow.Return r) {
            return r.value;
        } finally {
            sh.loopDepth = savedLoops;
            sh.vars.popScope();
            sh.functionDepth--;
            sh.positional = oldArgs;
            sh.out.flush();
            saved.restore();
        }
    }

    private int runProgram(List<String> argv, Node.Simple c, boolean tail) {
        if (tail && !sh.traps.hasExitTrap()) {
            execProgram(argv, c.assigns, c.redirs);   // this process ends here
        }
        if (!assignsPath(c.assigns)) {
            paths.find(argv.get(0));   // searched here, not only in the child, so `hash` remembers it
        }
        Jobs.Job job = sh.jobs.create(String.join(" ", argv), false);
        int pid = sh.jobs.fork(job, true);
        if (pid == 0) {
            execProgram(argv, c.assigns, c.redirs);
        }
        return sh.jobs.waitFor(job);
    }

    private static boolean assignsPath(List<String> assigns) {
        for (String a : assigns) {
            if (a.startsWith("PATH=")) {
                return true;
            }
        }
        return false;
    }

    /** `command name args`: a builtin or a program, never a function. */
    int runWithoutFunctions(List<String> argv) {
        String name = argv.get(0);
        Builtins.Builtin b = Builtins.special(name);
        if (b == null) {
            b = Builtins.regular(name);
        }
        if (b != null) {
            return b.run(sh, argv);
        }
        Jobs.Job job = sh.jobs.create(String.join(" ", argv), false);
        int pid = sh.jobs.fork(job, true);
        if (pid == 0) {
            execProgram(argv, List.of(), List.of());
        }
        return sh.jobs.waitFor(job);
    }

    /** In a child (or at a tail): redirections, assignments, execve; never returns. */
    void execProgram(List<String> argv, List<String> assigns, List<Node.Redir> redirs) {
        try {
            redirects.apply(redirs, false);
            for (String a : assigns) {
                int eq = a.indexOf('=');
                String name = a.substring(0, eq);
                sh.assign(name, sh.expander.assignmentValue(a.substring(eq + 1)));
                sh.vars.export(name);
            }
        } catch (ShellError e) {
            sh.error(e.getMessage());
            sh.exit(1);
        }
        String name = argv.get(0);
        String path = paths.find(name);
        if (path == null) {
            sh.error(name + ": not found");
            sh.exit(127);
        }
        sh.out.flush();
        try {
            Proc.execve(path, argv.toArray(new String[0]), sh.vars.environment());
        } catch (SysException e) {
            if (e.errno() == Errno.ENOEXEC) {
                runAsScript(path, argv);
            }
            sh.error(name + ": " + e.reason());
            sh.exit(e.errno() == Errno.ENOENT ? 127 : 126);
        }
    }

    /** A file without a #! line: this (child) shell runs it as a script, as POSIX says. */
    private void runAsScript(String path, List<String> argv) {
        String text = Shell.Files.readAll(path);
        if (text == null) {
            return;
        }
        sh.functions.clear();
        sh.aliases.clear();
        sh.arg0 = path;
        sh.positional = new ArrayList<>(argv.subList(1, argv.size()));
        int st;
        try {
            st = sh.runSource(text);
        } catch (ControlFlow.Exit e) {
            st = e.value;
        }
        sh.exit(st);
    }

    // ---- pipelines, subshells, background -------------------------------------------------

    private int runPipeline(Node.Pipeline p) {
        if (p.bang) {
            sh.errexitSuppressed++;
        }
        int st;
        try {
            st = p.commands.size() == 1 ? run(p.commands.get(0), false) : pipeline(p);
        } finally {
            if (p.bang) {
                sh.errexitSuppressed--;
            }
        }
        return p.bang ? (st == 0 ? 1 : 0) : st;
    }

    private int pipeline(Node.Pipeline p) {
        Jobs.Job job = sh.jobs.create(describe(p), false);
        forkPipeline(p, job, true);
        return sh.jobs.waitFor(job);
    }

    /**
     * Forks each command of p into job, connected by pipes, as children of this shell;
     * returns the last one's pid (what $! names for a background pipeline).
     */
    private int forkPipeline(Node.Pipeline p, Jobs.Job job, boolean foreground) {
        int previousRead = -1;
        int n = p.commands.size();
        int pid = 0;
        boolean jobControl = sh.monitor;   // the child's own sh.monitor is off
        for (int i = 0; i < n; i++) {
            int[] pipe = i < n - 1 ? Sys.pipe2(Sys.O_CLOEXEC) : null;
            pid = sh.jobs.fork(job, foreground);
            if (pid == 0) {
                if (!foreground) {
                    asBackgroundChild(i == 0, jobControl);
                }
                if (previousRead >= 0) {
                    Sys.dup2(previousRead, 0);
                }
                if (pipe != null) {
                    Sys.dup2(pipe[1], 1);
                }
                runInChild(p.commands.get(i));
            }
            if (previousRead >= 0) {
                Sys.close(previousRead);
            }
            if (pipe != null) {
                Sys.close(pipe[1]);
                previousRead = pipe[0];
            }
        }
        return pid;
    }

    /** In a forked child: runs n and exits with its status. */
    void runInChild(Node n) {
        int st;
        try {
            st = run(n, true);
        } catch (ControlFlow.Exit e) {
            st = e.value;
        } catch (ControlFlow.Return e) {
            st = e.value;
        } catch (ControlFlow e) {
            st = sh.status;
        } catch (ShellError e) {
            sh.error(e.getMessage());
            st = e.status;
        } catch (SysException e) {
            sh.error(e.getMessage());
            st = 1;
        }
        sh.exit(st);
    }

    private int runSubshell(Node body, boolean tail) {
        if (tail) {
            runInChild(body);   // already a child that ends after this
        }
        Jobs.Job job = sh.jobs.create("( ... )", false);
        int pid = sh.jobs.fork(job, true);
        if (pid == 0) {
            runInChild(body);
        }
        return sh.jobs.waitFor(job);
    }

    private int runBackground(Node.Background b) {
        Jobs.Job job = sh.jobs.create(b.text, true);
        int pid;
        if (b.body instanceof Node.Pipeline && ((Node.Pipeline) b.body).commands.size() > 1 && !((Node.Pipeline) b.body).bang) {
            pid = forkPipeline((Node.Pipeline) b.body, job, false);
        } else {
            boolean jobControl = sh.monitor;
            pid = sh.jobs.fork(job, false);
            if (pid == 0) {
                asBackgroundChild(true, jobControl);
                runInChild(b.body);
            }
        }
        sh.lastBackground = pid;
        sh.jobs.addBackground(job);
        return 0;
    }

    /** Without job control, a background command ignores SIGINT and SIGQUIT and reads /dev/null. */
    private void asBackgroundChild(boolean stdinFromNull, boolean jobControl) {
        if (jobControl) {
            return;
        }
        exo.sys.Signals.ignore(exo.sys.Signals.SIGINT);
        exo.sys.Signals.ignore(exo.sys.Signals.SIGQUIT);
        if (!stdinFromNull) {
            return;
        }
        try {
            int fd = Sys.open("/dev/null", Sys.O_RDONLY, 0);
            if (fd != 0) {
                Sys.dup2(fd, 0);
                Sys.close(fd);
            }
        } catch (SysException e) {
            // no /dev/null: keep stdin
        }
    }

    private static String describe(Node.Pipeline p) {
        List<String> parts = new ArrayList<>();
        for (Node c : p.commands) {
            parts.add(c instanceof Node.Simple ? String.join(" ", ((Node.Simple) c).words) : "...");
        }
        return (p.bang ? "! " : "") + String.join(" | ", parts);
    }

    // ---- command substitution ------------------------------------------------------------

    /** Runs src in a child with stdout on a pipe; returns the output minus trailing newlines. */
    String captureOutput(String src) {
        int[] pipe = Sys.pipe2(Sys.O_CLOEXEC);
        sh.out.flush();
        sh.err.flush();
        int pid = sh.jobs.fork(null, true);
        if (pid == 0) {
            Sys.dup2(pipe[1], 1);
            int st;
            try {
                st = sh.runSource(src, true);
            } catch (ControlFlow.Exit e) {
                st = e.value;
            } catch (ControlFlow e) {
                st = sh.status;
            }
            sh.exit(st);
        }
        Sys.close(pipe[1]);
        StringBuilder sb = new StringBuilder();
        byte[] buf = new byte[4096];
        try {
            int n;
            while ((n = Sys.read(pipe[0], buf, 0, buf.length)) > 0) {
                for (int i = 0; i < n; i++) {
                    sb.append((char) (buf[i] & 0xFF));
                }
            }
        } finally {
            Sys.close(pipe[0]);
        }
        WaitStatus w = Proc.wait4(pid, 0);
        sh.substitutionStatus = w.shellStatus();
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == '\n') {
            end--;
        }
        sb.setLength(end);
        return sb.toString();
    }
}
