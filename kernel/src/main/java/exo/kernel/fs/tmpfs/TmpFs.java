/*
 * tmpfs: a file system that lives in memory, the kernel's root and /dev/shm. Directories are hash
 * tables (TmpDir), file data sits in 4 KiB frames of a PageCache per file (TmpFile), symlinks keep
 * their target (TmpSymlink), FIFOs and device nodes are bare inodes (TmpNode). Two limits, as
 * Linux's size= and nr_inodes=: data pages (a write past it gets ENOSPC, or a short count) and
 * inodes (a create past it gets ENOSPC). Options parse from mount's data string: size=N[kmg%],
 * nr_inodes=N, mode=OCTAL, uid=N, gid=N. A third limit may be shared with other tmpfs
 * instances (InodeBudget: all of them together must fit in the kernel heap).
 */
package exo.kernel.fs.tmpfs;

import exo.kernel.fs.FileMode;
import exo.kernel.fs.FsClock;
import exo.kernel.fs.page.FrameSource;
import exo.kernel.fs.page.PageBudget;
import exo.kernel.fs.vfs.FileSystem;
import exo.kernel.fs.vfs.Inode;
import exo.kernel.fs.vfs.StatFs;
import java.util.ArrayList;
import java.util.HashSet;

public final class TmpFs extends FileSystem implements PageBudget {
    final FrameSource frames;
    private final long maxPages;
    private final long maxInodes;
    private long usedPages;
    private long usedInodes;
    private final TmpDir root;
    /** Every inode not yet evicted (the consistency checker's census). */
    private final HashSet<Inode> live = new HashSet<>();
    /** The ceiling shared with the file layer's other tmpfs instances; null: none. */
    private InodeBudget shared;

    public TmpFs(FsClock clock, FrameSource frames, long maxBytes, long maxInodes, int rootMode, int uid, int gid) {
        this("tmpfs", clock, frames, maxBytes, maxInodes, rootMode, uid, gid);
    }

    /** type: the name shown by /proc/mounts ("tmpfs", "devtmpfs"). */
    public TmpFs(String type, FsClock clock, FrameSource frames, long maxBytes, long maxInodes, int rootMode,
                 int uid, int gid) {
        super(type, clock);
        this.frames = frames;
        this.maxPages = maxBytes / 4096;
        this.maxInodes = maxInodes;
        this.usedInodes = 1;
        this.root = new TmpDir(this, FileMode.S_IFDIR | (rootMode & FileMode.S_IALLUGO), uid, gid);
        live.add(root);
    }

    /**
     * A tmpfs from mount options ("size=64m,mode=1777"); defaults: defaultBytes, one inode per
     * page of it, mode 1777. Returns null for an option it does not know or cannot parse.
     */
    public static TmpFs fromOptions(String options, FsClock clock, FrameSource frames, long defaultBytes) {
        TmpOptions o = TmpOptions.parse(options, defaultBytes, frames.freeFrames() * 4096);
        if (o == null) {
            return null;
        }
        return new TmpFs(clock, frames, o.sizeBytes, o.inodes, o.mode, o.uid, o.gid);
    }

    /**
     * Counts this file system's inodes (the root excepted) against budget too from now on;
     * called by FileLayer before any inode but the root exists.
     */
    public synchronized void shareBudget(InodeBudget budget) {
        if (usedInodes != 1 || shared != null) {
            throw new IllegalStateException("tmpfs: a shared inode budget is set before the first inode, once");
        }
        shared = budget;
    }

    @Override
    public Inode rootInode() {
        return root;
    }

    @Override
    public Inode newInode(int mode, int uid, int gid, long rdev, String symlinkTarget) {
        synchronized (this) {
            if (usedInodes >= maxInodes || (shared != null && !shared.take())) {
                return null;
            }
            usedInodes++;
        }
        Inode n;
        switch (mode & FileMode.S_IFMT) {
            case FileMode.S_IFDIR:
                n = new TmpDir(this, mode, uid, gid);
                break;
            case FileMode.S_IFREG:
                n = new TmpFile(this, mode, uid, gid);
                break;
            case FileMode.S_IFLNK:
                n = new TmpSymlink(this, mode, uid, gid, symlinkTarget);
                break;
            default:
                n = new TmpNode(this, mode, uid, gid, rdev);
                break;
        }
        synchronized (this) {
            live.add(n);
        }
        return n;
    }

    /** The inodes not yet evicted (the consistency checker). */
    synchronized ArrayList<Inode> liveInodes() {
        return new ArrayList<>(live);
    }

    TmpDir rootDir() {
        return root;
    }

    @Override
    protected void evict(Inode inode) {
        if (inode instanceof TmpFile) {
            TmpFile f = (TmpFile) inode;
            f.lock.lock();
            try {
                f.freeData();
            } finally {
                f.lock.unlock();
            }
        }
        synchronized (this) {
            if (!live.remove(inode)) {
                throw new IllegalStateException("tmpfs: evict of an inode twice or of a stranger: " + inode);
            }
            usedInodes--;
            if (shared != null) {
                shared.give();
            }
        }
    }

    /** Unmounted with nothing open: the files go with it, as on Linux, and their frames return. */
    @Override
    protected void unmounted() {
        for (Inode i : liveInodes()) {
            if (i instanceof TmpFile) {
                TmpFile f = (TmpFile) i;
                f.lock.lock();
                try {
                    f.freeData();
                } finally {
                    f.lock.unlock();
                }
            }
        }
    }

    // ---- the size limit ---------------------------------------------------------------

    @Override
    public synchronized boolean take() {
        if (usedPages >= maxPages) {
            return false;
        }
        usedPages++;
        return true;
    }

    @Override
    public synchronized void give(long pages) {
        usedPages -= pages;
        if (usedPages < 0) {
            throw new IllegalStateException("tmpfs page count went negative");
        }
    }

    public synchronized long usedPages() {
        return usedPages;
    }

    public synchronized long usedInodes() {
        return usedInodes;
    }

    public long maxPages() {
        return maxPages;
    }

    public long maxInodes() {
        return maxInodes;
    }

    @Override
    public synchronized void statfs(StatFs out) {
        out.type = StatFs.TMPFS_MAGIC;
        out.bsize = 4096;
        out.frsize = 4096;
        out.blocks = maxPages;
        out.bfree = maxPages - usedPages;
        out.bavail = maxPages - usedPages;
        out.files = maxInodes;
        out.ffree = maxInodes - usedInodes;
        if (shared != null) {   // df -i shows the shared ceiling when it is the nearer one
            out.ffree = Math.min(out.ffree, shared.maxInodes() - shared.usedInodes());
            out.files = usedInodes + out.ffree;
        }
        out.namelen = 255;
        out.fsid = 0;
        out.flags = 0;
    }

    @Override
    public String options() {
        return "size=" + (maxPages * 4) + "k,nr_inodes=" + maxInodes + ",mode=" + Integer.toOctalString(root.mode() & 07777);
    }
}
