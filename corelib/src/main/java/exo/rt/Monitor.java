/*
 * An inflated monitor (see Monitors): a lock that threads queue for and sleep on (park), a
 * recursion count, and the wait set of Object.wait. The queues are linked Waiter nodes
 * under a spin lock held only to link or unlink. Unlocking wakes the first queued thread,
 * which competes for the lock again (a thread arriving meanwhile may take it first, as with
 * HotSpot's monitors).
 */
package exo.rt;

final class Monitor {
    /** Thread id of the owner, 0 when free; count: how many times it entered. */
    volatile int owner;
    int count;
    /** The object's identity hash as its lock word held it (hash << 2 | 2), 0 if none yet. */
    volatile int hashWord;
    private volatile int queueLock;
    private Waiter entryHead;
    private Waiter entryTail;
    private Waiter waitHead;
    private Waiter waitTail;

    /** A thread waiting to enter, or in the wait set. */
    static final class Waiter {
        final long threadBlock;
        final Thread thread;
        volatile boolean signalled;
        Waiter next;

        Waiter(Thread thread) {
            this.threadBlock = Mem.threadBlock();
            this.thread = thread;
        }
    }

    void enter(int me) {
        if (owner == me) {
            count++;
            return;
        }
        for (int spins = 0; spins < 64; spins++) {
            if (tryTake(me)) {
                return;
            }
            Atomic.spinWait();
        }
        Waiter w = new Waiter(null);
        lockQueues();
        if (entryTail == null) {
            entryHead = w;
        } else {
            entryTail.next = w;
        }
        entryTail = w;
        unlockQueues();
        while (!tryTake(me)) {
            VM.park(-1);
        }
        lockQueues();
        unlink(w);
        unlockQueues();
    }

    private boolean tryTake(int me) {
        if (owner == 0 && Atomic.compareAndSetInt(this, Atomic.fieldOffset(Monitor.class, "owner"), 0, me)) {
            count = 1;
            return true;
        }
        return false;
    }

    void exit(int me) {
        if (owner != me) {
            throw new IllegalMonitorStateException();
        }
        if (--count > 0) {
            return;
        }
        owner = 0;   // volatile: a full fence, so the queue read below sees new waiters
        lockQueues();
        Waiter first = entryHead;
        unlockQueues();
        if (first != null) {
            VM.unpark(first.threadBlock);
        }
    }

    private void unlink(Waiter w) {
        Waiter prev = null;
        for (Waiter x = entryHead; x != null; prev = x, x = x.next) {
            if (x == w) {
                if (prev == null) {
                    entryHead = x.next;
                } else {
                    prev.next = x.next;
                }
                if (entryTail == x) {
                    entryTail = prev;
                }
                return;
            }
        }
    }

    /** Object.wait: release fully, sleep until notified, interrupted or timed out, re-enter. */
    void await(int me, long timeoutMillis) throws InterruptedException {
        Thread self = Thread.currentThread();
        if (Threads.takeInterrupt(self)) {
            throw new InterruptedException();
        }
        Waiter w = new Waiter(self);
        lockQueues();
        if (waitTail == null) {
            waitHead = w;
        } else {
            waitTail.next = w;
        }
        waitTail = w;
        unlockQueues();
        int saved = count;
        count = 1;
        exit(me);
        long deadline = timeoutMillis == 0 ? 0 : VM.nanoTime() + timeoutMillis * 1_000_000L;
        while (!w.signalled && !Threads.isInterrupted(self)) {
            long left = deadline == 0 ? -1 : deadline - VM.nanoTime();
            if (deadline != 0 && left <= 0) {
                break;
            }
            VM.park(left);
        }
        lockQueues();
        if (!w.signalled) {
            removeWaiter(w);
        }
        unlockQueues();
        enter(me);
        count = saved;
        if (Threads.takeInterrupt(self)) {
            throw new InterruptedException();
        }
    }

    private void removeWaiter(Waiter w) {
        Waiter prev = null;
        for (Waiter x = waitHead; x != null; prev = x, x = x.next) {
            if (x == w) {
                if (prev == null) {
                    waitHead = x.next;
                } else {
                    prev.next = x.next;
                }
                if (waitTail == x) {
                    waitTail = prev;
                }
                return;
            }
        }
    }

    /** notify (the longest waiting thread) or notifyAll. */
    void signal(boolean all) {
        do {
            lockQueues();
            Waiter w = waitHead;
            if (w != null) {
                waitHead = w.next;
                if (waitHead == null) {
                    waitTail = null;
                }
                w.signalled = true;
            }
            unlockQueues();
            if (w == null) {
                return;
            }
            VM.unpark(w.threadBlock);
        } while (all);
    }

    private void lockQueues() {
        long offset = Atomic.fieldOffset(Monitor.class, "queueLock");
        while (!Atomic.compareAndSetInt(this, offset, 0, 1)) {
            Atomic.spinWait();
        }
    }

    private void unlockQueues() {
        queueLock = 0;
    }
}
