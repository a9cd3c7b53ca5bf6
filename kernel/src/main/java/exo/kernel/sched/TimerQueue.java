/*
 * The sleeping threads, sorted by the tick at which they wake (KThread.wakeTick), linked through
 * their own timerNext/timerPrev fields. The timer interrupt only looks at the head, so a tick
 * costs the same whether no thread or a thousand sleep: sleepers cost nothing while they sleep.
 * Insertion walks from the tail, where a new deadline usually belongs (sleeps of similar length
 * arrive in deadline order), and keeps threads with equal deadlines in arrival order. No
 * allocation: Scheduler calls it with interrupts off and from the timer interrupt.
 */
package exo.kernel.sched;

import exo.kernel.util.Invariant;

public final class TimerQueue {
    private KThread head;
    private KThread tail;
    private int size;

    public boolean isEmpty() {
        return head == null;
    }

    public int size() {
        return size;
    }

    /** The earliest deadline, or Long.MAX_VALUE when nobody sleeps. */
    public long nextDeadline() {
        return head == null ? Long.MAX_VALUE : head.wakeTick;
    }

    public boolean contains(KThread t) {
        return t.inTimerQueue;
    }

    /** Adds t to wake at tick `deadline`. */
    public void add(KThread t, long deadline) {
        if (t.inTimerQueue) {
            throw Invariant.broken(t, "already sleeps");
        }
        t.wakeTick = deadline;
        t.inTimerQueue = true;
        KThread after = tail;
        while (after != null && after.wakeTick > deadline) {
            after = after.timerPrev;
        }
        // Insert t right after `after` (at the head when null).
        KThread before = after == null ? head : after.timerNext;
        t.timerPrev = after;
        t.timerNext = before;
        if (after == null) {
            head = t;
        } else {
            after.timerNext = t;
        }
        if (before == null) {
            tail = t;
        } else {
            before.timerPrev = t;
        }
        size++;
    }

    /** Removes t (woken early, or killed); does nothing when it does not sleep. */
    public void remove(KThread t) {
        if (!t.inTimerQueue) {
            return;
        }
        if (t.timerPrev == null) {
            head = t.timerNext;
        } else {
            t.timerPrev.timerNext = t.timerNext;
        }
        if (t.timerNext == null) {
            tail = t.timerPrev;
        } else {
            t.timerNext.timerPrev = t.timerPrev;
        }
        t.timerNext = null;
        t.timerPrev = null;
        t.inTimerQueue = false;
        size--;
    }

    /** Removes and returns the first thread whose deadline is at or before `now`, or null. */
    public KThread pollExpired(long now) {
        KThread t = head;
        if (t == null || t.wakeTick > now) {
            return null;
        }
        remove(t);
        return t;
    }
}
