/*
 * Everything a file operation needs to know about its caller, passed in explicitly (there is
 * no global "current process", so the same code serves every CPU): the credentials, the
 * process's FsState (root, cwd, umask), its descriptors (for dirfd), its pid and thread id (for
 * /proc/self and /proc/thread-self), the Waiter through which it blocks and its RLIMIT_FSIZE.
 * The process layer keeps one per thread and rebuilds it when credentials or tables change.
 */
package exo.kernel.fs.vfs;

import exo.kernel.fs.Credentials;
import exo.kernel.fs.FileSizeLimit;
import exo.kernel.fs.wait.Waiter;

public final class FsContext {
    public final Credentials cred;
    public final FsState fs;
    public final FdLookup fds;
    public final int pid;
    /** The calling thread's id (/proc/thread-self); the pid for a single-threaded caller. */
    public final int tid;
    public final Waiter waiter;
    /** The caller's RLIMIT_FSIZE, for writes and size changes of regular files. */
    public final FileSizeLimit fileSize;

    /** A caller without a file size limit (the kernel's own, host tests). */
    public FsContext(Credentials cred, FsState fs, FdLookup fds, int pid, Waiter waiter) {
        this(cred, fs, fds, pid, pid, waiter, FileSizeLimit.NONE);
    }

    public FsContext(Credentials cred, FsState fs, FdLookup fds, int pid, int tid, Waiter waiter, FileSizeLimit fileSize) {
        this.cred = cred;
        this.fs = fs;
        this.fds = fds;
        this.pid = pid;
        this.tid = tid;
        this.waiter = waiter;
        this.fileSize = fileSize;
    }

    public Dentry root() {
        return fs.root();
    }

    public Dentry cwd() {
        return fs.cwd();
    }

    /** The same caller with other credentials (access(2) checks with the real ids). */
    public FsContext withCred(Credentials c) {
        return new FsContext(c, fs, fds, pid, tid, waiter, fileSize);
    }
}
