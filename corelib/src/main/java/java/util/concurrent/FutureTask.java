/*
 * A cancellable computation whose result get() waits for: the executors' futures.
 */
package java.util.concurrent;

public class FutureTask<V> implements RunnableFuture<V> {
    private static final int NEW = 0, RUNNING = 1, DONE = 2, FAILED = 3, CANCELLED = 4;
    private final Guard guard = new Guard();
    private Callable<V> callable;
    private int state;
    private V result;
    private Throwable failure;
    private Thread runner;

    public FutureTask(Callable<V> callable) {
        if (callable == null) {
            throw new NullPointerException();
        }
        this.callable = callable;
    }

    public FutureTask(Runnable runnable, V result) {
        this(Executors.callable(runnable, result));
    }

    @Override
    public void run() {
        guard.lock();
        try {
            if (state != NEW) {
                return;
            }
            state = RUNNING;
            runner = Thread.currentThread();
        } finally {
            guard.unlock();
        }
        V v = null;
        Throwable t = null;
        try {
            v = callable.call();
        } catch (Throwable e) {
            t = e;
        }
        if (t == null) {
            set(v);
        } else {
            setException(t);
        }
    }

    protected void set(V v) {
        finish(DONE, v, null);
    }

    protected void setException(Throwable t) {
        finish(FAILED, null, t);
    }

    private void finish(int end, V v, Throwable t) {
        guard.lock();
        try {
            if (state > RUNNING) {
                return;
            }
            state = end;
            result = v;
            failure = t;
            runner = null;
            callable = null;
            guard.signalAll();
        } finally {
            guard.unlock();
        }
        done();
    }

    protected void done() {
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        Thread r;
        guard.lock();
        try {
            if (state > RUNNING) {
                return false;
            }
            r = runner;
            state = CANCELLED;
            guard.signalAll();
        } finally {
            guard.unlock();
        }
        if (mayInterruptIfRunning && r != null) {
            r.interrupt();
        }
        done();
        return true;
    }

    @Override
    public boolean isCancelled() {
        guard.lock();
        try {
            return state == CANCELLED;
        } finally {
            guard.unlock();
        }
    }

    @Override
    public boolean isDone() {
        guard.lock();
        try {
            return state > RUNNING;
        } finally {
            guard.unlock();
        }
    }

    @Override
    public V get() throws InterruptedException, ExecutionException {
        guard.lock();
        try {
            while (state <= RUNNING) {
                guard.await();
            }
            return report();
        } finally {
            guard.unlock();
        }
    }

    @Override
    public V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = Guard.deadline(timeout, unit);
        guard.lock();
        try {
            while (state <= RUNNING) {
                if (!guard.awaitUntil(deadline)) {
                    throw new TimeoutException();
                }
            }
            return report();
        } finally {
            guard.unlock();
        }
    }

    private V report() throws ExecutionException {
        if (state == CANCELLED) {
            throw new CancellationException();
        }
        if (state == FAILED) {
            throw new ExecutionException(failure);
        }
        return result;
    }

    public String toString() {
        String status;
        guard.lock();
        try {
            status = state == DONE ? "[Completed normally]" : state == FAILED ? "[Completed exceptionally: " + failure + "]"
                    : state == CANCELLED ? "[Cancelled]" : "[Not completed]";
        } finally {
            guard.unlock();
        }
        return super.toString() + status;
    }
}
