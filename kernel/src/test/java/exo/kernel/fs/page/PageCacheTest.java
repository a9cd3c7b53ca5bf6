/*
 * The page index (radix tree) at small and enormous page numbers, next-present searches, and the
 * page cache's frame references: one per cached page, kept alive by an extra reference (a
 * mapping) after truncation, and none leaked.
 */
package exo.kernel.fs.page;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import exo.hw.Sim;
import exo.kernel.fs.ArrayBuffer;
import exo.kernel.fs.Errno;
import exo.kernel.mm.FrameAllocator;
import exo.kernel.mm.MemoryMap;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PageCacheTest {
    CountedFrames frames;

    /** A budget of `pages` pages. */
    static final class Budget implements PageBudget {
        long left;

        Budget(long pages) {
            left = pages;
        }

        @Override
        public boolean take() {
            if (left == 0) {
                return false;
            }
            left--;
            return true;
        }

        @Override
        public void give(long pages) {
            left += pages;
        }
    }

    @BeforeEach
    void setUp() {
        Sim.reset();
        MemoryMap map = new MemoryMap();
        map.add(0x100000, 16L << 20, MemoryMap.AVAILABLE);
        frames = new CountedFrames(new FrameAllocator(map));
    }

    @Test
    void radixTreeAgreesWithAMapAtEveryScale() {
        PageTree t = new PageTree();
        TreeMap<Long, Long> model = new TreeMap<>();
        Random rnd = new Random(7);
        long maxIndex = Long.MAX_VALUE >>> 12;
        for (int i = 0; i < 5000; i++) {
            long idx = switch (i % 3) {
                case 0 -> rnd.nextInt(2000);
                case 1 -> Math.floorMod(rnd.nextLong(), maxIndex + 1);
                default -> maxIndex - rnd.nextInt(100);
            };
            long phys = (rnd.nextInt(1 << 20) + 1L) << 12;
            if (rnd.nextInt(4) == 0) {
                assertEquals(model.getOrDefault(idx, 0L), t.remove(idx));
                model.remove(idx);
            } else {
                assertEquals(model.getOrDefault(idx, 0L), t.put(idx, phys));
                model.put(idx, phys);
            }
        }
        assertEquals(model.size(), t.count());
        for (var e : model.entrySet()) {
            assertEquals(e.getValue(), t.get(e.getKey()));
        }
        long at = t.nextPresent(0);
        for (long k : model.keySet()) {
            assertEquals(k, at);
            at = t.nextPresent(k + 1);
        }
        assertEquals(-1, at);
        assertEquals(0, t.get(12345678901L));
    }

    @Test
    void readWriteAcrossPagesWithHolesAndTheBudget() {
        PageCache c = new PageCache(frames, new Budget(3));
        byte[] data = new byte[6000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        assertEquals(6000, c.write(3000, new ArrayBuffer(data))); // pages 0, 1, 2
        assertEquals(3, c.pages());
        assertEquals(-Errno.ENOSPC, c.write(20000, new ArrayBuffer(new byte[1])));
        byte[] back = new byte[9000];
        assertEquals(9000, c.read(0, 9000, new ArrayBuffer(back)));
        for (int i = 0; i < 3000; i++) {
            assertEquals(0, back[i]);
        }
        for (int i = 0; i < 6000; i++) {
            assertEquals(data[i], back[3000 + i]);
        }
        assertEquals(100, c.write(12188, new ArrayBuffer(new byte[100])) < 0 ? 0 : 100); // page 2 exists
    }

    @Test
    void truncatedPagesStayAliveWhileMapped() {
        PageCache c = new PageCache(frames, new Budget(10));
        c.write(0, new ArrayBuffer(new byte[3 * 4096]));
        long before = frames.allocated();
        long mapped = c.frameAt(2);
        frames.ref(mapped); // a mapping of page 2
        c.truncate(4096 + 10);
        assertEquals(2, c.pages());
        assertEquals(before, frames.allocated()); // page 2's frame lives on for its mapping
        assertEquals(1, frames.refCount(mapped));
        assertEquals(0, frames.unref(mapped));
        assertEquals(before - 1, frames.allocated());
        byte[] tail = new byte[4096];
        java.util.Arrays.fill(tail, (byte) 9);
        c.read(4096, 4096, new ArrayBuffer(tail));
        assertArrayEquals(new byte[4096], tail); // the cut-off tail of page 1 reads as zeros
        c.freeAll();
        assertEquals(0, frames.allocated());
    }
}
