/*
 * One System V shared memory segment (shmget(2), shmat(2), shmdt(2), shmctl(2)). Its pages are
 * those of a backing FilePages (syscall.ShmCalls gives it the same unlinked /dev/shm tmpfs file
 * that MAP_SHARED|MAP_ANONYMOUS maps, so the frames and their reference counts are the page
 * cache's), and the segment is itself the FilePages of every region that attaches it: each
 * region holds one attachment (retain on shmat, fork and a split; release on shmdt, munmap,
 * exec and exit), so shm_nattch counts regions as Linux's does, and each of those sets
 * shm_lpid to the calling process (the parent for a fork). IPC_RMID while attached only
 * marks the segment (SHM_DEST, key IPC_PRIVATE); the last detach then destroys it, and its
 * backing (hence its frames) goes. Locking: Ipc.lock guards the fields; vm calls retain and
 * release with the address space's lock held, so nobody takes an address space's lock while
 * holding Ipc.lock.
 */
package exo.kernel.ipc;

import exo.kernel.fs.Credentials;
import exo.kernel.fs.Errno;
import exo.kernel.vm.FilePages;

public final class ShmSegment extends IpcObject implements FilePages {
    /** Mode bits Linux shows beside the nine permission bits. */
    public static final int SHM_DEST = 01000;
    public static final int SHM_LOCKED = 02000;
    public static final int PAGE_SIZE = 4096;
    /** shmget's flag for huge pages: EINVAL, as from a Linux built without hugetlbfs. */
    public static final int SHM_HUGETLB = 04000;

    private final Ipc ipc;
    private final FilePages backing;
    private final long sizeBytes;
    private final int creatorPid;
    private int lastPid;
    private int attachments;
    private long attachSeconds;
    private long detachSeconds;
    private boolean destroyed;

    private ShmSegment(Ipc ipc, FilePages backing, long sizeBytes, int creatorPid) {
        this.ipc = ipc;
        this.backing = backing;
        this.sizeBytes = sizeBytes;
        this.creatorPid = creatorPid;
    }

    /** Pages a segment of sizeBytes counts against SHMALL (sizeBytes > 0). */
    static long pagesOf(long sizeBytes) {
        return Long.divideUnsigned(sizeBytes - 1, PAGE_SIZE) + 1;
    }

    /**
     * shmget's rules, Ipc.lock held: an existing key's segment (EEXIST with IPC_CREAT|IPC_EXCL,
     * EACCES, EINVAL when it is smaller than size), ENOENT without IPC_CREAT, or a new segment
     * of size bytes (EINVAL below SHMMIN or above SHMMAX, ENOSPC past SHMALL pages or SHMMNI
     * segments; EINVAL for SHM_HUGETLB: no huge pages here). newBacking makes the backing only
     * for a new segment and may fail (null: ENOMEM).
     */
    public static int get(Ipc ipc, int key, long size, int flags, Credentials c, int pid, BackingSource newBacking) {
        ShmSegment found = key == IpcTable.IPC_PRIVATE ? null : ipc.shms.find(key);
        if (found != null) {
            int id = ipc.shms.get(key, flags, c, ipc.nowSeconds(), () -> null);
            return id >= 0 && Long.compareUnsigned(size, found.sizeBytes) > 0 ? -Errno.EINVAL : id;
        }
        if (key != IpcTable.IPC_PRIVATE && (flags & IpcTable.IPC_CREAT) == 0) {
            return -Errno.ENOENT;
        }
        if (Long.compareUnsigned(size, Ipc.SHMMIN) < 0 || Long.compareUnsigned(size, ipc.shmMaxBytes) > 0) {
            return -Errno.EINVAL;
        }
        long pages = pagesOf(size);
        long total = ipc.shmPages + pages;
        if (Long.compareUnsigned(total, ipc.shmPages) < 0 || Long.compareUnsigned(total, ipc.shmAllPages) > 0) {
            return -Errno.ENOSPC;
        }
        if (ipc.shms.inUse() >= ipc.shms.limit()) {
            return -Errno.ENOSPC;
        }
        if ((flags & SHM_HUGETLB) != 0) {
            return -Errno.EINVAL;
        }
        FilePages backing = newBacking.make(size);
        if (backing == null) {
            return -Errno.ENOMEM;
        }
        int id = ipc.shms.get(key, flags, c, ipc.nowSeconds(), () -> new ShmSegment(ipc, backing, size, pid));
        ipc.shmPages += pages;
        return id;
    }

