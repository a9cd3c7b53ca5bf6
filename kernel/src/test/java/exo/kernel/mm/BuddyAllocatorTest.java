/*
 * The buddy allocator: splitting, natural alignment, coalescing back to the largest order,
 * exhaustion and bad frees.
 */
package exo.kernel.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BuddyAllocatorTest {
    static final long BASE = 0x400000; // 4 MiB aligned: one order-10 block

    @Test
    void startsAsMaximalBlocks() {
        BuddyAllocator b = new BuddyAllocator(BASE, 2048);
        assertEquals(2, b.freeBlocks(BuddyAllocator.MAX_ORDER));
        assertEquals(2048, b.freeFrames());
    }

    @Test
    void unalignedPoolIsCutIntoNaturallyAlignedBlocks() {
        BuddyAllocator b = new BuddyAllocator(BASE + 0x1000, 7); // frames 0x401..0x407
        assertEquals(1, b.freeBlocks(0)); // 0x401
        assertEquals(1, b.freeBlocks(1)); // 0x402-0x403
        assertEquals(1, b.freeBlocks(2)); // 0x404-0x407
        assertEquals(BASE + 0x4000, b.alloc(2));
    }

    @Test
    void splitGivesLowHalfAndKeepsUpperHalvesFree() {
        BuddyAllocator b = new BuddyAllocator(BASE, 1024);
        assertEquals(BASE, b.alloc(0));
        for (int k = 0; k < BuddyAllocator.MAX_ORDER; k++) {
            assertEquals(1, b.freeBlocks(k), "order " + k);
        }
        assertEquals(0, b.freeBlocks(BuddyAllocator.MAX_ORDER));
        assertEquals(BASE + 0x1000, b.alloc(0)); // the buddy
        assertEquals(BASE + 0x2000, b.alloc(1));
    }

    @Test
    void blocksAreNaturallyAligned() {
        BuddyAllocator b = new BuddyAllocator(BASE, 1024);
        b.alloc(0);
        for (int order = 0; order <= 8; order++) {
            long p = b.alloc(order);
            assertEquals(0, (p >> 12) % (1L << order), "order " + order + " at " + Long.toHexString(p));
        }
    }

    @Test
    void freeingCoalescesBackToTheMaximalOrder() {
        BuddyAllocator b = new BuddyAllocator(BASE, 2048);
        Random r = new Random(7);
        List<long[]> held = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int order = r.nextInt(5);
            long p = b.alloc(order);
            if (p != BuddyAllocator.NONE) {
                held.add(new long[] {p, order});
            }
        }
        java.util.Collections.shuffle(held, r);
        for (long[] h : held) {
            b.free(h[0], (int) h[1]);
        }
        assertEquals(2, b.freeBlocks(BuddyAllocator.MAX_ORDER));
        assertEquals(2048, b.freeFrames());
    }

    @Test
    void exhaustionAndBadFrees() {
        BuddyAllocator b = new BuddyAllocator(BASE, 4);
        long a = b.alloc(2);
        assertEquals(BuddyAllocator.NONE, b.alloc(0));
        assertThrows(IllegalStateException.class, () -> b.free(a, 1)); // wrong order
        b.free(a, 2);
        assertThrows(IllegalStateException.class, () -> b.free(a, 2)); // double free
        assertThrows(IllegalStateException.class, () -> b.free(BASE + 0x100000, 0)); // outside
        assertThrows(IllegalArgumentException.class, () -> b.alloc(11));
    }
}
