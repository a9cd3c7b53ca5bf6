/*
 * Changing a process's credentials: one of CredentialRules' functions is applied to the current
 * credentials under Processes.lock, so that two threads changing ids at once cannot lose an
 * update, and the result replaces Process.cred for every thread (credentials are per process
 * here, which is what POSIX asks for and what libc emulates on Linux by repeating the call in
 * each thread). Every thread's file-layer context is rebuilt with the new credentials. As on
 * Linux, a change of an effective or file-system id makes the process non-dumpable and clears
 * its parent-death signal. Used by syscall.IdentityCalls.
 */
package exo.kernel.proc;

import exo.kernel.fs.Credentials;
import exo.kernel.fs.Errno;

public final class ProcessCredentials {
    private ProcessCredentials() {}

    /** A change of credentials: the new ones, or null when the caller may not make it. */
    public interface Change {
        Credentials apply(Credentials old);
    }

    /** Applies change to t's process; 0, or -EPERM when the rules refuse it. */
    public static int change(Task t, Change change) {
        Process p = t.process;
        Processes.lock.lock();
        try {
            Credentials old = p.cred;
            Credentials next = change.apply(old);
            if (next == null) {
                return -Errno.EPERM;
            }
            installLocked(p, old, next);
            return 0;
        } finally {
            Processes.lock.unlock();
        }
    }

    /** setfsuid/setfsgid: applies change (which never refuses) and returns the old credentials. */
    public static Credentials exchange(Task t, Change change) {
        Process p = t.process;
        Processes.lock.lock();
        try {
            Credentials old = p.cred;
            installLocked(p, old, change.apply(old));
            return old;
        } finally {
            Processes.lock.unlock();
        }
    }

    /**
     * execve's point of no return: the program's credentials (Exec computed them from the file's
     * set-id bits) replace the old ones. The process is dumpable again unless it gained ids,
     * which also clears its parent-death signal.
     */
    static void afterExec(Process p, Credentials next) {
        Processes.lock.lock();
        try {
            Credentials old = p.cred;
            boolean gained = next != null && CredentialRules.gainsIds(old, next);
            if (next != null && next != old) {
                p.cred = next;
                for (Task t : p.threads) {
                    t.contextChanged();
                }
            }
            p.dumpable = gained ? 0 : 1;
            if (gained) {
                p.parentDeathSignal = 0;
            }
        } finally {
            Processes.lock.unlock();
        }
    }

    private static void installLocked(Process p, Credentials old, Credentials next) {
        if (next == old) {
            return;
        }
        p.cred = next;
        if (old.euid != next.euid || old.egid != next.egid || old.fsuid != next.fsuid || old.fsgid != next.fsgid) {
            p.dumpable = 0;   // fs.suid_dumpable's default
            p.parentDeathSignal = 0;
        }
        for (Task t : p.threads) {
            t.contextChanged();
        }
    }
}
