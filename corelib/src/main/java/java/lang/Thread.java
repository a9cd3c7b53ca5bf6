/*
 * java.lang.Thread for compiled programs: OS threads on the linux target (exo.rt.Threads,
 * linux_threads.c). Names, ids, daemon status, priorities (kept, not used by the scheduler),
 * interrupts, join, sleep, uncaught-exception handlers and thread locals behave as the JDK
 * documents them. No ThreadGroup objects: every thread is in the group "main", which
 * toString shows. Stack traces of other threads are empty.
 */
package java.lang;

import exo.rt.Threads;
import java.util.HashMap;

public class Thread implements Runnable {
    public static final int MIN_PRIORITY = 1;
    public static final int NORM_PRIORITY = 5;
    public static final int MAX_PRIORITY = 10;

    /** The states of getState(). */
    public enum State { NEW, RUNNABLE, BLOCKED, WAITING, TIMED_WAITING, TERMINATED }

    @FunctionalInterface
    public interface UncaughtExceptionHandler {
        void uncaughtException(Thread t, Throwable e);
    }

    private static int threadInitNumber;
    private static long threadSeqNumber = 1;
    private static volatile UncaughtExceptionHandler defaultHandler;

    private volatile String name;
    private final Runnable target;
    private final long tid;
    private final long stackSize;
    private int priority;
    private boolean daemon;
    private volatile int status;   // 0 new, 1 started, 2 terminated
    private volatile UncaughtExceptionHandler handler;
    /** Thread-local values (ThreadLocal), created on first use. */
    HashMap<ThreadLocal<?>, Object> threadLocals;
    HashMap<ThreadLocal<?>, Object> inheritableThreadLocals;

    // Runtime state, for exo.rt.Threads: public only so that exo.rt can reach it; programs
    // are compiled against the JDK and cannot see it.
    public volatile boolean vmInterrupted;
    public volatile long vmBlock;

    public Thread() {
        this(null, null, 0);
    }

    public Thread(Runnable target) {
        this(target, null, 0);
    }

    public Thread(Runnable target, String name) {
        this(target, checkName(name), 0);
    }

    public Thread(String name) {
        this(null, checkName(name), 0);
    }

    public Thread(ThreadGroup group, Runnable target) {
        this(target, null, 0);
    }

    public Thread(ThreadGroup group, Runnable target, String name) {
        this(target, checkName(name), 0);
    }

    public Thread(ThreadGroup group, Runnable target, String name, long stackSize) {
        this(target, checkName(name), stackSize);
    }

    public Thread(ThreadGroup group, String name) {
        this(null, checkName(name), 0);
    }

    private Thread(Runnable target, String name, long stackSize) {
        this(target, name, stackSize, currentThread());
    }

    private Thread(Runnable target, String name, long stackSize, Thread parent) {
        this.target = target;
        this.stackSize = stackSize;
        synchronized (Thread.class) {
            this.name = name != null ? name : "Thread-" + threadInitNumber++;
            this.tid = ++threadSeqNumber;
        }
        this.priority = parent == null ? NORM_PRIORITY : parent.priority;
        this.daemon = parent != null && parent.daemon;
        if (parent != null && parent.inheritableThreadLocals != null) {
            inheritableThreadLocals = new HashMap<>(parent.inheritableThreadLocals);
        }
    }

    private static String checkName(String name) {
        if (name == null) {
            throw new NullPointerException("'name' is null");
        }
        return name;
    }

    /** The main thread's object, made by exo.rt.Threads on first use. */
    public static Thread vmMainThread() {
        Thread t = new Thread(null, "main", 0, null);
        t.status = 1;
        return t;
    }

    public long vmStackSize() {
        return stackSize;
    }

    public void vmTerminated() {
        status = 2;
    }

    public static Thread currentThread() {
        return Threads.current();
    }

    public synchronized void start() {
        if (status != 0) {
            throw new IllegalThreadStateException();
        }
        status = 1;
        Threads.start(this);
    }

    @Override
    public void run() {
        if (target != null) {
            target.run();
        }
    }

    public final boolean isAlive() {
        return status == 1;
    }

    public State getState() {
        switch (status) {
            case 0: return State.NEW;
            case 2: return State.TERMINATED;
            default: return State.RUNNABLE;
        }
    }

    public final void join() throws InterruptedException {
        join(0);
    }

    public final synchronized void join(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (millis == 0) {
            while (isAlive()) {
                wait(0);
            }
            return;
        }
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (isAlive()) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return;
            }
            wait(left);
        }
    }

    public final void join(long millis, int nanos) throws InterruptedException {
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        join(millis + (nanos > 0 && millis < Long.MAX_VALUE ? 1 : 0));
    }

    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        Threads.sleep(millis * 1_000_000L);
    }

    public static void sleep(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        Threads.sleep(millis * 1_000_000L + nanos);
    }

    public static void yield() {
        Threads.yieldNow();
    }

    public static void onSpinWait() {
        exo.rt.Atomic.spinWait();
    }

    public void interrupt() {
        Threads.interrupt(this);
    }

    public static boolean interrupted() {
        Thread t = currentThread();
        boolean was = t.vmInterrupted;
        if (was) {
            t.vmInterrupted = false;
        }
        return was;
    }

    public boolean isInterrupted() {
        return vmInterrupted;
    }

    public final String getName() {
        return name;
    }

    public final synchronized void setName(String name) {
        this.name = checkName(name);
    }

    public long getId() {
        return tid;
    }

    public final boolean isDaemon() {
        return daemon;
    }

    public final void setDaemon(boolean on) {
        if (isAlive() || status == 2) {
            throw new IllegalThreadStateException();
        }
        daemon = on;
    }

    public final int getPriority() {
        return priority;
    }

    public final void setPriority(int newPriority) {
        if (newPriority > MAX_PRIORITY || newPriority < MIN_PRIORITY) {
            throw new IllegalArgumentException();
        }
        priority = newPriority;
    }

    public final ThreadGroup getThreadGroup() {
        return status == 2 ? null : ThreadGroup.MAIN;
    }

    public UncaughtExceptionHandler getUncaughtExceptionHandler() {
        UncaughtExceptionHandler h = handler;
        return h != null ? h : getThreadGroupHandler();
    }

    /** The JDK returns the thread's group when no handler is set; ours reports as it does. */
    public UncaughtExceptionHandler getThreadGroupHandler() {
        return status == 2 ? null : ThreadGroup.MAIN;
    }

    public void setUncaughtExceptionHandler(UncaughtExceptionHandler eh) {
        handler = eh;
    }

    public static void setDefaultUncaughtExceptionHandler(UncaughtExceptionHandler eh) {
        defaultHandler = eh;
    }

    public static UncaughtExceptionHandler getDefaultUncaughtExceptionHandler() {
        return defaultHandler;
    }

    public static boolean holdsLock(Object obj) {
        if (obj == null) {
            throw new NullPointerException();
        }
        return exo.rt.Monitors.holds(obj);
    }

    public StackTraceElement[] getStackTrace() {
        return new StackTraceElement[0];
    }

    public final void checkAccess() {
    }

    public static int activeCount() {
        return 1;
    }

    @Override
    public String toString() {
        ThreadGroup group = getThreadGroup();
        return group != null
                ? "Thread[" + getName() + "," + getPriority() + "," + group.getName() + "]"
                : "Thread[" + getName() + "," + getPriority() + "," + "" + "]";
    }
}
