/*
 * An ordered map from non-overlapping half-open address ranges [start, end) to values: the shape
 * of a process's VMA set. Addresses are unsigned 64-bit. The tree is an AVL tree keyed by start,
 * each node augmented with the free gap just below it (gapBefore: its start minus the end of the
 * range before it, or minus 0 for the lowest) and the largest such gap in its subtree (maxGap),
 * so find, insert, remove and the mmap placement searches (RangeGaps) take O(log n).
 *
 * Used by the address-space code: mmap asks findGap/findGapAbove for a place, munmap calls
 * removeRange (which cuts straddling ranges through the caller's Splitter, e.g. a VMA whose file
 * offset moves), mprotect calls splitAt at both ends then merge, brk and a stack growing down
 * call resize and moveStart. The map knows nothing of pages, permissions or files; it never
 * allocates except one Entry per range. Not thread-safe: the address space's lock covers it.
 * Entries must not be modified by callers except through setValue, and the map must not change
 * during forEach.
 */
package exo.kernel.util;

public final class RangeMap<V> {
    /** Returned by the gap searches when nothing fits. Never a valid start (length >= 1). */
    public static final long NO_GAP = -1L;

    /** One range and its value; also the tree node. */
    public static final class Entry<V> {
        long start;
        long end;
        V value;
        long gapBefore;
        long maxGap;
        int height = 1;
        Entry<V> left;
        Entry<V> right;

        Entry(long start, long end, V value) {
            this.start = start;
            this.end = end;
            this.value = value;
        }

        public long start() {
            return start;
        }

        /** Exclusive. */
        public long end() {
            return end;
        }

        public long length() {
            return end - start;
        }

        public V value() {
            return value;
        }

        public void setValue(V value) {
            this.value = value;
        }

        @Override
        public String toString() {
            return "[" + Fmt.hex(start) + ", " + Fmt.hex(end) + ") " + value;
        }
    }

    /** Cuts v, which covers a range being split at `at`: returns the value for [at, end); v keeps [start, at). */
    public interface Splitter<V> {
        V split(V v, long at);
    }

    /** Receives each range removeRange takes out, in ascending order. */
    public interface Removed<V> {
        void removed(long start, long end, V value);
    }

    /** forEach's callback; returning false stops the walk. */
    public interface Visitor<V> {
        boolean visit(Entry<V> e);
    }

    /** Decides whether two touching ranges may become one; the lower's value is kept. */
    public interface MergeRule<V> {
        boolean canMerge(Entry<V> lower, Entry<V> upper);

        /** Called after upper's range was folded into lower: release what `dropped` held. */
        default void merged(V kept, V dropped) {}
    }

    Entry<V> root;
    private int size;

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    // ---- lookups ------------------------------------------------------------------------

    /** The range containing addr, or null. */
    public Entry<V> find(long addr) {
        Entry<V> e = findAbove(addr);
        return e != null && !below(addr, e.start) ? e : null;
    }

    /** The lowest range ending above addr: the one containing addr or else the next one (Linux's find_vma). */
    public Entry<V> findAbove(long addr) {
        Entry<V> best = null;
        for (Entry<V> n = root; n != null; ) {
            if (below(addr, n.end)) {
                best = n;
                n = n.left;
            } else {
                n = n.right;
            }
        }
        return best;
    }

    /** The highest range starting below addr (it may contain addr), or null. */
    public Entry<V> findBelow(long addr) {
        Entry<V> best = null;
        for (Entry<V> n = root; n != null; ) {
            if (below(n.start, addr)) {
                best = n;
                n = n.right;
            } else {
                n = n.left;
            }
        }
        return best;
    }

    public Entry<V> first() {
        Entry<V> n = root;
        while (n != null && n.left != null) {
            n = n.left;
        }
        return n;
    }

    public Entry<V> last() {
        Entry<V> n = root;
        while (n != null && n.right != null) {
            n = n.right;
        }
        return n;
    }

    /** The range after e in address order (not necessarily touching it), or null. */
    public Entry<V> next(Entry<V> e) {
        return findAbove(e.end); // ranges after e end above e.end, ranges before it end at or below e.start
    }

    /** The range before e in address order, or null. */
    public Entry<V> prev(Entry<V> e) {
        return findBelow(e.start);
    }

    /** True when no range overlaps [start, end). */
    public boolean isFree(long start, long end) {
        checkRange(start, end);
        Entry<V> e = findAbove(start);
        return e == null || !below(e.start, end);
    }

    /** Visits, in ascending order, every range ending above `from` until the visitor returns false. */
    public void forEach(long from, Visitor<V> visitor) {
        walk(root, from, visitor);
    }

    private boolean walk(Entry<V> n, long from, Visitor<V> visitor) {
        if (n == null) {
            return true;
        }
        if (below(from, n.end)) {
            if (!walk(n.left, from, visitor) || !visitor.visit(n)) {
                return false;
            }
        }
        return walk(n.right, from, visitor);
    }

