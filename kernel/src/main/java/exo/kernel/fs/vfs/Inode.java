/*
 * A file as the VFS sees it: its attributes (type and mode, owner, link count, device number,
 * timestamps in nanoseconds) and the operations a file system provides for it. Directory
 * operations (lookup, addEntry, removeEntry, replaceEntry, readdir), data operations (readData,
 * writeData, setSize, seekData/seekHole, allocate) and symlink targets are overridden by the
 * file system's inode classes; the defaults give Linux's error for a file that cannot do them.
 *
 * Locking: directory contents (and the dentries below) change under the file system's nsLock;
 * file data and size under `lock` (Linux's i_rwsem); attribute words are single stores, written
 * under one of those. openCount counts the open files on the inode: an inode whose last link is
 * gone lives until its last open file is released, then the file system's evict() frees it.
 */
package exo.kernel.fs.vfs;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FileMode;
import exo.kernel.fs.IoBuffer;
import exo.kernel.fs.lock.InodeLocks;
import exo.kernel.sync.Mutex;
import exo.kernel.sync.SpinLock;

public abstract class Inode {
    /** Linux's relatime: atime moves at least once a day even when it is newer than mtime. */
    private static final long RELATIME_NANOS = 24L * 3600 * 1_000_000_000L;

    public final FileSystem fs;
    public final long ino;
    public final Mutex lock = new Mutex();
    private int mode;
    private int uid;
    private int gid;
    private int nlink;
    private long rdev;
    private long atimeNs;
    private long mtimeNs;
    private long ctimeNs;
    private long btimeNs;
    private int openCount;
    private boolean evicted;
    private InodeLocks locks;
    /** An O_TMPFILE file opened without O_EXCL: linkat may give it its first name. */
    volatile boolean linkable;
    /** The pipe behind a FIFO while it is open (owned by the pipe package). */
    public Object fifo;
    /** Extended attributes, made at the first use (most files have none). */
    private Xattrs xattrs;

    protected Inode(FileSystem fs, int mode, int uid, int gid, long rdev) {
        this(fs, fs.allocIno(), mode, uid, gid, rdev);
    }

    /** With a chosen inode number (procfs gives re-created inodes stable numbers). */
    protected Inode(FileSystem fs, long ino, int mode, int uid, int gid, long rdev) {
        this.fs = fs;
        this.ino = ino;
        this.mode = mode;
        this.uid = uid;
        this.gid = gid;
        this.rdev = rdev;
        this.nlink = FileMode.isDir(mode) ? 2 : 1;
        long now = fs.now();
        atimeNs = mtimeNs = ctimeNs = btimeNs = now;
    }

    // ---- attributes ---------------------------------------------------------------------

    public final int mode() {
        return mode;
    }

    /** This file's extended attributes, or null where the file system has none (procfs). */
    public final synchronized Xattrs xattrs() {
        if ("proc".equals(fs.type)) {
            return null;
        }
        if (xattrs == null) {
            xattrs = new Xattrs();
        }
        return xattrs;
    }

    public final int type() {
        return mode & FileMode.S_IFMT;
    }

    public final boolean isDir() {
        return FileMode.isDir(mode);
    }

    public final boolean isSymlink() {
        return FileMode.isSymlink(mode);
    }

    public final boolean isRegular() {
        return FileMode.isRegular(mode);
    }

    public final int uid() {
        return uid;
    }

    public final int gid() {
        return gid;
    }

    public final int nlink() {
        return nlink;
    }

    public final long rdev() {
        return rdev;
    }

    public final long atimeNs() {
        return atimeNs;
    }

    public final long mtimeNs() {
        return mtimeNs;
    }

    public final long ctimeNs() {
        return ctimeNs;
    }

    public final long btimeNs() {
        return btimeNs;
    }

    /** Changes the permission bits (type bits kept). */
    public final void setPermissions(int bits) {
        mode = (mode & FileMode.S_IFMT) | (bits & FileMode.S_IALLUGO);
    }

    public final void setOwner(int newUid, int newGid) {
        uid = newUid;
        gid = newGid;
    }

    public final void setTimes(long atime, long mtime, long ctime) {
        atimeNs = atime;
        mtimeNs = mtime;
        ctimeNs = ctime;
    }

