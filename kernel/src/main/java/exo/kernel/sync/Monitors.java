/*
 * Java's `synchronized` in the kernel: exoc compiles monitorenter/monitorexit (and synchronized
 * methods) into Platform.monitorEnter/monitorExit, which land here once the scheduler runs.
 * The header's lock word holds only the identity hash in the kernel (docs/RUNTIME.md, "Objects"),
 * so held monitors live in a table: the object, its owner thread, the recursion depth (Java monitors are reentrant) and a
 * wait queue. A slot is taken on the first enter and freed when the last exit finds nobody
 * waiting. Bit masks of the slots in use (one long per 64 slots, and one long saying which of
 * those are not empty) let a search visit only those (usually none to three, all in the first
 * word: every `synchronized` on a file or a lock object passes here, and scanning all 64 slots
 * of the first table cost 650 instructions per enter).
 * The last exit of a contended monitor frees it and wakes one waiter, which takes it when it
 * runs unless a running thread took it first, as Mutex does: handing it straight to a waiter
 * that had not run yet made a lock convoy (test=mutex: 77,848 of 80,000 `synchronized` enters
 * waited, each a context switch). So that nobody starves, a woken waiter that finds the monitor
 * taken again is the one the next exit hands it to directly (`starving`). The first 64 slots
 * have a wait queue each, and such a slot stays the object's (owner null) while a woken waiter
 * may come back for it; the other slots share one wait queue, and their exit frees the slot and
 * wakes all of its waiters to try again (a queue per slot would be 2,000 more objects for the
 * collector to mark at every collection, for slots that are hardly ever used). While a slot is
 * in use the table refers to the object, so a locked object stays alive.
 *
 * Every slot in use has an owner, so the table needs a slot per monitor held by some thread:
 * SLOTS is four per possible thread. (It was 64: the ctest futexlocks, with 100 child
 * processes, once died of a full table, probably each child preempted inside a `synchronized`
 * block of its own; the throw killed the process.) If it fills all the same, a thread waits
 * for a slot to be freed; an interrupt handler, or a thread holding every slot itself, gets
 * an exception.
 *
 * Limits: no Object.wait/notify (exoc rejects them); an interrupt handler may enter a monitor
 * that is free or held by the thread it interrupted, but one held by another thread throws,
 * since a handler cannot block. exit() does not preempt (a woken waiter runs at the next tick
 * at the latest): on the exception path of a synchronized method it runs while an exception is
 * pending, see Platform.monitorExit.
 */
package exo.kernel.sync;

import exo.kernel.cpu.CpuState;
import exo.kernel.cpu.Irq;
import exo.kernel.sched.KThread;
import exo.kernel.sched.Scheduler;
import exo.kernel.sched.Threads;
import exo.rt.Blocking;

public final class Monitors {
    private Monitors() {}

    public static final int SLOTS = 4 * Threads.MAX_THREADS;
    private static final int WORDS = SLOTS / 64;

    private static final Object[] objects = new Object[SLOTS];
    private static final KThread[] owners = new KThread[SLOTS];
    private static final int[] depths = new int[SLOTS];
    /** Slots below this have a wait queue each; the others share `sharedWaiters`. */
    private static final int DEDICATED = 64;
    private static final WaitQueue[] waiters = new WaitQueue[DEDICATED];
    private static final WaitQueue sharedWaiters = new WaitQueue();
    /** Per dedicated slot: a woken waiter that lost the monitor to a running thread, the next owner. */
    private static final KThread[] starving = new KThread[DEDICATED];
    /** Bit i % 64 of used[i / 64] set: objects[i] is in use. */
    private static final long[] used = new long[WORDS];
    /** Bit w set: used[w] is not zero (WORDS is at most 64). */
    private static long usedWords;
    /** Threads waiting for a slot of a full table. */
    private static final WaitQueue slotFreed = new WaitQueue();
    private static long contended;

    static {
        for (int i = 0; i < DEDICATED; i++) {
            waiters[i] = new WaitQueue();
        }
    }

