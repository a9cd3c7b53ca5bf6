/*
 * A pool of daemon worker threads running ForkJoinTasks from one shared deque: fork pushes
 * at the front and workers take from the front, so a worker goes on with the newest (most
 * recently split, smallest) task, as work stealing does; a joining thread runs queued tasks
 * instead of sleeping. Plain Runnables and Callables submitted to the pool are wrapped as
 * tasks. The common pool has availableProcessors() - 1 workers (at least one), as in the JDK.
 */
package java.util.concurrent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

public class ForkJoinPool extends AbstractExecutorService {
    private static final Object commonLock = new Object();
    private static volatile ForkJoinPool common;
    private static int poolIds;
    private static final ThreadLocal<ForkJoinPool> workerPool = new ThreadLocal<>();

    private final Guard guard = new Guard();
    private final ArrayDeque<ForkJoinTask<?>> deque = new ArrayDeque<>();
    private final List<Thread> workers = new ArrayList<>();
    private final int parallelism;
    private boolean shutdown;
    private int running;

    public ForkJoinPool() {
        this(Math.max(1, exo.rt.VM.availableProcessors()));
    }

    public ForkJoinPool(int parallelism) {
        this(parallelism, "ForkJoinPool-" + nextPoolId() + "-worker-");
    }

    private ForkJoinPool(int parallelism, String namePrefix) {
        if (parallelism <= 0) {
            throw new IllegalArgumentException();
        }
        this.parallelism = parallelism;
        for (int i = 1; i <= parallelism; i++) {
            Thread t = new Thread(this::work, namePrefix + i);
            t.setDaemon(true);
            workers.add(t);
            running++;
            t.start();
        }
    }

    private static synchronized int nextPoolId() {
        return ++poolIds;
    }

    public static ForkJoinPool commonPool() {
        ForkJoinPool p = common;
        if (p == null) {
            synchronized (commonLock) {
                p = common;
                if (p == null) {
                    p = new ForkJoinPool(getCommonPoolParallelism(), "ForkJoinPool.commonPool-worker-");
                    common = p;
                }
            }
        }
        return p;
    }

    public static int getCommonPoolParallelism() {
        return Math.max(1, exo.rt.VM.availableProcessors() - 1);
    }

    static ForkJoinPool poolOfCurrentThread() {
        return workerPool.get();
    }

    public int getParallelism() {
        return parallelism;
    }

    private void work() {
        workerPool.set(this);
        for (;;) {
            ForkJoinTask<?> t;
            guard.lock();
            try {
                while ((t = deque.pollFirst()) == null) {
                    if (shutdown) {
                        running--;
                        guard.signalAll();
                        return;
                    }
                    try {
                        guard.await();
                    } catch (InterruptedException e) {
                        // a worker ends only at shutdown
                    }
                }
            } finally {
                guard.unlock();
            }
            t.doExec();
        }
    }

    void push(ForkJoinTask<?> t) {
        t.pool = this;
        guard.lock();
        try {
            if (shutdown) {
                throw new RejectedExecutionException();
            }
            deque.addFirst(t);
            guard.signalAll();
        } finally {
            guard.unlock();
        }
    }

    /** Takes t out of the queue if it is still there (its joiner then runs it). */
    boolean unqueue(ForkJoinTask<?> t) {
        guard.lock();
        try {
            return deque.removeFirstOccurrence(t);
        } finally {
            guard.unlock();
        }
    }

    ForkJoinTask<?> pollForHelp() {
        guard.lock();
        try {
            return deque.pollFirst();
        } finally {
            guard.unlock();
        }
    }

    boolean hasQueued() {
        guard.lock();
        try {
            return !deque.isEmpty();
        } finally {
            guard.unlock();
        }
    }

    public <T> T invoke(ForkJoinTask<T> task) {
        if (poolOfCurrentThread() == this) {
            return task.invoke();
        }
        push(task);
        return task.join();
    }

    public void execute(ForkJoinTask<?> task) {
        push(task);
    }

    @Override
    public void execute(Runnable task) {
        push(task instanceof ForkJoinTask ? (ForkJoinTask<?>) task : ForkJoinTask.adapt(task));
    }

    public <T> ForkJoinTask<T> submit(ForkJoinTask<T> task) {
        push(task);
        return task;
    }

    @Override
    public <T> ForkJoinTask<T> submit(Callable<T> task) {
        ForkJoinTask<T> t = ForkJoinTask.adapt(task);
        push(t);
        return t;
    }

    @Override
    public ForkJoinTask<?> submit(Runnable task) {
        ForkJoinTask<?> t = ForkJoinTask.adapt(task);
        push(t);
        return t;
    }

    @Override
    public void shutdown() {
        if (this == common) {
            return;   // the common pool is never shut down
        }
        guard.lock();
        try {
            shutdown = true;
            guard.signalAll();
        } finally {
            guard.unlock();
        }
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown();
        guard.lock();
        try {
            deque.clear();
        } finally {
            guard.unlock();
        }
        return new ArrayList<>();
    }

    @Override
    public boolean isShutdown() {
        guard.lock();
        try {
            return shutdown;
        } finally {
            guard.unlock();
        }
    }

    @Override
    public boolean isTerminated() {
        guard.lock();
        try {
            return shutdown && running == 0;
        } finally {
            guard.unlock();
        }
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = Guard.deadline(timeout, unit);
        guard.lock();
        try {
            while (!(shutdown && running == 0)) {
                if (!guard.awaitUntil(deadline)) {
                    return false;
                }
            }
            return true;
        } finally {
            guard.unlock();
        }
    }

    public boolean awaitQuiescence(long timeout, TimeUnit unit) {
        long deadline = Guard.deadline(timeout, unit);
        while (hasQueued() && System.nanoTime() < deadline) {
            ForkJoinTask<?> t = pollForHelp();
            if (t != null) {
                t.doExec();
            }
        }
        return !hasQueued();
    }
}
