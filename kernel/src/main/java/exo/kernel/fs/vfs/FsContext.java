/*
 * Everything a file operation needs to know about its caller, passed in explicitly (there is
 * no global "current process", so the same code serves every CPU): the credentials, the
 * process's FsState (root, cwd, umask), its descriptors (for dirfd), its pid and thread id (for
 * /proc/self and /proc/thread-self), and the Waiter through which it blocks. The syscall layer builds one per call
 * or keeps one per thread and updates it when credentials change.
 */
package exo.kernel.fs.vfs;

import exo.kernel.fs.Credentials;
import exo.kernel.fs.wait.Waiter;

public final class FsContext {
    public final Credentials cred;
    public final FsState fs;
    public final FdLookup fds;
    public final int pid;
    /** The calling thread's id (/proc/thread-self); the pid for a single-threaded caller. */
    public final int tid;
    public final Waiter waiter;

    public FsContext(Credentials cred, FsState fs, FdLookup fds, int pid, Waiter waiter) {
        this(cred, fs, fds, pid, pid, waiter);
    }

    public FsContext(Credentials cred, FsState fs, FdLookup fds, int pid, int tid, Waiter waiter) {
        this.cred = cred;
        this.fs = fs;
        this.fds = fds;
        this.pid = pid;
        this.tid = tid;
        this.waiter = waiter;
    }

    public Dentry root() {
        return fs.root();
    }

    public Dentry cwd() {
        return fs.cwd();
    }

    /** The same caller with other credentials (access(2) checks with the real ids). */
    public FsContext withCred(Credentials c) {
        return new FsContext(c, fs, fds, pid, tid, waiter);
    }
}
