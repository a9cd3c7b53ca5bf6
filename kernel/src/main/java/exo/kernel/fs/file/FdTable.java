/*
 * A process's file descriptors (Linux's files_struct): slot n holds the open file of descriptor
 * n and its close-on-exec flag. New descriptors take the lowest free slot below the limit
 * (RLIMIT_NOFILE's soft value, 1024 by default), else EMFILE; the table grows as needed. Threads
 * created with CLONE_FILES share one table; fork copies it (copy()), sharing the open files.
 * The table is also the owner of the process's POSIX record locks: closing any descriptor of a
 * file drops all of them on that file, as POSIX requires. `pid` is what F_GETLK reports for them.
 *
 * Locking: a mutex around the slots. Files are released (put) after it is dropped, since the
 * last release of a pipe end or a device may wake or block. A thread that is the table's only
 * user (Process.soleFdsUser) looks descriptors up with borrow(), without the mutex or a
 * reference (read, write), and opens and closes without the mutex (reserveAsSoleUser,
 * fillAsSoleUser, closeAsSoleUser): only it changes the table; other processes only read it.
 */
package exo.kernel.fs.file;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.Limits;
import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.lock.InodeLocks;
import exo.kernel.fs.vfs.FdLookup;
import exo.kernel.fs.vfs.OpenFile;
import exo.kernel.cpu.Irq;
import exo.kernel.sync.Mutex;
import exo.rt.Inline;
import java.util.ArrayList;

public final class FdTable implements FdLookup {
    private final Mutex lock = new Mutex();
    private OpenFile[] files = new OpenFile[64];
    private boolean[] cloexec = new boolean[64];
    /** Slots taken by reserve() whose open is still under way (they count as used). */
    private boolean[] reserved = new boolean[64];
    private int limit;
    private int open;
    /** Every slot below this is taken (the search for a free slot starts here). */
    private int firstFree;
    public volatile int pid;

    public FdTable(int limit, int pid) {
        this.limit = limit;
        this.pid = pid;
    }

    public FdTable(int pid) {
        this(Limits.NOFILE_DEFAULT, pid);
    }

    // ---- lookup -----------------------------------------------------------------------

    /** The open file of fd without taking a reference (dirfd lookups), or null. */
    @Override
    public OpenFile file(int fd) {
        lock.lock();
        try {
            return fd >= 0 && fd < files.length ? files[fd] : null;
        } finally {
            lock.unlock();
        }
    }