    public final void incLinks() {
        nlink++;
    }

    public final void decLinks() {
        if (nlink > 0) {
            nlink--;
        }
    }

    public final void clearLinks() {
        nlink = 0;
    }

    /** Data changed: mtime and ctime. */
    public final void touchModified() {
        long now = fs.now();
        mtimeNs = now;
        ctimeNs = now;
    }

    /** Attributes changed: ctime. */
    public final void touchChanged() {
        ctimeNs = fs.now();
    }

    /** Data read: atime under relatime (when older than mtime or ctime, or a day old). */
    public final void touchAccessed() {
        long now = fs.now();
        if (atimeNs <= mtimeNs || atimeNs <= ctimeNs || now - atimeNs >= RELATIME_NANOS) {
            atimeNs = now;
        }
    }

    /** Size in bytes as stat reports it. */
    public abstract long size();

    /** 512-byte blocks allocated (stat's st_blocks). */
    public long blocks512() {
        return 0;
    }

    /** Fills st with this inode's attributes. */
    public void getattr(Stat st) {
        st.dev = fs.dev;
        st.ino = ino;
        st.mode = mode;
        st.nlink = nlink;
        st.uid = uid;
        st.gid = gid;
        st.rdev = rdev;
        st.size = size();
        st.blksize = 4096;
        st.blocks = blocks512();
        st.atimeNs = atimeNs;
        st.mtimeNs = mtimeNs;
        st.ctimeNs = ctimeNs;
        st.btimeNs = btimeNs;
    }

    // ---- open files and eviction ----------------------------------------------------------

    /**
     * openCount and the eviction decision: every open and close passes here, where a monitor
     * costs ~250 instructions a pair and this lock a few tens. nlink is set before
     * unlinkedLast() is called, and closed() and unlinkedLast() decide under this same lock,
     * so whichever comes last sees both at zero.
     */
    private static final SpinLock OPENS = new SpinLock("inode open counts");

    final void opened() {
        boolean on = OPENS.lock();
        openCount++;
        OPENS.unlock(on);
    }

    /** An open file on this inode was released; evicts an unlinked inode with none left. */
    final void closed() {
        boolean on = OPENS.lock();
        openCount--;
        boolean evict = openCount == 0 && nlink == 0 && !evicted;
        if (evict) {
            evicted = true;
        }
        OPENS.unlock(on);
        if (evict) {
            fs.evict(this);
        }
    }

    /** The last link went away: evicts now unless a file is still open (then closed() does). */
    public final void unlinkedLast() {
        boolean on = OPENS.lock();
        boolean evict = openCount == 0 && nlink == 0 && !evicted;
        if (evict) {
            evicted = true;
        }
        OPENS.unlock(on);
        if (evict) {
            fs.evict(this);
        }
    }

    public final int openCount() {
        boolean on = OPENS.lock();
        int n = openCount;
        OPENS.unlock(on);
        return n;
    }

    /** The byte-range and flock locks of this file, created on first use. */
    public final synchronized InodeLocks locks() {
        if (locks == null) {
            locks = new InodeLocks();
        }
        return locks;
    }

    /** The lock state if any lock was ever taken, else null (close need not look). */
    public final synchronized InodeLocks locksIfAny() {
        return locks;
    }

    // ---- directories (overridden by directory inodes) --------------------------------------

    /** The inode named name in this directory, or null. Caller holds fs.nsLock. */
    public Inode lookup(String name) {
        return null;
    }

    /** Whether files may be created here (false: EPERM, as for a file system without mknod). */
    public boolean canCreate() {
        return false;
    }

    /** Adds an entry (the name is known to be absent). Caller holds fs.nsLock. */
    public int addEntry(String name, Inode child) {
        return -Errno.ENOTDIR;
    }

    /** Removes an existing entry. Caller holds fs.nsLock. */
    public int removeEntry(String name) {
        return -Errno.ENOTDIR;
    }

    /** Points an existing entry at another inode (rename over a file, exchange). */
    public void replaceEntry(String name, Inode child) {
        throw new IllegalStateException("replaceEntry on a non-directory");
    }

    public boolean isEmptyDir() {
        return false;
    }

