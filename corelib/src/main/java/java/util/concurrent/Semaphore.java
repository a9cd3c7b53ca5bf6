/*
 * Permits: acquire waits until enough are available, release adds them. The fair policy is
 * accepted and reported but waiting threads are served as by the non-fair one.
 */
package java.util.concurrent;

public class Semaphore implements java.io.Serializable {
    private final Guard guard = new Guard();
    private final boolean fair;
    private int permits;

    public Semaphore(int permits) {
        this(permits, false);
    }

    public Semaphore(int permits, boolean fair) {
        this.permits = permits;
        this.fair = fair;
    }

    public void acquire() throws InterruptedException {
        acquire(1);
    }

    public void acquire(int n) throws InterruptedException {
        if (n < 0) {
            throw new IllegalArgumentException();
        }
        guard.lock();
        try {
            while (permits < n) {
                guard.await();
            }
            permits -= n;
        } finally {
            guard.unlock();
        }
    }

    public void acquireUninterruptibly() {
        acquireUninterruptibly(1);
    }

    public void acquireUninterruptibly(int n) {
        boolean interrupted = false;
        for (;;) {
            try {
                acquire(n);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean tryAcquire() {
        return tryAcquire(1);
    }

    public boolean tryAcquire(int n) {
        if (n < 0) {
            throw new IllegalArgumentException();
        }
        guard.lock();
        try {
            if (permits < n) {
                return false;
            }
            permits -= n;
            return true;
        } finally {
            guard.unlock();
        }
    }

    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        return tryAcquire(1, timeout, unit);
    }

    public boolean tryAcquire(int n, long timeout, TimeUnit unit) throws InterruptedException {
        if (n < 0) {
            throw new IllegalArgumentException();
        }
        long deadline = Guard.deadline(timeout, unit);
        guard.lock();
        try {
            while (permits < n) {
                if (!guard.awaitUntil(deadline)) {
                    return false;
                }
            }
            permits -= n;
            return true;
        } finally {
            guard.unlock();
        }
    }

    public void release() {
        release(1);
    }

    public void release(int n) {
        if (n < 0) {
            throw new IllegalArgumentException();
        }
        guard.lock();
        try {
            permits += n;
            guard.signalAll();
        } finally {
            guard.unlock();
        }
    }

    public int availablePermits() {
        guard.lock();
        try {
            return permits;
        } finally {
            guard.unlock();
        }
    }

    public int drainPermits() {
        guard.lock();
        try {
            int n = permits;
            permits = 0;
            return n;
        } finally {
            guard.unlock();
        }
    }

    public boolean isFair() {
        return fair;
    }

    public String toString() {
        return super.toString() + "[Permits = " + availablePermits() + "]";
    }
}
