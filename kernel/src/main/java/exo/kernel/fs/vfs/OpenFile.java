/*
 * An open file description: what open(), pipe() or eventfd() creates and descriptors point to.
 * One object is shared by dup, fork and SCM_RIGHTS, so its offset and status flags are shared as
 * on Linux. Subclasses give the operations (RegularFile, DirFile, pipe ends, devices, procfs
 * text, epoll, eventfd); the defaults are Linux's errors for files that cannot do them.
 *
 * The syscall layer (through exo.kernel.fs.file.FileIo) checks the descriptor and the access
 * mode before calling read/write; these methods handle blocking themselves through the
 * caller's Waiter, unless O_NONBLOCK is set. refs counts the descriptors and other holders;
 * the last put() releases the file: its OFD and flock locks go, a pipe end closes.
 */
package exo.kernel.fs.vfs;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FileSizeLimit;
import exo.kernel.fs.IoBuffer;
import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.lock.InodeLocks;
import exo.kernel.fs.wait.Poll;
import exo.kernel.fs.wait.PollTable;
import exo.kernel.sync.Mutex;
import exo.kernel.sync.SpinLock;

public abstract class OpenFile {
    /** Where it was opened (null for anonymous files: pipes, eventfd, epoll). */
    public final Dentry dentry;
    public final Inode inode;
    /**
     * Held across read/write/lseek of the offset (Linux's f_pos_lock); made on first use
     * (posLock()), since most opened files are closed without a read (open+close, stat-like
     * opens) and a Mutex is three objects.
     */
    private volatile Mutex posLock;
    private static final SpinLock POS_LOCKS = new SpinLock("open file offset locks");
    private volatile int flags;
    private long pos;
    /** Under REFS: taken on every descriptor call (FdTable.acquire, then put), where a
     *  monitor enter and exit cost several hundred instructions and this lock a few. */
    private int refs = 1;
    private static final SpinLock REFS = new SpinLock("open file references");
    /** Watchers (epoll items) told when the file goes; under this object's monitor. */
    private volatile java.util.ArrayList<FileWatcher> watchers;
    /** F_SETOWN's process (signals for O_ASYNC are the process layer's). */
    public volatile int ownerPid;
    /** This file counts among the inode's writers (Inode.getWriteAccess); the last put gives it back. */
    boolean writeAccess;

    protected OpenFile(Dentry dentry, Inode inode, int flags) {
        this.dentry = dentry;
        this.inode = inode;
        this.flags = flags & ~OpenFlags.OPEN_ONLY;
        inode.opened();
        if (dentry != null) {
            Mount.getFor(dentry);
        }
    }

    // ---- sharing ------------------------------------------------------------------------

    public final void get() {
        boolean on = REFS.lock();
        boolean released = refs <= 0;
        if (!released) {
            refs++;
        }
        REFS.unlock(on);
        if (released) {
            throw new IllegalStateException("get() of a released file");
        }
    }

    /** Drops one reference; the last one releases the file. */
    /** get() unless the file was released meanwhile (then false): a lookup racing a close. */
    public final boolean tryGet() {
        boolean on = REFS.lock();
        boolean live = refs > 0;
        if (live) {
            refs++;
        }
        REFS.unlock(on);
        return live;
    }

    public final void put() {
        boolean on = REFS.lock();
        boolean released = refs <= 0;
        boolean last = !released && --refs == 0;
        REFS.unlock(on);
        if (released) {
            throw new IllegalStateException("put() of a released file");
        }
        if (last) {
            // No watcher can be added now (adding one takes a reference), so a null list means
            // none: the monitor is needed only against a concurrent removeWatcher.
            java.util.ArrayList<FileWatcher> w = watchers;
            if (w != null) {
                synchronized (this) {
                    w = watchers;
                    watchers = null;
                }
            }
            for (int i = 0; w != null && i < w.size(); i++) {
                w.get(i).fileReleased(this);
            }
            InodeLocks locks = inode.locksIfAny();
            if (locks != null) {
                locks.releaseRanges(this); // OFD locks belong to the open file
                locks.unflock(this);
            }
            release();
            if (writeAccess) {
                inode.putWriteAccess();
            }
            inode.closed();
            if (dentry != null) {
                Mount.putFor(dentry);
            }
        }
    }

    public final int refs() {
        boolean on = REFS.lock();
        int n = refs;
        REFS.unlock(on);
        return n;
    }

    public final synchronized void addWatcher(FileWatcher w) {
        if (watchers == null) {
            watchers = new java.util.ArrayList<>();
        }
        watchers.add(w);
    }