    /** The open file of fd with a reference the caller must put(), or null (EBADF). */
    public OpenFile acquire(int fd) {
        lock.lock();
        try {
            OpenFile f = fd >= 0 && fd < files.length ? files[fd] : null;
            // A sole user closes without the mutex (closeAsSoleUser): the file read here may
            // be on its way out, and then counts as closed.
            return f != null && f.tryGet() ? f : null;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The open file of fd without the lock or a reference, or null: only for a caller that is
     * the table's sole user (one thread, not shared: Process.soleFdsUser), for whom no other
     * thread can close fd meanwhile, so the table's own reference keeps the file open. The
     * array is read once: grow() publishes a filled copy, so any array seen holds fd's file.
     */
    @Inline   // every read and write of a single-threaded process
    public OpenFile borrow(int fd) {
        OpenFile[] a = files;
        return fd >= 0 && fd < a.length ? a[fd] : null;
    }

    public int limit() {
        return limit;
    }

    /** Descriptors open now. */
    public int count() {
        return open;
    }

    // ---- installing -------------------------------------------------------------------

    /** Installs f (taking over the caller's reference) at the lowest free descriptor; or -EMFILE. */
    public int install(OpenFile f, boolean closeOnExec) {
        lock.lock();
        try {
            int fd = lowestFree(0);
            if (fd < 0) {
                return -Errno.EMFILE;
            }
            place(fd, f, closeOnExec);
            return fd;
        } finally {
            lock.unlock();
        }
    }

    private int lowestFree(int from) {
        for (int fd = Math.max(from, firstFree); fd < limit; fd++) {
            if (fd >= files.length || (files[fd] == null && !reserved[fd])) {
                return fd;
            }
        }
        return -1;
    }

    /**
     * Takes the lowest free descriptor for an open still to be done (Linux allocates the number
     * first, so EMFILE comes before any error of the open itself); fill() or unreserve() it.
     */
    public int reserve() {
        lock.lock();
        try {
            return reserveSlot();
        } finally {
            lock.unlock();
        }
    }

    /**
     * reserve() for the table's sole user (Process.soleFdsUser): without the mutex, since only
     * the calling thread changes this table. Other processes only read it (pidfd_getfd,
     * /proc/PID/fd), under the mutex, and never look at the reservations; grow() publishes a
     * filled copy of the array they read. fill() still takes the mutex, which publishes the
     * file to those readers.
     */
    public int reserveAsSoleUser() {
        return reserveSlot();
    }

    private int reserveSlot() {
        int fd = lowestFree(0);
        if (fd < 0) {
            return -Errno.EMFILE;
        }
        grow(fd);
        reserved[fd] = true;
        advanceFirstFree(fd);
        return fd;
    }

    /**
     * fill() for the table's sole user, without the mutex: the readers in other processes
     * find the file complete (x86 keeps stores in order; the barrier keeps gcc from moving the
     * file's own stores after the one that publishes it).
     */
    public void fillAsSoleUser(int fd, OpenFile f, boolean closeOnExec) {
        Irq.restore(Irq.save());   // a compiler barrier (cli/sti clobber memory)
        fillSlot(fd, f, closeOnExec);
    }

    /** Puts the opened file (the caller's reference) in a reserved slot. */
    public void fill(int fd, OpenFile f, boolean closeOnExec) {
        lock.lock();
        try {
            fillSlot(fd, f, closeOnExec);
        } finally {
            lock.unlock();
        }
    }

    private void fillSlot(int fd, OpenFile f, boolean closeOnExec) {
        if (!reserved[fd]) {
            throw new IllegalStateException("fill of descriptor " + fd + " that was not reserved");
        }
        reserved[fd] = false;
        place(fd, f, closeOnExec);
    }

    /** The open failed: the reserved descriptor is free again. */
    public void unreserve(int fd) {
        lock.lock();
        try {
            if (reserved[fd]) {
                reserved[fd] = false;
                if (fd < firstFree) {
                    firstFree = fd;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private void grow(int fd) {
        if (fd >= files.length) {
            int n = files.length;
            while (n <= fd) {
                n *= 2;
            }
            OpenFile[] nf = new OpenFile[n];
            boolean[] nc = new boolean[n];
            boolean[] nr = new boolean[n];
            System.arraycopy(files, 0, nf, 0, files.length);
            System.arraycopy(cloexec, 0, nc, 0, cloexec.length);
            System.arraycopy(reserved, 0, nr, 0, reserved.length);
            files = nf;
            cloexec = nc;
            reserved = nr;
        }
    }

    private void advanceFirstFree(int fd) {
        if (fd == firstFree) {
            while (firstFree < files.length && (files[firstFree] != null || reserved[firstFree])) {
                firstFree++;
            }
        }
    }

    private void place(int fd, OpenFile f, boolean closeOnExec) {
        grow(fd);
        files[fd] = f;
        cloexec[fd] = closeOnExec;
        open++;
        advanceFirstFree(fd);
    }

    /** Takes fd's file out of the table (lock held); returns it or null. */
    private OpenFile take(int fd) {
        if (fd < 0 || fd >= files.length || files[fd] == null) {
            return null;
        }
        OpenFile f = files[fd];
        files[fd] = null;
        cloexec[fd] = false;
        open--;
        if (fd < firstFree) {
            firstFree = fd;
        }
        return f;
    }

    /** Drops a file that left the table: this owner's POSIX locks on it, then the reference. */
    private void release(OpenFile f) {
        InodeLocks locks = f.inode.locksIfAny();
        if (locks != null) {
            locks.releaseRanges(this);
        }
        f.put();
    }

    // ---- the calls ------------------------------------------------------------------------

    /**
     * close() for the table's sole user, without the mutex: a reader in another process
     * (pidfd_getfd, under the mutex) that still finds the file gets it only while a reference
     * is left (acquire's tryGet), so the file is released once, by whoever drops the last.
     */
    public int closeAsSoleUser(int fd) {
        OpenFile f = take(fd);
        if (f == null) {
            return -Errno.EBADF;
        }
        release(f);
        return 0;
    }

    public int close(int fd) {
        OpenFile f;
        lock.lock();
        try {
            f = take(fd);
        } finally {
            lock.unlock();
        }
        if (f == null) {
            return -Errno.EBADF;
        }
        release(f);
        return 0;
    }

    public int dup(int oldfd) {
        lock.lock();
        try {
            OpenFile f = oldfd >= 0 && oldfd < files.length ? files[oldfd] : null;
            if (f == null) {
                return -Errno.EBADF;
            }
            int fd = lowestFree(0);
            if (fd < 0) {
                return -Errno.EMFILE;
            }
            f.get();
            place(fd, f, false);
            return fd;
        } finally {
            lock.unlock();
        }
    }

    /** F_DUPFD / F_DUPFD_CLOEXEC: the lowest free descriptor >= minFd. */
    public int dupFrom(int oldfd, long minFd, boolean closeOnExec) {
        lock.lock();
        try {
            OpenFile f = oldfd >= 0 && oldfd < files.length ? files[oldfd] : null;
            if (f == null) {
                return -Errno.EBADF;
            }
            if (minFd < 0 || minFd >= limit) {
                return -Errno.EINVAL;
            }
            int fd = lowestFree((int) minFd);
            if (fd < 0) {
                return -Errno.EMFILE;
            }
            f.get();
            place(fd, f, closeOnExec);
            return fd;
        } finally {
            lock.unlock();
        }
    }

    public int dup2(int oldfd, int newfd) {
        if (oldfd == newfd) {
            return file(oldfd) == null ? -Errno.EBADF : newfd;
        }
        return dup3(oldfd, newfd, 0);
    }

    /** dup3: newfd becomes a copy of oldfd, closing what it held (its locks go too). */
    public int dup3(int oldfd, int newfd, int flags) {
        if ((flags & ~OpenFlags.O_CLOEXEC) != 0 || oldfd == newfd) {
            return -Errno.EINVAL;
        }
        if (newfd < 0 || newfd >= limit) {
            return -Errno.EBADF;
        }
        OpenFile replaced;
        lock.lock();
        try {
            OpenFile f = oldfd >= 0 && oldfd < files.length ? files[oldfd] : null;
            if (f == null) {
                return -Errno.EBADF;
            }
            f.get();
            replaced = take(newfd);
            place(newfd, f, (flags & OpenFlags.O_CLOEXEC) != 0);
        } finally {
            lock.unlock();
        }
        if (replaced != null) {
            release(replaced);
        }
        return newfd;
    }

    public int getFdFlags(int fd) {
        lock.lock();
        try {
            if (fd < 0 || fd >= files.length || files[fd] == null) {
                return -Errno.EBADF;
            }
            return cloexec[fd] ? FsFlags.FD_CLOEXEC : 0;
        } finally {
            lock.unlock();
        }
    }

    public int setFdFlags(int fd, long flags) {
        lock.lock();
        try {
            if (fd < 0 || fd >= files.length || files[fd] == null) {
                return -Errno.EBADF;
            }
            cloexec[fd] = (flags & FsFlags.FD_CLOEXEC) != 0;
            return 0;
        } finally {
            lock.unlock();
        }
    }

    /**
     * close_range(first, last, flags): closes (or with CLOSE_RANGE_CLOEXEC marks close-on-exec)
     * every open descriptor in [first, last]. CLOSE_RANGE_UNSHARE is the caller's to honour: it
     * gives the process its own copy() first.
     */
    public int closeRange(long first, long last, int flags) {
        if ((flags & ~(FsFlags.CLOSE_RANGE_UNSHARE | FsFlags.CLOSE_RANGE_CLOEXEC)) != 0 || first > last || first < 0) {
            return -Errno.EINVAL;
        }
        ArrayList<OpenFile> closed = new ArrayList<>();
        lock.lock();
        try {
            long end = Math.min(last, files.length - 1L);
            for (int fd = (int) Math.min(first, files.length); fd <= end; fd++) {
                if (files[fd] == null) {
                    continue;
                }
                if ((flags & FsFlags.CLOSE_RANGE_CLOEXEC) != 0) {
                    cloexec[fd] = true;
                } else {
                    closed.add(take(fd));
                }
            }
        } finally {
            lock.unlock();
        }
        for (OpenFile f : closed) {
            release(f);
        }
        return 0;
    }

    /** fork: a new table with the same open files (shared offsets) and flags. */
    public FdTable copy(int childPid) {
        lock.lock();
        try {
            FdTable t = new FdTable(limit, childPid);
            t.files = new OpenFile[files.length];
            t.cloexec = cloexec.clone();
            t.reserved = new boolean[files.length];
            for (int fd = 0; fd < files.length; fd++) {
                if (files[fd] != null) {
                    files[fd].get();
                    t.files[fd] = files[fd];
                }
            }
            t.open = open;
            t.firstFree = 0; // reserved slots of this table are not the child's
            while (t.firstFree < t.files.length && t.files[t.firstFree] != null) {
                t.firstFree++;
            }
            return t;
        } finally {
            lock.unlock();
        }
    }

    /** execve: closes the close-on-exec descriptors. */
    public void closeOnExec() {
        ArrayList<OpenFile> closed = new ArrayList<>();
        lock.lock();
        try {
            for (int fd = 0; fd < files.length; fd++) {
                if (files[fd] != null && cloexec[fd]) {
                    closed.add(take(fd));
                }
            }
        } finally {
            lock.unlock();
        }
        for (OpenFile f : closed) {
            release(f);
        }
    }

    /** The last user of the table exited: closes everything. */
    public void closeAll() {
        closeRange(0, Integer.MAX_VALUE, 0);
    }

    /** RLIMIT_NOFILE's soft limit changed (open descriptors above it stay). */
    public int setLimit(long soft) {
        if (soft < 0 || soft > Limits.NR_OPEN) {
            return -Errno.EPERM;
        }
        lock.lock();
        try {
            limit = (int) soft;
            return 0;
        } finally {
            lock.unlock();
        }
    }

    /** The highest open descriptor, or -1 (the process layer's /proc/PID/fd listing). */
    public int highest() {
        lock.lock();
        try {
            for (int fd = files.length - 1; fd >= 0; fd--) {
                if (files[fd] != null) {
                    return fd;
                }
            }
            return -1;
        } finally {
            lock.unlock();
        }
    }
}
