/*
 * RangeMap against a plain sorted list that does every operation the slow, obvious way: tens of
 * thousands of random inserts, removals with splits, merges, resizes and gap searches with a
 * fixed seed, in windows at address 0, at the top of the user half and at the top of the 64-bit
 * space (where signed compares would go wrong); the tree's own invariants (order, AVL balance,
 * gap augmentation) are checked after every step. Then edge cases by hand.
 */
package exo.kernel.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RangeMapTest {
    static final long PAGE = 4096;
    static final long USER_TOP = 0x0000_8000_0000_0000L;

    /** A VMA-like value: which mapping it came from and the file offset at its start. */
    record Val(int id, long start, long offset) {
        long offsetAt(long addr) {
            return offset + (addr - start);
        }
    }

    static final RangeMap.Splitter<Val> SPLIT = (v, at) -> new Val(v.id, at, v.offsetAt(at));

    static final RangeMap.MergeRule<Val> SAME_MAPPING =
            (lo, hi) -> lo.value().id == hi.value().id && lo.value().offsetAt(hi.start()) == hi.value().offset;

    /** The obvious model: a list of [start, end, value] kept sorted by start. */
    static final class Model {
        final List<long[]> ranges = new ArrayList<>(); // {start, end, index into vals}
        final List<Val> vals = new ArrayList<>();

        int indexAbove(long addr) {
            for (int i = 0; i < ranges.size(); i++) {
                if (Long.compareUnsigned(addr, ranges.get(i)[1]) < 0) {
                    return i;
                }
            }
            return -1;
        }

        boolean free(long s, long e) {
            int i = indexAbove(s);
            return i < 0 || Long.compareUnsigned(ranges.get(i)[0], e) >= 0;
        }

        void add(long s, long e, Val v) {
            int i = indexAbove(s);
            vals.add(v);
            ranges.add(i < 0 ? ranges.size() : i, new long[] {s, e, vals.size() - 1});
        }

        Val val(int i) {
            return vals.get((int) ranges.get(i)[2]);
        }

        void cut(long at) {
            int i = indexAbove(at);
            if (i >= 0 && Long.compareUnsigned(ranges.get(i)[0], at) < 0) {
                long[] r = ranges.get(i);
                Val upper = SPLIT.split(val(i), at);
                long end = r[1];
                r[1] = at;
                add(at, end, upper);
            }
        }

        List<String> removeRange(long s, long e) {
            cut(s);
            cut(e);
            List<String> out = new ArrayList<>();
            for (int i = indexAbove(s); i >= 0 && Long.compareUnsigned(ranges.get(i)[0], e) < 0; i = indexAbove(s)) {
                out.add(describe(ranges.get(i)[0], ranges.get(i)[1], val(i)));
                ranges.remove(i);
            }
            return out;
        }

        long highestGap(long len, long align, long low, long high) {
            if (Long.compareUnsigned(high, len) < 0) {
                return RangeMap.NO_GAP;
            }
            for (long s = (high - len) & -align; ; s -= align) {
                if (Long.compareUnsigned(s, low) < 0 || Long.compareUnsigned(s, high - len) > 0) {
                    return RangeMap.NO_GAP;
                }
                if (free(s, s + len)) {
                    return s;
                }
                if (s == 0) {
                    return RangeMap.NO_GAP;
                }
            }
        }

        long lowestGap(long hint, long len, long align, long high) {
            for (long s = (hint + align - 1) & -align; ; s += align) {
                if (Long.compareUnsigned(s, hint) < 0 || Long.compareUnsigned(high, len) < 0
                        || Long.compareUnsigned(s, high - len) > 0) {
                    return RangeMap.NO_GAP;
                }
                if (free(s, s + len)) {
                    return s;
                }
            }
        }
    }

    static String describe(long s, long e, Val v) {
        return Long.toHexString(s) + "-" + Long.toHexString(e) + ":" + v.id + "@" + Long.toHexString(v.offsetAt(s));
    }

    static List<String> contents(RangeMap<Val> map) {
        List<String> out = new ArrayList<>();
        map.forEach(0, e -> out.add(describe(e.start(), e.end(), e.value())));
        return out;
    }

    static List<String> contents(Model m) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < m.ranges.size(); i++) {
            out.add(describe(m.ranges.get(i)[0], m.ranges.get(i)[1], m.val(i)));
        }
        return out;
    }

    // ---- random differential runs ----------------------------------------------------------

    @Test
    void randomOperationsMatchTheModelAtAddressZero() {
        randomRun(0, 11);
    }

    @Test
    void randomOperationsMatchTheModelAtTheTopOfTheUserHalf() {
        randomRun(USER_TOP - 300 * PAGE, 12);
    }

    @Test
    void randomOperationsMatchTheModelAboveTwoToThe63() {
        randomRun(-301 * PAGE, 13); // addresses that are negative as signed longs; the last page stays out
    }

    /** 6,000 random operations on pages [base, base + 300 pages). */
    private void randomRun(long base, long seed) {
        Random rnd = new Random(seed);
        RangeMap<Val> map = new RangeMap<>();
        Model model = new Model();
        int nextId = 0;
        for (int step = 0; step < 6000; step++) {
            long a = base + rnd.nextInt(300) * PAGE;
            long len = (1 + rnd.nextInt(rnd.nextBoolean() ? 4 : 40)) * PAGE;
            long limit = base + 300 * PAGE;
            long b = Long.compareUnsigned(limit - a, len) < 0 ? limit : a + len;
            String what = "step " + step;
            int op = rnd.nextInt(10);
            switch (op) {
                case 0, 1, 2 -> {
                    Val v = new Val(nextId++, a, rnd.nextInt(1000) * PAGE);
                    RangeMap.Entry<Val> e = map.insert(a, b, v);
                    assertEquals(model.free(a, b), e != null, what);
                    if (e != null) {
                        model.add(a, b, v);
                    }
                }
                case 3, 4 -> {
                    List<String> removed = new ArrayList<>();
                    int n = map.removeRange(a, b, SPLIT, (s, e, v) -> removed.add(describe(s, e, v)));
                    assertEquals(model.removeRange(a, b), removed, what);
                    assertEquals(removed.size(), n, what);
                }
                case 5 -> {
                    RangeMap.Entry<Val> e = map.splitAt(a, SPLIT);
                    model.cut(a);
                    int i = model.indexAbove(a);
                    boolean starts = i >= 0 && model.ranges.get(i)[0] == a;
                    assertEquals(starts, e != null, what);
                }
                case 6 -> mergeSome(map, model, a, what);
                case 7 -> {
                    if (rnd.nextBoolean()) {
                        resizeSome(map, model, a, len, limit, what);
                    } else {
                        moveStartOfSome(map, model, a, len, base, what);
                    }
                }
                case 8 -> {
                    long align = PAGE << rnd.nextInt(4);
                    int lowPages = rnd.nextInt(150);
                    long low = base + lowPages * PAGE;
                    long high = base + Math.min(300, lowPages + rnd.nextInt(200)) * PAGE;
                    assertEquals(model.highestGap(len, align, low, high), map.findGap(len, align, low, high), what);
                }
                default -> {
                    long align = PAGE << rnd.nextInt(4);
                    long high = base + (150 + rnd.nextInt(150)) * PAGE;
                    assertEquals(model.lowestGap(a, len, align, high), map.findGapAbove(a, len, align, high), what);
                }
            }
            map.checkInvariants();
            assertEquals(contents(model), contents(map), what);
            checkLookups(map, model, a, what);
        }
    }

    /** A crowded map (1,000 ranges, holes of 0-3 pages): gap searches with small windows reach deep nodes. */
    @Test
    void gapSearchesInACrowdedMapMatchTheModel() {
        Random rnd = new Random(21);
        for (long base : new long[] {0, USER_TOP - 4000 * PAGE, -4001 * PAGE}) {
            RangeMap<Val> map = new RangeMap<>();
            Model model = new Model();
            long at = base + rnd.nextInt(3) * PAGE;
            for (int i = 0; i < 1000; i++) {
                long end = at + (1 + rnd.nextInt(2)) * PAGE;
                map.insert(at, end, new Val(i, at, 0));
                model.add(at, end, new Val(i, at, 0));
                at = end + rnd.nextInt(4) * PAGE;
            }
            map.checkInvariants();
            long span = at - base;
            for (int q = 0; q < 4000; q++) {
                long len = (1 + rnd.nextInt(4)) * PAGE;
                long align = PAGE << rnd.nextInt(3);
                long low = base + (rnd.nextLong() & Long.MAX_VALUE) % span / PAGE * PAGE;
                long high = low + rnd.nextInt(40) * PAGE;
                String what = "query " + q + " base " + Long.toHexString(base);
                assertEquals(model.highestGap(len, align, low, high), map.findGap(len, align, low, high), what);
                assertEquals(model.lowestGap(low, len, align, high), map.findGapAbove(low, len, align, high), what);
            }
        }
    }

    private static void checkLookups(RangeMap<Val> map, Model model, long addr, String what) {
        int i = model.indexAbove(addr);
        RangeMap.Entry<Val> above = map.findAbove(addr);
        assertEquals(i < 0 ? null : model.ranges.get(i)[0], above == null ? null : above.start(), what);
        boolean inside = i >= 0 && Long.compareUnsigned(model.ranges.get(i)[0], addr) <= 0;
        assertEquals(inside, map.find(addr) != null, what);
        assertEquals(model.ranges.size(), map.size(), what);
        if (above != null) {
            RangeMap.Entry<Val> prev = map.prev(above);
            assertEquals(i == 0 ? null : model.ranges.get(i - 1)[0], prev == null ? null : prev.start(), what);
            RangeMap.Entry<Val> next = map.next(above);
            assertEquals(i + 1 >= model.ranges.size() ? null : model.ranges.get(i + 1)[0], next == null ? null : next.start(), what);
        }
    }

    private static void mergeSome(RangeMap<Val> map, Model model, long addr, String what) {
        RangeMap.Entry<Val> e = map.findAbove(addr);
        if (e == null) {
            return;
        }
        int i = model.indexAbove(addr);
        RangeMap.Entry<Val> result = map.merge(e, SAME_MAPPING);
        // The model merges the same way: upper neighbour first, then lower.
        if (i + 1 < model.ranges.size() && model.ranges.get(i)[1] == model.ranges.get(i + 1)[0]
                && sameMapping(model, i, i + 1)) {
            model.ranges.get(i)[1] = model.ranges.remove(i + 1)[1];
        }
        if (i > 0 && model.ranges.get(i - 1)[1] == model.ranges.get(i)[0] && sameMapping(model, i - 1, i)) {
            model.ranges.get(i - 1)[1] = model.ranges.remove(i)[1];
            i--;
        }
        assertEquals(model.ranges.get(i)[0], result.start(), what);
    }

    private static boolean sameMapping(Model m, int lo, int hi) {
        return m.val(lo).id == m.val(hi).id && m.val(lo).offsetAt(m.ranges.get(hi)[0]) == m.val(hi).offset;
    }

    private static void moveStartOfSome(RangeMap<Val> map, Model model, long addr, long len, long base, String what) {
        RangeMap.Entry<Val> e = map.findAbove(addr);
        if (e == null) {
            return;
        }
        int i = model.indexAbove(addr);
        long newStart = Long.compareUnsigned(e.start() - base, len) < 0 ? base : e.start() - len;
        if (newStart == e.end()) {
            return;
        }
        boolean fits = i == 0 || Long.compareUnsigned(model.ranges.get(i - 1)[1], newStart) <= 0;
        assertEquals(fits, map.moveStart(e, newStart), what);
        if (fits) {
            model.ranges.get(i)[0] = newStart;
        }
    }

    private static void resizeSome(RangeMap<Val> map, Model model, long addr, long len, long limit, String what) {
        RangeMap.Entry<Val> e = map.findAbove(addr);
        if (e == null) {
            return;
        }
        int i = model.indexAbove(addr);
        long newEnd = Long.compareUnsigned(limit - e.start(), len) < 0 ? limit : e.start() + len;
        boolean fits = i + 1 >= model.ranges.size() || Long.compareUnsigned(model.ranges.get(i + 1)[0], newEnd) >= 0;
        assertEquals(fits, map.resize(e, newEnd), what);
        if (fits) {
            model.ranges.get(i)[1] = newEnd;
        }
    }

    // ---- by hand ---------------------------------------------------------------------------------

    @Test
    void adjacentRangesAreDistinctAndLookupsUseHalfOpenEnds() {
        RangeMap<String> m = new RangeMap<>();
        assertNotNull(m.insert(0x1000, 0x2000, "a"));
        assertNotNull(m.insert(0x2000, 0x3000, "b"));
        assertEquals("a", m.find(0x1fff).value());
        assertEquals("b", m.find(0x2000).value());
        assertNull(m.find(0x3000));
        assertNull(m.find(0xfff));
        assertNull(m.insert(0x2fff, 0x4000, "overlap"));
        assertNull(m.insert(0x0, 0x1001, "overlap"));
        assertNull(m.insert(0x1800, 0x1900, "inside"));
        assertNull(m.insert(0x0, 0x10000, "around"));
        assertEquals(2, m.size());
        assertTrue(m.isFree(0x3000, 0x4000));
        assertFalse(m.isFree(0x2fff, 0x4000));
        m.checkInvariants();
    }

    @Test
    void rangesAtZeroAndAtTheTopOfTheUserHalfAndOfTheAddressSpace() {
        RangeMap<String> m = new RangeMap<>();
        m.insert(0, PAGE, "zero");
        m.insert(USER_TOP - PAGE, USER_TOP, "user top");
        m.insert(-3 * PAGE, -2 * PAGE, "kernel top");
        m.checkInvariants();
        assertEquals("zero", m.find(0).value());
        assertEquals("user top", m.find(USER_TOP - 1).value());
        assertNull(m.find(USER_TOP));
        assertEquals("kernel top", m.find(-2 * PAGE - 1).value());
        assertNull(m.find(-2 * PAGE));
        assertNull(m.find(-1));
        assertEquals("zero", m.first().value());
        assertEquals("kernel top", m.last().value());
        assertEquals("user top", m.next(m.first()).value());
        // The top-down search under the user top skips the page there and the page at 0.
        assertEquals(USER_TOP - 2 * PAGE, m.findGap(PAGE, PAGE, 0, USER_TOP));
        assertEquals(PAGE, m.findGapAbove(0, PAGE, PAGE, USER_TOP));
        assertEquals(-2 * PAGE, m.findGapAbove(-3 * PAGE, PAGE, PAGE, -1)); // -PAGE would end past -1
        assertEquals(-2 * PAGE, m.findGap(PAGE, PAGE, USER_TOP, -1));
    }

    @Test
    void badRangesAreRejectedWithAClearError() {
        RangeMap<String> m = new RangeMap<>();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.insert(0x2000, 0x1000, "x"));
        assertTrue(e.getMessage().contains("0x2000"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> m.insert(5, 5, "x"));
        assertThrows(IllegalArgumentException.class, () -> m.removeRange(5, 5, null, null));
        assertThrows(IllegalArgumentException.class, () -> m.findGap(0, PAGE, 0, USER_TOP));
        assertThrows(IllegalArgumentException.class, () -> m.findGap(PAGE, 3 * PAGE, 0, USER_TOP));
        assertThrows(IllegalArgumentException.class, () -> m.findGapAbove(0, PAGE, 0, USER_TOP));
        m.insert(0x1000, 0x3000, "a");
        assertThrows(IllegalArgumentException.class, () -> m.removeRange(0x2000, 0x4000, null, null));
        RangeMap.Entry<String> stranger = new RangeMap<String>().insert(0x1000, 0x3000, "a");
        assertThrows(IllegalArgumentException.class, () -> m.remove(stranger));
        assertEquals(1, m.size());
    }

    @Test
    void removingTheMiddleOfARangeLeavesTwoPiecesWithMovedOffsets() {
        RangeMap<Val> m = new RangeMap<>();
        m.insert(0x10000, 0x20000, new Val(1, 0x10000, 0x5000));
        List<String> removed = new ArrayList<>();
        assertEquals(1, m.removeRange(0x14000, 0x18000, SPLIT, (s, e, v) -> removed.add(describe(s, e, v))));
        assertEquals(List.of("14000-18000:1@9000"), removed);
        assertEquals(List.of("10000-14000:1@5000", "18000-20000:1@d000"), contents(m));
        m.checkInvariants();
        // Merging refuses the pieces (not touching), then re-inserting the hole lets all three merge.
        RangeMap.Entry<Val> hole = m.insert(0x14000, 0x18000, new Val(1, 0x14000, 0x9000));
        RangeMap.Entry<Val> merged = m.merge(hole, SAME_MAPPING);
        assertEquals(0x10000, merged.start());
        assertEquals(0x20000, merged.end());
        assertEquals(1, m.size());
        m.checkInvariants();
    }

    @Test
    void removeRangeTakesWholeRangesAndCutsOnlyTheEnds() {
        RangeMap<Val> m = new RangeMap<>();
        for (int i = 0; i < 10; i++) {
            m.insert(i * 0x10000L, i * 0x10000L + 0x8000, new Val(i, i * 0x10000L, 0));
        }
        List<String> removed = new ArrayList<>();
        assertEquals(5, m.removeRange(0x24000, 0x64000, SPLIT, (s, e, v) -> removed.add(describe(s, e, v))));
        assertEquals(List.of("24000-28000:2@4000", "30000-38000:3@0", "40000-48000:4@0", "50000-58000:5@0",
                "60000-64000:6@0"), removed);
        assertEquals(10 - 3, m.size());
        assertEquals(0x24000, m.find(0x20000).end());
        assertEquals(0x64000, m.find(0x64000).start());
        assertEquals(0, m.removeRange(0x70000 + 0x8000, 0x80000, SPLIT, null)); // a hole: nothing to do
        m.checkInvariants();
    }

    @Test
    void mergeKeepsTheLowerValueAndReportsTheDroppedOne() {
        RangeMap<String> m = new RangeMap<>();
        m.insert(0x1000, 0x2000, "lo");
        RangeMap.Entry<String> mid = m.insert(0x2000, 0x3000, "mid");
        m.insert(0x3000, 0x4000, "hi");
        m.insert(0x5000, 0x6000, "far");
        List<String> dropped = new ArrayList<>();
        RangeMap.Entry<String> r = m.merge(mid, new RangeMap.MergeRule<>() {
            public boolean canMerge(RangeMap.Entry<String> lo, RangeMap.Entry<String> hi) {
                return true;
            }

            public void merged(String kept, String drop) {
                dropped.add(kept + "<-" + drop);
            }
        });
        assertEquals("lo", r.value());
        assertEquals(0x1000, r.start());
        assertEquals(0x4000, r.end());
        assertEquals(List.of("mid<-hi", "lo<-mid"), dropped);
        assertEquals(2, m.size());
        assertEquals(0x4000, m.findGap(0x1000, 0x1000, 0, 0x5000)); // the gaps were retuned: 0x4000-0x5000
        assertEquals(RangeMap.NO_GAP, m.findGap(0x1000, 0x1000, 0x1000, 0x4000));
        m.checkInvariants();
    }

    @Test
    void aStackGrowsDownUntilItMeetsTheRangeBelow() {
        RangeMap<String> m = new RangeMap<>();
        m.insert(0x10000, 0x20000, "below");
        RangeMap.Entry<String> stack = m.insert(0x30000, 0x40000, "stack");
        assertTrue(m.moveStart(stack, 0x28000));
        assertEquals("stack", m.find(0x28000).value());
        assertEquals(0x20000, m.findGap(0x8000, PAGE, 0, 0x40000)); // the gap below shrank to 0x8000
        assertEquals(RangeMap.NO_GAP, m.findGap(0x9000, PAGE, 0x10000, 0x40000));
        assertEquals(0x7000, m.findGap(0x9000, PAGE, 0, 0x40000)); // only below the first range
        assertFalse(m.moveStart(stack, 0x1f000));
        assertTrue(m.moveStart(stack, 0x20000)); // touching is fine
        assertTrue(m.moveStart(stack, 0x38000)); // and it may shrink back
        assertThrows(IllegalArgumentException.class, () -> m.moveStart(stack, 0x40000));
        m.checkInvariants();
    }

    @Test
    void gapSearchesOnAnEmptyMapAndWithLargeAlignment() {
        RangeMap<String> m = new RangeMap<>();
        long twoMiB = 2L << 20;
        assertEquals(USER_TOP - twoMiB, m.findGap(PAGE, twoMiB, 0, USER_TOP));
        assertEquals(twoMiB, m.findGapAbove(1, PAGE, twoMiB, USER_TOP));
        assertEquals(RangeMap.NO_GAP, m.findGap(2 * PAGE, PAGE, 0x1000, 0x2000));
        assertEquals(RangeMap.NO_GAP, m.findGap(PAGE, PAGE, 0x2000, 0x2000));
        assertEquals(RangeMap.NO_GAP, m.findGapAbove(USER_TOP, PAGE, PAGE, USER_TOP));
        m.insert(USER_TOP - twoMiB, USER_TOP, "top");
        assertEquals(USER_TOP - 2 * twoMiB, m.findGap(PAGE, twoMiB, 0, USER_TOP));
        assertEquals(USER_TOP - twoMiB - PAGE, m.findGap(PAGE, PAGE, 0, USER_TOP));
        assertEquals(RangeMap.NO_GAP, m.findGapAbove(USER_TOP - twoMiB, PAGE, PAGE, USER_TOP));
        // Alignment rounding must not wrap past 2^64.
        assertEquals(RangeMap.NO_GAP, m.findGapAbove(-PAGE, PAGE, twoMiB, -1));
    }

    @Test
    void theTreeStaysBalancedAndSearchesStayFastWithManyRanges() {
        RangeMap<Integer> m = new RangeMap<>();
        int n = 100_000;
        for (int i = 0; i < n; i++) { // ascending inserts: the worst case for an unbalanced tree
            assertNotNull(m.insert(i * 2 * PAGE, i * 2 * PAGE + PAGE, i));
        }
        m.checkInvariants();
        assertTrue(m.root.height <= 1.45 * (Math.log(n) / Math.log(2)), "height " + m.root.height);
        // One-page holes everywhere: a two-page request only fits above the last range.
        assertEquals(2 * n * PAGE - PAGE, m.findGapAbove(0, 2 * PAGE, PAGE, USER_TOP));
        // Open one two-page hole in the middle: both searches find it (below the top window).
        m.removeRange(n * PAGE, n * PAGE + PAGE, null, null);
        assertEquals(n * PAGE, m.findGap(2 * PAGE, PAGE, 0, (long) n * 2 * PAGE)); // hole: 3 pages from n*PAGE - PAGE
        assertEquals(n * PAGE - PAGE, m.findGapAbove(0, 2 * PAGE, PAGE, USER_TOP));
        for (int i = 0; i < n; i += 2) {
            m.removeRange(i * 2 * PAGE, i * 2 * PAGE + PAGE, null, null);
        }
        m.checkInvariants();
        assertEquals(n / 2, m.size());
        assertSame(m.find(2 * PAGE), m.first());
    }

    @Test
    void forEachStartsAtTheRangeContainingTheAddressAndCanStop() {
        RangeMap<String> m = new RangeMap<>();
        m.insert(0x1000, 0x2000, "a");
        m.insert(0x3000, 0x4000, "b");
        m.insert(0x5000, 0x6000, "c");
        List<String> seen = new ArrayList<>();
        m.forEach(0x3fff, e -> seen.add(e.value()) && !e.value().equals("b"));
        assertEquals(List.of("b"), seen);
        seen.clear();
        m.forEach(0x2000, e -> seen.add(e.value()));
        assertEquals(List.of("b", "c"), seen);
    }
}
