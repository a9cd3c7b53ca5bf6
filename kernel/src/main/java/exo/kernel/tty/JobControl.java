/*
 * What a terminal needs to know about processes, answered by the process layer (which sits
 * above the terminals: exo.kernel.proc implements this and installs it with Ttys.setJobControl).
 * Callers are named by the pid and tid of their FsContext. Terminals ask it for the caller's
 * session and group (is this my controlling process? is it in the background?), whether a
 * background caller blocks or ignores SIGTTIN/SIGTTOU, whether its group is orphaned (then EIO
 * instead of a stop), which session a group belongs to (TIOCSPGRP), and they send the signals
 * of ^C/^Z/^\, SIGWINCH and hang-ups to a group through it. Host tests give a scripted one.
 * Every method may take the process table's lock: terminals call them without holding their
 * own.
 */
package exo.kernel.tty;

public interface JobControl {
    /** The session of process pid, or -1 when there is no such process. */
    int sessionOf(int pid);

    /** The process group of pid, or -1. */
    int groupOf(int pid);

    /** The session of process group pgid (its members'), or -1 when no process is in it. */
    int sessionOfGroup(int pgid);

    /** Has pid given up its controlling terminal (TIOCNOTTY by a process that does not lead its session)? */
    boolean detached(int pid);

    /** Marks pid as having (false) or not having (true) the controlling terminal of its session. */
    void setDetached(int pid, boolean detached);

    /** Does thread tid block sig, or does its process ignore it? */
    boolean blocksOrIgnores(int tid, int sig);

    /** Is group pgid orphaned (no member has a parent in another group of the same session)? */
    boolean isOrphanedGroup(int pgid);

    /** Sends sig, from the kernel, to every process of group pgid. */
    void signalGroup(int pgid, int sig);

    /** Sends sig, from the kernel, to process pid. */
    void signalProcess(int pid, int sig);

    /** Before the process layer is up (and in tests): no process has a session or a terminal. */
    JobControl NONE = new JobControl() {
        @Override
        public int sessionOf(int pid) {
            return -1;
        }

        @Override
        public int groupOf(int pid) {
            return -1;
        }

        @Override
        public int sessionOfGroup(int pgid) {
            return -1;
        }

        @Override
        public boolean detached(int pid) {
            return true;
        }

        @Override
        public void setDetached(int pid, boolean detached) {
        }

        @Override
        public boolean blocksOrIgnores(int tid, int sig) {
            return true;
        }

        @Override
        public boolean isOrphanedGroup(int pgid) {
            return true;
        }

        @Override
        public void signalGroup(int pgid, int sig) {
        }

        @Override
        public void signalProcess(int pid, int sig) {
        }
    };
}
