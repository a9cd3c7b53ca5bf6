/*
 * A FIFO of threads linked through their own fields (KThread.next/prev/list): constant-time
 * add at the tail, removal of the head or of any member, and no allocation, so the scheduler can
 * use it with interrupts off and inside interrupt handlers. A thread is in at most one
 * ThreadList at a time (a run queue, a wait queue or a join queue); adding a thread that is
 * already in one is a kernel bug and throws. Used by ThreeQueues, exo.kernel.sync and KThread.
 * Not synchronised: callers hold interrupts off.
 */
package exo.kernel.sched;

import exo.kernel.util.Invariant;
import exo.rt.Inline;

public final class ThreadList {
    private KThread head;
    private KThread tail;
    private int size;

    public boolean isEmpty() {
        return head == null;
    }

    public int size() {
        return size;
    }

    public KThread peek() {
        return head;
    }

    public boolean contains(KThread t) {
        return t.list == this;
    }

    @Inline   // into ThreeQueues.enqueue, on every switch that queues the thread leaving
    public void add(KThread t) {
        if (t.list != null) {
            throw Invariant.broken(t, "is already queued");
        }
        t.list = this;
        t.next = null;
        t.prev = tail;
        if (tail == null) {
            head = t;
        } else {
            tail.next = t;
        }
        tail = t;
        size++;
    }

    /** Removes and returns the head, or null when empty. */
    @Inline   // into pick(), on every switch
    public KThread poll() {
        KThread t = head;
        if (t != null) {   // unlinks the head: no membership test, no predecessor (every pick)
            KThread next = t.next;
            head = next;
            if (next == null) {
                tail = null;
            } else {
                next.prev = null;
            }
            t.next = null;
            t.list = null;
            size--;
        }
        return t;
    }

    /** Removes t, which must be in this list. */
    public void remove(KThread t) {
        if (t.list != this) {
            throw Invariant.broken(t, "is not in this queue");
        }
        if (t.prev == null) {
            head = t.next;
        } else {
            t.prev.next = t.next;
        }
        if (t.next == null) {
            tail = t.prev;
        } else {
            t.next.prev = t.prev;
        }
        t.next = null;
        t.prev = null;
        t.list = null;
        size--;
    }
}