    /**
     * Emits the entries after directory position pos ("." and ".." included) into sink until it
     * is full; returns the position to continue from. Caller holds fs.nsLock.
     */
    public long readdir(long pos, Dentry self, DirSink sink) {
        return -Errno.ENOTDIR;
    }

    // ---- file data (overridden by regular-file inodes) ------------------------------------

    /** Reads up to buf.length() bytes at pos; returns the count (0 at end of file) or -errno. */
    public long readData(long pos, IoBuffer buf) {
        return -Errno.EINVAL;
    }

    /** Writes buf at pos, growing the file; returns the count or -errno (ENOSPC, EFBIG). */
    public long writeData(long pos, IoBuffer buf) {
        return -Errno.EINVAL;
    }

    /** truncate/ftruncate: shrinks (freeing pages) or grows (a hole). Caller holds lock. */
    public int setSize(long newSize) {
        return -Errno.EINVAL;
    }

    /** First data offset >= pos (SEEK_DATA), or -ENXIO past the end. */
    public long seekData(long pos) {
        return pos < size() ? pos : -Errno.ENXIO;
    }

    /** First hole offset >= pos (SEEK_HOLE; the end of file counts as a hole), or -ENXIO. */
    public long seekHole(long pos) {
        return pos < size() ? size() : -Errno.ENXIO;
    }

    /** fallocate(mode, off, len). Caller holds lock. */
    public int allocate(int fallocMode, long off, long len) {
        return -Errno.EOPNOTSUPP;
    }

    /**
     * Linux's i_writecount, split in two counts under OPENS: address spaces running this file
     * as their program (exec holds it, fork copies it, the address space's end lets go), and
     * open files that may write it (VfsOpen takes write access for them, OpenFile's last put
     * gives it back). While a program runs, opening it for writing and truncate fail with
     * ETXTBSY (exec maps it from the page cache, so a write would change the running text);
     * while it is open for writing, execve of it fails with ETXTBSY (Vfs.openExec).
     */
    private int runningImages;
    private int writers;

    public final void denyWrite() {
        boolean on = OPENS.lock();
        runningImages++;
        OPENS.unlock(on);
    }

    public final void allowWrite() {
        boolean on = OPENS.lock();
        runningImages--;
        OPENS.unlock(on);
    }

    /** Is the file the program of a running address space (ETXTBSY for writers)? */
    public final boolean isRunningImage() {
        boolean on = OPENS.lock();
        boolean running = runningImages > 0;
        OPENS.unlock(on);
        return running;
    }

    /** One more writer, unless the file is a running program (then false: ETXTBSY). */
    final boolean getWriteAccess() {
        boolean on = OPENS.lock();
        boolean ok = runningImages == 0;
        if (ok) {
            writers++;
        }
        OPENS.unlock(on);
        return ok;
    }

    final void putWriteAccess() {
        boolean on = OPENS.lock();
        writers--;
        OPENS.unlock(on);
    }

    /** Is the file open for writing (execve of it is ETXTBSY)? */
    public final boolean hasWriters() {
        boolean on = OPENS.lock();
        boolean any = writers > 0;
        OPENS.unlock(on);
        return any;
    }

    /**
     * For mmap's fault-around: for each i < count with frames[i] == 0, the frame of page
     * firstIndex + i if it is in the cache already (no reference taken), else -1.
     */
    public void cachedPageFrames(long firstIndex, long[] frames, int count) {
        for (int i = 0; i < count; i++) {
            if (frames[i] == 0) {
                frames[i] = -1;
            }
        }
    }

    /** Physical frame of page `index` of a regular file for mmap, allocating it; or -errno. */
    public long pageFrame(long index) {
        return -Errno.ENODEV;
    }

    // ---- symlinks and opening ---------------------------------------------------------------

    /** A symlink's target for this caller (procfs links depend on who asks); null otherwise. */
    public String readlink(FsContext ctx) {
        return null;
    }

    /**
     * The open file for this inode (regular files and directories; FIFOs and devices are opened
     * by SpecialFiles). flags are the open flags less the open-only ones.
     */
    public OpenFile newOpenFile(Dentry dentry, int flags) {
        if (isDir()) {
            return new DirFile(dentry, flags);
        }
        return new RegularFile(dentry, flags);
    }

    @Override
    public String toString() {
        return fs.type + ":" + ino;
    }
}
