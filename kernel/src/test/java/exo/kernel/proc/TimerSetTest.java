/*
 * The timer facility's logic without its thread: TimerList's order (deadline, then arming
 * order), TimerSet's arm/cancel/remaining, expiry of one-shot and periodic timers (a period
 * that fired late keeps its phase and counts the periods it missed as overruns), CPU-time
 * timers on their own clock, and when the timer thread must look again.
 */
package exo.kernel.proc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimerSetTest {
    static final long MS = 1_000_000L;
    final List<String> fired = new ArrayList<>();

    KernelTimer timer(String name) {
        return new KernelTimer(overruns -> fired.add(name + "+" + overruns));
    }

    /** Runs what is due at now, as the timer thread does. */
    void run(TimerSet set, long now) {
        ArrayList<KernelTimer> due = new ArrayList<>();
        ArrayList<Integer> overruns = new ArrayList<>();
        set.collectDue(now, due, overruns);
        for (int i = 0; i < due.size(); i++) {
            due.get(i).action.expired(overruns.get(i));
        }
    }

    @Test
    void listKeepsDeadlineOrderAndArmingOrderForTies() {
        TimerList l = new TimerList();
        KernelTimer a = timer("a");
        KernelTimer b = timer("b");
        KernelTimer c = timer("c");
        a.deadlineNanos = 30;
        b.deadlineNanos = 10;
        c.deadlineNanos = 30;
        l.add(a);
        l.add(b);
        l.add(c);
        assertEquals(10, l.nextDeadline());
        assertNull(l.takeExpired(9));
        assertSame(b, l.takeExpired(10));
        assertSame(a, l.takeExpired(100), "equal deadlines: first armed first");
        assertSame(c, l.takeExpired(100));
        assertEquals(Long.MAX_VALUE, l.nextDeadline());
        l.add(a);
        a.deadlineNanos = 5;
        l.add(a);   // re-adding moves it rather than duplicating it
        assertEquals(1, l.size());
        assertTrue(l.remove(a));
        assertFalse(l.remove(a));
    }

    @Test
    void oneShotFiresOnceAndDisarms() {
        TimerSet set = new TimerSet();
        KernelTimer t = timer("t");
        set.arm(t, 50 * MS, 0);
        assertEquals(20 * MS, set.remaining(t, 30 * MS));
        run(set, 49 * MS);
        assertTrue(fired.isEmpty());
        run(set, 50 * MS);
        assertEquals(List.of("t+0"), fired);
        assertFalse(t.armed);
        assertEquals(0, set.remaining(t, 60 * MS));
        run(set, 500 * MS);
        assertEquals(1, fired.size());
        assertEquals(0, set.armedCount());
    }

    @Test
    void periodicKeepsItsPhaseAndCountsOverruns() {
        TimerSet set = new TimerSet();
        KernelTimer t = timer("p");
        set.arm(t, 20 * MS, 20 * MS);
        run(set, 25 * MS);
        assertEquals(40 * MS, t.deadlineNanos, "next period from the deadline, not from now");
        run(set, 105 * MS);   // 40, 60, 80 and 100 passed: one expiry, three overruns
        assertEquals(List.of("p+0", "p+3"), fired);
        assertEquals(120 * MS, t.deadlineNanos);
        assertTrue(t.armed);
        assertEquals(TimerSet.DUE_NANOS, set.remaining(t, 120 * MS), "due but not fired: never 0");
        set.cancel(t);
        run(set, 1000 * MS);
        assertEquals(2, fired.size());
    }

    @Test
    void cpuTimersCountTheirOwnClockAndArePolled() {
        long[] cpu = {0};
        TimerSet set = new TimerSet();
        KernelTimer prof = new KernelTimer(overruns -> fired.add("prof+" + overruns), () -> cpu[0]);
        KernelTimer real = timer("real");
        set.arm(real, 1000 * MS, 0);
        assertEquals(1000 * MS, set.nextWakeup(0));
        set.arm(prof, 30 * MS, 10 * MS);
        assertEquals(TimerSet.POLL_NANOS, set.nextWakeup(0), "polled while a CPU timer is armed");
        run(set, 500 * MS);   // wall time passes, the process does not run
        assertTrue(fired.isEmpty());
        cpu[0] = 31 * MS;
        run(set, 510 * MS);
        assertEquals(List.of("prof+0"), fired);
        assertEquals(40 * MS, prof.deadlineNanos);
        set.cancel(prof);
        assertEquals(1000 * MS, set.nextWakeup(520 * MS));
        assertEquals(1, set.armedCount());
    }

    @Test
    void rearmingReplacesTheOldDeadline() {
        TimerSet set = new TimerSet();
        KernelTimer t = timer("t");
        set.arm(t, 100 * MS, 0);
        set.arm(t, 10 * MS, 0);
        assertEquals(1, set.armedCount());
        run(set, 10 * MS);
        run(set, 100 * MS);
        assertEquals(List.of("t+0"), fired);
    }
}
