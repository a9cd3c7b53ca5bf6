/*
 * An epoll instance (epoll_create1, epoll_ctl, epoll_wait/epoll_pwait), as an open file. Each
 * watched (file, descriptor) pair is an Item hooked onto the file's wait lists through the
 * file's own poll(); when the file changes in a way the item watches, the item joins the ready
 * list (without allocating: wake-ups may come from interrupt handlers) and epoll's own waiters
 * wake. epoll_wait re-polls the ready items: level-triggered ones that are still ready are
 * reported and stay listed, edge-triggered ones (EPOLLET) are reported once per wake-up, and
 * EPOLLONESHOT items are disabled after one report until EPOLL_CTL_MOD. An item goes away with
 * EPOLL_CTL_DEL or when its file is released (FileWatcher). Regular files and directories cannot
 * be watched (EPERM); epoll instances can, with loops and nesting deeper than 5 refused (ELOOP).
 * The epoll file itself polls readable while its ready list is not empty.
 */
package exo.kernel.fs.event;

import exo.kernel.fs.Errno;
import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.file.FdTable;
import exo.kernel.fs.vfs.FileWatcher;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.OpenFile;
import exo.kernel.fs.wait.Poll;
import exo.kernel.fs.wait.PollTable;
import exo.kernel.fs.wait.WaitEntry;
import exo.kernel.fs.wait.WaitList;
import exo.kernel.fs.wait.Waiter;
import exo.kernel.cpu.Irq;
import exo.kernel.sync.Mutex;
import java.util.ArrayList;

public final class Epoll extends OpenFile implements FileWatcher {
    public static final int EPOLL_CTL_ADD = 1;
    public static final int EPOLL_CTL_DEL = 2;
    public static final int EPOLL_CTL_MOD = 3;
    public static final int EPOLLEXCLUSIVE = 1 << 28;
    public static final int EPOLLWAKEUP = 1 << 29;
    public static final int EPOLLONESHOT = 1 << 30;
    public static final int EPOLLET = 1 << 31;
    public static final int EPOLL_CLOEXEC = OpenFlags.O_CLOEXEC;
    /** Linux's EP_MAX_NESTS: at most five instances in a chain (LTP epoll_ctl04). */
    private static final int MAX_NESTING = 4;

    private final WaitList waiters = new WaitList();
    /** epoll_ctl and epoll_wait's scans; never held while sleeping. */
    private final Mutex lock = new Mutex();
    private final ArrayList<Item> items = new ArrayList<>();
    /** The ready list: intrusive, changed with interrupts off (wake-ups may come from IRQs). */
    private Item readyHead;
    private Item readyTail;
    private volatile int readyCount;

    /** One watched (file, descriptor). */
    static final class Item {
        final Epoll owner;
        final OpenFile file;
        final int fd;
        int events;
        long data;
        boolean disabled;
        Item next;
        boolean queued;
        final ArrayList<WaitEntry> entries = new ArrayList<>();
        final ArrayList<WaitList> lists = new ArrayList<>();

        Item(Epoll owner, OpenFile file, int fd) {
            this.owner = owner;
            this.file = file;
            this.fd = fd;
        }
    }

    /** The entry an item puts on a watched file's wait list. */
    private static final class ItemEntry extends WaitEntry {
        private final Item item;

        ItemEntry(Item item) {
            super(Waiter.NEVER, Poll.ANY);
            this.item = item;
        }

        @Override
        public void wake(int mask) {
            Item it = item;
            if (!it.disabled && (mask == Poll.ANY || (mask & (it.events | Poll.ALWAYS)) != 0)) {
                it.owner.queue(it);
            }
        }
    }

    private Epoll(AnonInodes anon, int flags) {
        super(null, anon.newInode(), OpenFlags.O_RDWR);
    }

    /** epoll_create1(flags): the new instance, or null for unknown flags (EINVAL). */
    public static Epoll create(AnonInodes anon, int flags) {
        return (flags & ~EPOLL_CLOEXEC) != 0 ? null : new Epoll(anon, flags);
    }

    // ---- the ready list ------------------------------------------------------------------

    void queue(Item it) {
        boolean on = Irq.save();
        if (!it.queued) {
            it.queued = true;
            it.next = null;
            if (readyTail == null) {
                readyHead = it;
            } else {
                readyTail.next = it;
            }
            readyTail = it;
            readyCount++;
        }
        Irq.restore(on);
        waiters.wake(Poll.IN);
    }

    private Item dequeue() {
        boolean on = Irq.save();
        Item it = readyHead;
        if (it != null) {
            readyHead = it.next;
            if (readyHead == null) {
                readyTail = null;
            }
            it.next = null;
            it.queued = false;
            readyCount--;
        }
        Irq.restore(on);
        return it;
    }

    private void unqueue(Item target) {
        boolean on = Irq.save();
        Item prev = null;
        for (Item it = readyHead; it != null; prev = it, it = it.next) {
            if (it == target) {
                if (prev == null) {
                    readyHead = it.next;
                } else {
                    prev.next = it.next;
                }
                if (readyTail == it) {
                    readyTail = prev;
                }
                it.queued = false;
                it.next = null;
                readyCount--;
                break;
            }
        }
        Irq.restore(on);
    }

    // ---- epoll_ctl -----------------------------------------------------------------------

