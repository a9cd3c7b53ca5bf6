/*
 * Deadlock detection for F_SETLKW on POSIX locks, as Linux does it: before a lock owner sleeps
 * waiting for a lock held by another owner, the chain "owner B waits for a lock of C, C waits for
 * ..." is followed; if it comes back to the sleeper, the request fails with EDEADLK instead of
 * sleeping forever. One table for the whole kernel (owners are descriptor tables), under its
 * monitor. OFD locks are not checked (Linux does not either).
 */
package exo.kernel.fs.lock;

import java.util.IdentityHashMap;

public final class Deadlocks {
    private Deadlocks() {}

    /** Longest chain followed (Linux's MAX_DEADLK_ITERATIONS). */
    private static final int MAX_CHAIN = 10;
    private static final IdentityHashMap<Object, Object> waitsFor = new IdentityHashMap<>();

    /**
     * Records that sleeper is about to wait for blocker; returns false (and records nothing) when
     * that would close a cycle.
     */
    public static synchronized boolean startWaiting(Object sleeper, Object blocker) {
        Object x = blocker;
        for (int i = 0; i < MAX_CHAIN && x != null; i++) {
            if (x == sleeper) {
                return false;
            }
            x = waitsFor.get(x);
        }
        waitsFor.put(sleeper, blocker);
        return true;
    }

    public static synchronized void stopWaiting(Object sleeper) {
        waitsFor.remove(sleeper);
    }

    public static synchronized int waiting() {
        return waitsFor.size();
    }
}
