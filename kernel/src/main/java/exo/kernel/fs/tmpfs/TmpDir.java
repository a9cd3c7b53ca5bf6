/*
 * A tmpfs directory: a hash table from name to entry for O(1) lookups, plus the entries chained
 * in creation order, each with a cookie (its position for getdents64's d_off and lseek) that is
 * never reused, so a listing in progress neither repeats nor skips entries that stay while others
 * come and go. Positions 0 and 1 stand before "." and ".."; entry cookies start at 3. Resuming
 * at a position whose entry was removed scans for the next higher cookie. st_size follows
 * Linux's tmpfs: 20 bytes per entry plus 40. Callers hold the file system's nsLock.
 */
package exo.kernel.fs.tmpfs;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FileMode;
import exo.kernel.fs.vfs.Dentry;
import exo.kernel.fs.vfs.DirSink;
import exo.kernel.fs.vfs.Inode;
import java.util.HashMap;

final class TmpDir extends Inode {
    /** Linux's BOGO_DIRENT_SIZE. */
    static final int ENTRY_BYTES = 20;
    private static final long FIRST_COOKIE = 3;

    static final class Entry {
        final String name;
        Inode inode;
        final long cookie;
        Entry prev;
        Entry next;

        Entry(String name, Inode inode, long cookie) {
            this.name = name;
            this.inode = inode;
            this.cookie = cookie;
        }
    }

    private final HashMap<String, Entry> byName = new HashMap<>();
    private final HashMap<Long, Entry> byCookie = new HashMap<>();
    private Entry head;
    private Entry tail;
    private long nextCookie = FIRST_COOKIE;

    TmpDir(TmpFs fs, int mode, int uid, int gid) {
        super(fs, mode, uid, gid, 0);
    }

    @Override
    public long size() {
        return 2L * ENTRY_BYTES + (long) byName.size() * ENTRY_BYTES;
    }

    public int entryCount() {
        return byName.size();
    }

    @Override
    public Inode lookup(String name) {
        Entry e = byName.get(name);
        return e == null ? null : e.inode;
    }

    @Override
    public boolean canCreate() {
        return true;
    }

    @Override
    public int addEntry(String name, Inode child) {
        if (byName.containsKey(name)) {
            return -Errno.EEXIST;
        }
        Entry e = new Entry(name, child, nextCookie++);
        e.prev = tail;
        if (tail == null) {
            head = e;
        } else {
            tail.next = e;
        }
        tail = e;
        byName.put(name, e);
        byCookie.put(e.cookie, e);
        return 0;
    }

    @Override
    public int removeEntry(String name) {
        Entry e = byName.remove(name);
        if (e == null) {
            return -Errno.ENOENT;
        }
        byCookie.remove(e.cookie);
        if (e.prev == null) {
            head = e.next;
        } else {
            e.prev.next = e.next;
        }
        if (e.next == null) {
            tail = e.prev;
        } else {
            e.next.prev = e.prev;
        }
        return 0;
    }

    @Override
    public void replaceEntry(String name, Inode child) {
        Entry e = byName.get(name);
        if (e == null) {
            throw new IllegalStateException("replaceEntry: no entry " + name);
        }
        e.inode = child;
    }

    @Override
    public boolean isEmptyDir() {
        return byName.isEmpty();
    }

    @Override
    public long readdir(long pos, Dentry self, DirSink sink) {
        if (pos == 0) {
            if (!sink.put(".", ino, FileMode.DT_DIR, 1)) {
                return pos;
            }
            pos = 1;
        }
        if (pos == 1) {
            Dentry parent = self == null || self.parent() == null ? self : self.parent();
            long parentIno = parent == null ? ino : parent.inode.ino;
            if (!sink.put("..", parentIno, FileMode.DT_DIR, 2)) {
                return pos;
            }
            pos = 2;
        }
        for (Entry e = after(pos); e != null; e = e.next) {
            if (!sink.put(e.name, e.inode.ino, FileMode.direntType(e.inode.mode()), e.cookie)) {
                return pos;
            }
            pos = e.cookie;
        }
        return pos;
    }

    /** The first entry with a cookie above pos. */
    private Entry after(long pos) {
        if (pos < FIRST_COOKIE) {
            return head;
        }
        Entry at = byCookie.get(pos);
        if (at != null) {
            return at.next;
        }
        Entry e = head;
        while (e != null && e.cookie <= pos) {
            e = e.next;
        }
        return e;
    }

    /** Entries in listing order (the consistency checker). */
    Entry first() {
        return head;
    }

    int cookieCount() {
        return byCookie.size();
    }
}
