/*
 * Threads wait until a count, set once, has been counted down to zero.
 */
package java.util.concurrent;

public class CountDownLatch {
    private final Guard guard = new Guard();
    private long count;

    public CountDownLatch(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count < 0");
        }
        this.count = count;
    }

    public void await() throws InterruptedException {
        guard.lock();
        try {
            while (count > 0) {
                guard.await();
            }
        } finally {
            guard.unlock();
        }
    }

    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = Guard.deadline(timeout, unit);
        guard.lock();
        try {
            while (count > 0) {
                if (!guard.awaitUntil(deadline)) {
                    return false;
                }
            }
            return true;
        } finally {
            guard.unlock();
        }
    }

    public void countDown() {
        guard.lock();
        try {
            if (count > 0 && --count == 0) {
                guard.signalAll();
            }
        } finally {
            guard.unlock();
        }
    }

    public long getCount() {
        guard.lock();
        try {
            return count;
        } finally {
            guard.unlock();
        }
    }

    public String toString() {
        return super.toString() + "[Count = " + getCount() + "]";
    }
}