    // ---- updates --------------------------------------------------------------------------

    /** Adds [start, end) -> value and returns its entry, or null when it overlaps an existing range. */
    public Entry<V> insert(long start, long end, V value) {
        checkRange(start, end);
        Entry<V> succ = findAbove(start);
        if (succ != null && below(succ.start, end)) {
            return null;
        }
        Entry<V> e = new Entry<>(start, end, value);
        insertEntry(e, succ);
        return e;
    }

    /**
     * Removes every part of [start, end) that is mapped, cutting ranges that straddle either end
     * through splitter, and hands each removed piece to `removed` (may be null) in ascending
     * order. Returns the number of pieces removed.
     */
    public int removeRange(long start, long end, Splitter<V> splitter, Removed<V> removed) {
        checkRange(start, end);
        splitAt(start, splitter);
        splitAt(end, splitter);
        int count = 0;
        for (Entry<V> e = findAbove(start); e != null && below(e.start, end); e = findAbove(start)) {
            removeEntry(e);
            count++;
            if (removed != null) {
                removed.removed(e.start, e.end, e.value);
            }
        }
        return count;
    }

    /** Removes exactly this entry. */
    public void remove(Entry<V> e) {
        if (find(e.start) != e) {
            throw new IllegalArgumentException("not an entry of this map: " + e);
        }
        removeEntry(e);
    }

    /**
     * Makes `at` a boundary: a range strictly containing it is cut in two, the upper part's value
     * coming from splitter. Returns the entry that now starts at `at`, or null when none does.
     */
    public Entry<V> splitAt(long at, Splitter<V> splitter) {
        Entry<V> e = find(at);
        if (e == null) {
            return null;
        }
        if (e.start == at) {
            return e;
        }
        if (splitter == null) {
            throw new IllegalArgumentException("no splitter to cut " + e + " at " + Fmt.hex(at));
        }
        long oldEnd = e.end;
        V upper = splitter.split(e.value, at);
        Entry<V> succ = next(e);
        e.end = at; // the new entry fills [at, oldEnd): no gap anywhere changes
        Entry<V> u = new Entry<>(at, oldEnd, upper);
        insertEntry(u, succ);
        return u;
    }

    /**
     * Folds e into its touching neighbours where rule allows (lower values are kept), and
     * returns the entry that now covers e's range.
     */
    public Entry<V> merge(Entry<V> e, MergeRule<V> rule) {
        Entry<V> n = next(e);
        if (n != null && n.start == e.end && rule.canMerge(e, n)) {
            absorb(e, n, rule);
        }
        Entry<V> p = prev(e);
        if (p != null && p.end == e.start && rule.canMerge(p, e)) {
            absorb(p, e, rule);
            return p;
        }
        return e;
    }

    private void absorb(Entry<V> lower, Entry<V> upper, MergeRule<V> rule) {
        removeEntry(upper);
        setEnd(lower, upper.end);
        rule.merged(lower.value, upper.value);
    }

    /**
     * Moves e's end (growing into free space or shrinking), as brk and mremap need.
     * Returns false, changing nothing, when the new end would overlap the next range.
     */
    public boolean resize(Entry<V> e, long newEnd) {
        checkRange(e.start, newEnd);
        Entry<V> succ = next(e);
        if (succ != null && below(succ.start, newEnd)) {
            return false;
        }
        setEnd(e, newEnd);
        return true;
    }

    /**
     * Moves e's start (a stack growing down into free space, or a range trimmed from below).
     * Returns false, changing nothing, when the new start would overlap the previous range.
     */
    public boolean moveStart(Entry<V> e, long newStart) {
        checkRange(newStart, e.end);
        Entry<V> pred = prev(e);
        if (pred != null && below(newStart, pred.end)) {
            return false;
        }
        e.start = newStart; // the order is unchanged: no range lies between pred and e
        retune(e, pred != null ? pred.end : 0);
        return true;
    }

    /** Highest aligned start s with [s, s+length) free inside [low, high): see RangeGaps. */
    public long findGap(long length, long alignment, long low, long high) {
        return RangeGaps.highest(this, length, alignment, low, high);
    }

    /** Lowest aligned start s >= hint with [s, s+length) free and below high: see RangeGaps. */
    public long findGapAbove(long hint, long length, long alignment, long high) {
        return RangeGaps.lowest(this, hint, length, alignment, high);
    }

    // ---- tree maintenance -------------------------------------------------------------------

    private void insertEntry(Entry<V> e, Entry<V> succ) {
        Entry<V> pred = succ != null ? prev(succ) : last();
        e.gapBefore = e.start - (pred != null ? pred.end : 0);
        root = insertAt(root, e);
        size++;
        if (succ != null) {
            retune(succ, e.end);
        }
    }

    private void removeEntry(Entry<V> e) {
        Entry<V> pred = prev(e);
        Entry<V> succ = next(e);
        root = removeAt(root, e.start);
        size--;
        e.left = e.right = null;
        if (succ != null) {
            retune(succ, pred != null ? pred.end : 0);
        }
    }

