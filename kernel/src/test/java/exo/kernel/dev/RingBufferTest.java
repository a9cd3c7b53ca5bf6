/*
 * The interrupt-safe ring buffer: order, wrap-around, overflow, counter overflow.
 */
package exo.kernel.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RingBufferTest {
    @Test
    void fifoOrderAndEmpty() {
        RingBuffer r = new RingBuffer(4);
        assertEquals(-1, r.take());
        r.put(1);
        r.put(2);
        assertEquals(1, r.take());
        assertEquals(2, r.take());
        assertTrue(r.isEmpty());
    }

    @Test
    void wrapsAroundManyTimes() {
        RingBuffer r = new RingBuffer(256);
        int next = 0;
        int expected = 0;
        for (int round = 0; round < 1000; round++) {
            for (int i = 0; i < 3 + round % 250; i++) {
                assertTrue(r.put(next++));
            }
            while (!r.isEmpty()) {
                assertEquals(expected++, r.take());
            }
        }
        assertEquals(next, expected);
    }

    @Test
    void fullBufferDropsTheNewest() {
        RingBuffer r = new RingBuffer(256);
        for (int i = 0; i < 256; i++) {
            assertTrue(r.put(i));
        }
        assertFalse(r.put(999));
        assertEquals(1, r.dropped());
        assertEquals(256, r.size());
        assertEquals(0, r.take());
        assertTrue(r.put(256));
        for (int i = 1; i <= 256; i++) {
            assertEquals(i, r.take());
        }
    }

    @Test
    void countersSurviveIntOverflow() {
        RingBuffer r = new RingBuffer(2);
        for (int i = 0; i < 3_000_000; i++) {
            r.put(i);
            assertEquals(i, r.take());
        }
        assertTrue(r.isEmpty());
    }

    @Test
    void capacityMustBeAPowerOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> new RingBuffer(100));
    }
}
