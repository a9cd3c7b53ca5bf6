/*
 * A task for a ForkJoinPool: fork() queues it, join() waits for its result, running queued
 * tasks meanwhile (first the joined task itself if it is still queued). An exception thrown
 * by the computation is rethrown by join and invoke as it is, wrapped by get.
 */
package java.util.concurrent;

import java.util.Collection;
import java.util.List;

public abstract class ForkJoinTask<V> implements Future<V>, java.io.Serializable {
    private static final int NEW = 0, NORMAL = 1, EXCEPTIONAL = 2, CANCELLED = 3;
    private final Guard guard = new Guard();
    private volatile int status;
    private Throwable exception;
    volatile ForkJoinPool pool;

    public ForkJoinTask() {}

    public abstract V getRawResult();

    protected abstract void setRawResult(V value);

    protected abstract boolean exec();

    /** Runs the task here, once; records its end. */
    final void doExec() {
        if (status != NEW) {
            return;
        }
        try {
            if (exec()) {
                setDone(NORMAL, null);
            }
        } catch (Throwable t) {
            setDone(EXCEPTIONAL, t);
        }
    }

    private void setDone(int end, Throwable t) {
        guard.lock();
        try {
            if (status == NEW) {
                exception = t;
                status = end;
                guard.signalAll();
            }
        } finally {
            guard.unlock();
        }
    }

    public final ForkJoinTask<V> fork() {
        ForkJoinPool p = ForkJoinPool.poolOfCurrentThread();
        (p != null ? p : ForkJoinPool.commonPool()).push(this);
        return this;
    }

    public final V join() {
        awaitDone();
        return reportForJoin();
    }

    public final V invoke() {
        doExec();
        awaitDone();
        return reportForJoin();
    }

    /** Runs queued tasks (this one first, if still queued) until this one is done. */
    private void awaitDone() {
        ForkJoinPool p = pool;
        if (status == NEW && p != null && p.unqueue(this)) {
            doExec();
        }
        while (status == NEW) {
            ForkJoinTask<?> other = p == null ? null : p.pollForHelp();
            if (other != null) {
                other.doExec();
                continue;
            }
            guard.lock();
            try {
                while (status == NEW && (p == null || !p.hasQueued())) {
                    try {
                        guard.awaitUntil(System.nanoTime() + 1_000_000L);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            } finally {
                guard.unlock();
            }
        }
    }

    private V reportForJoin() {
        if (status == CANCELLED) {
            throw new CancellationException();
        }
        if (status == EXCEPTIONAL) {
            Throwable t = exception;
            if (t instanceof RuntimeException) {
                throw (RuntimeException) t;
            }
            if (t instanceof Error) {
                throw (Error) t;
            }
            throw new RuntimeException(t);
        }
        return getRawResult();
    }

    public static void invokeAll(ForkJoinTask<?> t1, ForkJoinTask<?> t2) {
        t2.fork();
        t1.invoke();
        t2.join();
    }

    public static void invokeAll(ForkJoinTask<?>... tasks) {
        for (int i = tasks.length - 1; i > 0; i--) {
            tasks[i].fork();
        }
        if (tasks.length > 0) {
            tasks[0].invoke();
        }
        for (int i = 1; i < tasks.length; i++) {
            tasks[i].join();
        }
    }

    public static <T extends ForkJoinTask<?>> Collection<T> invokeAll(Collection<T> tasks) {
        invokeAll(tasks.toArray(new ForkJoinTask<?>[0]));
        return tasks;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        setDone(CANCELLED, null);
        return status == CANCELLED;
    }

    @Override
    public final boolean isDone() {
        return status != NEW;
    }

    @Override
    public final boolean isCancelled() {
        return status == CANCELLED;
    }

    public final boolean isCompletedAbnormally() {
        return status >= EXCEPTIONAL;
    }

    public final boolean isCompletedNormally() {
        return status == NORMAL;
    }

    public final Throwable getException() {
        return status == CANCELLED ? new CancellationException() : exception;
    }

    public void complete(V value) {
        setRawResult(value);
        setDone(NORMAL, null);
    }

    public void completeExceptionally(Throwable ex) {
        setDone(EXCEPTIONAL, ex);
    }

    @Override
    public final V get() throws InterruptedException, ExecutionException {
        awaitDone();
        if (status == CANCELLED) {
            throw new CancellationException();
        }
        if (status == EXCEPTIONAL) {
            throw new ExecutionException(exception);
        }
        return getRawResult();
    }

    @Override
    public final V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = Guard.deadline(timeout, unit);
        guard.lock();
        try {
            while (status == NEW) {
                if (!guard.awaitUntil(deadline)) {
                    throw new TimeoutException();
                }
            }
        } finally {
            guard.unlock();
        }
        return get();
    }

    public static ForkJoinPool getPool() {
        return ForkJoinPool.poolOfCurrentThread();
    }

    public static boolean inForkJoinPool() {
        return ForkJoinPool.poolOfCurrentThread() != null;
    }

    public static <T> ForkJoinTask<T> adapt(Callable<? extends T> callable) {
        return new RecursiveTask<T>() {
            protected T compute() {
                try {
                    return callable.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            }
        };
    }

    public static ForkJoinTask<?> adapt(Runnable runnable) {
        return new RecursiveAction() {
            protected void compute() {
                runnable.run();
            }
        };
    }

    static List<ForkJoinTask<?>> none() {
        return List.of();
    }
}