    private void setEnd(Entry<V> e, long newEnd) {
        Entry<V> succ = next(e);
        e.end = newEnd;
        if (succ != null) {
            retune(succ, newEnd);
        }
    }

    /** succ's predecessor now ends at predEnd: fix its gap and the maxGap of its ancestors. */
    private void retune(Entry<V> succ, long predEnd) {
        succ.gapBefore = succ.start - predEnd;
        refresh(root, succ.start);
    }

    private void refresh(Entry<V> n, long key) {
        if (n == null) {
            return;
        }
        if (key != n.start) {
            refresh(below(key, n.start) ? n.left : n.right, key);
        }
        update(n);
    }

    private Entry<V> insertAt(Entry<V> n, Entry<V> e) {
        if (n == null) {
            update(e);
            return e;
        }
        if (below(e.start, n.start)) {
            n.left = insertAt(n.left, e);
        } else {
            n.right = insertAt(n.right, e);
        }
        return rebalance(n);
    }

    private Entry<V> removeAt(Entry<V> n, long key) {
        if (key != n.start) {
            if (below(key, n.start)) {
                n.left = removeAt(n.left, key);
            } else {
                n.right = removeAt(n.right, key);
            }
            return rebalance(n);
        }
        if (n.left == null || n.right == null) {
            Entry<V> child = n.left != null ? n.left : n.right;
            if (child != null) {
                update(child);
            }
            return child;
        }
        Entry<V> heir = n.right;
        while (heir.left != null) {
            heir = heir.left;
        }
        heir.right = removeMin(n.right);
        heir.left = n.left;
        return rebalance(heir);
    }

    private Entry<V> removeMin(Entry<V> n) {
        if (n.left == null) {
            return n.right;
        }
        n.left = removeMin(n.left);
        return rebalance(n);
    }

    private Entry<V> rebalance(Entry<V> n) {
        update(n);
        int balance = height(n.left) - height(n.right);
        if (balance > 1) {
            if (height(n.left.left) < height(n.left.right)) {
                n.left = rotateLeft(n.left);
            }
            return rotateRight(n);
        }
        if (balance < -1) {
            if (height(n.right.right) < height(n.right.left)) {
                n.right = rotateRight(n.right);
            }
            return rotateLeft(n);
        }
        return n;
    }

    private Entry<V> rotateRight(Entry<V> n) {
        Entry<V> l = n.left;
        n.left = l.right;
        l.right = n;
        update(n);
        update(l);
        return l;
    }

    private Entry<V> rotateLeft(Entry<V> n) {
        Entry<V> r = n.right;
        n.right = r.left;
        r.left = n;
        update(n);
        update(r);
        return r;
    }

    private static <V> void update(Entry<V> n) {
        n.height = 1 + Math.max(height(n.left), height(n.right));
        long gap = n.gapBefore;
        if (n.left != null && below(gap, n.left.maxGap)) {
            gap = n.left.maxGap;
        }
        if (n.right != null && below(gap, n.right.maxGap)) {
            gap = n.right.maxGap;
        }
        n.maxGap = gap;
    }

    private static int height(Entry<?> n) {
        return n == null ? 0 : n.height;
    }

    /** Unsigned a < b. */
    static boolean below(long a, long b) {
        return (a ^ Long.MIN_VALUE) < (b ^ Long.MIN_VALUE);
    }

    private static void checkRange(long start, long end) {
        if (!below(start, end)) {
            throw new IllegalArgumentException("empty or inverted range [" + Fmt.hex(start) + ", " + Fmt.hex(end) + ")");
        }
    }

    // ---- self-check for tests -----------------------------------------------------------------

    /** Checks order, AVL balance, heights, gaps and the size; throws IllegalStateException. */
    void checkInvariants() {
        long[] prevEnd = {0};
        boolean[] any = {false};
        int count = check(root, prevEnd, any);
        if (count != size) {
            throw new IllegalStateException("size " + size + " but " + count + " entries");
        }
    }

    private int check(Entry<V> n, long[] prevEnd, boolean[] any) {
        if (n == null) {
            return 0;
        }
        int count = check(n.left, prevEnd, any);
        if (any[0] && below(n.start, prevEnd[0])) {
            throw new IllegalStateException("overlap or disorder at " + n);
        }
        if (!below(n.start, n.end) || n.gapBefore != n.start - prevEnd[0]) {
            throw new IllegalStateException("bad range or gap at " + n + " gap " + Fmt.hex(n.gapBefore));
        }
        prevEnd[0] = n.end;
        any[0] = true;
        count += 1 + check(n.right, prevEnd, any);
        int hl = height(n.left);
        int hr = height(n.right);
        long maxGap = n.maxGap;
        int h = n.height;
        update(n);
        if (n.maxGap != maxGap || n.height != h || Math.abs(hl - hr) > 1) {
            throw new IllegalStateException("stale maxGap or unbalanced at " + n);
        }
        return count;
    }
}
