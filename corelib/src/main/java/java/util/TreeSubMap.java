/*
 * Range and descending views of a TreeMap (subMap, headMap, tailMap, descendingMap and the
 * views of those views). One class covers both directions: bounds are kept in ascending
 * terms (lo..hi, each optional and inclusive or not) and the descending flag mirrors the
 * navigation methods. Writes go to the backing map; a put outside the range throws
 * IllegalArgumentException("key out of range") as the JDK's.
 */
package java.util;

final class TreeSubMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V> {
    private final TreeMap<K, V> m;
    private final K lo;
    private final K hi;
    private final boolean fromStart;
    private final boolean toEnd;
    private final boolean loInclusive;
    private final boolean hiInclusive;
    private final boolean descending;

    private transient NavigableMap<K, V> descendingMapView;
    private transient TreeMapKeySet<K> navigableKeySetView;
    private transient Set<Map.Entry<K, V>> entrySetView;

    TreeSubMap(TreeMap<K, V> m, boolean fromStart, K lo, boolean loInclusive,
               boolean toEnd, K hi, boolean hiInclusive, boolean descending) {
        if (!fromStart && !toEnd) {
            if (m.compare(lo, hi) > 0) {
                throw new IllegalArgumentException("fromKey > toKey");
            }
        } else {
            // type checks
            if (!fromStart) {
                m.compare(lo, lo);
            }
            if (!toEnd) {
                m.compare(hi, hi);
            }
        }
        this.m = m;
        this.fromStart = fromStart;
        this.lo = lo;
        this.loInclusive = loInclusive;
        this.toEnd = toEnd;
        this.hi = hi;
        this.hiInclusive = hiInclusive;
        this.descending = descending;
    }

    // ---- range tests (ascending terms) ----

    private boolean tooLow(Object key) {
        if (!fromStart) {
            int c = m.compare(key, lo);
            return c < 0 || (c == 0 && !loInclusive);
        }
        return false;
    }

    private boolean tooHigh(Object key) {
        if (!toEnd) {
            int c = m.compare(key, hi);
            return c > 0 || (c == 0 && !hiInclusive);
        }
        return false;
    }

    private boolean inRange(Object key) {
        return !tooLow(key) && !tooHigh(key);
    }

    private boolean inClosedRange(Object key) {
        return (fromStart || m.compare(key, lo) >= 0) && (toEnd || m.compare(hi, key) >= 0);
    }

    private boolean inRange(Object key, boolean inclusive) {
        return inclusive ? inRange(key) : inClosedRange(key);
    }

    private TreeMap.Entry<K, V> absLowest() {
        TreeMap.Entry<K, V> e = fromStart ? m.getFirstEntry()
                : (loInclusive ? m.getCeilingEntry(lo) : m.getHigherEntry(lo));
        return (e == null || tooHigh(e.key)) ? null : e;
    }

    private TreeMap.Entry<K, V> absHighest() {
        TreeMap.Entry<K, V> e = toEnd ? m.getLastEntry()
                : (hiInclusive ? m.getFloorEntry(hi) : m.getLowerEntry(hi));
        return (e == null || tooLow(e.key)) ? null : e;
    }

    private TreeMap.Entry<K, V> absCeiling(K key) {
        if (tooLow(key)) {
            return absLowest();
        }
        TreeMap.Entry<K, V> e = m.getCeilingEntry(key);
        return (e == null || tooHigh(e.key)) ? null : e;
    }

    private TreeMap.Entry<K, V> absHigher(K key) {
        if (tooLow(key)) {
            return absLowest();
        }
        TreeMap.Entry<K, V> e = m.getHigherEntry(key);
        return (e == null || tooHigh(e.key)) ? null : e;
    }

    private TreeMap.Entry<K, V> absFloor(K key) {
        if (tooHigh(key)) {
            return absHighest();
        }
        TreeMap.Entry<K, V> e = m.getFloorEntry(key);
        return (e == null || tooLow(e.key)) ? null : e;
    }

    private TreeMap.Entry<K, V> absLower(K key) {
        if (tooHigh(key)) {
            return absHighest();
        }
        TreeMap.Entry<K, V> e = m.getLowerEntry(key);
        return (e == null || tooLow(e.key)) ? null : e;
    }

    /** The entry just past the high end (exclusive fence for ascending walks), or null. */
    private TreeMap.Entry<K, V> absHighFence() {
        return toEnd ? null : (hiInclusive ? m.getHigherEntry(hi) : m.getCeilingEntry(hi));
    }

