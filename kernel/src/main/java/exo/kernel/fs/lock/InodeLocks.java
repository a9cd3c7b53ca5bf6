/*
 * The locks of one file: POSIX/OFD byte-range locks (fcntl F_GETLK/F_SETLK/F_SETLKW and the
 * F_OFD_ variants) and flock locks, with the WaitList their blocked waiters sleep on. A range
 * lock request first checks other owners' locks for a conflict (-EAGAIN; the caller of
 * F_SETLKW waits on `waiters` until conflict() is gone and retries, see FileIo), then replaces
 * the owner's own locks in the range, splitting and merging them as POSIX requires (one owner
 * never holds overlapping or adjacent locks of the same type). Every release wakes the waiters.
 *
 * POSIX locks belong to the process's descriptor table and all go when it closes any descriptor
 * of the file; OFD and flock locks belong to the open file and go with its last close. Inode
 * creates this object on the first lock. Locking: the object's monitor (short sections, never
 * held while sleeping).
 */
package exo.kernel.fs.lock;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.wait.Poll;
import exo.kernel.fs.wait.WaitList;
import java.util.ArrayList;

public final class InodeLocks {
    public final WaitList waiters = new WaitList();
    /** Bumped by every release, before waking: a waiter's condition is "it changed". */
    private volatile long generation;
    private final ArrayList<RecordLock> ranges = new ArrayList<>();
    private final ArrayList<Object> flockOwners = new ArrayList<>();
    private final ArrayList<Boolean> flockExclusive = new ArrayList<>();

    // ---- byte ranges ------------------------------------------------------------------

    /** Changes whenever locks are released (blocked requests retry then). */
    public long generation() {
        return generation;
    }

    private void released() {
        generation++;
        waiters.wake(Poll.ANY);
    }

    /** The first lock of another owner that conflicts with the request, or null. */
    public synchronized RecordLock conflict(Object owner, int type, long start, long end) {
        for (int i = 0; i < ranges.size(); i++) {
            RecordLock l = ranges.get(i);
            if (l.conflictsWith(owner, type, start, end)) {
                return l;
            }
        }
        return null;
    }

    /**
     * F_GETLK: fills out with the conflicting lock Linux reports, or type F_UNLCK when none:
     * the first conflicting owner's lowest lock (Linux keeps each owner's locks sorted by start,
     * so a request over several of them reports the one nearest the file's start).
     */
    public synchronized void test(Object owner, int type, long start, long end, RecordLock out) {
        RecordLock c = conflict(owner, type, start, end);
        for (int i = 0; c != null && i < ranges.size(); i++) {
            RecordLock l = ranges.get(i);
            if (l.owner == c.owner && l.start < c.start && l.conflictsWith(owner, type, start, end)) {
                c = l;
            }
        }
        if (c == null) {
            out.type = FsFlags.F_UNLCK;
            return;
        }
        out.owner = c.owner;
        out.pid = c.pid;
        out.type = c.type;
        out.start = c.start;
        out.end = c.end;
    }

    /** F_SETLK: 0, or -EAGAIN when another owner's lock conflicts. F_UNLCK never conflicts. */
    public int set(Object owner, int pid, int type, long start, long end) {
        boolean released;
        synchronized (this) {
            if (type != FsFlags.F_UNLCK && conflict(owner, type, start, end) != null) {
                return -Errno.EAGAIN;
            }
            released = carve(owner, start, end);
            if (type != FsFlags.F_UNLCK) {
                insertMerged(new RecordLock(owner, pid, type, start, end));
            }
        }
        if (released || type == FsFlags.F_RDLCK) {
            released(); // a write lock turned read, or a range freed: waiters may proceed

        }
        return 0;
    }

    /** Removes owner's locks from [start, end], splitting those that stick out. */
    private boolean carve(Object owner, long start, long end) {
        boolean any = false;
        for (int i = ranges.size() - 1; i >= 0; i--) {
            RecordLock l = ranges.get(i);
            if (l.owner != owner || !l.overlaps(start, end)) {
                continue;
            }
            any = true;
            ranges.remove(i);
            if (l.start < start) {
                ranges.add(new RecordLock(owner, l.pid, l.type, l.start, start - 1));
            }
            if (end != RecordLock.TO_EOF && l.end > end) {
                ranges.add(new RecordLock(owner, l.pid, l.type, end + 1, l.end));
            }
        }
        return any;
    }

    /** Adds n, merging with the owner's same-type locks that touch it. */
    private void insertMerged(RecordLock n) {
        for (int i = ranges.size() - 1; i >= 0; i--) {
            RecordLock l = ranges.get(i);
            if (l.owner != n.owner || l.type != n.type) {
                continue;
            }
            boolean touches = (n.start == 0 || l.end >= n.start - 1) && (n.end == RecordLock.TO_EOF || l.start <= n.end + 1);
            if (touches) {
                n.start = Math.min(n.start, l.start);
                n.end = Math.max(n.end, l.end);
                ranges.remove(i);
            }
        }
        ranges.add(n);
    }

    /** Drops every range lock of owner (a POSIX owner closed a descriptor of the file). */
    public void releaseRanges(Object owner) {
        boolean any;
        synchronized (this) {
            any = carve(owner, 0, RecordLock.TO_EOF);
        }
        if (any) {
            released();
        }
    }

    /** The locks held now, as "R[0,9]" strings in no particular order (tests, /proc/locks). */
    public synchronized ArrayList<RecordLock> snapshot() {
        return new ArrayList<>(ranges);
    }

    // ---- flock ------------------------------------------------------------------------

    /** Would owner's flock (shared or exclusive) conflict with another open file's? */
    public synchronized boolean flockConflicts(Object owner, boolean exclusive) {
        for (int i = 0; i < flockOwners.size(); i++) {
            if (flockOwners.get(i) != owner && (exclusive || flockExclusive.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * LOCK_SH or LOCK_EX for owner: 0, or -EWOULDBLOCK on conflict. A held lock of the other kind
     * is dropped first (conversion is not atomic, as flock(2) says), waking waiters.
     */
    public int flock(Object owner, boolean exclusive) {
        boolean dropped = false;
        int r = 0;
        synchronized (this) {
            int i = flockOwners.indexOf(owner);
            if (i >= 0 && flockExclusive.get(i) == exclusive) {
                return 0;
            }
            if (i >= 0) {
                flockOwners.remove(i);
                flockExclusive.remove(i);
                dropped = true;
            }
            if (flockConflicts(owner, exclusive)) {
                r = -Errno.EWOULDBLOCK;
            } else {
                flockOwners.add(owner);
                flockExclusive.add(exclusive);
            }
        }
        if (dropped) {
            released();
        }
        return r;
    }

    /** LOCK_UN, and the last close of an open file. */
    public void unflock(Object owner) {
        boolean removed;
        synchronized (this) {
            int i = flockOwners.indexOf(owner);
            removed = i >= 0;
            if (removed) {
                flockOwners.remove(i);
                flockExclusive.remove(i);
            }
        }
        if (removed) {
            released();
        }
    }

    public synchronized int flockCount() {
        return flockOwners.size();
    }
}
