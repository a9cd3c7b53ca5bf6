/*
 * The objects of one kind (message queues, semaphore sets or shared memory segments), by id
 * and by key, with msgget(2)'s rules for finding or creating one: IPC_PRIVATE always makes a
 * new object; another key finds the object that has it, makes one with IPC_CREAT, fails with
 * ENOENT without it, and with EEXIST when IPC_CREAT|IPC_EXCL finds one; the mode bits asked
 * for must be allowed (EACCES); ENOSPC past the limit. An id is index + seq * SEQ_STEP as on
 * Linux, so a stale id of a removed object gives EINVAL instead of reaching its successor.
 * The caller (syscall.MsgCalls through Ipc) holds Ipc.lock around every call.
 */
package exo.kernel.ipc;

import exo.kernel.fs.Credentials;
import exo.kernel.fs.Errno;
import java.util.ArrayList;
import java.util.function.Supplier;

public final class IpcTable<T extends IpcObject> {
    public static final int IPC_PRIVATE = 0;
    public static final int IPC_CREAT = 01000;
    public static final int IPC_EXCL = 02000;
    /** Linux's IPCMNI_SEQ_SHIFT: ids advance by this much each time a slot is reused. */
    static final int SEQ_STEP = 32768;

    private final ArrayList<T> slots = new ArrayList<>();
    private int limit;
    private int nextSeq;
    /** /proc/sys/kernel/*_next_id: the id the next new object gets, once (-1: none asked for). */
    private int nextId = -1;
    private int inUse;

    /** A table of at most limit objects (msgmni, semmni, shmmni). */
    public IpcTable(int limit) {
        this.limit = limit;
    }

    /** The id of the object for key (found or made by factory), or -errno. */
    public int get(int key, int flags, Credentials c, long nowSeconds, Supplier<T> factory) {
        if (key != IPC_PRIVATE) {
            T found = find(key);
            if (found != null) {
                if ((flags & (IPC_CREAT | IPC_EXCL)) == (IPC_CREAT | IPC_EXCL)) {
                    return -Errno.EEXIST;
                }
                // every bit asked for in any of the three classes must be granted (ipcperms)
                int asked = ((flags >> 6) | (flags >> 3) | flags) & 7;
                return found.allows(c, asked) ? found.id : -Errno.EACCES;
            }
            if ((flags & IPC_CREAT) == 0) {
                return -Errno.ENOENT;
            }
        }
        if (inUse >= limit) {
            return -Errno.ENOSPC;
        }
        T obj = factory.get();
        obj.init(key, c, flags, nowSeconds);
        int index = freeIndexFrom(nextId < 0 ? 0 : nextId % SEQ_STEP);
        while (index >= slots.size()) {
            slots.add(null);
        }
        slots.set(index, obj);
        if (nextId >= 0) {
            obj.seq = nextId / SEQ_STEP;   // as Linux: the first free index from the asked one
            nextId = -1;
        } else {
            obj.seq = nextSeq;
            nextSeq = (nextSeq + 1) % (Integer.MAX_VALUE / SEQ_STEP);
        }
        obj.id = index + obj.seq * SEQ_STEP;
        inUse++;
        return obj.id;
    }

    private int freeIndexFrom(int from) {
        for (int i = from; i < slots.size(); i++) {
            if (slots.get(i) == null) {
                return i;
            }
        }
        return Math.max(from, slots.size());
    }

    /** The live object with this id, or null (EINVAL for the caller). */
    public T byId(int id) {
        if (id < 0) {
            return null;
        }
        int index = id % SEQ_STEP;
        T obj = index < slots.size() ? slots.get(index) : null;
        return obj != null && obj.id == id ? obj : null;
    }

    /** The live object with this key (not IPC_PRIVATE), or null. */
    public T find(int key) {
        for (T obj : slots) {
            if (obj != null && obj.key == key) {
                return obj;
            }
        }
        return null;
    }

    /** IPC_RMID: the object leaves the table (its key is free again) and is marked removed. */
    public void remove(T obj) {
        int index = obj.id % SEQ_STEP;
        if (index < slots.size() && slots.get(index) == obj) {
            slots.set(index, null);
            inUse--;
        }
        obj.removed = true;
    }

    /**
     * The object in slot index, or null: MSG_STAT, SEM_STAT and SHM_STAT take an index, and as
     * on Linux an id works too (its index part is used: LTP's shmctl04 probes SHM_STAT_ANY so).
     */
    public T atIndex(int index) {
        if (index < 0) {
            return null;
        }
        index %= SEQ_STEP;
        return index < slots.size() ? slots.get(index) : null;
    }

    /** The highest slot in use, or -1 (IPC_INFO's and MSG_INFO's result). */
    public int highestIndex() {
        for (int i = slots.size() - 1; i >= 0; i--) {
            if (slots.get(i) != null) {
                return i;
            }
        }
        return -1;
    }

    public int inUse() {
        return inUse;
    }

    public int limit() {
        return limit;
    }

    /** /proc/sys/kernel/{msgmni,shmmni}: a new limit (existing objects stay). */
    public void setLimit(int newLimit) {
        limit = newLimit;
    }

    /** /proc/sys/kernel/*_next_id: -1, or the id the next new object will get. */
    public int nextId() {
        return nextId;
    }

    public void setNextId(int id) {
        nextId = id;
    }
}