    @Blocking
    public static void enter(Object o) {
        boolean on = Irq.save();
        try {
            KThread self = Scheduler.current();
            // exit() frees the monitor and wakes a waiter, or hands it to a starving one (owner =
            // self, depth 1). A wake-up from elsewhere (a futex, signal or timer wakes a thread
            // whatever it blocks on) may find the slot freed or even reused for another object:
            // look the object up again each time.
            for (boolean slept = false;; slept = true) {
                int i = find(o);
                if (i >= 0 && owners[i] == self) {
                    if (!slept) {
                        depths[i]++;   // reentry; after a sleep, exit() has set the depth to 1
                    }
                    return;
                }
                if (i < 0) {
                    i = claim(o, self);
                    if (i < 0) {
                        slotFreed.sleep();   // the table is full; look again once a slot is freed
                        continue;
                    }
                }
                if (owners[i] == null) {   // just claimed, or freed by exit() and kept for its waiters
                    owners[i] = self;
                    depths[i] = 1;
                    return;
                }
                if (CpuState.inInterrupt()) {
                    throw new IllegalStateException("an interrupt handler entered a monitor held by " + owners[i]);
                }
                if (!slept) {
                    contended++;
                }
                waitFor(i, self, slept);
            }
        } finally {
            Irq.restore(on);
        }
    }

    /** Sleeps until slot i's owner exits; after a wake-up that lost the race, as its next owner. */
    @Blocking
    private static void waitFor(int i, KThread self, boolean slept) {
        if (i >= DEDICATED) {
            sharedWaiters.sleep();
        } else if (slept && (starving[i] == null || starving[i] == self)) {
            starving[i] = self;   // off the queue: exit() hands the monitor to us
            Scheduler.block();
        } else {
            waiters[i].sleep();
        }
    }

    public static void exit(Object o) {
        boolean on = Irq.save();
        try {
            int i = find(o);
            if (i < 0 || owners[i] != Scheduler.current()) {
                // Unbalanced: only possible for a monitor entered before the scheduler started
                // (Platform makes those no-ops), since exoc pairs every enter with an exit.
                return;
            }
            if (--depths[i] > 0) {
                return;
            }
            if (i >= DEDICATED) {
                owners[i] = null;
                free(i);
                if (!sharedWaiters.isEmpty()) {
                    sharedWaiters.wakeAll();   // each looks its object up again
                }
                return;
            }
            KThread next = starving[i];
            if (next != null) {
                starving[i] = null;
                owners[i] = next;
                depths[i] = 1;
                Scheduler.wake(next);
                return;
            }
            owners[i] = null;
            if (waiters[i].isEmpty()) {
                free(i);
            } else {
                waiters[i].wakeOne();   // the slot stays o's until the waiter has looked again
            }
        } finally {
            Irq.restore(on);
        }
    }

    /** Does the running thread hold o's monitor? (Thread.holdsLock's question.) */
    public static boolean holds(Object o) {
        boolean on = Irq.save();
        int i = find(o);
        boolean held = i >= 0 && owners[i] == Scheduler.current();
        Irq.restore(on);
        return held;
    }

    /** Monitors held or waited on now. */
    public static int inUse() {
        int n = 0;
        for (int i = 0; i < SLOTS; i++) {
            if (objects[i] != null) {
                n++;
            }
        }
        return n;
    }

    /** How many enters had to wait. */
    public static long contendedCount() {
        return contended;
    }

    // Slots are taken lowest first, so the used ones sit at the bottom of the masks: shifting
    // through them visits few bits (and costs less than numberOfTrailingZeros in exoc's code).
    private static int find(Object o) {
        long words = usedWords;
        for (int w = 0; words != 0; w++, words >>>= 1) {
            long m = used[w];
            for (int i = w << 6; m != 0; i++, m >>>= 1) {
                if ((m & 1) != 0 && objects[i] == o) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A free slot for o, or -1 if the table is full and self may wait for one. */
    private static int claim(Object o, KThread self) {
        int w = 0;
        while (w < WORDS && used[w] == -1L) {
            w++;
        }
        if (w == WORDS) {
            if (CpuState.inInterrupt() || holdsEverySlot(self)) {
                throw new IllegalStateException("monitor table full (" + SLOTS + " monitors held)");
            }
            return -1;
        }
        int bit = 0;
        while ((used[w] >>> bit & 1) != 0) {
            bit++;
        }
        int i = w << 6 | bit;
        objects[i] = o;
        used[w] |= 1L << bit;
        usedWords |= 1L << w;
        return i;
    }

    private static void free(int i) {
        int w = i >> 6;
        objects[i] = null;
        used[w] &= ~(1L << (i & 63));
        if (used[w] == 0) {
            usedWords &= ~(1L << w);
        }
        if (!slotFreed.isEmpty()) {
            slotFreed.wakeOne();
        }
    }

    private static boolean holdsEverySlot(KThread self) {
        for (int i = 0; i < SLOTS; i++) {
            if (owners[i] != self) {
                return false;
            }
        }
        return true;
    }
}
