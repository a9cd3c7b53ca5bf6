/*
 * The scheduling policy on the host: the EMA step (alpha 1/2), classification against the
 * quantum, how bursts move threads between the three queues (CPU-bound up to Hot, I/O-bound
 * down to Cold), the pick order with FIFO inside a class, the anti-starvation rule and the
 * wake-up preemption rule. Time unit: arbitrary, quantum 1000.
 */
package exo.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreeQueuesTest {
    static final long Q = 1000;

    private static int ids;

    static KThread thread(ThreeQueues q, int priority) {
        KThread t = new KThread(++ids, "t" + ids, priority, null, null);
        q.initThread(t);
        return t;
    }

    @Test
    void emaHalvesTheDistanceToEachBurst() {
        assertEquals(500, ThreeQueues.ema(0, 1000));
        assertEquals(750, ThreeQueues.ema(500, 1000));
        assertEquals(3, ThreeQueues.ema(3, 3)); // odd values keep their sum's rounding
        assertEquals(Long.MAX_VALUE, ThreeQueues.ema(Long.MAX_VALUE, Long.MAX_VALUE)); // no overflow
    }

    @Test
    void classesAreQuarterAndHalfOfTheQuantum() {
        ThreeQueues q = new ThreeQueues(Q);
        assertEquals(ThreeQueues.COLD, q.classify(0));
        assertEquals(ThreeQueues.COLD, q.classify(249));
        assertEquals(ThreeQueues.NORMAL, q.classify(250));
        assertEquals(ThreeQueues.NORMAL, q.classify(500));
        assertEquals(ThreeQueues.HOT, q.classify(501));
        q.setQuantum(4000);
        assertEquals(ThreeQueues.COLD, q.classify(999));
        assertThrows(IllegalArgumentException.class, () -> q.setQuantum(0));
    }

    @Test
    void priorityChoosesTheStartingQueue() {
        ThreeQueues q = new ThreeQueues(Q);
        assertEquals(ThreeQueues.COLD, thread(q, KThread.PRIORITY_HIGH).queueClass());
        assertEquals(ThreeQueues.NORMAL, thread(q, KThread.PRIORITY_NORMAL).queueClass());
        assertEquals(ThreeQueues.HOT, thread(q, KThread.PRIORITY_LOW).queueClass());
    }

    @Test
    void aThreadThatNeverBlocksClimbsToHot() {
        ThreeQueues q = new ThreeQueues(Q);
        KThread t = thread(q, KThread.PRIORITY_HIGH);
        // Preempted at the end of every quantum: the burst goes on and grows.
        q.endStint(t, Q, false);
        assertEquals(500, t.emaBurst()); // (0 + 1000) / 2
        assertEquals(ThreeQueues.NORMAL, t.queueClass());
        q.endStint(t, Q, false);
        assertEquals(1250, t.emaBurst()); // (500 + 2000) / 2
        assertEquals(ThreeQueues.HOT, t.queueClass());
        for (int i = 0; i < 20; i++) {
            q.endStint(t, Q, false);
        }
        // Bursts count up to four quanta.
        assertEquals(ThreeQueues.BURST_CAP_QUANTA * Q, t.burst);
        assertTrue(t.emaBurst() <= ThreeQueues.BURST_CAP_QUANTA * Q);
    }

    @Test
    void aThreadThatSleepsFallsBackToCold() {
        ThreeQueues q = new ThreeQueues(Q);
        KThread t = thread(q, KThread.PRIORITY_LOW);
        for (int i = 0; i < 10; i++) {
            q.endStint(t, Q, false);
        }
        assertEquals(ThreeQueues.HOT, t.queueClass());
        int steps = 0;
        while (t.queueClass() != ThreeQueues.COLD) {
            q.endStint(t, 10, true); // 1 % of a quantum, then it blocks: the burst ends
            steps++;
        }
        assertEquals(0, t.burst);
        // The first short stint closes the long burst (still counted); then each halves the
        // average: from the cap (4 quanta) to below a quarter quantum.
        assertTrue(steps <= 6, "from the cap to cold in " + steps + " short bursts");
    }

    @Test
    void negativeRunTimesCountAsZero() {
        ThreeQueues q = new ThreeQueues(Q);
        KThread t = thread(q, KThread.PRIORITY_HIGH);
        q.endStint(t, -5, true);
        assertEquals(0, t.emaBurst());
    }

    @Test
    void pickServesColdThenNormalThenHotInFifoOrder() {
        ThreeQueues q = new ThreeQueues(Q);
        KThread hot = thread(q, KThread.PRIORITY_LOW);
        KThread normal = thread(q, KThread.PRIORITY_NORMAL);
        KThread cold1 = thread(q, KThread.PRIORITY_HIGH);
        KThread cold2 = thread(q, KThread.PRIORITY_HIGH);
        for (KThread t : List.of(hot, normal, cold1, cold2)) {
            q.enqueue(t);
        }
        assertEquals(4, q.size());
        assertEquals(2, q.size(ThreeQueues.COLD));
        assertTrue(q.isQueued(hot));
        assertSame(cold1, q.pick());
        assertSame(cold2, q.pick());
        assertSame(normal, q.pick());
        assertSame(hot, q.pick());
        assertNull(q.pick());
        assertTrue(q.isEmpty());
        assertFalse(q.isQueued(hot));
    }

    @Test
    void aPassedOverQueueIsServedAfterStarvationPicks() {
        ThreeQueues q = new ThreeQueues(Q);
        KThread hot = thread(q, KThread.PRIORITY_LOW);
        KThread cold = thread(q, KThread.PRIORITY_HIGH);
        q.enqueue(hot);
        q.enqueue(cold);
        List<KThread> order = new ArrayList<>();
        for (int i = 0; i < 2 * (ThreeQueues.STARVATION_PICKS + 1); i++) {
            KThread t = q.pick();
            order.add(t);
            q.enqueue(t); // both stay runnable, as two busy threads would
        }
        // The cold thread runs STARVATION_PICKS times, then the hot one once, and again.
        for (int i = 0; i < order.size(); i++) {
            KThread expected = i % (ThreeQueues.STARVATION_PICKS + 1) == ThreeQueues.STARVATION_PICKS ? hot : cold;
            assertSame(expected, order.get(i), "pick " + i);
        }
    }

    @Test
    void aNormalThreadIsNotStarvedByColdOnesEither() {
        ThreeQueues q = new ThreeQueues(Q);
        KThread normal = thread(q, KThread.PRIORITY_NORMAL);
        KThread cold = thread(q, KThread.PRIORITY_HIGH);
        q.enqueue(normal);
        q.enqueue(cold);
        int normalRuns = 0;
        for (int i = 0; i < 90; i++) {
            KThread t = q.pick();
            if (t == normal) {
                normalRuns++;
            }
            q.enqueue(t);
        }
        assertEquals(10, normalRuns); // one pick in STARVATION_PICKS + 1
    }

    @Test
    void wakeUpsPreemptOnlyFromABetterQueue() {
        ThreeQueues q = new ThreeQueues(Q);
        KThread cold = thread(q, KThread.PRIORITY_HIGH);
        KThread normal = thread(q, KThread.PRIORITY_NORMAL);
        KThread hot = thread(q, KThread.PRIORITY_LOW);
        assertTrue(q.preempts(cold, hot));
        assertTrue(q.preempts(cold, normal));
        assertTrue(q.preempts(normal, hot));
        assertFalse(q.preempts(hot, cold));
        assertFalse(q.preempts(cold, thread(q, KThread.PRIORITY_HIGH)));
        assertTrue(q.preempts(hot, null)); // the idle thread always yields
    }

    @Test
    void removeTakesAQueuedThreadOut() {
        ThreeQueues q = new ThreeQueues(Q);
        KThread a = thread(q, KThread.PRIORITY_NORMAL);
        KThread b = thread(q, KThread.PRIORITY_NORMAL);
        q.enqueue(a);
        q.enqueue(b);
        q.remove(a);
        assertSame(b, q.pick());
        assertNull(q.pick());
        assertEquals("cold", ThreeQueues.className(ThreeQueues.COLD));
    }
}
