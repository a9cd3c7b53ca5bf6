/*
 * Map that compares keys (and values, in containsValue/remove(k, v)) with == instead of
 * equals, hashing with System.identityHashCode. Open addressing with linear probing over an
 * interleaved key/value table, as in the JDK; iteration follows the table, so its order
 * depends on identity hashes and is not the JVM's (it is not stable there either).
 * Null keys are stored as a private marker.
 */
package java.util;

public class IdentityHashMap<K, V> extends AbstractMap<K, V> implements Map<K, V>, java.io.Serializable, Cloneable {
    private static final int DEFAULT_CAPACITY = 32;
    private static final int MINIMUM_CAPACITY = 4;
    private static final int MAXIMUM_CAPACITY = 1 << 29;
    private static final Object NULL_KEY = new Object();

    /** table[2i] is a key (or null when free), table[2i + 1] its value. */
    transient Object[] table;
    int size;
    transient int modCount;

    public IdentityHashMap() {
        table = new Object[2 * DEFAULT_CAPACITY];
    }

    public IdentityHashMap(int expectedMaxSize) {
        if (expectedMaxSize < 0) {
            throw new IllegalArgumentException("expectedMaxSize is negative: " + expectedMaxSize);
        }
        table = new Object[2 * capacity(expectedMaxSize)];
    }

    public IdentityHashMap(Map<? extends K, ? extends V> m) {
        this((int) ((1 + m.size()) * 1.1));
        putAll(m);
    }

    /** Power of two with room for expectedMaxSize at two-thirds load. */
    private static int capacity(int expectedMaxSize) {
        int min = expectedMaxSize + (expectedMaxSize >> 1);
        if (min > MAXIMUM_CAPACITY || min < 0) {
            return MAXIMUM_CAPACITY;
        }
        int cap = MINIMUM_CAPACITY;
        while (cap < min) {
            cap <<= 1;
        }
        return cap;
    }

    private static Object maskNull(Object key) {
        return (key == null ? NULL_KEY : key);
    }

    @SuppressWarnings("unchecked")
    static <K> K unmaskNull(Object key) {
        return (K) (key == NULL_KEY ? null : key);
    }

    private static int hash(Object x, int length) {
        int h = System.identityHashCode(x);
        // multiply by -127 and keep the low bits of an even index
        return ((h << 1) - (h << 8)) & (length - 1);
    }

