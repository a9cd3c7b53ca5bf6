/*
 * Jobs and job control: forking children (each job its own process group when job control is
 * on, the terminal handed to the foreground group), waiting for foreground jobs (a stopped
 * one joins the table), reaping and reporting background jobs, and finding jobs by %N,
 * %+, %-, %string. Exec, the job builtins (BuiltinsJobs) and the prompt loop use it.
 */
package exo.userland.sh;

import exo.sys.Errno;
import exo.sys.Proc;
import exo.sys.Signals;
import exo.sys.Sys;
import exo.sys.SysException;
import exo.sys.Termios;
import exo.sys.Tty;
import exo.sys.WaitStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

final class Jobs {
    static final int RUNNING = 0, STOPPED = 1, DONE = 2;

    /** One job: a pipeline or command, its processes and their last known states. */
    static final class Job {
        int id;
        int pgid;
        final String text;
        final boolean background;
        final List<Integer> pids = new ArrayList<>();
        final List<Integer> states = new ArrayList<>();
        final List<WaitStatus> statuses = new ArrayList<>();
        boolean notified = true;
        Termios termios;   // the terminal settings it had when it stopped

        Job(String text, boolean background) {
            this.text = text;
            this.background = background;
        }

        int state() {
            boolean anyStopped = false;
            for (int s : states) {
                if (s == RUNNING) {
                    return RUNNING;
                }
                anyStopped |= s == STOPPED;
            }
            return anyStopped ? STOPPED : DONE;
        }

        /** The status of the last process (the pipeline's status). */
        int status() {
            WaitStatus w = statuses.isEmpty() ? null : statuses.get(statuses.size() - 1);
            return w == null ? 0 : w.shellStatus();
        }
    }

    private final Shell sh;
    final List<Job> table = new ArrayList<>();
    private final Set<Integer> ignored = new HashSet<>();
    /** Status of background processes already reaped, for `wait PID`. */
    final Map<Integer, Integer> finished = new HashMap<>();
    int ttyFd = -1;
    private int shellPgid;
    private Termios shellTermios;
    private Job current, previous;

    Jobs(Shell sh) {
        this.sh = sh;
    }

    /**
     * Job control for an interactive shell on a terminal: waits until it is in the foreground,
     * ignores the job-control signals, leads its own process group and takes the terminal.
     */
    boolean initJobControl() {
        try {
            int fd = Sys.fcntl(0, Sys.F_DUPFD_CLOEXEC, 10);
            if (!Tty.isatty(fd)) {
                Sys.close(fd);
                return false;
            }
            ttyFd = fd;
            for (int tries = 0; tries < 100 && Tty.tcgetpgrp(ttyFd) != Proc.getpgrp(); tries++) {
                Proc.kill(0, Signals.SIGTTIN);
            }
            for (int sig : new int[] {Signals.SIGINT, Signals.SIGQUIT, Signals.SIGTSTP, Signals.SIGTTIN, Signals.SIGTTOU, Signals.SIGTERM}) {
                Signals.ignore(sig);
            }
            shellPgid = Proc.getpid();
            try {
                Proc.setpgid(0, shellPgid);
            } catch (SysException e) {
                shellPgid = Proc.getpgrp();   // a session leader is already its group's leader
            }
            Tty.tcsetpgrp(ttyFd, shellPgid);
            shellTermios = Termios.get(ttyFd);
            return true;
        } catch (SysException e) {
            sh.error("job control not available: " + e.getMessage());
            return false;
        }
    }

    Job create(String text, boolean background) {
        return new Job(text, background);
    }

    /** Forks; job may be null (command substitution, here-document writer). Returns 0 in the child. */
    int fork(Job job, boolean foreground) {
        sh.out.flush();
        sh.err.flush();
        int pid = Proc.fork();
        if (pid == 0) {
            becomeChild(job, foreground);
            return 0;
        }
        if (job != null) {
            if (job.pgid == 0) {
                job.pgid = pid;
            }
            if (sh.monitor) {
                try {
                    Proc.setpgid(pid, job.pgid);
                } catch (SysException e) {
                    // the child already did it, or exec'd
                }
            }
            job.pids.add(pid);
            job.states.add(RUNNING);
            job.statuses.add(null);
        }
        return pid;
    }

