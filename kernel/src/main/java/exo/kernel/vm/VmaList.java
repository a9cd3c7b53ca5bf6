/*
 * The regions of an address space, sorted by address and never overlapping. A sorted array
 * with binary search: lookups are O(log n), changes O(n), which suits programs with tens to a
 * few hundred regions. FIXME: move to a balanced tree (util.RangeMap) for programs with
 * thousands of mappings. Used only by AddressSpace, under its lock.
 */
package exo.kernel.vm;

import java.util.ArrayList;

final class VmaList {
    private final ArrayList<Vma> list = new ArrayList<>();

    /** Where the last successful search ended: lookups mostly repeat (faults in one region)
     *  or step to the next region (next(), as fork and exit walk the list), so search looks
     *  there first. Any index is safe: a hit is checked against the region's bounds. */
    private int hint;

    /** Index of the region containing addr, or -(insertion point) - 1. */
    private int search(long addr) {
        int n = list.size();
        for (int h = hint; h < n && h <= hint + 1; h++) {
            Vma v = list.get(h);
            if (Long.compareUnsigned(addr, v.start) >= 0 && Long.compareUnsigned(addr, v.end) < 0) {
                hint = h;
                return h;
            }
        }
        int lo = 0;
        int hi = n - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Vma v = list.get(mid);
            if (Long.compareUnsigned(addr, v.start) < 0) {
                hi = mid - 1;
            } else if (Long.compareUnsigned(addr, v.end) >= 0) {
                lo = mid + 1;
            } else {
                hint = mid;
                return mid;
            }
        }
        return -lo - 1;
    }

    Vma find(long addr) {
        int i = search(addr);
        return i >= 0 ? list.get(i) : null;
    }

    /** The first region starting above addr (addr itself unmapped), or null. */
    Vma findAbove(long addr) {
        int i = search(addr);
        int at = i >= 0 ? i + 1 : -i - 1;
        return at < list.size() ? list.get(at) : null;
    }

    /** The last region ending at or below addr (addr itself unmapped), or null. */
    Vma findBelow(long addr) {
        int i = search(addr);
        int at = i >= 0 ? i - 1 : -i - 2;
        return at >= 0 ? list.get(at) : null;
    }

    void insert(Vma v) {
        int i = search(v.start);
        if (i >= 0) {
            throw new IllegalStateException("overlapping region at " + Long.toHexString(v.start));
        }
        int at = -i - 1;
        if (at < list.size() && Long.compareUnsigned(list.get(at).start, v.end) < 0) {
            throw new IllegalStateException("overlapping region at " + Long.toHexString(v.start));
        }
        list.add(at, v);
    }

    /** Splits the region containing addr there, so that addr becomes a region boundary. */
    void splitAt(long addr) {
        int i = search(addr);
        if (i >= 0 && list.get(i).start != addr) {
            list.add(i + 1, list.get(i).splitAt(addr));
        }
    }

    /** Removes [start, end) from the regions, splitting those that straddle the ends. */
    void removeRange(long start, long end) {
        splitAt(start);
        splitAt(end);
        int i = search(start);
        int at = i >= 0 ? i : -i - 1;
        while (at < list.size() && Long.compareUnsigned(list.get(at).start, end) < 0) {
            list.remove(at).dropped();
        }
    }

    /** Joins the region containing start with the compatible regions after it, up to end (Vma.canJoin). */
    void joinFrom(long start, long end) {
        int i = search(start);
        if (i < 0) {
            return;
        }
        Vma v = list.get(i);
        while (i + 1 < list.size() && Long.compareUnsigned(v.end, end) < 0 && v.canJoin(list.get(i + 1))) {
            Vma next = list.remove(i + 1);
            v.end = next.end;
            next.dropped();   // v holds the same file: the second reference goes
        }
    }

    boolean isFree(long start, long end) {
        int i = search(start);
        if (i >= 0) {
            return false;
        }
        int at = -i - 1;
        return at >= list.size() || Long.compareUnsigned(list.get(at).start, end) >= 0;
    }

    /** Is every byte of [start, end) inside some region? */
    boolean isFullyMapped(long start, long end) {
        long a = start;
        while (Long.compareUnsigned(a, end) < 0) {
            Vma v = find(a);
            if (v == null) {
                return false;
            }
            a = v.end;
        }
        return true;
    }

    /** The highest len-byte free range ending at or below top and starting at or above low; -1. */
    long findGapBelow(long top, long len, long low) {
        long end = top;
        for (int i = list.size() - 1; i >= -1; i--) {
            long gapStart = i >= 0 ? list.get(i).end : low;
            if (i >= 0 && Long.compareUnsigned(list.get(i).start, end) >= 0) {
                continue;   // regions above the search area
            }
            if (Long.compareUnsigned(gapStart, low) < 0) {
                gapStart = low;
            }
            if (Long.compareUnsigned(end, gapStart) > 0 && Long.compareUnsigned(end - gapStart, len) >= 0) {
                return end - len;
            }
            if (i >= 0) {
                end = list.get(i).start;
            }
        }
        return -1;
    }

    Vma first() {
        return list.isEmpty() ? null : list.get(0);
    }

    Vma next(Vma v) {
        int i = search(v.start);
        return i >= 0 && i + 1 < list.size() ? list.get(i + 1) : null;
    }

    void clear() {
        for (Vma v : list) {
            v.dropped();
        }
        list.clear();
    }

    int size() {
        return list.size();
    }
}
