/*
 * Parking: a thread sleeps until given a permit (unpark), interrupted, or timed out; a
 * permit given first makes the next park return at once. Spurious returns are allowed, as
 * in the JDK. Built on the runtime's per-thread park word (exo.rt.Threads, linux_threads.c).
 */
package java.util.concurrent.locks;

import exo.rt.Threads;

public class LockSupport {
    private LockSupport() {}

    public static void park() {
        Threads.park(-1);
    }

    public static void park(Object blocker) {
        Threads.park(-1);
    }

    public static void parkNanos(long nanos) {
        if (nanos > 0) {
            Threads.park(nanos);
        }
    }

    public static void parkNanos(Object blocker, long nanos) {
        parkNanos(nanos);
    }

    public static void parkUntil(long deadline) {
        parkNanos((deadline - System.currentTimeMillis()) * 1_000_000L);
    }

    public static void parkUntil(Object blocker, long deadline) {
        parkUntil(deadline);
    }

    public static void unpark(Thread thread) {
        Threads.unpark(thread);
    }
}
