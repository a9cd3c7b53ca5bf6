/*
 * The end of a collection, once Marker has marked everything reachable. Objects are not
 * visited: a block's fate follows from its line marks. A block with no live line is free
 * again; one with some free lines goes on the recycle list, which the allocator walks in
 * address order; a full block waits for a later collection. The block's mark bits become its
 * start bits (the objects an ambiguous root may point to) and are cleared for the next
 * collection. A large object lives or dies with the mark bit of its first block.
 */
package exo.rt;

final class Sweeper {
    private Sweeper() {}

    private static final int BITMAP_WORDS = Blocks.BITMAP_BYTES / 8;
    /** Lines found live in this sweep (statistics, tests). */
    static long liveLines;

    static void sweep() {
        int epoch = Marker.markEpoch;
        int recycled = 0;
        liveLines = 0;
        for (int b = 0; b < Blocks.count; b++) {
            int state = Blocks.state(b);
            if (state == Blocks.IMMIX) {
                int live = liveLines(b, epoch);
                liveLines += live;
                moveMarksToStarts(b);
                Blocks.setAux(b, 0);
                if (live == 0) {
                    Blocks.release(b);
                } else if (live < Blocks.LINES_PER_BLOCK) {
                    Mem.store32(Blocks.recycle + 4L * recycled++, b);
                }
            } else if (state == Blocks.LARGE) {
                sweepLarge(b);
            }
        }
        Allocator.recycleCount = recycled;
        Blocks.epoch = epoch;
        if (epoch == 255) {
            Blocks.wrapEpoch();
        }
    }

    /** Lines of block b marked in this collection, eight marks at a time. */
    private static int liveLines(int b, int epoch) {
        long marks = Blocks.lineMarks + ((long) b << (Blocks.BLOCK_SHIFT - Blocks.LINE_SHIFT));
        long pattern = 0x0101010101010101L * epoch;
        int live = 0;
        for (int i = 0; i < Blocks.LINES_PER_BLOCK; i += 8) {
            long w = Mem.load64(marks + i) ^ pattern;   // a zero byte: a line marked now
            if (w == 0) {
                live += 8;
            } else if (((w - 0x0101010101010101L) & ~w & 0x8080808080808080L) != 0) {   // has a zero byte
                for (int k = 0; k < 64; k += 8) {
                    if (((w >>> k) & 0xff) == 0) {
                        live++;
                    }
                }
            }
        }
        return live;
    }

    private static void moveMarksToStarts(int b) {
        long marks = Blocks.bitmapOf(Blocks.markBits, b);
        long starts = Blocks.bitmapOf(Blocks.startBits, b);
        for (int i = 0; i < BITMAP_WORDS; i++) {
            long w = Mem.load64(marks + 8L * i);
            Mem.store64(starts + 8L * i, w);
            if (w != 0) {
                Mem.store64(marks + 8L * i, 0);
            }
        }
    }

    private static void sweepLarge(int b) {
        long obj = Blocks.address(b);
        long word = Blocks.bitWord(Blocks.markBits, obj);
        if ((Mem.load64(word) & Blocks.bit(obj)) != 0) {
            Mem.store64(word, 0);   // the block's first bitmap word holds only this bit
            return;
        }
        int n = Blocks.aux(b);
        for (int i = n - 1; i >= 0; i--) {
            Blocks.release(b + i);
        }
    }
}
