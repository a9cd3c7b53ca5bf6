/*
 * Factories of executors and of callables. Thread names follow the JDK's default factory:
 * "pool-N-thread-M".
 */
package java.util.concurrent;

import java.util.concurrent.atomic.AtomicInteger;

public class Executors {
    private Executors() {}

    private static final AtomicInteger poolNumber = new AtomicInteger(1);

    public static ExecutorService newFixedThreadPool(int nThreads) {
        return new ThreadPoolExecutor(nThreads, nThreads, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<Runnable>());
    }

    public static ExecutorService newFixedThreadPool(int nThreads, ThreadFactory threadFactory) {
        return new ThreadPoolExecutor(nThreads, nThreads, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<Runnable>(), threadFactory);
    }

    public static ExecutorService newSingleThreadExecutor() {
        return newFixedThreadPool(1);
    }

    public static ExecutorService newSingleThreadExecutor(ThreadFactory threadFactory) {
        return newFixedThreadPool(1, threadFactory);
    }

    public static ExecutorService newCachedThreadPool() {
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60L, TimeUnit.SECONDS, new SynchronousHandOff());
    }

    public static ExecutorService newCachedThreadPool(ThreadFactory threadFactory) {
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60L, TimeUnit.SECONDS, new SynchronousHandOff(), threadFactory);
    }

    public static ExecutorService newWorkStealingPool() {
        return new ForkJoinPool();
    }

    public static ExecutorService newWorkStealingPool(int parallelism) {
        return new ForkJoinPool(parallelism);
    }

    public static ThreadFactory defaultThreadFactory() {
        int pool = poolNumber.getAndIncrement();
        AtomicInteger threadNumber = new AtomicInteger(1);
        return r -> {
            Thread t = new Thread(r, "pool-" + pool + "-thread-" + threadNumber.getAndIncrement());
            if (t.isDaemon()) {
                t.setDaemon(false);
            }
            if (t.getPriority() != Thread.NORM_PRIORITY) {
                t.setPriority(Thread.NORM_PRIORITY);
            }
            return t;
        };
    }

    public static <T> Callable<T> callable(Runnable task, T result) {
        if (task == null) {
            throw new NullPointerException();
        }
        return () -> {
            task.run();
            return result;
        };
    }

    public static Callable<Object> callable(Runnable task) {
        return callable(task, null);
    }

    /**
     * The cached pool's queue: a task is accepted only if an idle worker is waiting for one
     * (otherwise the pool starts a thread), as with the JDK's SynchronousQueue.
     */
    static final class SynchronousHandOff extends LinkedBlockingQueue<Runnable> {
        private int idle;

        @Override
        public boolean offer(Runnable r) {
            synchronized (this) {
                if (idle - size() <= 0) {
                    return false;
                }
            }
            return super.offer(r);
        }

        @Override
        public Runnable poll(long timeout, TimeUnit unit) throws InterruptedException {
            synchronized (this) {
                idle++;
            }
            try {
                return super.poll(timeout, unit);
            } finally {
                synchronized (this) {
                    idle--;
                }
            }
        }
    }
}
