/*
 * A Future completed explicitly or by an asynchronous task, with dependent stages run when
 * it completes (in the completing thread, or at once if it is already complete). The async
 * methods run on the common ForkJoinPool, or on a new thread per task when that pool has
 * only one worker, as the JDK does. A stage whose source failed fails with the source's
 * exception wrapped in a CompletionException; join throws that, get an ExecutionException.
 */
package java.util.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

public class CompletableFuture<T> implements Future<T>, CompletionStage<T> {
    private final Guard guard = new Guard();
    private boolean done;
    private T value;
    private Throwable failure;   // as stored: wrapped in CompletionException for dependents
    private List<Runnable> dependents = new ArrayList<>();

    public CompletableFuture() {}

    private static Executor defaultExecutor() {
        return ForkJoinPool.getCommonPoolParallelism() > 1 ? ForkJoinPool.commonPool() : r -> new Thread(r).start();
    }

    public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier) {
        return supplyAsync(supplier, defaultExecutor());
    }

    public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier, Executor executor) {
        CompletableFuture<U> f = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                f.complete(supplier.get());
            } catch (Throwable t) {
                f.fail(wrap(t));
            }
        });
        return f;
    }

    public static CompletableFuture<Void> runAsync(Runnable runnable) {
        return runAsync(runnable, defaultExecutor());
    }

    public static CompletableFuture<Void> runAsync(Runnable runnable, Executor executor) {
        return supplyAsync(() -> {
            runnable.run();
            return null;
        }, executor);
    }

    public static <U> CompletableFuture<U> completedFuture(U value) {
        CompletableFuture<U> f = new CompletableFuture<>();
        f.complete(value);
        return f;
    }

    public static <U> CompletableFuture<U> failedFuture(Throwable ex) {
        CompletableFuture<U> f = new CompletableFuture<>();
        f.completeExceptionally(ex);
        return f;
    }

    private static CompletionException wrap(Throwable t) {
        return t instanceof CompletionException ? (CompletionException) t : new CompletionException(t);
    }

    public boolean complete(T v) {
        return finish(v, null);
    }

    public boolean completeExceptionally(Throwable ex) {
        if (ex == null) {
            throw new NullPointerException();
        }
        return finish(null, ex);
    }

    private boolean fail(Throwable ex) {
        return finish(null, ex);
    }

    private boolean finish(T v, Throwable ex) {
        List<Runnable> run;
        guard.lock();
        try {
            if (done) {
                return false;
            }
            done = true;
            value = v;
            failure = ex;
            run = dependents;
            dependents = null;
            guard.signalAll();
        } finally {
            guard.unlock();
        }
        for (Runnable r : run) {
            r.run();
        }
        return true;
    }

    /** Runs r when this completes (now, if it has). */
    private void onDone(Runnable r) {
        guard.lock();
        try {
            if (!done) {
                dependents.add(r);
                return;
            }
        } finally {
            guard.unlock();
        }
        r.run();
    }

    /** The cause seen by handlers: the original exception, unwrapped from CompletionException. */
    private Throwable cause() {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    public <U> CompletableFuture<U> thenApply(Function<? super T, ? extends U> fn) {
        CompletableFuture<U> f = new CompletableFuture<>();
        onDone(() -> {
            if (failure != null) {
                f.fail(wrap(failure));
                return;
            }
            try {
                f.complete(fn.apply(value));
            } catch (Throwable t) {
                f.fail(wrap(t));
            }
        });
        return f;
    }

    public <U> CompletableFuture<U> thenApplyAsync(Function<? super T, ? extends U> fn) {
        CompletableFuture<U> f = new CompletableFuture<>();
        onDone(() -> defaultExecutor().execute(() -> {
            if (failure != null) {
                f.fail(wrap(failure));
                return;
            }
            try {
                f.complete(fn.apply(value));
            } catch (Throwable t) {
                f.fail(wrap(t));
            }
        }));
        return f;
    }

    public CompletableFuture<Void> thenAccept(Consumer<? super T> action) {
        return thenApply(v -> {
            action.accept(v);
            return null;
        });
    }

    public CompletableFuture<Void> thenRun(Runnable action) {
        return thenApply(v -> {
            action.run();
            return null;
        });
    }

    public <U, V> CompletableFuture<V> thenCombine(CompletionStage<? extends U> other, BiFunction<? super T, ? super U, ? extends V> fn) {
        CompletableFuture<? extends U> o = other.toCompletableFuture();
        return thenCompose(a -> o.thenApply(b -> fn.apply(a, b)));
    }

    public <U> CompletableFuture<U> thenCompose(Function<? super T, ? extends CompletionStage<U>> fn) {
        CompletableFuture<U> f = new CompletableFuture<>();
        onDone(() -> {
            if (failure != null) {
                f.fail(wrap(failure));
                return;
            }
            try {
                CompletableFuture<U> next = fn.apply(value).toCompletableFuture();
                next.onDone(() -> f.finish(next.value, next.failure == null ? null : wrap(next.failure)));
            } catch (Throwable t) {
                f.fail(wrap(t));
            }
        });
        return f;
    }

    public CompletableFuture<T> exceptionally(Function<Throwable, ? extends T> fn) {
        CompletableFuture<T> f = new CompletableFuture<>();
        onDone(() -> {
            if (failure == null) {
                f.complete(value);
                return;
            }
            try {
                f.complete(fn.apply(failure));
            } catch (Throwable t) {
                f.fail(wrap(t));
            }
        });
        return f;
    }

    public <U> CompletableFuture<U> handle(BiFunction<? super T, Throwable, ? extends U> fn) {
        CompletableFuture<U> f = new CompletableFuture<>();
        onDone(() -> {
            try {
                f.complete(fn.apply(value, failure));
            } catch (Throwable t) {
                f.fail(wrap(t));
            }
        });
        return f;
    }

    public CompletableFuture<T> whenComplete(BiConsumer<? super T, ? super Throwable> action) {
        CompletableFuture<T> f = new CompletableFuture<>();
        onDone(() -> {
            try {
                action.accept(value, failure);
            } catch (Throwable t) {
                f.fail(failure != null ? failure : wrap(t));
                return;
            }
            f.finish(value, failure);
        });
        return f;
    }

    public CompletableFuture<T> toCompletableFuture() {
        return this;
    }

    public static CompletableFuture<Void> allOf(CompletableFuture<?>... cfs) {
        CompletableFuture<Void> all = new CompletableFuture<>();
        int[] left = {cfs.length};
        Throwable[] first = {null};
        if (cfs.length == 0) {
            all.complete(null);
        }
        for (CompletableFuture<?> c : cfs) {
            c.onDone(() -> {
                boolean last;
                synchronized (left) {
                    if (c.failure != null && first[0] == null) {
                        first[0] = c.failure;
                    }
                    last = --left[0] == 0;
                }
                if (last) {
                    all.finish(null, first[0] == null ? null : wrap(first[0]));
                }
            });
        }
        return all;
    }

    public static CompletableFuture<Object> anyOf(CompletableFuture<?>... cfs) {
        CompletableFuture<Object> any = new CompletableFuture<>();
        for (CompletableFuture<?> c : cfs) {
            c.onDone(() -> any.finish(c.value, c.failure == null ? null : wrap(c.failure)));
        }
        return any;
    }

    private void waitDone() throws InterruptedException {
        guard.lock();
        try {
            while (!done) {
                guard.await();
            }
        } finally {
            guard.unlock();
        }
    }

    public T join() {
        boolean interrupted = false;
        for (;;) {
            try {
                waitDone();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure instanceof CancellationException) {
            throw (CancellationException) failure;
        }
        if (failure != null) {
            throw wrap(failure);
        }
        return value;
    }

    public T get() throws InterruptedException, ExecutionException {
        waitDone();
        return reportGet();
    }

    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = Guard.deadline(timeout, unit);
        guard.lock();
        try {
            while (!done) {
                if (!guard.awaitUntil(deadline)) {
                    throw new TimeoutException();
                }
            }
        } finally {
            guard.unlock();
        }
        return reportGet();
    }

    private T reportGet() throws ExecutionException {
        if (failure instanceof CancellationException) {
            throw (CancellationException) failure;
        }
        if (failure != null) {
            throw new ExecutionException(cause());
        }
        return value;
    }

    public T getNow(T valueIfAbsent) {
        guard.lock();
        try {
            if (!done) {
                return valueIfAbsent;
            }
        } finally {
            guard.unlock();
        }
        return join();
    }

    public boolean isDone() {
        guard.lock();
        try {
            return done;
        } finally {
            guard.unlock();
        }
    }

    public boolean isCompletedExceptionally() {
        guard.lock();
        try {
            return done && failure != null;
        } finally {
            guard.unlock();
        }
    }

    public boolean cancel(boolean mayInterruptIfRunning) {
        return finish(null, new CancellationException()) || isCancelled();
    }

    public boolean isCancelled() {
        guard.lock();
        try {
            return done && failure instanceof CancellationException;
        } finally {
            guard.unlock();
        }
    }

    public String toString() {
        String status;
        guard.lock();
        try {
            status = !done ? "[Incomplete]" : failure == null ? "[Completed normally]" : "[Completed exceptionally: " + failure + "]";
        } finally {
            guard.unlock();
        }
        return super.toString() + status;
    }
}
