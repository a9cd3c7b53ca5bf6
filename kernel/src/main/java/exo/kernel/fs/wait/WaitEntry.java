/*
 * One registration on a WaitList: who to wake (a Waiter) and for which readiness bits. The
 * links are intrusive so that wake-ups, which may run in interrupt handlers (TTY input), never
 * allocate. Epoll overrides wake() to queue its item instead of waking a thread; a
 * ThreadWaiter's entry wakes its thread without going through Waiter.wake.
 */
package exo.kernel.fs.wait;

public class WaitEntry {
    private final Waiter waiter;
    /** Readiness bits this entry cares about; a wake-up with none of them passes it by. Set
     *  only while the entry is on no list (ThreadWaiter reuses its entry for each wait). */
    int interest;
    WaitEntry next;
    WaitEntry prev;
    WaitList list;

    public WaitEntry(Waiter waiter, int interest) {
        this.waiter = waiter;
        this.interest = interest;
    }

    /** Called by WaitList.wake with interrupts off; must not allocate or block. */
    public void wake(int mask) {
        waiter.wake();
    }

    public int interest() {
        return interest;
    }

    public boolean isQueued() {
        return list != null;
    }
}
