/*
 * Job control and controlling terminals, as POSIX and Linux define them:
 * - A process in a background group of the terminal's session that reads it gets SIGTTIN sent
 *   to its group (the read restarts once the group is continued); one that writes with TOSTOP
 *   set, or changes the settings, gets SIGTTOU — unless it blocks or ignores the signal (then a
 *   read fails with EIO and a write or change goes ahead), or its group is orphaned (EIO:
 *   nobody could continue it). Processes of other sessions are not checked.
 * - A session leader without a controlling terminal acquires the terminal it opens, unless
 *   O_NOCTTY or the terminal has a session already; TIOCSCTTY asks for it explicitly (root may
 *   steal it with argument 1); TIOCNOTTY gives it up (for the session leader: the foreground
 *   group gets SIGHUP and SIGCONT and the terminal is free).
 * - TIOCSPGRP makes a group of the caller's session the foreground group.
 * Called by Tty (read, write) and TtyIoctl, without the terminal's lock held.
 */
package exo.kernel.tty;

import exo.kernel.fs.Errno;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.signal.Signals;

final class JobRules {
    private JobRules() {}

    /** ERESTARTSYS: the caller stops, and its read or write starts again once continued. */
    static final int RESTART = -Errno.ERESTARTSYS;

    /** Is t the controlling terminal of the caller? */
    static boolean isControlling(Tty t, FsContext ctx) {
        JobControl jc = Ttys.jobs();
        int sid = t.session();
        return sid > 0 && jc.sessionOf(ctx.pid) == sid && !jc.detached(ctx.pid);
    }

    static int mayRead(Tty t, FsContext ctx) {
        return backgroundCheck(t, ctx, Signals.SIGTTIN);
    }

    static int mayWrite(Tty t, FsContext ctx) {
        if (!t.termiosFlag(Termios.TOSTOP)) {
            return 0;
        }
        return backgroundCheck(t, ctx, Signals.SIGTTOU);
    }

    /** Before a change of settings or foreground (Linux's tty_check_change). */
    static int mayChange(Tty t, FsContext ctx) {
        return backgroundCheck(t, ctx, Signals.SIGTTOU);
    }

    /** 0 when the caller may go on, -EIO, or RESTART after signalling its group. */
    private static int backgroundCheck(Tty t, FsContext ctx, int sig) {
        if (!isControlling(t, ctx)) {
            return 0;
        }
        JobControl jc = Ttys.jobs();
        int group = jc.groupOf(ctx.pid);
        int fg = t.foregroundGroup();
        if (fg <= 0 || group == fg) {
            return 0;
        }
        if (jc.blocksOrIgnores(ctx.tid, sig)) {
            return sig == Signals.SIGTTIN ? -Errno.EIO : 0;
        }
        if (jc.isOrphanedGroup(group)) {
            return -Errno.EIO;
        }
        jc.signalGroup(group, sig);
        return RESTART;
    }

    /** An open without O_NOCTTY: a session leader with no terminal acquires this free one. */
    static void opened(Tty t, FsContext ctx, boolean noctty) {
        if (noctty || ctx.pid <= 0) {
            return;
        }
        JobControl jc = Ttys.jobs();
        int sid = jc.sessionOf(ctx.pid);
        if (sid != ctx.pid || t.session() != 0 || Ttys.ofSession(sid) != null) {
            return;
        }
        synchronized (t) {
            if (t.session() == 0) {
                t.setControlling(sid, jc.groupOf(ctx.pid));
                jc.setDetached(ctx.pid, false);
            }
        }
    }

    /** TIOCSCTTY(steal): readable tells whether the descriptor was opened for reading. */
    static int setControlling(Tty t, FsContext ctx, boolean steal, boolean readable) {
        JobControl jc = Ttys.jobs();
        int sid = jc.sessionOf(ctx.pid);
        boolean root = ctx.cred.euid == 0;
        if (sid == ctx.pid && t.session() == sid) {
            return 0; // already ours
        }
        if (sid != ctx.pid || Ttys.ofSession(sid) != null && !jc.detached(ctx.pid)) {
            return -Errno.EPERM;
        }
        if (!readable && !root) {
            return -Errno.EPERM;
        }
        synchronized (t) {
            if (t.session() != 0 && !(steal && root)) {
                return -Errno.EPERM;
            }
            t.setControlling(sid, jc.groupOf(ctx.pid));
        }
        jc.setDetached(ctx.pid, false);
        return 0;
    }

    /** TIOCNOTTY. */
    static int giveUp(Tty t, FsContext ctx) {
        if (!isControlling(t, ctx)) {
            return -Errno.ENOTTY;
        }
        JobControl jc = Ttys.jobs();
        if (jc.sessionOf(ctx.pid) != ctx.pid) {
            jc.setDetached(ctx.pid, true);
            return 0;
        }
        Ttys.sessionLeaderExited(ctx.pid);
        return 0;
    }

    /** TIOCGPGRP: the foreground group, for the controlling terminal only. */
    static int foregroundGroup(Tty t, FsContext ctx) {
        return isControlling(t, ctx) ? t.foregroundGroup() : -Errno.ENOTTY;
    }

    /** TIOCSPGRP. */
    static int setForegroundGroup(Tty t, FsContext ctx, int group) {
        int check = mayChange(t, ctx);
        if (check == -Errno.EIO) {
            return -Errno.ENOTTY;
        }
        if (check < 0) {
            return check;
        }
        if (!isControlling(t, ctx)) {
            return -Errno.ENOTTY;
        }
        if (group < 0) {
            return -Errno.EINVAL;
        }
        int groupSession = Ttys.jobs().sessionOfGroup(group);
        if (groupSession < 0) {
            return -Errno.ESRCH;
        }
        if (groupSession != t.session()) {
            return -Errno.EPERM;
        }
        t.setForegroundGroup(group);
        return 0;
    }

    /** TIOCGSID. */
    static int session(Tty t, FsContext ctx) {
        return isControlling(t, ctx) ? t.session() : -Errno.ENOTTY;
    }
}