    private static int nextKeyIndex(int i, int len) {
        return (i + 2 < len ? i + 2 : 0);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Index of key k in table, or -1. */
    private int indexOf(Object key) {
        Object k = maskNull(key);
        Object[] tab = table;
        int len = tab.length;
        int i = hash(k, len);
        while (true) {
            Object item = tab[i];
            if (item == k) {
                return i;
            }
            if (item == null) {
                return -1;
            }
            i = nextKeyIndex(i, len);
        }
    }

    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : (V) table[i + 1];
    }

    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    public boolean containsValue(Object value) {
        Object[] tab = table;
        for (int i = 1; i < tab.length; i += 2) {
            if (tab[i] == value && tab[i - 1] != null) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    public V put(K key, V value) {
        Object k = maskNull(key);
        while (true) {
            Object[] tab = table;
            int len = tab.length;
            int i = hash(k, len);
            for (Object item; (item = tab[i]) != null; i = nextKeyIndex(i, len)) {
                if (item == k) {
                    V oldValue = (V) tab[i + 1];
                    tab[i + 1] = value;
                    return oldValue;
                }
            }
            int s = size + 1;
            // keep the table at most two-thirds full
            if (s + (s << 1) > len && resize(len)) {
                continue;
            }
            modCount++;
            tab[i] = k;
            tab[i + 1] = value;
            size = s;
            return null;
        }
    }

    private boolean resize(int newCapacity) {
        int newLength = newCapacity * 2;
        Object[] oldTable = table;
        int oldLength = oldTable.length;
        if (oldLength == 2 * MAXIMUM_CAPACITY) {
            if (size == MAXIMUM_CAPACITY - 1) {
                throw new IllegalStateException("Capacity exhausted.");
            }
            return false;
        }
        if (oldLength >= newLength) {
            return false;
        }
        Object[] newTable = new Object[newLength];
        for (int j = 0; j < oldLength; j += 2) {
            Object key = oldTable[j];
            if (key != null) {
                int i = hash(key, newLength);
                while (newTable[i] != null) {
                    i = nextKeyIndex(i, newLength);
                }
                newTable[i] = key;
                newTable[i + 1] = oldTable[j + 1];
            }
        }
        table = newTable;
        return true;
    }

    @SuppressWarnings("unchecked")
    public V remove(Object key) {
        int i = indexOf(key);
        if (i < 0) {
            return null;
        }
        V oldValue = (V) table[i + 1];
        removeAt(i);
        return oldValue;
    }

    /** Frees slot i and moves later entries of the probe run back so lookups still find them. */
    private void removeAt(int d) {
        modCount++;
        size--;
        Object[] tab = table;
        int len = tab.length;
        tab[d] = null;
        tab[d + 1] = null;
        Object item;
        for (int i = nextKeyIndex(d, len); (item = tab[i]) != null; i = nextKeyIndex(i, len)) {
            int r = hash(item, len);
            // move item to d if d lies cyclically between its home slot r and i
            if ((i < r && (r <= d || d <= i)) || (r <= d && d <= i)) {
                tab[d] = item;
                tab[d + 1] = tab[i + 1];
                tab[i] = null;
                tab[i + 1] = null;
                d = i;
            }
        }
    }

    public void putAll(Map<? extends K, ? extends V> m) {
        int n = m.size();
        if (n == 0) {
            return;
        }
        if (n > size) {
            resize(capacity(n));
        }
        for (Entry<? extends K, ? extends V> e : m.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    public void clear() {
        modCount++;
        Arrays.fill(table, null);
        size = 0;
    }

    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof IdentityHashMap<?, ?> m) {
            if (m.size() != size) {
                return false;
            }
            Object[] tab = m.table;
            for (int i = 0; i < tab.length; i += 2) {
                Object k = tab[i];
                if (k != null) {
                    int j = indexOf(unmaskNull(k));
                    if (j < 0 || table[j + 1] != tab[i + 1]) {
                        return false;
                    }
                }
            }
            return true;
        }
        return super.equals(o);
    }

    public int hashCode() {
        int result = 0;
        Object[] tab = table;
        for (int i = 0; i < tab.length; i += 2) {
            Object key = tab[i];
            if (key != null) {
                Object k = unmaskNull(key);
                result += System.identityHashCode(k) ^ System.identityHashCode(tab[i + 1]);
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    public Object clone() {
        try {
            IdentityHashMap<K, V> m = (IdentityHashMap<K, V>) super.clone();
            m.table = table.clone();
            return m;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            public Iterator<Map.Entry<K, V>> iterator() {
                return new EntryIterator();
            }

            public int size() {
                return size;
            }

            public void clear() {
                IdentityHashMap.this.clear();
            }

            public boolean contains(Object o) {
                if (!(o instanceof Map.Entry<?, ?> e)) {
                    return false;
                }
                int i = indexOf(e.getKey());
                return i >= 0 && table[i + 1] == e.getValue();
            }

            public boolean remove(Object o) {
                if (!contains(o)) {
                    return false;
                }
                removeAt(indexOf(((Map.Entry<?, ?>) o).getKey()));
                return true;
            }
        };
    }

    /** Walks the table slots; removal re-walks from the freed slot (entries may move back). */
    private final class EntryIterator implements Iterator<Map.Entry<K, V>> {
        private int index = size != 0 ? 0 : table.length;
        private int expectedModCount = modCount;
        private int lastReturnedIndex = -1;
        private Object[] traversalTable = table;

        public boolean hasNext() {
            Object[] tab = traversalTable;
            for (int i = index; i < tab.length; i += 2) {
                if (tab[i] != null) {
                    index = i;
                    return true;
                }
            }
            index = tab.length;
            return false;
        }

        @SuppressWarnings("unchecked")
        public Map.Entry<K, V> next() {
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            lastReturnedIndex = index;
            index += 2;
            Object[] tab = traversalTable;
            int at = lastReturnedIndex;
            return new AbstractMap.SimpleEntry<K, V>(unmaskNull(tab[at]), (V) tab[at + 1]) {
                public V setValue(V value) {
                    V old = super.setValue(value);
                    int j = indexOf(getKey());
                    if (j >= 0) {
                        table[j + 1] = value;
                    }
                    return old;
                }
            };
        }

        public void remove() {
            if (lastReturnedIndex == -1) {
                throw new IllegalStateException();
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            Object key = traversalTable[lastReturnedIndex];
            if (traversalTable != table) {
                IdentityHashMap.this.remove(unmaskNull(key));
            } else {
                // an entry moved back into the freed slot must still be visited
                traversalTable = table.clone();
                IdentityHashMap.this.remove(unmaskNull(key));
            }
            expectedModCount = modCount;
            lastReturnedIndex = -1;
        }
    }
}
