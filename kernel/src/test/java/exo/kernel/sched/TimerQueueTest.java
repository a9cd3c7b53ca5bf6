/*
 * The timer queue on the host: sorted by deadline, ties in arrival order, only expired
 * threads come out, removal anywhere, and the head alone decides (what a tick looks at).
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
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimerQueueTest {
    private static int ids;

    static KThread thread() {
        return new KThread(++ids, "t" + ids, KThread.PRIORITY_NORMAL, null, null);
    }

    static List<KThread> drain(TimerQueue q, long now) {
        List<KThread> out = new ArrayList<>();
        KThread t;
        while ((t = q.pollExpired(now)) != null) {
            out.add(t);
        }
        return out;
    }

    @Test
    void threadsComeOutInDeadlineOrderTiesInArrivalOrder() {
        TimerQueue q = new TimerQueue();
        KThread a = thread();
        KThread b = thread();
        KThread c = thread();
        KThread d = thread();
        q.add(a, 80);
        q.add(b, 20);
        q.add(c, 50);
        q.add(d, 20);
        assertEquals(4, q.size());
        assertEquals(20, q.nextDeadline());
        assertEquals(List.of(b, d, c, a), drain(q, 100));
        assertTrue(q.isEmpty());
        assertEquals(Long.MAX_VALUE, q.nextDeadline());
    }

    @Test
    void onlyExpiredThreadsComeOut() {
        TimerQueue q = new TimerQueue();
        KThread a = thread();
        KThread b = thread();
        q.add(a, 10);
        q.add(b, 11);
        assertNull(q.pollExpired(9));
        assertSame(a, q.pollExpired(10));
        assertNull(q.pollExpired(10));
        assertFalse(q.contains(a));
        assertTrue(q.contains(b));
        assertSame(b, q.pollExpired(1000));
    }

    @Test
    void removeWorksAtHeadMiddleAndTail() {
        TimerQueue q = new TimerQueue();
        KThread[] t = {thread(), thread(), thread(), thread(), thread()};
        for (int i = 0; i < t.length; i++) {
            q.add(t[i], 10 * (i + 1));
        }
        q.remove(t[2]);
        q.remove(t[0]);
        q.remove(t[4]);
        q.remove(t[4]); // not queued any more: nothing happens
        assertEquals(2, q.size());
        assertEquals(20, q.nextDeadline());
        assertEquals(List.of(t[1], t[3]), drain(q, 100));
        q.add(t[0], 5); // a removed thread can sleep again
        assertEquals(List.of(t[0]), drain(q, 5));
    }

    @Test
    void addingASleepingThreadAgainIsABug() {
        TimerQueue q = new TimerQueue();
        KThread a = thread();
        q.add(a, 1);
        assertThrows(IllegalStateException.class, () -> q.add(a, 2));
    }

    @Test
    void randomDeadlinesDrainSorted() {
        TimerQueue q = new TimerQueue();
        Random r = new Random(42);
        List<KThread> all = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            KThread t = thread();
            q.add(t, r.nextInt(100));
            all.add(t);
        }
        for (int i = 0; i < 100; i++) {
            q.remove(all.get(r.nextInt(all.size())));
        }
        long last = -1;
        int n = 0;
        for (long now = 0; now < 100; now++) {
            for (KThread t : drain(q, now)) {
                assertTrue(t.wakeTick >= last && t.wakeTick <= now, "deadline order");
                last = t.wakeTick;
                n++;
            }
        }
        assertTrue(q.isEmpty());
        assertTrue(n >= 400 && n <= 500);
    }
}