    private TreeMap.Entry<K, V> absLowFence() {
        return fromStart ? null : (loInclusive ? m.getLowerEntry(lo) : m.getFloorEntry(lo));
    }

    // ---- direction-relative navigation ----

    private TreeMap.Entry<K, V> subLowest() {
        return descending ? absHighest() : absLowest();
    }

    private TreeMap.Entry<K, V> subHighest() {
        return descending ? absLowest() : absHighest();
    }

    private TreeMap.Entry<K, V> subCeiling(K key) {
        return descending ? absFloor(key) : absCeiling(key);
    }

    private TreeMap.Entry<K, V> subHigher(K key) {
        return descending ? absLower(key) : absHigher(key);
    }

    private TreeMap.Entry<K, V> subFloor(K key) {
        return descending ? absCeiling(key) : absFloor(key);
    }

    private TreeMap.Entry<K, V> subLower(K key) {
        return descending ? absHigher(key) : absLower(key);
    }

    // ---- Map ----

    public boolean isEmpty() {
        return (fromStart && toEnd) ? m.isEmpty() : absLowest() == null;
    }

    public int size() {
        if (fromStart && toEnd) {
            return m.size();
        }
        int n = 0;
        TreeMap.Entry<K, V> fence = absHighFence();
        for (TreeMap.Entry<K, V> e = absLowest(); e != null && e != fence; e = TreeMap.successor(e)) {
            n++;
        }
        return n;
    }

    public boolean containsKey(Object key) {
        return inRange(key) && m.containsKey(key);
    }

    public V put(K key, V value) {
        if (!inRange(key)) {
            throw new IllegalArgumentException("key out of range");
        }
        return m.put(key, value);
    }

    public V putIfAbsent(K key, V value) {
        if (!inRange(key)) {
            throw new IllegalArgumentException("key out of range");
        }
        return m.putIfAbsent(key, value);
    }

    public V get(Object key) {
        return !inRange(key) ? null : m.get(key);
    }

    public V remove(Object key) {
        return !inRange(key) ? null : m.remove(key);
    }

    public Comparator<? super K> comparator() {
        return descending ? Collections.reverseOrder(m.comparator()) : m.comparator();
    }

    public Map.Entry<K, V> ceilingEntry(K key) {
        return TreeMap.exportEntry(subCeiling(key));
    }

    public K ceilingKey(K key) {
        return TreeMap.keyOrNull(subCeiling(key));
    }

    public Map.Entry<K, V> higherEntry(K key) {
        return TreeMap.exportEntry(subHigher(key));
    }

    public K higherKey(K key) {
        return TreeMap.keyOrNull(subHigher(key));
    }

    public Map.Entry<K, V> floorEntry(K key) {
        return TreeMap.exportEntry(subFloor(key));
    }

    public K floorKey(K key) {
        return TreeMap.keyOrNull(subFloor(key));
    }

    public Map.Entry<K, V> lowerEntry(K key) {
        return TreeMap.exportEntry(subLower(key));
    }

    public K lowerKey(K key) {
        return TreeMap.keyOrNull(subLower(key));
    }

    public K firstKey() {
        return TreeMap.key(subLowest());
    }

    public K lastKey() {
        return TreeMap.key(subHighest());
    }

    public Map.Entry<K, V> firstEntry() {
        return TreeMap.exportEntry(subLowest());
    }

    public Map.Entry<K, V> lastEntry() {
        return TreeMap.exportEntry(subHighest());
    }

    public Map.Entry<K, V> pollFirstEntry() {
        TreeMap.Entry<K, V> e = subLowest();
        Map.Entry<K, V> result = TreeMap.exportEntry(e);
        if (e != null) {
            m.deleteEntry(e);
        }
        return result;
    }

    public Map.Entry<K, V> pollLastEntry() {
        TreeMap.Entry<K, V> e = subHighest();
        Map.Entry<K, V> result = TreeMap.exportEntry(e);
        if (e != null) {
            m.deleteEntry(e);
        }
        return result;
    }

    public NavigableSet<K> navigableKeySet() {
        TreeMapKeySet<K> nksv = navigableKeySetView;
        return (nksv != null) ? nksv : (navigableKeySetView = new TreeMapKeySet<>(this));
    }

    public Set<K> keySet() {
        return navigableKeySet();
    }

    public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    public NavigableMap<K, V> descendingMap() {
        NavigableMap<K, V> mv = descendingMapView;
        return (mv != null) ? mv
                : (descendingMapView = new TreeSubMap<>(m, fromStart, lo, loInclusive, toEnd, hi, hiInclusive,
                        !descending));
    }

