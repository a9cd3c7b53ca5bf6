/*
 * The free-space searches of RangeMap, for mmap placement. Both walk the tree using each node's
 * maxGap (the largest free gap below any range of its subtree) to skip subtrees that cannot hold
 * the request, so they cost O(log n) unless alignment rejects many gaps that are long enough.
 *
 * highest() is Linux's top-down layout: mmap without a usable hint takes the highest free
 * aligned range below mmap_base. lowest() is the bottom-up search (the legacy layout, and
 * "first fit at or above this address"). Linux's treatment of a plain mmap hint is: use the
 * hint itself when [hint, hint+len) is free and allowed (RangeMap.isFree), else search
 * top-down; callers combine the calls that way. Gaps include the space below the lowest range
 * (from address 0) and above the highest one.
 */
package exo.kernel.util;

import exo.kernel.util.RangeMap.Entry;

final class RangeGaps {
    private RangeGaps() {}

    /** Highest aligned s with low <= s, s + length <= high and [s, s+length) free, or NO_GAP. */
    static <V> long highest(RangeMap<V> map, long length, long alignment, long low, long high) {
        checkRequest(length, alignment);
        if (!RangeMap.below(low, high) || RangeMap.below(high - low, length)) {
            return RangeMap.NO_GAP;
        }
        Search s = new Search(length, alignment, low, high);
        Entry<V> last = map.last();
        long top = s.fitHigh(last == null ? 0 : last.end, high);
        return top != RangeMap.NO_GAP ? top : s.down(map.root);
    }

    /** Lowest aligned s with hint <= s, s + length <= high and [s, s+length) free, or NO_GAP. */
    static <V> long lowest(RangeMap<V> map, long hint, long length, long alignment, long high) {
        checkRequest(length, alignment);
        if (RangeMap.below(high, length) || RangeMap.below(high - length, hint)) {
            return RangeMap.NO_GAP;
        }
        Search s = new Search(length, alignment, hint, high);
        long found = s.up(map.root);
        if (found != RangeMap.NO_GAP) {
            return found;
        }
        Entry<V> last = map.last();
        return s.fitLow(last == null ? 0 : last.end, high);
    }

    private static void checkRequest(long length, long alignment) {
        if (length == 0) {
            throw new IllegalArgumentException("gap of length 0");
        }
        if (alignment == 0 || (alignment & (alignment - 1)) != 0) {
            throw new IllegalArgumentException("alignment " + Fmt.hex(alignment) + " is not a power of two");
        }
    }

    /** One request: the window [low, high) and the aligned length wanted in it. */
    private static final class Search {
        final long length;
        final long alignMask;
        final long low;
        final long high;
        /** The highest start that still ends by high (high >= length is checked first). */
        final long lastStart;

        Search(long length, long alignment, long low, long high) {
            this.length = length;
            this.alignMask = -alignment;
            this.low = low;
            this.high = high;
            this.lastStart = high - length;
        }

        /** Walks ranges from the highest down; the gap below each node is [start - gapBefore, start). */
        <V> long down(Entry<V> n) {
            if (n == null || RangeMap.below(n.maxGap, length)) {
                return RangeMap.NO_GAP;
            }
            if (!RangeMap.below(lastStart, n.end)) { // gaps above n start at n.end or higher
                long s = down(n.right);
                if (s != RangeMap.NO_GAP) {
                    return s;
                }
            }
            long gapStart = n.start - n.gapBefore;
            long s = fitHigh(gapStart, n.start);
            if (s != RangeMap.NO_GAP || !RangeMap.below(low, gapStart)) {
                return s; // the left subtree's gaps all end at or below gapStart <= low
            }
            return down(n.left);
        }

        /** Walks ranges from the lowest up. */
        <V> long up(Entry<V> n) {
            if (n == null || RangeMap.below(n.maxGap, length)) {
                return RangeMap.NO_GAP;
            }
            long gapStart = n.start - n.gapBefore;
            if (!RangeMap.below(gapStart, low + length)) { // left gaps end at or below gapStart
                long s = up(n.left);
                if (s != RangeMap.NO_GAP) {
                    return s;
                }
            }
            long s = fitLow(gapStart, n.start);
            if (s != RangeMap.NO_GAP || RangeMap.below(lastStart, n.end)) {
                return s;
            }
            return up(n.right);
        }

        /** The highest aligned start inside the free gap [gapStart, gapEnd) clipped to the window. */
        long fitHigh(long gapStart, long gapEnd) {
            long a = RangeMap.below(gapStart, low) ? low : gapStart;
            long b = RangeMap.below(high, gapEnd) ? high : gapEnd;
            if (!RangeMap.below(a, b) || RangeMap.below(b - a, length)) {
                return RangeMap.NO_GAP;
            }
            long s = (b - length) & alignMask;
            return RangeMap.below(s, a) ? RangeMap.NO_GAP : s;
        }

        /** The lowest aligned start inside the free gap [gapStart, gapEnd) clipped to the window. */
        long fitLow(long gapStart, long gapEnd) {
            long a = RangeMap.below(gapStart, low) ? low : gapStart;
            long b = RangeMap.below(high, gapEnd) ? high : gapEnd;
            long s = (a - alignMask - 1) & alignMask; // round a up: -alignMask is the alignment
            if (RangeMap.below(s, a) || !RangeMap.below(s, b) || RangeMap.below(b - s, length)) {
                return RangeMap.NO_GAP; // rounding wrapped, or too little room
            }
            return s;
        }
    }
}