    private void becomeChild(Job job, boolean foreground) {
        sh.inSubshell = true;
        sh.loopDepth = 0;   // break/continue do not reach the parent's loops
        if (sh.monitor && job != null) {
            int pgid = job.pgid == 0 ? Proc.getpid() : job.pgid;
            try {
                Proc.setpgid(0, pgid);
                if (foreground && !job.background) {
                    Tty.tcsetpgrp(ttyFd, pgid);
                }
            } catch (SysException e) {
                // the group's leader is gone: run in our own
            }
        }
        if (sh.interactive) {
            for (int sig : new int[] {Signals.SIGINT, Signals.SIGQUIT, Signals.SIGTSTP, Signals.SIGTTIN, Signals.SIGTTOU, Signals.SIGTERM}) {
                Signals.setDefault(sig);
            }
        }
        sh.traps.resetInChild();
        sh.monitor = false;
        sh.interactive = false;
        table.clear();
        finished.clear();
        current = previous = null;
        if (ttyFd >= 0) {
            try {
                Sys.close(ttyFd);
            } catch (SysException e) {
                // already closed
            }
            ttyFd = -1;
        }
    }

    /** A child nobody waits for by pid (here-document writer): reaped silently. */
    void ignoreChild(int pid) {
        ignored.add(pid);
    }

    /** Waits for a foreground job; a stopped job joins the table. Returns its status. */
    int waitFor(Job job) {
        if (sh.monitor && ttyFd >= 0) {
            try {
                Tty.tcsetpgrp(ttyFd, job.pgid);
            } catch (SysException e) {
                // it has already finished
            }
        }
        waitingFor = job;
        try {
            while (job.state() == RUNNING) {
                if (!waitOne(0)) {
                    break;
                }
            }
        } finally {
            waitingFor = null;
        }
        takeTerminal(job);
        if (job.state() == STOPPED) {
            if (!table.contains(job)) {
                add(job);
            }
            makeCurrent(job);
            job.notified = true;
            sh.err.print("\n[" + job.id + "]+  Stopped                 " + job.text + "\n").flush();
            return 128 + stopSignal(job);
        }
        table.remove(job);
        reportSignal(job);
        return job.status();
    }

    private static int stopSignal(Job job) {
        for (WaitStatus w : job.statuses) {
            if (w != null && w.stopped()) {
                return w.stopSignal();
            }
        }
        return Signals.SIGTSTP;
    }

    private void takeTerminal(Job job) {
        if (!sh.monitor || ttyFd < 0) {
            return;
        }
        try {
            Tty.tcsetpgrp(ttyFd, shellPgid);
            if (job.state() == STOPPED) {
                job.termios = Termios.get(ttyFd);
            }
            if (shellTermios != null) {
                shellTermios.set(ttyFd, Termios.TCSADRAIN);
            }
        } catch (SysException e) {
            sh.error("cannot take back the terminal: " + e.getMessage());
        }
    }

    /** A foreground job killed by a signal other than INT or PIPE is reported, as shells do. */
    private void reportSignal(Job job) {
        WaitStatus w = job.statuses.isEmpty() ? null : job.statuses.get(job.statuses.size() - 1);
        if (w == null || !w.signaled()) {
            return;
        }
        int sig = w.termSignal();
        if (sig == Signals.SIGINT) {
            if (sh.interactive) {
                sh.err.print("\n").flush();
            }
        } else if (sig != Signals.SIGPIPE) {
            sh.err.print(Signals.description(sig) + (w.coreDumped() ? " (core dumped)" : "") + "\n").flush();
        }
    }

    /** Waits for one child state change; false when there is none to wait for. */
    boolean waitOne(int options) {
        WaitStatus w;
        try {
            w = Proc.wait4(-1, options | Proc.WUNTRACED | (sh.monitor ? Proc.WCONTINUED : 0));
        } catch (SysException e) {
            if (e.errno() == Errno.ECHILD) {
                markAllDone();
                return false;
            }
            throw e;
        }
        if (w == null) {
            return false;
        }
        record(w);
        return true;
    }

    /** Reaps every child that has changed state, without blocking. */
    void reap() {
        while (waitOne(Proc.WNOHANG)) {
            // keep reaping
        }
    }

    private void record(WaitStatus w) {
        if (ignored.remove(w.pid)) {
            return;
        }
        for (Job j : all()) {
            int i = j.pids.indexOf(w.pid);
            if (i >= 0) {
                j.states.set(i, w.stopped() ? STOPPED : w.continued() ? RUNNING : DONE);
                j.statuses.set(i, w);
                if (!w.continued()) {
                    j.notified = false;
                }
                if (j.state() == DONE && j.background) {
                    finished.put(j.pids.get(j.pids.size() - 1), j.status());
                }
                return;
            }
        }
    }

    private Job waitingFor;   // the foreground job waitFor is waiting for (not in the table)

    private List<Job> all() {
        if (waitingFor == null || table.contains(waitingFor)) {
            return table;
        }
        List<Job> l = new ArrayList<>(table);
        l.add(waitingFor);
        return l;
    }

    private void markAllDone() {
        for (Job j : all()) {
            for (int i = 0; i < j.states.size(); i++) {
                if (j.states.get(i) == RUNNING) {
                    j.states.set(i, DONE);
                }
            }
        }
    }

