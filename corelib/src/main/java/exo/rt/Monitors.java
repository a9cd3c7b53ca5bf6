/*
 * The monitors of `synchronized`, Object.wait and Object.notify, for programs that start
 * threads (exoc binds monitorenter/monitorexit to enter/exit only then; a program that
 * cannot start a thread has no monitor code at all), and the identity hash of a locked
 * object.
 *
 * A monitor starts thin: the object's lock word at offset 4 (docs/RUNTIME.md, "Objects")
 * holds the owner's thread id and a recursion count, set by compare-and-swap, so an
 * uncontended lock costs one locked instruction and touches nothing else. When a second
 * thread has to wait, or wait/notify is used, or the count overflows, the word is inflated:
 * it then holds the index of a Monitor (a queue lock with a wait set) in MonitorTable. Only
 * compare-and-swap changes the word, so an owner and an inflating thread never overwrite
 * each other. The same word holds the identity hash (exo_rt.c's exo_identity_hash), so a
 * hashed object that gets locked, or a thin-locked object that gets hashed, is inflated and
 * its monitor keeps the hash:
 *
 *   0                                           unlocked, not hashed (a new object's word
 *                                               on linux: exoc's ObjectLayout.LOCK_INITIAL_LINUX)
 *   thin:     owner id << 8 | (count - 1) << 2 | 00
 *   hashed:   hash << 2 | 10                    unlocked
 *   inflated: table index << 1 | 1              the hash, if any, in Monitor.hashWord
 *
 * Inflated monitors stay inflated (their table slot is never reused).
 */
package exo.rt;

public final class Monitors {
    private Monitors() {}

    static final long LOCK_WORD = 4;
    private static final int MAX_THIN_RECURSION = 0x3f;
    private static final int SPINS = 64;

    static int currentId() {
        return Mem.loadThread32(ThreadBlock.ID);
    }

    /** monitorenter, and the entry of a synchronized method. */
    public static void enter(Object o) {
        int me = currentId();
        if (!Atomic.compareAndSetInt(o, LOCK_WORD, 0, me << 8)) {
            enterSlow(o, me);
        }
    }

    private static void enterSlow(Object o, int me) {
        int spins = 0;
        for (;;) {
            int w = Atomic.getInt(o, LOCK_WORD);
            if (w == 0) {
                if (Atomic.compareAndSetInt(o, LOCK_WORD, 0, me << 8)) {
                    return;
                }
            } else if ((w & 1) != 0) {
                MonitorTable.get(w >>> 1).enter(me);
                return;
            } else if (hashed(w)) {
                inflate(o, w);   // the hash moves into the monitor
            } else if ((w >>> 8) == me) {
                if (((w >>> 2) & MAX_THIN_RECURSION) < MAX_THIN_RECURSION) {
                    if (Atomic.compareAndSetInt(o, LOCK_WORD, w, w + 4)) {
                        return;
                    }
                } else {
                    inflate(o, w);
                }
            } else if (spins++ < SPINS) {
                Atomic.spinWait();
            } else {
                inflate(o, w);   // another thread holds it: a queue to sleep in
            }
        }
    }

    /** monitorexit, and the exits of a synchronized method. */
    public static void exit(Object o) {
        int me = currentId();
        int w = Atomic.getInt(o, LOCK_WORD);
        if (w == me << 8 && Atomic.compareAndSetInt(o, LOCK_WORD, w, 0)) {
            return;
        }
        exitSlow(o, me);
    }

    private static void exitSlow(Object o, int me) {
        for (;;) {
            int w = Atomic.getInt(o, LOCK_WORD);
            if ((w & 1) != 0) {
                MonitorTable.get(w >>> 1).exit(me);
                return;
            }
            if (!thinOwnedBy(w, me)) {
                throw new IllegalMonitorStateException();
            }
            int next = ((w >>> 2) & MAX_THIN_RECURSION) == 0 ? 0 : w - 4;
            if (Atomic.compareAndSetInt(o, LOCK_WORD, w, next)) {
                return;
            }
        }
    }

