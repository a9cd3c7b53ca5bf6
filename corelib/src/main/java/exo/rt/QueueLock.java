/*
 * The lock beneath java.util.concurrent's locks, queues, pools and futures: reentrant,
 * owned by a Thread, with any number of conditions. Threads that must wait queue in
 * arrival order and sleep (park); releasing wakes the first, which then competes for the
 * lock (a newcomer may get it first: the non-fair policy of the JDK's default locks).
 * Interruptible and timed variants report interruption as the JDK does. Like Monitor, but
 * with Thread owners and several wait sets.
 */
package exo.rt;

public final class QueueLock {
    private volatile Thread owner;
    private int holds;
    private volatile int queueLock;
    private Node head;
    private Node tail;
    private int queued;

    /** A thread waiting for the lock or in a condition. */
    static final class Node {
        final Thread thread = Thread.currentThread();
        volatile boolean signalled;
        Node next;
    }

    public boolean tryLock() {
        Thread me = Thread.currentThread();
        if (owner == me) {
            holds++;
            return true;
        }
        return take(me);
    }

    private boolean take(Thread me) {
        if (owner == null && Atomic.compareAndSetRef(this, Atomic.fieldOffset(QueueLock.class, "owner"), null, me)) {
            holds = 1;
            return true;
        }
        return false;
    }

    public void lock() {
        acquire(false, -1);
    }

    public void lockInterruptibly() throws InterruptedException {
        if (!acquire(true, -1)) {
            Threads.takeInterrupt(Thread.currentThread());
            throw new InterruptedException();
        }
    }

    /** Waits up to nanos; false on time-out. */
    public boolean tryLock(long nanos) throws InterruptedException {
        if (tryLock()) {
            return true;
        }
        if (nanos <= 0) {
            return false;
        }
        Thread me = Thread.currentThread();
        if (Threads.takeInterrupt(me)) {
            throw new InterruptedException();
        }
        long deadline = VM.nanoTime() + nanos;
        boolean got = acquireUntil(me, true, deadline);
        if (!got && Threads.takeInterrupt(me)) {
            throw new InterruptedException();
        }
        return got;
    }

    /** false only if interruptible and interrupted (the flag is left for the caller). */
    boolean acquire(boolean interruptible, long unused) {
        Thread me = Thread.currentThread();
        if (owner == me) {
            holds++;
            return true;
        }
        for (int spins = 0; spins < 32; spins++) {
            if (take(me)) {
                return true;
            }
            Atomic.spinWait();
        }
        if (interruptible && Threads.takeInterrupt(me)) {
            return false;
        }
        return acquireUntil(me, interruptible, 0);
    }

    private boolean acquireUntil(Thread me, boolean interruptible, long deadline) {
        Node n = new Node();
        lockQueue();
        append(n);
        unlockQueue();
        boolean got;
        for (;;) {
            if (take(me)) {
                got = true;
                break;
            }
            if (interruptible && Threads.isInterrupted(me)) {
                got = false;
                break;
            }
            long left = deadline == 0 ? -1 : deadline - VM.nanoTime();
            if (deadline != 0 && left <= 0) {
                got = false;
                break;
            }
            // An interrupt ends an interruptible wait (Threads.park returns at once while
            // the flag is set); an uninterruptible one sleeps on, keeping the flag.
            if (interruptible) {
                Threads.park(left);
            } else {
                VM.park(left);
            }
        }
        lockQueue();
        remove(n);
        unlockQueue();
        return got;
    }

    public void unlock() {
        if (owner != Thread.currentThread()) {
            throw new IllegalMonitorStateException();
        }
        if (--holds > 0) {
            return;
        }
        owner = null;   // volatile store, a full fence before the queue is read
        lockQueue();
        Node first = head;
        unlockQueue();
        if (first != null) {
            Threads.unpark(first.thread);
        }
    }

    public boolean isHeldByCurrentThread() {
        return owner == Thread.currentThread();
    }

    public boolean isLocked() {
        return owner != null;
    }

    public Thread owner() {
        return owner;
    }

    public int holdCount() {
        return owner == Thread.currentThread() ? holds : 0;
    }

    public int queueLength() {
        return queued;
    }

    private void append(Node n) {
        if (tail == null) {
            head = n;
        } else {
            tail.next = n;
        }
        tail = n;
        queued++;
    }

    private void remove(Node n) {
        Node prev = null;
        for (Node x = head; x != null; prev = x, x = x.next) {
            if (x == n) {
                if (prev == null) {
                    head = x.next;
                } else {
                    prev.next = x.next;
                }
                if (tail == x) {
                    tail = prev;
                }
                queued--;
                return;
            }
        }
    }

    private void lockQueue() {
        long offset = Atomic.fieldOffset(QueueLock.class, "queueLock");
        while (!Atomic.compareAndSetInt(this, offset, 0, 1)) {
            Atomic.spinWait();
        }
    }

    private void unlockQueue() {
        queueLock = 0;
    }

    public Condition newCondition() {
        return new Condition(this);
    }

    /** A wait set of this lock (java.util.concurrent.locks.Condition's behaviour). */
    public static final class Condition {
        private final QueueLock lock;
        private Node head;
        private Node tail;

        Condition(QueueLock lock) {
            this.lock = lock;
        }

        /**
         * Releases the lock, waits for a signal, an interrupt (if interruptible) or the
         * deadline (0: none), takes the lock back; returns whether it was signalled. An
         * interrupt leaves the thread's flag set.
         */
        public boolean await(boolean interruptible, long deadline) {
            Thread me = Thread.currentThread();
            if (lock.owner != me) {
                throw new IllegalMonitorStateException();
            }
            Node n = new Node();
            lock.lockQueue();
            if (tail == null) {
                head = n;
            } else {
                tail.next = n;
            }
            tail = n;
            lock.unlockQueue();
            int saved = lock.holds;
            lock.holds = 1;
            lock.unlock();
            while (!n.signalled) {
                if (interruptible && Threads.isInterrupted(me)) {
                    break;
                }
                long left = deadline == 0 ? -1 : deadline - VM.nanoTime();
                if (deadline != 0 && left <= 0) {
                    break;
                }
                if (interruptible) {
                    Threads.park(left);
                } else {
                    VM.park(left);
                }
            }
            lock.lockQueue();
            boolean signalled = n.signalled;
            if (!signalled) {
                unlink(n);
            }
            lock.unlockQueue();
            lock.acquire(false, -1);
            lock.holds = saved;
            return signalled;
        }

        private void unlink(Node n) {
            Node prev = null;
            for (Node x = head; x != null; prev = x, x = x.next) {
                if (x == n) {
                    if (prev == null) {
                        head = x.next;
                    } else {
                        prev.next = x.next;
                    }
                    if (tail == x) {
                        tail = prev;
                    }
                    return;
                }
            }
        }

        public void signal(boolean all) {
            if (lock.owner != Thread.currentThread()) {
                throw new IllegalMonitorStateException();
            }
            do {
                lock.lockQueue();
                Node n = head;
                if (n != null) {
                    head = n.next;
                    if (head == null) {
                        tail = null;
                    }
                    n.signalled = true;
                }
                lock.unlockQueue();
                if (n == null) {
                    return;
                }
                Threads.unpark(n.thread);
            } while (all);
        }

        public boolean hasWaiters() {
            return head != null;
        }
    }
}