    /** epoll_ctl(op, fd, events, data) with fd's file from table; 0 or -errno. */
    public int ctl(FdTable table, int op, int fd, int events, long data) {
        OpenFile f = table.acquire(fd);
        if (f == null) {
            return -Errno.EBADF;
        }
        try {
            if (f == this) {
                return -Errno.EINVAL;
            }
            if (f.isPathOnly()) {
                return -Errno.EBADF;
            }
            if (!f.pollable()) {
                return -Errno.EPERM; // files that are always ready cannot be watched
            }
            if (op == EPOLL_CTL_MOD && (events & EPOLLEXCLUSIVE) != 0) {
                return -Errno.EINVAL;
            }
            lock.lock();
            try {
                return ctlLocked(op, f, fd, events, data);
            } finally {
                lock.unlock();
            }
        } finally {
            f.put();
        }
    }

    private int ctlLocked(int op, OpenFile f, int fd, int events, long data) {
        Item it = find(f, fd);
        switch (op) {
            case EPOLL_CTL_ADD:
                if (it != null) {
                    return -Errno.EEXIST;
                }
                if (f instanceof Epoll && ((Epoll) f).reaches(this, MAX_NESTING)) {
                    return -Errno.ELOOP;
                }
                add(f, fd, events, data);
                return 0;
            case EPOLL_CTL_MOD:
                if (it == null) {
                    return -Errno.ENOENT;
                }
                it.events = events;
                it.data = data;
                it.disabled = false;
                if ((it.file.poll(null) & (events | Poll.ALWAYS)) != 0) {
                    queue(it);
                }
                return 0;
            case EPOLL_CTL_DEL:
                if (it == null) {
                    return -Errno.ENOENT;
                }
                remove(it);
                return 0;
            default:
                return -Errno.EINVAL;
        }
    }

    private Item find(OpenFile f, int fd) {
        for (Item it : items) {
            if (it.file == f && it.fd == fd) {
                return it;
            }
        }
        return null;
    }

    /** Does this instance watch target (directly or through nested instances, within depth)? */
    private boolean reaches(Epoll target, int depth) {
        if (this == target) {
            return true;
        }
        if (depth == 0) {
            return true; // too deep counts as a loop, as Linux refuses it
        }
        lock.lock();
        try {
            for (Item it : items) {
                if (it.file instanceof Epoll && ((Epoll) it.file).reaches(target, depth - 1)) {
                    return true;
                }
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    private void add(OpenFile f, int fd, int events, long data) {
        Item it = new Item(this, f, fd);
        it.events = events;
        it.data = data;
        items.add(it);
        int ready = f.poll(new PollTable() {
            @Override
            public void register(WaitList list) {
                WaitEntry e = new ItemEntry(it);
                list.add(e);
                it.entries.add(e);
                it.lists.add(list);
            }
        });
        f.addWatcher(this);
        if ((ready & (events | Poll.ALWAYS)) != 0) {
            queue(it);
        }
    }

    private void remove(Item it) {
        for (int i = 0; i < it.entries.size(); i++) {
            it.lists.get(i).remove(it.entries.get(i));
        }
        it.entries.clear();
        it.lists.clear();
        unqueue(it);
        items.remove(it);
        it.file.removeWatcher(this);
    }

    @Override
    public void fileReleased(OpenFile f) {
        lock.lock();
        try {
            for (int i = items.size() - 1; i >= 0; i--) {
                if (items.get(i).file == f) {
                    remove(items.get(i));
                }
            }
        } finally {
            lock.unlock();
        }
    }

    public int watched() {
        return items.size();
    }

    // ---- epoll_wait ----------------------------------------------------------------------

    /**
     * epoll_wait: up to events.length events into events[]/data[]; waits up to timeoutNanos
     * (negative: forever, 0: not at all). Returns the count, 0 on timeout, or -errno.
     */
    public int await(FsContext ctx, int[] events, long[] data, long timeoutNanos) {
        if (events.length == 0) {
            return -Errno.EINVAL;
        }
        long deadline = PollCall.deadline(ctx, timeoutNanos);
        for (;;) {
            int n = harvest(events, data);
            if (n > 0 || timeoutNanos == 0) {
                return n;
            }
            int w = ctx.waiter.waitOn(waiters, Poll.IN, () -> readyCount > 0, deadline);
            if (w == -Errno.ETIMEDOUT) {
                return 0;
            }
            if (w < 0) {
                return w;
            }
        }
    }

    /** Re-polls the ready items and reports those still ready. */
    private int harvest(int[] events, long[] data) {
        lock.lock();
        try {
            int n = 0;
            ArrayList<Item> keep = new ArrayList<>();
            int pending = readyCount;
            Item it;
            while (n < events.length && pending-- > 0 && (it = dequeue()) != null) {
                if (it.disabled || !items.contains(it)) {
                    continue;
                }
                int revents = it.file.poll(null) & (it.events | Poll.ALWAYS);
                if (revents == 0) {
                    continue; // no longer ready: it comes back with the next wake-up
                }
                events[n] = revents;
                data[n] = it.data;
                n++;
                if ((it.events & EPOLLONESHOT) != 0) {
                    it.disabled = true;
                } else if ((it.events & EPOLLET) == 0) {
                    keep.add(it); // level-triggered: reported again while ready
                }
            }
            for (Item k : keep) {
                queue(k);
            }
            return n;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int poll(PollTable table) {
        if (table != null) {
            table.register(waiters);
        }
        return readyCount > 0 ? Poll.IN : 0;
    }

    @Override
    protected void release() {
        lock.lock();
        try {
            while (!items.isEmpty()) {
                remove(items.get(items.size() - 1));
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String describe(FsContext ctx) {
        return "anon_inode:[eventpoll]";
    }
}
