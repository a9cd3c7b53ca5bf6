/*
 * A pool of worker threads taking tasks from a queue: up to corePoolSize workers are started
 * as tasks arrive, and more (up to maximumPoolSize) when the queue refuses a task. Workers
 * beyond the core leave after keepAliveTime idle. shutdown lets the queue drain, shutdownNow
 * interrupts the workers and returns what was queued.
 */
package java.util.concurrent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

public class ThreadPoolExecutor extends AbstractExecutorService {
    private final Guard guard = new Guard();
    private final BlockingQueue<Runnable> workQueue;
    private final HashSet<Thread> workers = new HashSet<>();
    private volatile ThreadFactory threadFactory;
    private volatile int corePoolSize;
    private volatile int maximumPoolSize;
    private volatile long keepAliveNanos;
    private boolean shutdown;
    private long completedTasks;

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit, BlockingQueue<Runnable> workQueue) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, Executors.defaultThreadFactory());
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit, BlockingQueue<Runnable> workQueue,
            ThreadFactory threadFactory) {
        if (corePoolSize < 0 || maximumPoolSize <= 0 || maximumPoolSize < corePoolSize || keepAliveTime < 0) {
            throw new IllegalArgumentException();
        }
        if (workQueue == null || threadFactory == null) {
            throw new NullPointerException();
        }
        this.corePoolSize = corePoolSize;
        this.maximumPoolSize = maximumPoolSize;
        this.keepAliveNanos = unit.toNanos(keepAliveTime);
        this.workQueue = workQueue;
        this.threadFactory = threadFactory;
    }

    @Override
    public void execute(Runnable command) {
        if (command == null) {
            throw new NullPointerException();
        }
        guard.lock();
        try {
            if (shutdown) {
                throw new RejectedExecutionException("Task " + command + " rejected from " + this);
            }
            if (workers.size() < corePoolSize) {
                addWorker(command);
                return;
            }
            if (workQueue.offer(command)) {
                return;
            }
            if (workers.size() < maximumPoolSize) {
                addWorker(command);
                return;
            }
            throw new RejectedExecutionException("Task " + command + " rejected from " + this);
        } finally {
            guard.unlock();
        }
    }

    private void addWorker(Runnable first) {
        Runnable[] firstTask = {first};
        Thread[] self = new Thread[1];
        Thread t = threadFactory.newThread(() -> work(self[0], firstTask));
        self[0] = t;
        workers.add(t);
        t.start();
    }

    private void work(Thread me, Runnable[] firstTask) {
        Runnable task = firstTask[0];
        firstTask[0] = null;
        try {
            while (task != null || (task = next()) != null) {
                Thread.interrupted();   // an interrupt meant for an earlier task
                try {
                    task.run();
                } finally {
                    task = null;
                    guard.lock();
                    completedTasks++;
                    guard.unlock();
                }
            }
        } finally {
            guard.lock();
            workers.remove(me);
            guard.signalAll();
            guard.unlock();
        }
    }

    /** The next task, or null when this worker should end (shut down, or idle past its time). */
    private Runnable next() {
        for (;;) {
            boolean timed;
            guard.lock();
            try {
                if (shutdown && workQueue.isEmpty()) {
                    return null;
                }
                timed = workers.size() > corePoolSize;
            } finally {
                guard.unlock();
            }
            try {
                Runnable r = timed ? workQueue.poll(keepAliveNanos, TimeUnit.NANOSECONDS) : workQueue.poll(100, TimeUnit.MILLISECONDS);
                if (r != null) {
                    return r;
                }
                if (timed) {
                    return null;
                }
            } catch (InterruptedException e) {
                // shutdownNow, or a stray interrupt: look at the state again
            }
        }
    }

    @Override
    public void shutdown() {
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
        List<Runnable> left = new ArrayList<>();
        guard.lock();
        try {
            shutdown = true;
            workQueue.drainTo(left);
            for (Thread t : workers) {
                t.interrupt();
            }
        } finally {
            guard.unlock();
        }
        return left;
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
            return shutdown && workers.isEmpty() && workQueue.isEmpty();
        } finally {
            guard.unlock();
        }
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = Guard.deadline(timeout, unit);
        guard.lock();
        try {
            while (!(shutdown && workers.isEmpty())) {
                if (!guard.awaitUntil(deadline)) {
                    return false;
                }
            }
            return true;
        } finally {
            guard.unlock();
        }
    }

    public int getPoolSize() {
        guard.lock();
        try {
            return workers.size();
        } finally {
            guard.unlock();
        }
    }

    public int getCorePoolSize() {
        return corePoolSize;
    }

    public void setCorePoolSize(int corePoolSize) {
        this.corePoolSize = corePoolSize;
    }

    public int getMaximumPoolSize() {
        return maximumPoolSize;
    }

    public void setMaximumPoolSize(int maximumPoolSize) {
        this.maximumPoolSize = maximumPoolSize;
    }

    public BlockingQueue<Runnable> getQueue() {
        return workQueue;
    }

    public long getCompletedTaskCount() {
        guard.lock();
        try {
            return completedTasks;
        } finally {
            guard.unlock();
        }
    }

    public ThreadFactory getThreadFactory() {
        return threadFactory;
    }

    public void setThreadFactory(ThreadFactory threadFactory) {
        this.threadFactory = threadFactory;
    }
}
