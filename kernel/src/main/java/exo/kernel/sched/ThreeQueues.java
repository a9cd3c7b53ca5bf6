/*
 * The scheduling policy: three run queues and the CPU-burst average that moves threads between
 * them (the "3-queue EMA" design of the seeds). Pure logic with no hardware access, so it runs
 * under JUnit; Scheduler drives it with interrupts off.
 *
 * - Cold holds I/O-bound threads (short bursts), Normal the mixed ones, Hot the CPU-bound.
 * - A burst is the CPU time a thread uses until it gives the CPU up by itself (blocks, sleeps,
 *   yields). Its average is an exponential moving average with alpha = 1/2:
 *   ema' = (ema + burst) / 2. It is updated each time the thread leaves the CPU; when it was
 *   preempted the burst is not over, so the next update sees it longer still: a thread that
 *   never blocks climbs to Hot within a few quanta, and one that starts sleeping falls back to
 *   Cold after a few short bursts. Bursts count up to 4 quanta, so that the way back is short.
 * - Class by the average, relative to the quantum: Cold below a quarter, Hot above a half.
 * - pick() serves Cold, then Normal, then Hot, FIFO inside each: constant time (three list
 *   heads, no loop). So that a busy upper class cannot starve a lower one, a non-empty queue
 *   passed over STARVATION_PICKS times in a row is served next.
 * - A thread woken into a better class than the running thread's preempts it (preempts()),
 *   which is how wake-ups of I/O-bound threads preempt CPU-bound ones.
 */
package exo.kernel.sched;

import exo.rt.Inline;

public final class ThreeQueues {
    public static final int COLD = 0;
    public static final int NORMAL = 1;
    public static final int HOT = 2;
    public static final int CLASSES = 3;
    /** Picks a non-empty queue may be passed over before it is served anyway. */
    public static final int STARVATION_PICKS = 8;
    /** Bursts count up to this many quanta in the average. */
    public static final int BURST_CAP_QUANTA = 4;

    private static final String[] NAMES = {"cold", "normal", "hot"};

    // Three fields rather than an array: pick() is on the path of every context switch.
    private final ThreadList cold = new ThreadList();
    private final ThreadList normal = new ThreadList();
    private final ThreadList hot = new ThreadList();
    /** Picks in a row that passed over a non-empty Normal / Hot queue. */
    private int normalPassedOver;
    private int hotPassedOver;
    private long quantum;
    private long coldBelow;
    private long hotAbove;
    private long burstCap;

    /** quantum: the time slice, in the unit of the bursts given to endBurst (TSC cycles). */
    public ThreeQueues(long quantum) {
        setQuantum(quantum);
    }

    public void setQuantum(long quantum) {
        if (quantum <= 0) {
            throw new IllegalArgumentException("quantum must be positive");
        }
        this.quantum = quantum;
        coldBelow = quantum / 4;
        hotAbove = quantum / 2;
        burstCap = BURST_CAP_QUANTA * quantum;
    }

    public long quantum() {
        return quantum;
    }

    public static String className(int queueClass) {
        return NAMES[queueClass];
    }

    /** The EMA step, alpha = 1/2, without overflow. */
    public static long ema(long average, long burst) {
        return (average >> 1) + (burst >> 1) + (average & burst & 1);
    }

    /** The class of a burst average. */
    public int classify(long emaBurst) {
        if (emaBurst < coldBelow) {
            return COLD;
        }
        if (emaBurst > hotAbove) {
            return HOT;
        }
        return NORMAL;
    }

    /** Sets a new thread's average from its priority: high starts Cold, low starts Hot. */
    public void initThread(KThread t) {
        if (t.priority >= KThread.PRIORITY_HIGH) {
            t.emaBurst = 0;
        } else if (t.priority <= KThread.PRIORITY_LOW) {
            t.emaBurst = quantum;
        } else {
            t.emaBurst = quantum * 3 / 8;
        }
        t.burst = 0;
        t.queueClass = classify(t.emaBurst);
    }

    /**
     * Accounts for t leaving the CPU after running `ran`: updates its burst average and class.
     * voluntary: it blocked, slept or yielded, which ends the burst; otherwise it was preempted
     * and the burst goes on.
     */
    @Inline   // into the scheduler's switch paths (no call and exception test on every switch)
    public void endStint(KThread t, long ran, boolean voluntary) {
        long burst = t.burst + (ran > 0 ? ran : 0);
        t.burst = burst < burstCap ? burst : burstCap;
        t.emaBurst = ema(t.emaBurst, t.burst);
        t.queueClass = classify(t.emaBurst);
        if (voluntary) {
            t.burst = 0;
        }
    }

    /** Queues a ready thread at the tail of its class's queue. */
    @Inline   // on every switch and wake-up
    public void enqueue(KThread t) {
        queue(t.queueClass).add(t);
    }

    private ThreadList queue(int queueClass) {
        return queueClass == COLD ? cold : queueClass == NORMAL ? normal : hot;
    }

    /** Takes a queued thread out (it died or blocked while queued). */
    public void remove(KThread t) {
        t.list.remove(t);
    }

    /** The next thread to run, removed from its queue, or null when all are empty. */
    @Inline   // into schedule(), its one caller
    public KThread pick() {
        boolean hasNormal = !normal.isEmpty();
        boolean hasHot = !hot.isEmpty();
        // A starved lower queue first (Hot before Normal: it has waited behind both).
        if (hasHot && hotPassedOver >= STARVATION_PICKS) {
            hotPassedOver = 0;
            return hot.poll();
        }
        if (hasNormal && normalPassedOver >= STARVATION_PICKS) {
            normalPassedOver = 0;
            hotPassedOver = hasHot ? hotPassedOver + 1 : 0;
            return normal.poll();
        }
        if (!cold.isEmpty()) {
            normalPassedOver = hasNormal ? normalPassedOver + 1 : 0;
            hotPassedOver = hasHot ? hotPassedOver + 1 : 0;
            return cold.poll();
        }
        if (hasNormal) {
            normalPassedOver = 0;
            hotPassedOver = hasHot ? hotPassedOver + 1 : 0;
            return normal.poll();
        }
        if (hasHot) {
            hotPassedOver = 0;
            return hot.poll();
        }
        return null;
    }

    /** Does waking `woken` preempt `running` (null: the idle thread)? */
    public boolean preempts(KThread woken, KThread running) {
        return running == null || woken.queueClass < running.queueClass;
    }

    /** Is a thread of a better class than queueClass waiting? */
    @Inline   // on every direct switch to a woken thread
    public boolean hasBetterThan(int queueClass) {
        return queueClass > COLD && (!cold.isEmpty() || (queueClass > NORMAL && !normal.isEmpty()));
    }

    public boolean isEmpty() {
        return cold.isEmpty() && normal.isEmpty() && hot.isEmpty();
    }

    public int size(int queueClass) {
        return queue(queueClass).size();
    }

    public int size() {
        return cold.size() + normal.size() + hot.size();
    }

    public boolean isQueued(KThread t) {
        return t.list == cold || t.list == normal || t.list == hot;
    }
}
