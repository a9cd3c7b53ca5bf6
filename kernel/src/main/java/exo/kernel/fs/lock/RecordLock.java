/*
 * One byte-range lock: its owner (a descriptor table for POSIX locks, an open file for OFD
 * locks), the pid F_GETLK reports (-1 for OFD locks), the type (F_RDLCK or F_WRLCK) and the
 * inclusive range [start, end], end = Long.MAX_VALUE meaning "to the end of the file, however
 * far it grows" (l_len 0).
 */
package exo.kernel.fs.lock;

import exo.kernel.fs.FsFlags;

public final class RecordLock {
    public static final long TO_EOF = Long.MAX_VALUE;

    public Object owner;
    public int pid;
    public int type;
    public long start;
    public long end;

    public RecordLock() {
    }

    public RecordLock(Object owner, int pid, int type, long start, long end) {
        this.owner = owner;
        this.pid = pid;
        this.type = type;
        this.start = start;
        this.end = end;
    }

    boolean overlaps(long s, long e) {
        return start <= e && s <= end;
    }

    /** Two locks conflict when they overlap, belong to different owners and one writes. */
    boolean conflictsWith(Object otherOwner, int otherType, long s, long e) {
        return owner != otherOwner && overlaps(s, e) && (type == FsFlags.F_WRLCK || otherType == FsFlags.F_WRLCK);
    }

    /** F_GETLK's l_len for this range (0 for "to end of file"). */
    public long length() {
        return end == TO_EOF ? 0 : end - start + 1;
    }

    @Override
    public String toString() {
        return (type == FsFlags.F_RDLCK ? "R" : "W") + "[" + start + "," + (end == TO_EOF ? "EOF" : Long.toString(end)) + "]";
    }
}
