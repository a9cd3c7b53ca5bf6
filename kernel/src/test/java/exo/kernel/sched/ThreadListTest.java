/*
 * The intrusive thread FIFO: order, removal of any member, and the one-list-at-a-time rule.
 */
package exo.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThreadListTest {
    static KThread thread(int id) {
        return new KThread(id, "t" + id, KThread.PRIORITY_NORMAL, null, null);
    }

    @Test
    void fifoWithRemovalAnywhere() {
        ThreadList l = new ThreadList();
        KThread a = thread(1);
        KThread b = thread(2);
        KThread c = thread(3);
        l.add(a);
        l.add(b);
        l.add(c);
        assertEquals(3, l.size());
        assertSame(a, l.peek());
        l.remove(b);
        assertFalse(l.contains(b));
        assertSame(a, l.poll());
        assertSame(c, l.poll());
        assertNull(l.poll());
        assertTrue(l.isEmpty());
        l.add(b);
        assertSame(b, l.poll());
    }

    @Test
    void pollUnlinksTheHeadAndKeepsTheLinksOfTheRest() {
        ThreadList l = new ThreadList();
        KThread a = thread(1);
        KThread b = thread(2);
        KThread c = thread(3);
        l.add(a);
        l.add(b);
        assertSame(a, l.poll());
        assertNull(a.list);
        assertEquals(1, l.size());
        l.add(c);               // the tail was kept: c goes after b
        l.remove(c);            // the last one out through remove: b's links are right
        assertSame(b, l.peek());
        assertSame(b, l.poll());
        assertEquals(0, l.size());
        l.add(a);               // head and tail were both cleared
        assertSame(a, l.peek());
        l.add(c);
        assertSame(a, l.poll());
        assertSame(c, l.poll());
        assertTrue(l.isEmpty());
        l.add(b);               // an entry that was polled can be queued anywhere again
        assertTrue(l.contains(b));
    }

    @Test
    void aThreadIsInOneListAtATime() {
        ThreadList l1 = new ThreadList();
        ThreadList l2 = new ThreadList();
        KThread a = thread(1);
        l1.add(a);
        assertThrows(IllegalStateException.class, () -> l2.add(a));
        assertThrows(IllegalStateException.class, () -> l2.remove(a));
        l1.remove(a);
        l2.add(a);
        assertTrue(l2.contains(a));
    }
}
