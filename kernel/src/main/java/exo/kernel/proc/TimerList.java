/*
 * The armed monotonic timers of the timer facility, in deadline order (equal deadlines in the
 * order they were armed): a sorted array with binary-search insertion, which suits the tens of
 * timers a system has (each process has at most three). The timer thread reads the earliest
 * deadline to know how long to sleep and takes the expired ones from the front. Pure logic
 * (no clock of its own), guarded by Timers' lock; host-tested.
 */
package exo.kernel.proc;

import java.util.ArrayList;

final class TimerList {
    private final ArrayList<KernelTimer> timers = new ArrayList<>();
    private long nextSequence;

    int size() {
        return timers.size();
    }

    boolean contains(KernelTimer t) {
        return timers.contains(t);
    }

    /** Adds t (armed, its deadline set) in order; a timer already in the list moves. */
    void add(KernelTimer t) {
        timers.remove(t);
        t.sequence = nextSequence++;
        int lo = 0;
        int hi = timers.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (timers.get(mid).deadlineNanos <= t.deadlineNanos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        timers.add(lo, t);
    }

    /** Removes t; false when it was not there. */
    boolean remove(KernelTimer t) {
        return timers.remove(t);
    }

    /** The earliest deadline, or Long.MAX_VALUE when no timer is armed. */
    long nextDeadline() {
        return timers.isEmpty() ? Long.MAX_VALUE : timers.get(0).deadlineNanos;
    }

    /** Removes and returns the earliest timer whose deadline is at or before now, or null. */
    KernelTimer takeExpired(long now) {
        if (timers.isEmpty() || timers.get(0).deadlineNanos > now) {
            return null;
        }
        return timers.remove(0);
    }
}