    public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        if (!inRange(fromKey, fromInclusive)) {
            throw new IllegalArgumentException("fromKey out of range");
        }
        if (!inRange(toKey, toInclusive)) {
            throw new IllegalArgumentException("toKey out of range");
        }
        if (descending) {
            return new TreeSubMap<>(m, false, toKey, toInclusive, false, fromKey, fromInclusive, true);
        }
        return new TreeSubMap<>(m, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
    }

    public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        if (!inRange(toKey, inclusive)) {
            throw new IllegalArgumentException("toKey out of range");
        }
        if (descending) {
            return new TreeSubMap<>(m, false, toKey, inclusive, toEnd, hi, hiInclusive, true);
        }
        return new TreeSubMap<>(m, fromStart, lo, loInclusive, false, toKey, inclusive, false);
    }

    public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        if (!inRange(fromKey, inclusive)) {
            throw new IllegalArgumentException("fromKey out of range");
        }
        if (descending) {
            return new TreeSubMap<>(m, fromStart, lo, loInclusive, false, fromKey, inclusive, true);
        }
        return new TreeSubMap<>(m, false, fromKey, inclusive, toEnd, hi, hiInclusive, false);
    }

    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    public SortedMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    public SortedMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySetView;
        return (es != null) ? es : (entrySetView = new EntrySetView());
    }

    Iterator<K> keyIterator() {
        return new SubMapIterator<>(descending, KEY);
    }

    Iterator<K> descendingKeyIterator() {
        return new SubMapIterator<>(!descending, KEY);
    }

    private final class EntrySetView extends AbstractSet<Map.Entry<K, V>> {
        public Iterator<Map.Entry<K, V>> iterator() {
            return new SubMapIterator<>(descending, ENTRY);
        }

        public int size() {
            return TreeSubMap.this.size();
        }

        public boolean isEmpty() {
            return TreeSubMap.this.isEmpty();
        }

        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry<?, ?> entry)) {
                return false;
            }
            Object key = entry.getKey();
            if (!inRange(key)) {
                return false;
            }
            TreeMap.Entry<?, ?> node = m.getEntry(key);
            return node != null && Objects.equals(node.getValue(), entry.getValue());
        }

        public boolean remove(Object o) {
            if (!(o instanceof Map.Entry<?, ?> entry)) {
                return false;
            }
            Object key = entry.getKey();
            if (!inRange(key)) {
                return false;
            }
            TreeMap.Entry<K, V> node = m.getEntry(key);
            if (node != null && Objects.equals(node.getValue(), entry.getValue())) {
                m.deleteEntry(node);
                return true;
            }
            return false;
        }
    }

    private static final int KEY = 0;
    private static final int ENTRY = 1;
    /** Fence key meaning "no fence": never identical to a real key. */
    private static final Object UNBOUNDED = new Object();

    /** Walks the range in one direction until the fence entry's key. */
    private final class SubMapIterator<T> implements Iterator<T> {
        private final boolean backwards;
        private final int kind;
        private final Object fenceKey;
        private TreeMap.Entry<K, V> lastReturned;
        private TreeMap.Entry<K, V> next;
        private int expectedModCount;

        SubMapIterator(boolean backwards, int kind) {
            this.backwards = backwards;
            this.kind = kind;
            expectedModCount = m.modCount;
            next = backwards ? absHighest() : absLowest();
            TreeMap.Entry<K, V> fence = backwards ? absLowFence() : absHighFence();
            fenceKey = fence == null ? UNBOUNDED : fence.key;
        }

        public boolean hasNext() {
            return next != null && next.key != fenceKey;
        }

        @SuppressWarnings("unchecked")
        public T next() {
            TreeMap.Entry<K, V> e = next;
            if (e == null || e.key == fenceKey) {
                throw new NoSuchElementException();
            }
            if (m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            next = backwards ? TreeMap.predecessor(e) : TreeMap.successor(e);
            lastReturned = e;
            return (T) (kind == KEY ? e.key : e);
        }

        public void remove() {
            if (lastReturned == null) {
                throw new IllegalStateException();
            }
            if (m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            // forwards: an entry with two children takes its successor's contents when deleted
            if (!backwards && lastReturned.left != null && lastReturned.right != null) {
                next = lastReturned;
            }
            m.deleteEntry(lastReturned);
            lastReturned = null;
            expectedModCount = m.modCount;
        }
    }
}
