/*
 * The waiters of one object (a pipe, a terminal, an eventfd, an epoll instance, a lock): each
 * registered WaitEntry is woken when the object's state changes in a way its interest mask
 * covers. The object changes its state first and then calls wake(mask), and a waiter checks
 * readiness after registering, so no wake-up falls between a check and a sleep (see Waiter).
 * Poll-table entries, epoll items and blocked readers and writers all sit here.
 *
 * Locking: interrupts off around every change, as WaitQueue does on one CPU.
 * FIXME(SMP): a SpinLock here once a second CPU runs.
 */
package exo.kernel.fs.wait;

import exo.kernel.cpu.Irq;
import exo.rt.Inline;

public final class WaitList {
    private WaitEntry head;
    private WaitEntry tail;
    private int size;

    public void add(WaitEntry e) {
        boolean on = Irq.save();
        try {
            addLocked(e);
        } finally {
            Irq.restore(on);
        }
    }

    /** add() for a caller that has interrupts off already (ThreadWaiter's wait). */
    @Inline
    void addLocked(WaitEntry e) {
        if (e.list != null) {
            throw new IllegalStateException("wait entry registered twice");
        }
        e.list = this;
        e.prev = tail;
        e.next = null;
        if (tail == null) {
            head = e;
        } else {
            tail.next = e;
        }
        tail = e;
        size++;
    }

    /** Unregisters e; does nothing when it is not on this list (already removed). */
    public void remove(WaitEntry e) {
        boolean on = Irq.save();
        removeLocked(e);
        Irq.restore(on);
    }

    /** remove() for a caller that has interrupts off already. */
    @Inline
    void removeLocked(WaitEntry e) {
        if (e.list == this) {
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
            e.list = null;
            e.next = null;
            e.prev = null;
            size--;
        }
    }

    /** Wakes every entry interested in one of mask's bits (Poll.ANY wakes all); returns how many. */
    @Inline   // the test for nobody waiting in the caller: after most pipe reads and writes
    public int wake(int mask) {
        // Nobody registered: no call, no interrupt save. A waiter that registers right after
        // this test still sees the state change, which came before it: it tests readiness
        // after registering. FIXME(SMP): the two sides then need a full barrier between their
        // store and their load (the lock instructions of the pipe's mutex and of this list's
        // spinlock will give it).
        return head == null ? 0 : wakeListed(mask);
    }

    private int wakeListed(int mask) {
        boolean on = Irq.save();
        int n = 0;
        WaitEntry e = head;
        while (e != null) {
            WaitEntry next = e.next; // an entry may unregister itself while woken
            if ((e.interest & mask) != 0) {
                e.wake(mask);
                n++;
            }
            e = next;
        }
        Irq.restore(on);
        return n;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return head == null;
    }
}
