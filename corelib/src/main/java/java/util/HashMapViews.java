/*
 * The keySet(), values() and entrySet() views of HashMap and LinkedHashMap, and HashMap's
 * fail-fast iterators (table order). The views ask the map for iterators, array copies and
 * forEach walks, so LinkedHashMap only overrides those to get link order.
 */
package java.util;

import java.util.function.Consumer;

final class HashMapViews {
    private HashMapViews() {
    }

    static final int KEYS = 0;
    static final int VALUES = 1;
    static final int ENTRIES = 2;

    static final class KeySet<K, V> extends AbstractSet<K> {
        private final HashMap<K, V> map;

        KeySet(HashMap<K, V> map) {
            this.map = map;
        }

        public int size() {
            return map.size;
        }

        public void clear() {
            map.clear();
        }

        public Iterator<K> iterator() {
            return map.newKeyIterator();
        }

        public boolean contains(Object o) {
            return map.containsKey(o);
        }

        public boolean remove(Object key) {
            return map.removeNode(HashMap.hash(key), key, null, false, true) != null;
        }

        public Object[] toArray() {
            return map.keysToArray(new Object[map.size], false);
        }

        public <T> T[] toArray(T[] a) {
            return map.keysToArray(map.prepareArray(a), false);
        }

        @SuppressWarnings("unchecked")
        public void forEach(Consumer<? super K> action) {
            map.forEachNode(KEYS, (Consumer<Object>) action);
        }
    }

    static final class Values<K, V> extends AbstractCollection<V> {
        private final HashMap<K, V> map;

        Values(HashMap<K, V> map) {
            this.map = map;
        }

        public int size() {
            return map.size;
        }

        public void clear() {
            map.clear();
        }

        public Iterator<V> iterator() {
            return map.newValueIterator();
        }

        public boolean contains(Object o) {
            return map.containsValue(o);
        }

        public Object[] toArray() {
            return map.keysToArray(new Object[map.size], true);
        }

        public <T> T[] toArray(T[] a) {
            return map.keysToArray(map.prepareArray(a), true);
        }

        @SuppressWarnings("unchecked")
        public void forEach(Consumer<? super V> action) {
            map.forEachNode(VALUES, (Consumer<Object>) action);
        }
    }

    static final class EntrySet<K, V> extends AbstractSet<Map.Entry<K, V>> {
        private final HashMap<K, V> map;

        EntrySet(HashMap<K, V> map) {
            this.map = map;
        }

        public int size() {
            return map.size;
        }

        public void clear() {
            map.clear();
        }

        public Iterator<Map.Entry<K, V>> iterator() {
            return map.newEntryIterator();
        }

        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry<?, ?> e)) {
                return false;
            }
            HashMap.Node<K, V> candidate = map.getNode(e.getKey());
            return candidate != null && candidate.equals(e);
        }

        public boolean remove(Object o) {
            if (o instanceof Map.Entry<?, ?> e) {
                Object key = e.getKey();
                Object value = e.getValue();
                return map.removeNode(HashMap.hash(key), key, value, true, true) != null;
            }
            return false;
        }

        @SuppressWarnings("unchecked")
        public void forEach(Consumer<? super Map.Entry<K, V>> action) {
            map.forEachNode(ENTRIES, (Consumer<Object>) action);
        }
    }

    /** Walks the table slot by slot and each bin along next. */
    abstract static class HashIterator<K, V> {
        private final HashMap<K, V> map;
        private HashMap.Node<K, V> next;
        private HashMap.Node<K, V> current;
        private int expectedModCount;
        private int index;

        HashIterator(HashMap<K, V> map) {
            this.map = map;
            expectedModCount = map.modCount;
            HashMap.Node<K, V>[] t = map.table;
            if (t != null && map.size > 0) {
                advance(t);
            }
        }

        private void advance(HashMap.Node<K, V>[] t) {
            HashMap.Node<K, V> n = null;
            while (index < t.length && (n = t[index++]) == null) {
                // skip empty slots
            }
            next = n;
        }

        public final boolean hasNext() {
            return next != null;
        }

        final HashMap.Node<K, V> nextNode() {
            HashMap.Node<K, V> e = next;
            if (map.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (e == null) {
                throw new NoSuchElementException();
            }
            current = e;
            next = e.next;
            HashMap.Node<K, V>[] t;
            if (next == null && (t = map.table) != null) {
                advance(t);
            }
            return e;
        }

        public final void remove() {
            HashMap.Node<K, V> p = current;
            if (p == null) {
                throw new IllegalStateException();
            }
            if (map.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            current = null;
            map.removeNode(p.hash, p.key, null, false, false);
            expectedModCount = map.modCount;
        }
    }

    static final class KeyIterator<K, V> extends HashIterator<K, V> implements Iterator<K> {
        KeyIterator(HashMap<K, V> map) {
            super(map);
        }

        public K next() {
            return nextNode().key;
        }
    }

    static final class ValueIterator<K, V> extends HashIterator<K, V> implements Iterator<V> {
        ValueIterator(HashMap<K, V> map) {
            super(map);
        }

        public V next() {
            return nextNode().value;
        }
    }

    static final class EntryIterator<K, V> extends HashIterator<K, V> implements Iterator<Map.Entry<K, V>> {
        EntryIterator(HashMap<K, V> map) {
            super(map);
        }

        public Map.Entry<K, V> next() {
            return nextNode();
        }
    }
}
