/*
 * Readers share, a writer excludes everyone; both are reentrant, a writer may also take the
 * read lock (downgrading), a reader may not take the write lock (it would wait forever, as in
 * the JDK). Kept as counts under an exo.rt.QueueLock with one condition.
 */
package java.util.concurrent.locks;

import exo.rt.QueueLock;
import java.util.HashMap;
import java.util.concurrent.TimeUnit;

public class ReentrantReadWriteLock implements ReadWriteLock, java.io.Serializable {
    private final QueueLock state = new QueueLock();
    private final QueueLock.Condition changed = state.newCondition();
    private final boolean fair;
    private Thread writer;
    private int writeHolds;
    private int readers;
    private final HashMap<Thread, Integer> readHolds = new HashMap<>();
    private final ReadLock readerLock = new ReadLock(this);
    private final WriteLock writerLock = new WriteLock(this);

    public ReentrantReadWriteLock() {
        this(false);
    }

    public ReentrantReadWriteLock(boolean fair) {
        this.fair = fair;
    }

    public ReentrantReadWriteLock.WriteLock writeLock() {
        return writerLock;
    }

    public ReentrantReadWriteLock.ReadLock readLock() {
        return readerLock;
    }

    public final boolean isFair() {
        return fair;
    }

    public int getReadLockCount() {
        state.lock();
        try {
            return readers;
        } finally {
            state.unlock();
        }
    }

    public boolean isWriteLocked() {
        return writer != null;
    }

    public boolean isWriteLockedByCurrentThread() {
        return writer == Thread.currentThread();
    }

    public int getWriteHoldCount() {
        return writer == Thread.currentThread() ? writeHolds : 0;
    }

    public int getReadHoldCount() {
        state.lock();
        try {
            Integer n = readHolds.get(Thread.currentThread());
            return n == null ? 0 : n;
        } finally {
            state.unlock();
        }
    }

    /** Waits until ok() holds (for a write: no writer but me, no readers; for a read: no writer but me). */
    private boolean acquire(boolean write, boolean interruptible, long deadline) throws InterruptedException {
        Thread me = Thread.currentThread();
        state.lock();
        try {
            while (write ? (writer != null && writer != me) || readers > 0 && writer != me : writer != null && writer != me) {
                if (interruptible && Thread.interrupted()) {
                    throw new InterruptedException();
                }
                if (deadline != 0 && System.nanoTime() >= deadline) {
                    return false;
                }
                changed.await(interruptible, deadline);
            }
            if (interruptible && Thread.interrupted()) {
                throw new InterruptedException();
            }
            if (write) {
                writer = me;
                writeHolds++;
            } else {
                readers++;
                readHolds.merge(me, 1, Integer::sum);
            }
            return true;
        } finally {
            state.unlock();
        }
    }

    private void release(boolean write) {
        Thread me = Thread.currentThread();
        state.lock();
        try {
            if (write) {
                if (writer != me) {
                    throw new IllegalMonitorStateException();
                }
                if (--writeHolds == 0) {
                    writer = null;
                }
            } else {
                Integer n = readHolds.get(me);
                if (n == null) {
                    throw new IllegalMonitorStateException("attempt to unlock read lock, not locked by current thread");
                }
                if (n == 1) {
                    readHolds.remove(me);
                } else {
                    readHolds.put(me, n - 1);
                }
                readers--;
            }
            changed.signal(true);
        } finally {
            state.unlock();
        }
    }

    private boolean uninterruptibly(boolean write) {
        try {
            return acquire(write, false, 0);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    public static class ReadLock implements Lock, java.io.Serializable {
        private final ReentrantReadWriteLock lock;

        protected ReadLock(ReentrantReadWriteLock lock) {
            this.lock = lock;
        }

        public void lock() {
            lock.uninterruptibly(false);
        }

        public void lockInterruptibly() throws InterruptedException {
            lock.acquire(false, true, 0);
        }

        public boolean tryLock() {
            try {
                return lock.acquire(false, false, System.nanoTime());
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }

        public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
            return lock.acquire(false, true, System.nanoTime() + Math.max(1, unit.toNanos(timeout)));
        }

        public void unlock() {
            lock.release(false);
        }

        public Condition newCondition() {
            throw new UnsupportedOperationException();
        }
    }

    public static class WriteLock implements Lock, java.io.Serializable {
        private final ReentrantReadWriteLock lock;

        protected WriteLock(ReentrantReadWriteLock lock) {
            this.lock = lock;
        }

        public void lock() {
            lock.uninterruptibly(true);
        }

        public void lockInterruptibly() throws InterruptedException {
            lock.acquire(true, true, 0);
        }

        public boolean tryLock() {
            try {
                return lock.acquire(true, false, System.nanoTime());
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }

        public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
            return lock.acquire(true, true, System.nanoTime() + Math.max(1, unit.toNanos(timeout)));
        }

        public void unlock() {
            lock.release(true);
        }

        public Condition newCondition() {
            throw new UnsupportedOperationException("exoc: conditions of a write lock are not supported");
        }

        public boolean isHeldByCurrentThread() {
            return lock.isWriteLockedByCurrentThread();
        }

        public int getHoldCount() {
            return lock.getWriteHoldCount();
        }
    }
}
