/*
 * The reentrant mutual-exclusion lock, over exo.rt.QueueLock. The fair policy is accepted
 * and reported (isFair) but threads are served as by the non-fair one.
 */
package java.util.concurrent.locks;

import exo.rt.QueueLock;
import java.util.concurrent.TimeUnit;

public class ReentrantLock implements Lock, java.io.Serializable {
    private final QueueLock sync = new QueueLock();
    private final boolean fair;

    public ReentrantLock() {
        this(false);
    }

    public ReentrantLock(boolean fair) {
        this.fair = fair;
    }

    public void lock() {
        sync.lock();
    }

    public void lockInterruptibly() throws InterruptedException {
        sync.lockInterruptibly();
    }

    public boolean tryLock() {
        return sync.tryLock();
    }

    public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
        return sync.tryLock(unit.toNanos(timeout));
    }

    public void unlock() {
        sync.unlock();
    }

    public Condition newCondition() {
        return new ConditionImpl(sync);
    }

    public int getHoldCount() {
        return sync.holdCount();
    }

    public boolean isHeldByCurrentThread() {
        return sync.isHeldByCurrentThread();
    }

    public boolean isLocked() {
        return sync.isLocked();
    }

    public final boolean isFair() {
        return fair;
    }

    public final boolean hasQueuedThreads() {
        return sync.queueLength() > 0;
    }

    public final int getQueueLength() {
        return sync.queueLength();
    }

    protected Thread getOwner() {
        return sync.owner();
    }

    public String toString() {
        Thread o = sync.owner();
        return super.toString() + (o == null ? "[Unlocked]" : "[Locked by thread " + o.getName() + "]");
    }
}
