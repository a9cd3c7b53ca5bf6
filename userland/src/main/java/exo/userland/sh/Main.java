/*
 * exosh's entry point: `exosh` (interactive on a terminal, else commands from standard
 * input), `exosh -c 'commands' [name [args]]`, `exosh file.sh [args]`, options such as -e
 * -x -u -i. Imports the environment, sets the default variables, and hands the input to
 * Shell (scripts, -c) or Repl (standard input, interactive sessions).
 */
package exo.userland.sh;

import exo.sys.Proc;
import exo.sys.Sys;
import exo.sys.SysException;
import exo.sys.Text;
import exo.sys.Tty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Text.useByteStrings();   // file names and arguments are bytes, not necessarily UTF-8
        Shell sh = new Shell();
        importEnvironment(sh);
        int st;
        try {
            st = start(sh, args);
        } catch (ControlFlow.Exit e) {
            st = e.value;
        } catch (ControlFlow.Return e) {
            st = e.value;
        } catch (ShellError e) {
            sh.error(e.getMessage());
            st = e.status;
        }
        sh.exit(st);
    }

    private static void importEnvironment(Shell sh) {
        for (String kv : Proc.environ()) {
            int eq = kv.indexOf('=');
            if (eq > 0 && Shell.isName(kv.substring(0, eq))) {
                sh.vars.set(kv.substring(0, eq), kv.substring(eq + 1));
                sh.vars.export(kv.substring(0, eq));
            }
        }
        sh.vars.set("IFS", " \t\n");
        sh.vars.set("PS2", "> ");
        sh.vars.set("PS4", "+ ");
        sh.vars.set("OPTIND", "1");
        sh.vars.set("PPID", Integer.toString(Proc.getppid()));
        if (sh.vars.get("PATH") == null) {
            sh.vars.set("PATH", "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin");
            sh.vars.export("PATH");
        }
        sh.vars.set("PWD", BuiltinsEnv.currentDir(sh));
        sh.vars.export("PWD");
    }

    /** Parses the command line and runs the input it names; returns the exit status. */
    static int start(Shell sh, String[] argv) {
        List<String> args = new ArrayList<>(Arrays.asList(argv));
        String command = null;
        boolean forceInteractive = false, readStdin = false;
        while (!args.isEmpty() && (args.get(0).startsWith("-") || args.get(0).startsWith("+")) && args.get(0).length() > 1) {
            String o = args.remove(0);
            if (o.equals("--")) {
                break;
            }
            boolean on = o.charAt(0) == '-';
            for (int i = 1; i < o.length(); i++) {
                char c = o.charAt(i);
                if (c == 'c') {
                    if (args.isEmpty()) {
                        sh.error("-c: option requires an argument");
                        return 2;
                    }
                    command = args.remove(0);
                } else if (c == 'i') {
                    forceInteractive = on;
                } else if (c == 's') {
                    readStdin = true;
                } else if (c == 'l') {
                    continue;   // login shell: nothing more to do here
                } else if (c == 'o' && !args.isEmpty()) {
                    Options.setLong(sh, args.remove(0), on);
                } else if (!Options.setShort(sh, c, on)) {
                    sh.error("-" + c + ": invalid option");
                    return 2;
                }
            }
        }
        if (command != null) {
            if (!args.isEmpty()) {
                sh.arg0 = args.remove(0);
            }
            sh.positional = args;
            return sh.runSource(command, true);
        }
        if (!args.isEmpty() && !readStdin) {
            return runScript(sh, args);
        }
        sh.positional = args;
        sh.interactive = forceInteractive || (Tty.isatty(0) && Tty.isatty(2));
        return new Repl(sh).run();
    }

    private static int runScript(Shell sh, List<String> args) {
        String file = args.remove(0);
        sh.arg0 = file;
        sh.positional = args;
        String path = file.indexOf('/') >= 0 ? file : (Sys.access(file, Sys.R_OK) ? file : sh.exec.paths.findReadable(file));
        String text = path == null ? null : Shell.Files.readAll(path);
        if (text == null) {
            String why;
            try {
                Sys.stat(file);
                why = "cannot read file";
            } catch (SysException e) {
                why = e.reason();
            }
            sh.err.print("exosh: " + file + ": " + why + "\n").flush();
            return 127;
        }
        return sh.runSource(text);
    }
}