    /** Makes the backing file of a new segment of sizeBytes; null when memory runs out. */
    public interface BackingSource {
        FilePages make(long sizeBytes);
    }

    /**
     * shmat's part under Ipc.lock: access (READ, or READ|WRITE) must be granted (EACCES); then
     * one attachment is taken for the region the caller maps next (it passes to the region,
     * or the caller releases it if mapping fails). 0 or -errno.
     */
    public int attach(Credentials c, int access, int pid) {
        if (!allows(c, access)) {
            return -Errno.EACCES;
        }
        attachments++;
        lastPid = pid;
        attachSeconds = ipc.nowSeconds();
        return 0;
    }

    /** shmdt's bookkeeping, Ipc.lock held (the regions' release follows as they are unmapped). */
    public void detached(int pid) {
        lastPid = pid;
        detachSeconds = ipc.nowSeconds();
    }

    /**
     * IPC_RMID, Ipc.lock held: without attachments the segment goes now; else it is marked
     * (SHM_DEST, and its key is free for a new segment) and goes with the last detach.
     */
    public void remove() {
        mode |= SHM_DEST;
        key = IpcTable.IPC_PRIVATE;
        if (attachments == 0) {
            destroy();
        }
    }

    /** SHM_LOCK and SHM_UNLOCK: only the mode bit (nothing here is ever swapped out). */
    public void setLocked(boolean locked) {
        mode = locked ? mode | SHM_LOCKED : mode & ~SHM_LOCKED;
    }

    /** IPC_SET: uid, gid and the nine mode bits. Ipc.lock held. */
    public void set(int newUid, int newGid, int newMode) {
        setOwner(newUid, newGid, newMode, ipc.nowSeconds());
    }

    private void destroy() {
        if (destroyed) {
            return;
        }
        destroyed = true;
        ipc.shms.remove(this);
        ipc.shmPages -= pagesOf(sizeBytes);
        backing.release();
    }

    // ---- FilePages: what the attaching regions see --------------------------------------

    @Override
    public long pageFrame(long index) {
        return backing.pageFrame(index);
    }

    @Override
    public long size() {
        return sizeBytes;
    }

    /**
     * One more region maps the segment: a fork or a split (shmat counts in attach). Like
     * Linux's, shm_lpid becomes the caller's: for a fork, the parent's.
     */
    @Override
    public void retain() {
        int pid = ipc.currentPid();
        ipc.lock.lock();
        try {
            attachments++;
            lastPid = pid;
            attachSeconds = ipc.nowSeconds();
        } finally {
            ipc.lock.unlock();
        }
    }

    /** A region mapping the segment is gone (shmdt, munmap, exec, exit): shm_lpid is the caller's. */
    @Override
    public void release() {
        int pid = ipc.currentPid();
        ipc.lock.lock();
        try {
            attachments--;
            lastPid = pid;
            detachSeconds = ipc.nowSeconds();
            if (attachments == 0 && (mode & SHM_DEST) != 0) {
                destroy();
            }
        } finally {
            ipc.lock.unlock();
        }
    }

    // ---- struct shmid64_ds --------------------------------------------------------------

    public long sizeBytes() {
        return sizeBytes;
    }

    public int attachments() {
        return attachments;
    }

    public long attachSeconds() {
        return attachSeconds;
    }

    public long detachSeconds() {
        return detachSeconds;
    }

    public int creatorPid() {
        return creatorPid;
    }

    public int lastPid() {
        return lastPid;
    }

    public boolean isDestroyed() {
        return destroyed;
    }
}
