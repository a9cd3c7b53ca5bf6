/*
 * The Condition of ReentrantLock and of ReentrantReadWriteLock's write lock, over
 * exo.rt.QueueLock's wait sets.
 */
package java.util.concurrent.locks;

import exo.rt.QueueLock;
import java.util.concurrent.TimeUnit;

final class ConditionImpl implements Condition {
    private final QueueLock.Condition wait;

    ConditionImpl(QueueLock lock) {
        wait = lock.newCondition();
    }

    private static void checkInterrupt() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }

    @Override
    public void await() throws InterruptedException {
        checkInterrupt();
        wait.await(true, 0);
        checkInterrupt();
    }

    @Override
    public void awaitUninterruptibly() {
        wait.await(false, 0);
    }

    @Override
    public long awaitNanos(long nanosTimeout) throws InterruptedException {
        checkInterrupt();
        long start = System.nanoTime();
        if (nanosTimeout > 0) {
            wait.await(true, start + nanosTimeout);
        }
        checkInterrupt();
        return nanosTimeout - (System.nanoTime() - start);
    }

    @Override
    public boolean await(long time, TimeUnit unit) throws InterruptedException {
        return awaitNanos(unit.toNanos(time)) > 0;
    }

    @Override
    public void signal() {
        wait.signal(false);
    }

    @Override
    public void signalAll() {
        wait.signal(true);
    }
}
