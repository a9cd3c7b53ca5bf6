/*
 * The job-control builtins: jobs, fg, bg, wait, kill (with %N job specs and signal names).
 */
package exo.userland.sh;

import exo.sys.Errno;
import exo.sys.Proc;
import exo.sys.Signals;
import exo.sys.SysException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

final class BuiltinsJobs {
    private BuiltinsJobs() {}

    static void register(Map<String, Builtins.Builtin> r) {
        r.put("jobs", BuiltinsJobs::jobs);
        r.put("fg", (sh, a) -> fgbg(sh, a, true));
        r.put("bg", (sh, a) -> fgbg(sh, a, false));
        r.put("wait", BuiltinsJobs::waitCommand);
        r.put("kill", BuiltinsJobs::kill);
    }

    private static int jobs(Shell sh, List<String> a) {
        sh.jobs.reap();
        boolean pids = a.contains("-p");
        boolean longForm = a.contains("-l");
        for (Jobs.Job j : new ArrayList<>(sh.jobs.table)) {
            String state = j.state() == Jobs.RUNNING ? "Running" : j.state() == Jobs.STOPPED ? "Stopped" : "Done";
            if (pids) {
                sh.out.print(j.pgid + "\n");
            } else if (longForm) {
                String l = sh.jobs.line(j, state);
                int at = l.indexOf("  ");
                sh.out.print(l.substring(0, at) + "  " + j.pgid + " " + l.substring(at + 2));
            } else {
                sh.out.print(sh.jobs.line(j, state));
            }
            if (j.state() == Jobs.DONE) {
                sh.jobs.forget(j);
            } else {
                j.notified = true;
            }
        }
        return 0;
    }

    private static int fgbg(Shell sh, List<String> a, boolean fg) {
        String name = a.get(0);
        if (!sh.monitor) {
            sh.error(name + ": no job control");
            return 1;
        }
        Jobs.Job j;
        try {
            j = sh.jobs.find(a.size() > 1 ? a.get(1) : "%+", name);
        } catch (ShellError e) {
            sh.error(e.getMessage().replace("%+", "current"));
            return 1;
        }
        if (fg) {
            return sh.jobs.foreground(j);
        }
        sh.jobs.background(j);
        return 0;
    }

    private static int waitCommand(Shell sh, List<String> a) {
        if (a.size() == 1) {
            while (hasRunning(sh)) {
                int sig = waitInterruptibly(sh);
                if (sig > 0) {
                    return 128 + sig;
                }
            }
            sh.jobs.reap();
            for (Jobs.Job j : new ArrayList<>(sh.jobs.table)) {
                if (j.state() == Jobs.DONE) {
                    sh.jobs.forget(j);
                }
            }
            return 0;
        }
        int st = 0;
        for (String spec : a.subList(1, a.size())) {
            st = waitFor(sh, spec);
        }
        return st;
    }

    private static boolean hasRunning(Shell sh) {
        for (Jobs.Job j : sh.jobs.table) {
            if (j.state() == Jobs.RUNNING) {
                return true;
            }
        }
        return false;
    }

    /** Waits for one child; a trapped signal that interrupts returns its number, else 0. */
    private static int waitInterruptibly(Shell sh) {
        try {
            if (!sh.jobs.waitOne(0)) {
                return -1;
            }
            return 0;
        } catch (SysException e) {
            return e.errno() == Errno.EINTR ? Signals.SIGINT : -1;
        }
    }

    private static int waitFor(Shell sh, String spec) {
        Jobs.Job j;
        try {
            j = sh.jobs.find(spec, "wait");
        } catch (ShellError e) {
            try {
                Integer done = sh.jobs.finished.remove(Integer.parseInt(spec));
                if (done != null) {
                    return done;
                }
            } catch (NumberFormatException n) {
                sh.error(e.getMessage());
                return 127;
            }
            if (spec.startsWith("%")) {
                sh.error(e.getMessage());
            }
            return 127;
        }
        while (j.state() == Jobs.RUNNING) {
            if (waitInterruptibly(sh) != 0) {
                break;
            }
        }
        int st = j.status();
        if (j.state() == Jobs.DONE) {
            sh.jobs.forget(j);
            sh.jobs.finished.remove(j.pids.get(j.pids.size() - 1));
        }
        return st;
    }

    private static int kill(Shell sh, List<String> a) {
        int sig = Signals.SIGTERM;
        int i = 1;
        if (i < a.size() && a.get(i).equals("-l")) {
            return listSignals(sh, a);
        }
        if (i < a.size() && (a.get(i).equals("-s") || a.get(i).equals("-n")) && i + 1 < a.size()) {
            sig = Signals.number(a.get(i + 1));
            i += 2;
        } else if (i < a.size() && a.get(i).startsWith("-") && a.get(i).length() > 1 && !a.get(i).equals("--")) {
            sig = Signals.number(a.get(i).substring(1));
            i++;
        }
        if (i < a.size() && a.get(i).equals("--")) {
            i++;
        }
        if (sig < 0) {
            return Builtins.usage(sh, "kill", a.get(i - 1) + ": invalid signal specification");
        }
        if (i >= a.size()) {
            return Builtins.usage(sh, "kill", "usage: kill [-s sigspec | -signum | -sigspec] pid | jobspec ...");
        }
        int st = 0;
        for (String target : a.subList(i, a.size())) {
            try {
                if (target.startsWith("%")) {
                    Jobs.Job j = sh.jobs.find(target, "kill");
                    sh.jobs.signal(j, sig);
                    if (j.state() == Jobs.STOPPED && (sig == Signals.SIGTERM || sig == Signals.SIGHUP)) {
                        sh.jobs.signal(j, Signals.SIGCONT);
                    }
                } else {
                    Proc.kill(Integer.parseInt(target), sig);
                }
            } catch (NumberFormatException e) {
                sh.error("kill: " + target + ": arguments must be process or job IDs");
                st = 1;
            } catch (ShellError e) {
                sh.error(e.getMessage());
                st = 1;
            } catch (SysException e) {
                sh.error("kill: (" + target + ") - " + e.reason());
                st = 1;
            }
        }
        return st;
    }

    private static int listSignals(Shell sh, List<String> a) {
        if (a.size() > 2) {
            try {
                int n = Integer.parseInt(a.get(2));
                sh.out.print(Signals.name(n > 128 ? n - 128 : n) + "\n");
                return 0;
            } catch (NumberFormatException e) {
                int n = Signals.number(a.get(2));
                sh.out.print(n + "\n");
                return n < 0 ? 1 : 0;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int s = 1; s < 32; s++) {
            sb.append(Signals.name(s)).append(s < 31 ? ' ' : '\n');
        }
        sh.out.print(sb.toString());
        return 0;
    }
}