    public final synchronized void removeWatcher(FileWatcher w) {
        if (watchers != null) {
            watchers.remove(w);
        }
    }

    /** Called once, when the last reference goes. */
    protected void release() {
    }

    /** The offset lock, made on first use. */
    protected final Mutex posLock() {
        Mutex m = posLock;
        if (m == null) {
            Mutex fresh = new Mutex();
            boolean on = POS_LOCKS.lock();
            m = posLock;
            if (m == null) {
                posLock = m = fresh;
            }
            POS_LOCKS.unlock(on);
        }
        return m;
    }

    // ---- flags and offset ---------------------------------------------------------------

    /** Access mode and status flags, as F_GETFL reports them. */
    public final int flags() {
        return flags;
    }

    /** F_SETFL: only O_APPEND, O_NONBLOCK, O_ASYNC, O_DIRECT and O_NOATIME change. */
    public final void setStatusFlags(int newFlags) {
        int keep = flags & ~OpenFlags.SETFL_MASK;
        flags = keep | (newFlags & OpenFlags.SETFL_MASK);
    }

    public final boolean isNonBlocking() {
        return (flags & OpenFlags.O_NONBLOCK) != 0;
    }

    public final boolean isAppend() {
        return (flags & OpenFlags.O_APPEND) != 0;
    }

    public final boolean isPathOnly() {
        return (flags & OpenFlags.O_PATH) != 0;
    }

    public final boolean canRead() {
        return OpenFlags.canRead(flags);
    }

    public final boolean canWrite() {
        return OpenFlags.canWrite(flags);
    }

    public final long position() {
        return pos;
    }

    protected final void setPosition(long p) {
        pos = p;
    }

    // ---- operations (defaults: what Linux answers for a file that cannot) --------------

    public long read(IoBuffer buf, FsContext ctx) {
        return -Errno.EINVAL;
    }

    public long write(IoBuffer buf, FsContext ctx) {
        return -Errno.EINVAL;
    }

    public long pread(IoBuffer buf, long offset, FsContext ctx) {
        return -Errno.ESPIPE;
    }

    public long pwrite(IoBuffer buf, long offset, FsContext ctx) {
        return -Errno.ESPIPE;
    }

    public long lseek(long offset, int whence) {
        return -Errno.ESPIPE;
    }

    /**
     * Whether epoll may watch the file (Linux: whether it has a poll operation). Regular files
     * and directories have none, nor do some devices (MemDevice's null, zero, full): EPERM.
     */
    public boolean pollable() {
        return !inode.isRegular() && !inode.isDir();
    }

    /** Ready mask (Poll bits); registers on the file's wait lists through table when not null. */
    public int poll(PollTable table) {
        return Poll.IN | Poll.OUT;
    }

    /** Device-specific ioctl (FIONBIO, FIOCLEX and FIONREAD are handled by FileIo). */
    public long ioctl(int request, long arg, FsContext ctx) {
        return -Errno.ENOTTY;
    }

    /** Bytes a read would return now without blocking (FIONREAD), or -ENOTTY. */
    public long readableBytes() {
        return -Errno.ENOTTY;
    }

    /** getdents64: fills sink from the current position; returns 0 or -errno. */
    public int readdir(DirSink sink) {
        return -Errno.ENOTDIR;
    }

    /** fsync/fdatasync: files without a sync operation answer EINVAL, as on Linux. */
    public int fsync() {
        return -Errno.EINVAL;
    }

    /** pread/pwrite allowed (Linux's FMODE_PREAD/PWRITE); pipes and the like say no (ESPIPE). */
    public boolean positional() {
        return false;
    }

    /** F_GETPIPE_SZ: the pipe's capacity; -EBADF for anything but a pipe. */
    public long pipeSize() {
        return -Errno.EBADF;
    }

    /** F_SETPIPE_SZ: the new capacity (rounded up), or -EBADF, -EINVAL, -EBUSY, -EPERM. */
    public long setPipeSize(long bytes, boolean privileged) {
        return -Errno.EBADF;
    }

    /** ftruncate: EINVAL but for regular files; limit is the caller's RLIMIT_FSIZE. */
    public int truncate(long size, FileSizeLimit limit) {
        return -Errno.EINVAL;
    }

    public int fallocate(int mode, long offset, long len, FileSizeLimit limit) {
        return -Errno.ENODEV;
    }

    /** What /proc/PID/fd/N points to: the path, or "pipe:[ino]" and the like. */
    public String describe(FsContext ctx) {
        return dentry != null ? Vfs.pathOf(dentry, ctx.root()) : "anon_inode:[" + inode.fs.type + "]";
    }
}
