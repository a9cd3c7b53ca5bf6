/*
 * A thread-safe hash map: a HashMap under a lock, every operation (compute and merge
 * included) atomic. Keys and values may not be null, as in the JDK. Views and their
 * iterators work on snapshots: weakly consistent, never ConcurrentModificationException.
 * Known difference: the JDK's table grows at other sizes and splits bins in another order,
 * so iteration order can differ from the JDK's once a map has grown (it is the same as long
 * as the map has not resized).
 */
package java.util.concurrent;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

public class ConcurrentHashMap<K, V> extends AbstractMap<K, V> implements ConcurrentMap<K, V>, java.io.Serializable {
    private final HashMap<K, V> map;

    public ConcurrentHashMap() {
        map = new HashMap<>();
    }

    public ConcurrentHashMap(int initialCapacity) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException();
        }
        map = new HashMap<>(initialCapacity);
    }

    public ConcurrentHashMap(int initialCapacity, float loadFactor) {
        this(initialCapacity, loadFactor, 1);
    }

    public ConcurrentHashMap(int initialCapacity, float loadFactor, int concurrencyLevel) {
        if (!(loadFactor > 0.0f) || initialCapacity < 0 || concurrencyLevel <= 0) {
            throw new IllegalArgumentException();
        }
        map = new HashMap<>(initialCapacity);
    }

    public ConcurrentHashMap(Map<? extends K, ? extends V> m) {
        map = new HashMap<>();
        putAll(m);
    }

    private static void nonNull(Object o) {
        if (o == null) {
            throw new NullPointerException();
        }
    }

    @Override
    public int size() {
        synchronized (map) {
            return map.size();
        }
    }

    public long mappingCount() {
        return size();
    }

    @Override
    public boolean isEmpty() {
        synchronized (map) {
            return map.isEmpty();
        }
    }

    @Override
    public V get(Object key) {
        nonNull(key);
        synchronized (map) {
            return map.get(key);
        }
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return v == null ? defaultValue : v;
    }

    @Override
    public boolean containsKey(Object key) {
        nonNull(key);
        synchronized (map) {
            return map.containsKey(key);
        }
    }

    @Override
    public boolean containsValue(Object value) {
        nonNull(value);
        synchronized (map) {
            return map.containsValue(value);
        }
    }

    public boolean contains(Object value) {
        return containsValue(value);
    }

    @Override
    public V put(K key, V value) {
        nonNull(key);
        nonNull(value);
        synchronized (map) {
            return map.put(key, value);
        }
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    @Override
    public V putIfAbsent(K key, V value) {
        nonNull(key);
        nonNull(value);
        synchronized (map) {
            return map.putIfAbsent(key, value);
        }
    }

    @Override
    public V remove(Object key) {
        nonNull(key);
        synchronized (map) {
            return map.remove(key);
        }
    }

    @Override
    public boolean remove(Object key, Object value) {
        nonNull(key);
        synchronized (map) {
            return value != null && map.remove(key, value);
        }
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        nonNull(key);
        nonNull(oldValue);
        nonNull(newValue);
        synchronized (map) {
            return map.replace(key, oldValue, newValue);
        }
    }

    @Override
    public V replace(K key, V value) {
        nonNull(key);
        nonNull(value);
        synchronized (map) {
            return map.replace(key, value);
        }
    }

    @Override
    public void clear() {
        synchronized (map) {
            map.clear();
        }
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> f) {
        nonNull(key);
        nonNull(f);
        synchronized (map) {
            return map.computeIfAbsent(key, f);
        }
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> f) {
        nonNull(key);
        nonNull(f);
        synchronized (map) {
            return map.computeIfPresent(key, f);
        }
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> f) {
        nonNull(key);
        nonNull(f);
        synchronized (map) {
            return map.compute(key, f);
        }
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> f) {
        nonNull(key);
        nonNull(value);
        nonNull(f);
        synchronized (map) {
            return map.merge(key, value, f);
        }
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        nonNull(action);
        for (Map.Entry<K, V> e : snapshot()) {
            action.accept(e.getKey(), e.getValue());
        }
    }

    public void forEach(long parallelismThreshold, BiConsumer<? super K, ? super V> action) {
        forEach(action);
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) {
        nonNull(f);
        synchronized (map) {
            map.replaceAll(f);
        }
    }

    /** The entries now, in iteration order (copies: setValue writes through with put). */
    private ArrayList<Map.Entry<K, V>> snapshot() {
        synchronized (map) {
            ArrayList<Map.Entry<K, V>> out = new ArrayList<>(map.size());
            for (Map.Entry<K, V> e : map.entrySet()) {
                out.add(new MapEntry<>(e.getKey(), e.getValue(), this));
            }
            return out;
        }
    }

    static final class MapEntry<K, V> implements Map.Entry<K, V> {
        private final K key;
        private V value;
        private final ConcurrentHashMap<K, V> owner;

        MapEntry(K key, V value, ConcurrentHashMap<K, V> owner) {
            this.key = key;
            this.value = value;
            this.owner = owner;
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return value;
        }

        public V setValue(V v) {
            nonNull(v);
            V old = value;
            value = v;
            owner.put(key, v);
            return old;
        }

        public boolean equals(Object o) {
            return o instanceof Map.Entry && key.equals(((Map.Entry<?, ?>) o).getKey()) && value.equals(((Map.Entry<?, ?>) o).getValue());
        }

        public int hashCode() {
            return key.hashCode() ^ value.hashCode();
        }

        public String toString() {
            return key + "=" + value;
        }
    }

    private abstract class SnapshotIterator<T> implements Iterator<T> {
        private final Iterator<Map.Entry<K, V>> it = snapshot().iterator();
        private Map.Entry<K, V> last;

        public boolean hasNext() {
            return it.hasNext();
        }

        Map.Entry<K, V> nextEntry() {
            return last = it.next();
        }

        public void remove() {
            if (last == null) {
                throw new IllegalStateException();
            }
            ConcurrentHashMap.this.remove(last.getKey());
            last = null;
        }
    }

    @Override
    public KeySetView<K, V> keySet() {
        return new KeySetView<>(this, null);
    }

    public KeySetView<K, V> keySet(V mappedValue) {
        nonNull(mappedValue);
        return new KeySetView<>(this, mappedValue);
    }

    public static <K> KeySetView<K, Boolean> newKeySet() {
        return new KeySetView<>(new ConcurrentHashMap<K, Boolean>(), Boolean.TRUE);
    }

    public static <K> KeySetView<K, Boolean> newKeySet(int initialCapacity) {
        return new KeySetView<>(new ConcurrentHashMap<K, Boolean>(initialCapacity), Boolean.TRUE);
    }

    @Override
    public Collection<V> values() {
        return new AbstractCollection<V>() {
            public Iterator<V> iterator() {
                return new SnapshotIterator<V>() {
                    public V next() {
                        return nextEntry().getValue();
                    }
                };
            }

            public int size() {
                return ConcurrentHashMap.this.size();
            }

            public boolean contains(Object o) {
                return ConcurrentHashMap.this.containsValue(o);
            }
        };
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            public Iterator<Map.Entry<K, V>> iterator() {
                return new SnapshotIterator<Map.Entry<K, V>>() {
                    public Map.Entry<K, V> next() {
                        return nextEntry();
                    }
                };
            }

            public int size() {
                return ConcurrentHashMap.this.size();
            }
        };
    }

    public Enumeration<K> keys() {
        return Collections.enumeration(new ArrayList<>(keySet()));
    }

    public Enumeration<V> elements() {
        return Collections.enumeration(new ArrayList<>(values()));
    }

    @Override
    public String toString() {
        synchronized (map) {
            return map.toString();
        }
    }

    /** The keys of a ConcurrentHashMap as a Set (add puts the default value, if there is one). */
    public static class KeySetView<K, V> extends AbstractSet<K> implements java.io.Serializable {
        private final ConcurrentHashMap<K, V> map;
        private final V value;

        KeySetView(ConcurrentHashMap<K, V> map, V value) {
            this.map = map;
            this.value = value;
        }

        public ConcurrentHashMap<K, V> getMap() {
            return map;
        }

        public V getMappedValue() {
            return value;
        }

        public Iterator<K> iterator() {
            return map.new SnapshotIterator<K>() {
                public K next() {
                    return nextEntry().getKey();
                }
            };
        }

        public int size() {
            return map.size();
        }

        public boolean contains(Object o) {
            return map.containsKey(o);
        }

        public boolean remove(Object o) {
            return map.remove(o) != null;
        }

        public boolean add(K e) {
            if (value == null) {
                throw new UnsupportedOperationException();
            }
            return map.putIfAbsent(e, value) == null;
        }

        public void clear() {
            map.clear();
        }
    }
}
