/*
 * The Java side of threads on the linux target, beneath java.lang.Thread: starting one
 * (VM.startThread, linux_threads.c), a new thread's first Java frame (run: the Thread's run
 * method, the uncaught-exception report, the end that join waits for), the current Thread,
 * interrupts, sleep, and the JVM's rule for the end of the program: it ends when main has
 * returned and no non-daemon thread is left (or at System.exit).
 */
package exo.rt;

public final class Threads {
    private Threads() {}

    /** Stack of a thread started without a size (the JDK's default on x86_64 Linux is 1 MiB). */
    static final long DEFAULT_STACK_BYTES = 1L << 20;
    private static final Object lock = new Object();
    private static int nonDaemonRunning;
    private static Thread mainThread;

    /** Thread.start: the OS thread, or OutOfMemoryError as on the JVM. */
    public static void start(Thread t) {
        synchronized (lock) {
            if (!t.isDaemon()) {
                nonDaemonRunning++;
            }
            if (nonDaemonRunning == 1 && mainThread == null) {
                current();   // the main Thread object exists before another thread can ask
            }
        }
        Runtime.beforeExit = Threads::awaitNonDaemonThreads;
        long stack = t.vmStackSize() > 0 ? t.vmStackSize() : DEFAULT_STACK_BYTES;
        long block = VM.startThread(t, stack);
        if (block == 0) {
            finished(t);
            throw new OutOfMemoryError("unable to create native thread: possibly out of memory or process/resource limits reached");
        }
        t.vmBlock = block;
    }

    /** The first Java frame of a new thread (exo_thread_main). */
    public static void run(Thread t) {
        t.vmBlock = Mem.threadBlock();
        try {
            t.run();
        } catch (Throwable e) {
            uncaught(t, e);
        }
        finished(t);
    }

    /** The handler of t, the default one, or the JVM's report on stderr. */
    private static void uncaught(Thread t, Throwable e) {
        // The trace ends at the frame that caught e, this one; the JVM's ends at Thread.run.
        int n = e.vmTraceLen;
        if (n >= 2 && "exo.rt.Threads".equals(VM.methodClass(e.vmTrace[n - 2]))) {
            e.vmTraceLen = n - 2;
        }
        try {
            Thread.UncaughtExceptionHandler h = t.getUncaughtExceptionHandler();
            if (h != null && h != t.getThreadGroupHandler()) {
                h.uncaughtException(t, e);
            } else if (Thread.getDefaultUncaughtExceptionHandler() != null) {
                Thread.getDefaultUncaughtExceptionHandler().uncaughtException(t, e);
            } else {
                report(t.getName(), e);
            }
        } catch (Throwable ignored) {
            // As on the JVM, an exception thrown by the handler is ignored.
        }
    }

    /** "Exception in thread "NAME" " and the trace, as the JVM's default handler prints it. */
    public static void report(String name, Throwable e) {
        synchronized (System.err) {
            System.err.print("Exception in thread \"" + name + "\" ");
            e.printStackTrace(System.err);
        }
    }

    private static void finished(Thread t) {
        synchronized (t) {
            t.vmTerminated();
            t.notifyAll();
        }
        if (!t.isDaemon()) {
            synchronized (lock) {
                nonDaemonRunning--;
                lock.notifyAll();
            }
        }
    }

    /** The end of main: the program lives on while non-daemon threads run (DestroyJavaVM). */
    static void awaitNonDaemonThreads() {
        synchronized (lock) {
            while (nonDaemonRunning > 0) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    // keep waiting: only the threads' ends matter here
                }
            }
        }
    }

    /** Thread.currentThread(): from the runtime block; main's Thread is made on first use. */
    public static Thread current() {
        long t = Mem.loadThread64(ThreadBlock.THREAD_OBJECT);
        if (t != 0) {
            return (Thread) Mem.objectAt(t);
        }
        Thread main = Thread.vmMainThread();
        main.vmBlock = Mem.threadBlock();
        mainThread = main;
        Mem.storeThread64(ThreadBlock.THREAD_OBJECT, Mem.addressOf(main));
        return main;
    }

    // Interrupts: a volatile flag in Thread, set by interrupt(), which also unparks.

    static boolean isInterrupted(Thread t) {
        return t.vmInterrupted;
    }

    /** Clears t's interrupt and says whether it was set. */
    static boolean takeInterrupt(Thread t) {
        if (!t.vmInterrupted) {
            return false;
        }
        t.vmInterrupted = false;
        return true;
    }

    public static void interrupt(Thread t) {
        t.vmInterrupted = true;
        if (t.vmBlock != 0) {
            VM.unpark(t.vmBlock);
        }
    }

    /** Thread.sleep: parks until the time is up; an interrupt ends it with InterruptedException. */
    public static void sleep(long nanos) throws InterruptedException {
        Thread self = current();
        long deadline = VM.nanoTime() + nanos;
        for (;;) {
            if (takeInterrupt(self)) {
                throw new InterruptedException("sleep interrupted");
            }
            long left = deadline - VM.nanoTime();
            if (left <= 0) {
                return;
            }
            VM.park(left);
        }
    }

    /** LockSupport.park/parkNanos for the current thread (an interrupt also returns). */
    public static void park(long nanos) {
        if (!current().vmInterrupted) {
            VM.park(nanos);
        }
    }

    public static void unpark(Thread t) {
        if (t != null && t.vmBlock != 0) {
            VM.unpark(t.vmBlock);
        }
    }

    public static void yieldNow() {
        VM.yieldThread();
    }
}
