/*
 * The lock-and-condition pair behind this package's synchronizers and queues (CountDownLatch,
 * Semaphore, CyclicBarrier, the blocking queues, FutureTask): state changes under lock(),
 * waits in await/awaitUntil, which report interruption as InterruptedException.
 */
package java.util.concurrent;

import exo.rt.QueueLock;

final class Guard {
    final QueueLock lock = new QueueLock();
    private final QueueLock.Condition changed = lock.newCondition();

    void lock() {
        lock.lock();
    }

    void unlock() {
        lock.unlock();
    }

    /** Waits for signalAll (or spuriously); the lock is held before and after. */
    void await() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        changed.await(true, 0);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }

    /** Like await, until the System.nanoTime() deadline; false if it has passed. */
    boolean awaitUntil(long deadline) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (System.nanoTime() - deadline >= 0) {
            return false;
        }
        changed.await(true, deadline);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        return true;
    }

    void signalAll() {
        changed.signal(true);
    }

    static long deadline(long timeout, TimeUnit unit) {
        long nanos = unit.toNanos(timeout);
        return System.nanoTime() + Math.max(0, Math.min(nanos, Long.MAX_VALUE / 4));
    }
}