    private static boolean hashed(int w) {
        return (w & 3) == 2;
    }

    private static boolean thinOwnedBy(int w, int me) {
        return w != 0 && (w & 3) == 0 && (w >>> 8) == me;
    }

    /**
     * Replaces the thin or hashed word w by an inflated monitor carrying the same owner and
     * count, or hash; if the word changed meanwhile, nothing happens (the caller looks again).
     */
    private static void inflate(Object o, int w) {
        Monitor m = new Monitor();
        if (hashed(w)) {
            m.hashWord = w;
        } else if (w != 0) {
            m.owner = w >>> 8;
            m.count = ((w >>> 2) & MAX_THIN_RECURSION) + 1;
        }
        int index = MonitorTable.add(m);
        Atomic.compareAndSetInt(o, LOCK_WORD, w, index << 1 | 1);
    }

    /** The inflated monitor of o, which the current thread owns (inflated if it was thin). */
    private static Monitor owned(Object o, int me) {
        for (;;) {
            int w = Atomic.getInt(o, LOCK_WORD);
            if ((w & 1) != 0) {
                Monitor m = MonitorTable.get(w >>> 1);
                if (m.owner != me) {
                    throw new IllegalMonitorStateException("current thread is not owner");
                }
                return m;
            }
            if (!thinOwnedBy(w, me)) {
                throw new IllegalMonitorStateException("current thread is not owner");
            }
            inflate(o, w);
        }
    }

    public static void await(Object o, long timeoutMillis) throws InterruptedException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (!VM.threadsEnabled()) {
            // One thread, no monitors: nobody can notify, so the wait lasts its timeout
            // (forever without one, as on the JVM).
            VM.park(timeoutMillis == 0 ? -1 : timeoutMillis * 1_000_000L);
            return;
        }
        int me = currentId();
        owned(o, me).await(me, timeoutMillis);
    }

    public static void notify(Object o, boolean all) {
        if (!VM.threadsEnabled()) {
            return;   // one thread: nobody waits
        }
        int me = currentId();
        int w = Atomic.getInt(o, LOCK_WORD);
        if ((w & 1) == 0) {
            // Thin: nobody can be waiting (waiting inflates); only ownership is checked.
            if (!thinOwnedBy(w, me)) {
                throw new IllegalMonitorStateException("current thread is not owner");
            }
            return;
        }
        owned(o, me).signal(all);
    }

    /** Thread.holdsLock. */
    public static boolean holds(Object o) {
        int me = currentId();
        int w = Atomic.getInt(o, LOCK_WORD);
        if ((w & 1) != 0) {
            return MonitorTable.get(w >>> 1).owner == me;
        }
        return thinOwnedBy(w, me);
    }

    /**
     * The identity hash of o when its lock word holds no hash yet or a lock (exo_rt.c's
     * exo_identity_hash_slow); word is a fresh hash word (hash << 2 | 2) to install if o has
     * none. A thin-locked object is inflated first: its monitor then keeps the hash.
     */
    public static int lockedHash(Object o, int word) {
        long hashOffset = Atomic.fieldOffset(Monitor.class, "hashWord");
        for (;;) {
            int w = Atomic.getInt(o, LOCK_WORD);
            if (w == 0) {
                if (Atomic.compareAndSetInt(o, LOCK_WORD, 0, word)) {
                    return word >>> 2;
                }
            } else if (hashed(w)) {
                return w >>> 2;
            } else if ((w & 1) == 0) {
                inflate(o, w);
            } else {
                Monitor m = MonitorTable.get(w >>> 1);
                Atomic.compareAndSetInt(m, hashOffset, 0, word);   // the first hash stays
                return m.hashWord >>> 2;
            }
        }
    }
}
