/*
 * The synchronized legacy map. Observable behaviour follows the JDK's: 11 buckets to start,
 * load factor 0.75, growth to 2n+1 buckets, bucket = (hash & 0x7FFFFFFF) % buckets, new
 * entries at the head of their chain, and iteration from the last bucket to the first, so
 * toString and the views list entries in the JDK's order. Null keys and values are refused.
 */
package java.util;

import java.util.function.BiConsumer;

public class Hashtable<K, V> extends Dictionary<K, V> implements Map<K, V>, Cloneable, java.io.Serializable {
    private static final long serialVersionUID = 1421746759512286392L;
    private static final int MAX_ARRAY_SIZE = Integer.MAX_VALUE - 8;

    private Node<?, ?>[] table;
    private int count;
    private int threshold;
    private final float loadFactor;
    private int modCount;

    private static final class Node<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Node<K, V> next;

        Node(int hash, K key, V value, Node<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return value;
        }

        public V setValue(V v) {
            if (v == null) {
                throw new NullPointerException();
            }
            V old = value;
            value = v;
            return old;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e && Objects.equals(key, e.getKey()) && Objects.equals(value, e.getValue());
        }

        @Override
        public int hashCode() {
            return hash ^ Objects.hashCode(value);
        }

        @Override
        public String toString() {
            return key + "=" + value;
        }
    }

    public Hashtable(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        }
        if (loadFactor <= 0 || Float.isNaN(loadFactor)) {
            throw new IllegalArgumentException("Illegal Load: " + loadFactor);
        }
        if (initialCapacity == 0) {
            initialCapacity = 1;
        }
        this.loadFactor = loadFactor;
        table = new Node<?, ?>[initialCapacity];
        threshold = (int) Math.min(initialCapacity * loadFactor, MAX_ARRAY_SIZE + 1);
    }

    public Hashtable(int initialCapacity) {
        this(initialCapacity, 0.75f);
    }

    public Hashtable() {
        this(11, 0.75f);
    }

    public Hashtable(Map<? extends K, ? extends V> t) {
        this(Math.max(2 * t.size(), 11), 0.75f);
        putAll(t);
    }

    private int index(int hash, int length) {
        return (hash & 0x7FFFFFFF) % length;
    }

    @SuppressWarnings("unchecked")
    private Node<K, V> find(Object key) {
        int hash = key.hashCode();
        for (Node<?, ?> e = table[index(hash, table.length)]; e != null; e = e.next) {
            if (e.hash == hash && e.key.equals(key)) {
                return (Node<K, V>) e;
            }
        }
        return null;
    }

    public synchronized int size() {
        return count;
    }

    public synchronized boolean isEmpty() {
        return count == 0;
    }

    public synchronized Enumeration<K> keys() {
        return Collections.enumeration(new ArrayList<>(keySet()));
    }

    public synchronized Enumeration<V> elements() {
        return Collections.enumeration(new ArrayList<>(values()));
    }

    public synchronized boolean contains(Object value) {
        if (value == null) {
            throw new NullPointerException();
        }
        for (int i = table.length; i-- > 0;) {
            for (Node<?, ?> e = table[i]; e != null; e = e.next) {
                if (e.value.equals(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean containsValue(Object value) {
        return contains(value);
    }

    public synchronized boolean containsKey(Object key) {
        return find(key) != null;
    }

    public synchronized V get(Object key) {
        Node<K, V> e = find(key);
        return e == null ? null : e.value;
    }

    /** Doubles the table plus one and reinserts, walking buckets from the last, as the JDK does. */
    @SuppressWarnings("unchecked")
    protected void rehash() {
        int oldCapacity = table.length;
        Node<?, ?>[] oldMap = table;
        int newCapacity = (oldCapacity << 1) + 1;
        if (newCapacity - MAX_ARRAY_SIZE > 0) {
            if (oldCapacity == MAX_ARRAY_SIZE) {
                return;
            }
            newCapacity = MAX_ARRAY_SIZE;
        }
        Node<?, ?>[] newMap = new Node<?, ?>[newCapacity];
        modCount++;
        threshold = (int) Math.min(newCapacity * loadFactor, MAX_ARRAY_SIZE + 1);
        table = newMap;
        for (int i = oldCapacity; i-- > 0;) {
            for (Node<K, V> old = (Node<K, V>) oldMap[i]; old != null;) {
                Node<K, V> e = old;
                old = old.next;
                int index = index(e.hash, newCapacity);
                e.next = (Node<K, V>) newMap[index];
                newMap[index] = e;
            }
        }
    }

    @SuppressWarnings("unchecked")
    public synchronized V put(K key, V value) {
        if (value == null) {
            throw new NullPointerException();
        }
        Node<K, V> e = find(key);
        if (e != null) {
            V old = e.value;
            e.value = value;
            return old;
        }
        if (count >= threshold) {
            rehash();
        }
        int hash = key.hashCode();
        int index = index(hash, table.length);
        table[index] = new Node<>(hash, key, value, (Node<K, V>) table[index]);
        count++;
        modCount++;
        return null;
    }

    @SuppressWarnings("unchecked")
    public synchronized V remove(Object key) {
        int hash = key.hashCode();
        int index = index(hash, table.length);
        Node<K, V> prev = null;
        for (Node<K, V> e = (Node<K, V>) table[index]; e != null; prev = e, e = e.next) {
            if (e.hash == hash && e.key.equals(key)) {
                if (prev != null) {
                    prev.next = e.next;
                } else {
                    table[index] = e.next;
                }
                modCount++;
                count--;
                return e.value;
            }
        }
        return null;
    }

    public synchronized void putAll(Map<? extends K, ? extends V> t) {
        for (Map.Entry<? extends K, ? extends V> e : t.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    public synchronized void clear() {
        Arrays.fill(table, null);
        modCount++;
        count = 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized Object clone() {
        Hashtable<K, V> t = new Hashtable<>(table.length, loadFactor);
        for (int i = 0; i < table.length; i++) {
            Node<K, V> copy = null, tail = null;
            for (Node<K, V> e = (Node<K, V>) table[i]; e != null; e = e.next) {
                Node<K, V> n = new Node<>(e.hash, e.key, e.value, null);
                if (tail == null) {
                    copy = n;
                } else {
                    tail.next = n;
                }
                tail = n;
            }
            t.table[i] = copy;
        }
        t.count = count;
        return t;
    }

    @Override
    public synchronized String toString() {
        StringBuilder sb = new StringBuilder("{");
        Iterator<Map.Entry<K, V>> it = entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<K, V> e = it.next();
            sb.append(e.getKey() == this ? "(this Map)" : e.getKey().toString());
            sb.append('=');
            sb.append(e.getValue() == this ? "(this Map)" : e.getValue().toString());
            if (it.hasNext()) {
                sb.append(", ");
            }
        }
        return sb.append('}').toString();
    }

    /** Entries from the last bucket to the first, each chain from its head. */
    private final class EntryIterator implements Iterator<Map.Entry<K, V>> {
        private int index = table.length;
        private Node<?, ?> next;
        private Node<?, ?> last;
        private int expectedModCount = modCount;

        @Override
        public boolean hasNext() {
            while (next == null && index > 0) {
                next = table[--index];
            }
            return next != null;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Map.Entry<K, V> next() {
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (!hasNext()) {
                throw new NoSuchElementException("Hashtable Enumerator");
            }
            last = next;
            next = next.next;
            return (Map.Entry<K, V>) last;
        }

        @Override
        public void remove() {
            if (last == null) {
                throw new IllegalStateException("Hashtable Enumerator");
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            Hashtable.this.remove(last.key);
            expectedModCount = modCount;
            last = null;
        }
    }

    public Set<K> keySet() {
        return new AbstractSet<K>() {
            public Iterator<K> iterator() {
                Iterator<Map.Entry<K, V>> it = new EntryIterator();
                return new Iterator<K>() {
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    public K next() {
                        return it.next().getKey();
                    }

                    public void remove() {
                        it.remove();
                    }
                };
            }

            public int size() {
                return count;
            }

            public boolean contains(Object o) {
                return containsKey(o);
            }

            public boolean remove(Object o) {
                return Hashtable.this.remove(o) != null;
            }

            public void clear() {
                Hashtable.this.clear();
            }
        };
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            public Iterator<Map.Entry<K, V>> iterator() {
                return new EntryIterator();
            }

            public int size() {
                return count;
            }

            public void clear() {
                Hashtable.this.clear();
            }
        };
    }

    public Collection<V> values() {
        return new AbstractCollection<V>() {
            public Iterator<V> iterator() {
                Iterator<Map.Entry<K, V>> it = new EntryIterator();
                return new Iterator<V>() {
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    public V next() {
                        return it.next().getValue();
                    }

                    public void remove() {
                        it.remove();
                    }
                };
            }

            public int size() {
                return count;
            }

            public boolean contains(Object o) {
                return containsValue(o);
            }

            public void clear() {
                Hashtable.this.clear();
            }
        };
    }

    @Override
    public synchronized boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Map<?, ?> t) || t.size() != size()) {
            return false;
        }
        for (Map.Entry<K, V> e : entrySet()) {
            if (!e.getValue().equals(t.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public synchronized int hashCode() {
        int h = 0;
        for (Map.Entry<K, V> e : entrySet()) {
            h += e.hashCode();
        }
        return h;
    }

    @Override
    public synchronized void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        for (Map.Entry<K, V> e : entrySet()) {
            action.accept(e.getKey(), e.getValue());
        }
    }
}