    void add(Job job) {
        int max = 0;
        for (Job j : table) {
            max = Math.max(max, j.id);
        }
        job.id = max + 1;
        table.add(job);
    }

    void addBackground(Job job) {
        add(job);
        makeCurrent(job);
        if (sh.interactive) {
            sh.err.print("[" + job.id + "] " + job.pids.get(job.pids.size() - 1) + "\n").flush();
        }
    }

    void makeCurrent(Job job) {
        if (current != job) {
            previous = current;
            current = job;
        }
    }

    /** Interactive: reports finished and newly stopped background jobs, and forgets finished ones. */
    void notifyChanges() {
        reap();
        for (Job j : new ArrayList<>(table)) {
            if (j.state() == DONE) {
                if (sh.interactive) {
                    sh.err.print(line(j, "Done")).flush();
                }
                forget(j);
            } else if (j.state() == STOPPED && !j.notified) {
                j.notified = true;
                if (sh.interactive) {
                    sh.err.print(line(j, "Stopped")).flush();
                }
            }
        }
    }

    void forget(Job j) {
        table.remove(j);
        if (current == j) {
            current = previous;
            previous = null;
        }
        if (previous == j) {
            previous = null;
        }
        if (current == null && !table.isEmpty()) {
            current = table.get(table.size() - 1);
        }
    }

    /** A `jobs` line: "[1]+  Running                 sleep 10 &". */
    String line(Job j, String state) {
        if (state.equals("Done") && j.status() != 0) {
            WaitStatus w = j.statuses.get(j.statuses.size() - 1);
            state = w != null && w.signaled() ? Signals.description(w.termSignal()) : "Exit " + j.status();
        }
        char mark = j == current ? '+' : j == previous ? '-' : ' ';
        StringBuilder sb = new StringBuilder("[" + j.id + "]" + mark + "  " + state);
        while (sb.length() < 30) {
            sb.append(' ');
        }
        return sb + j.text + (j.state() == RUNNING ? " &" : "") + "\n";
    }

    /** The job a spec names (%N, %+, %%, %-, %name, %?text, or a pid), or a ShellError. */
    Job find(String spec, String who) {
        reap();
        if (!spec.startsWith("%")) {
            try {
                int pid = Integer.parseInt(spec);
                for (Job j : table) {
                    if (j.pids.contains(pid)) {
                        return j;
                    }
                }
            } catch (NumberFormatException e) {
                // not a pid
            }
            throw new ShellError(who + ": " + spec + ": no such job", 1, false);
        }
        String s = spec.substring(1);
        Job found = null;
        if (s.isEmpty() || s.equals("+") || s.equals("%")) {
            found = current;
        } else if (s.equals("-")) {
            found = previous;
        } else if (BuiltinsEnv.onlyChars(s, "0123456789")) {
            int id = Integer.parseInt(s);
            for (Job j : table) {
                if (j.id == id) {
                    found = j;
                }
            }
        } else {
            for (Job j : table) {
                if (s.startsWith("?") ? j.text.contains(s.substring(1)) : j.text.startsWith(s)) {
                    found = j;
                }
            }
        }
        if (found == null) {
            throw new ShellError(who + ": " + spec + ": no such job", 1, false);
        }
        return found;
    }

    /** fg: continues the job in the foreground and waits for it. */
    int foreground(Job j) {
        sh.out.print(j.text + "\n").flush();
        if (sh.monitor && ttyFd >= 0) {
            try {
                Tty.tcsetpgrp(ttyFd, j.pgid);
                if (j.termios != null) {
                    j.termios.set(ttyFd, Termios.TCSADRAIN);
                }
            } catch (SysException e) {
                // finished meanwhile
            }
        }
        continueJob(j);
        makeCurrent(j);
        return waitFor(j);
    }

    /** bg: continues a stopped job in the background. */
    void background(Job j) {
        continueJob(j);
        makeCurrent(j);
        sh.out.print("[" + j.id + "]+ " + j.text + " &\n").flush();   // POSIX: bg and fg write to stdout
    }

    private void continueJob(Job j) {
        for (int i = 0; i < j.states.size(); i++) {
            if (j.states.get(i) == STOPPED) {
                j.states.set(i, RUNNING);
            }
        }
        signal(j, Signals.SIGCONT);
    }

    /** Sends sig to the job's process group (or each process without job control). */
    void signal(Job j, int sig) {
        if (sh.monitor) {
            Proc.kill(-j.pgid, sig);
            return;
        }
        for (int i = 0; i < j.pids.size(); i++) {
            if (j.states.get(i) != DONE) {
                try {
                    Proc.kill(j.pids.get(i), sig);
                } catch (SysException e) {
                    // already gone
                }
            }
        }
    }
}
