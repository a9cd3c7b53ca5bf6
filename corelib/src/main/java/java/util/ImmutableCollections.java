/*
 * The unmodifiable collections behind List.of/copyOf, Set.of/copyOf and Map.of/ofEntries/
 * copyOf. Nulls are rejected when building and on lookups (contains(null) throws), every
 * mutator throws UnsupportedOperationException with no message, as the JDK's. Sets and maps
 * keep insertion order (the JDK randomizes it per run) with an open-addressing index for
 * lookups.
 */
package java.util;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

final class ImmutableCollections {
    private ImmutableCollections() {
    }

    static final ListN<?> EMPTY_LIST = new ListN<>(new Object[0]);
    static final SetN<?> EMPTY_SET = new SetN<>(new Object[0]);
    static final MapN<?, ?> EMPTY_MAP = new MapN<>(new Object[0]);

    static UnsupportedOperationException uoe() {
        return new UnsupportedOperationException();
    }

    /** The NullPointerException message HotSpot gives when these lookups meet null. */
    static NullPointerException npeEquals() {
        return new NullPointerException("Cannot invoke \"Object.equals(Object)\" because \"o\" is null");
    }

    @SafeVarargs
    static <E> List<E> listFromTrustedArray(E... input) {
        for (E e : input) {
            Objects.requireNonNull(e);
        }
        return new ListN<>(input);
    }

    @SuppressWarnings("unchecked")
    static <E> List<E> listFromArray(E... input) {
        switch (input.length) {
            case 0:
                return (List<E>) EMPTY_LIST;
            case 1:
                return new List12<>(input[0]);
            case 2:
                return new List12<>(input[0], input[1]);
            default:
                Object[] copy = new Object[input.length];
                for (int i = 0; i < input.length; i++) {
                    copy[i] = Objects.requireNonNull(input[i]);
                }
                return new ListN<>((E[]) copy);
        }
    }

    @SuppressWarnings("unchecked")
    static <E> List<E> listCopy(Collection<? extends E> coll) {
        if (coll instanceof AbstractImmutableList && !(coll instanceof SubList)) {
            return (List<E>) coll;
        }
        return (List<E>) listFromArray(coll.toArray());
    }

    abstract static class AbstractImmutableCollection<E> extends AbstractCollection<E> {
        public boolean add(E e) {
            throw uoe();
        }

        public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public boolean remove(Object o) {
            throw uoe();
        }

        public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        public boolean removeIf(Predicate<? super E> filter) {
            throw uoe();
        }

        public boolean retainAll(Collection<?> c) {
            throw uoe();
        }
    }

    /** Positional access through get(int); equality and hashing as any List. */
    abstract static class AbstractImmutableList<E> extends AbstractImmutableCollection<E>
            implements List<E>, RandomAccess {
        public void add(int index, E element) {
            throw uoe();
        }

        public boolean addAll(int index, Collection<? extends E> c) {
            throw uoe();
        }

        public E remove(int index) {
            throw uoe();
        }

        public void replaceAll(UnaryOperator<E> operator) {
            throw uoe();
        }

        public E set(int index, E element) {
            throw uoe();
        }

        public void sort(Comparator<? super E> c) {
            throw uoe();
        }

        public List<E> subList(int fromIndex, int toIndex) {
            int size = size();
            AbstractList.subListRangeCheck(fromIndex, toIndex, size);
            return new SubList<>(this, fromIndex, toIndex - fromIndex);
        }

        public Iterator<E> iterator() {
            return new ListItr<>(this, size());
        }

        public ListIterator<E> listIterator() {
            return listIterator(0);
        }

        public ListIterator<E> listIterator(int index) {
            int size = size();
            if (index < 0 || index > size) {
                throw outOfBounds(index);
            }
            return new ListItr<>(this, size, index);
        }

        IndexOutOfBoundsException outOfBounds(int index) {
            return new IndexOutOfBoundsException("Index: " + index + " Size: " + size());
        }

        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        public int indexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = 0, s = size(); i < s; i++) {
                if (o.equals(get(i))) {
                    return i;
                }
            }
            return -1;
        }

        public int lastIndexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = size() - 1; i >= 0; i--) {
                if (o.equals(get(i))) {
                    return i;
                }
            }
            return -1;
        }

        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            if (!(o instanceof List)) {
                return false;
            }
            Iterator<?> oit = ((List<?>) o).iterator();
            for (int i = 0, s = size(); i < s; i++) {
                if (!oit.hasNext() || !get(i).equals(oit.next())) {
                    return false;
                }
            }
            return !oit.hasNext();
        }

        public int hashCode() {
            int hash = 1;
            for (int i = 0, s = size(); i < s; i++) {
                hash = 31 * hash + get(i).hashCode();
            }
            return hash;
        }
    }

    /** Read-only list iterator; the plain iterator (isListIterator false) has no previous(). */
    static final class ListItr<E> implements ListIterator<E> {
        private final List<E> list;
        private final int size;
        private final boolean isListIterator;
        private int cursor;

        ListItr(List<E> list, int size) {
            this.list = list;
            this.size = size;
            this.cursor = 0;
            this.isListIterator = false;
        }

        ListItr(List<E> list, int size, int index) {
            this.list = list;
            this.size = size;
            this.cursor = index;
            this.isListIterator = true;
        }

        public boolean hasNext() {
            return cursor != size;
        }

        public E next() {
            try {
                int i = cursor;
                E next = list.get(i);
                cursor = i + 1;
                return next;
            } catch (IndexOutOfBoundsException e) {
                throw new NoSuchElementException();
            }
        }

        public void remove() {
            throw uoe();
        }

        public boolean hasPrevious() {
            if (!isListIterator) {
                throw uoe();
            }
            return cursor != 0;
        }

        public E previous() {
            if (!isListIterator) {
                throw uoe();
            }
            try {
                int i = cursor - 1;
                E previous = list.get(i);
                cursor = i;
                return previous;
            } catch (IndexOutOfBoundsException e) {
                throw new NoSuchElementException();
            }
        }

        public int nextIndex() {
            if (!isListIterator) {
                throw uoe();
            }
            return cursor;
        }

        public int previousIndex() {
            if (!isListIterator) {
                throw uoe();
            }
            return cursor - 1;
        }

        public void set(E e) {
            throw uoe();
        }

        public void add(E e) {
            throw uoe();
        }
    }

    /** A view of [offset, offset + size) of an immutable list. */
    static final class SubList<E> extends AbstractImmutableList<E> {
        private final AbstractImmutableList<E> root;
        private final int offset;
        private final int size;

        SubList(AbstractImmutableList<E> root, int offset, int size) {
            this.root = root;
            this.offset = offset;
            this.size = size;
        }

        public E get(int index) {
            Objects.checkIndex(index, size);
            return root.get(offset + index);
        }

        public int size() {
            return size;
        }

        public List<E> subList(int fromIndex, int toIndex) {
            AbstractList.subListRangeCheck(fromIndex, toIndex, size);
            return new SubList<>(root, offset + fromIndex, toIndex - fromIndex);
        }
    }

    /** List.of with one or two elements. */
    static final class List12<E> extends AbstractImmutableList<E> {
        private final E e0;
        private final E e1;    // null when the list has one element

        List12(E e0) {
            this.e0 = Objects.requireNonNull(e0);
            this.e1 = null;
        }

        List12(E e0, E e1) {
            this.e0 = Objects.requireNonNull(e0);
            this.e1 = Objects.requireNonNull(e1);
        }

        public int size() {
            return e1 != null ? 2 : 1;
        }

        public boolean isEmpty() {
            return false;
        }

        public E get(int index) {
            if (index == 0) {
                return e0;
            } else if (index == 1 && e1 != null) {
                return e1;
            }
            throw outOfBounds(index);
        }

        public Object[] toArray() {
            return e1 == null ? new Object[] {e0} : new Object[] {e0, e1};
        }
    }

    /** List.of with zero or three and more elements, over a trusted (unshared) array. */
    static final class ListN<E> extends AbstractImmutableList<E> {
        private final E[] elements;

        ListN(E[] elements) {
            this.elements = elements;
        }

        public boolean isEmpty() {
            return elements.length == 0;
        }

        public int size() {
            return elements.length;
        }

        public E get(int index) {
            if (index < 0 || index >= elements.length) {
                // the JDK indexes the array directly
                throw new ArrayIndexOutOfBoundsException(
                        "Index " + index + " out of bounds for length " + elements.length);
            }
            return elements[index];
        }

        public Object[] toArray() {
            return Arrays.copyOf(elements, elements.length, Object[].class);
        }

        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            int size = elements.length;
            if (a.length < size) {
                a = (T[]) exo.rt.VM.newArray(a.getClass().getComponentType(), size);
            }
            System.arraycopy(elements, 0, a, 0, size);
            if (a.length > size) {
                a[size] = null;
            }
            return a;
        }
    }

    abstract static class AbstractImmutableSet<E> extends AbstractImmutableCollection<E> implements Set<E> {
        public boolean equals(Object o) {
            if (o == this) {
                return true;
            } else if (!(o instanceof Set)) {
                return false;
            }
            Collection<?> c = (Collection<?>) o;
            if (c.size() != size()) {
                return false;
            }
            for (Object e : c) {
                if (e == null || !contains(e)) {
                    return false;
                }
            }
            return true;
        }

        public abstract int hashCode();
    }

    /**
     * Open-addressing index over entries kept in insertion order: slot holds 1 + position of
     * the entry, 0 when free. Sized to at most half full.
     */
    static int[] newIndex(int n) {
        int cap = 2;
        while (cap < n * 2) {
            cap <<= 1;
        }
        return new int[cap];
    }

    static int slotOf(Object o, int[] index) {
        int h = o.hashCode();
        return (h ^ (h >>> 16)) & (index.length - 1);
    }

    /** Set.of with any number of elements. */
    static final class SetN<E> extends AbstractImmutableSet<E> {
        private final E[] elements;
        private final int size;
        private final int[] index;

        @SafeVarargs
        SetN(E... input) {
            elements = input;
            index = newIndex(input.length);
            int n = 0;
            for (E e : input) {
                Objects.requireNonNull(e);
                if (find(e) >= 0) {
                    throw new IllegalArgumentException("duplicate element: " + e);
                }
                elements[n] = e;
                index[freeSlot(e)] = ++n;
            }
            size = n;
        }

        private int find(Object o) {
            for (int s = slotOf(o, index); ; s = (s + 1) & (index.length - 1)) {
                int at = index[s];
                if (at == 0) {
                    return -1;
                }
                if (o.equals(elements[at - 1])) {
                    return at - 1;
                }
            }
        }

        private int freeSlot(Object o) {
            int s = slotOf(o, index);
            while (index[s] != 0) {
                s = (s + 1) & (index.length - 1);
            }
            return s;
        }

        public int size() {
            return size;
        }

        public boolean isEmpty() {
            return size == 0;
        }

        public boolean contains(Object o) {
            if (o == null) {
                if (size == 1 || size == 2) {
                    throw npeEquals();
                }
                throw new NullPointerException();
            }
            return size > 0 && find(o) >= 0;
        }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                private int i = 0;

                public boolean hasNext() {
                    return i < size;
                }

                public E next() {
                    if (i >= size) {
                        throw new NoSuchElementException();
                    }
                    return elements[i++];
                }
            };
        }

        public Object[] toArray() {
            return Arrays.copyOf(elements, size, Object[].class);
        }

        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            if (a.length < size) {
                a = (T[]) exo.rt.VM.newArray(a.getClass().getComponentType(), size);
            }
            System.arraycopy(elements, 0, a, 0, size);
            if (a.length > size) {
                a[size] = null;
            }
            return a;
        }

        public int hashCode() {
            int h = 0;
            for (int i = 0; i < size; i++) {
                h += elements[i].hashCode();
            }
            return h;
        }
    }

    abstract static class AbstractImmutableMap<K, V> extends AbstractMap<K, V> {
        public void clear() {
            throw uoe();
        }

        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> rf) {
            throw uoe();
        }

        public V computeIfAbsent(K key, Function<? super K, ? extends V> mf) {
            throw uoe();
        }

        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> rf) {
            throw uoe();
        }

        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> rf) {
            throw uoe();
        }

        public V put(K key, V value) {
            throw uoe();
        }

        public void putAll(Map<? extends K, ? extends V> m) {
            throw uoe();
        }

        public V putIfAbsent(K key, V value) {
            throw uoe();
        }

        public V remove(Object key) {
            throw uoe();
        }

        public boolean remove(Object key, Object value) {
            throw uoe();
        }

        public V replace(K key, V value) {
            throw uoe();
        }

        public boolean replace(K key, V oldValue, V newValue) {
            throw uoe();
        }

        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }

        public V getOrDefault(Object key, V defaultValue) {
            V v;
            return ((v = get(key)) != null) ? v : defaultValue;
        }
    }

    /** Map.of / ofEntries: input holds k0, v0, k1, v1, ... */
    static final class MapN<K, V> extends AbstractImmutableMap<K, V> {
        private final Object[] kvs;
        private final int size;
        private final int[] index;

        MapN(Object... input) {
            if ((input.length & 1) != 0) {
                throw new InternalError("length is odd");
            }
            size = input.length >> 1;
            kvs = new Object[input.length];
            index = newIndex(size);
            for (int i = 0; i < input.length; i += 2) {
                Object k = Objects.requireNonNull(input[i]);
                Object v = Objects.requireNonNull(input[i + 1]);
                if (find(k) >= 0) {
                    throw new IllegalArgumentException("duplicate key: " + k);
                }
                kvs[i] = k;
                kvs[i + 1] = v;
                int s = slotOf(k, index);
                while (index[s] != 0) {
                    s = (s + 1) & (index.length - 1);
                }
                index[s] = (i >> 1) + 1;
            }
        }

        /** Position of key k, or -1. */
        private int find(Object k) {
            for (int s = slotOf(k, index); ; s = (s + 1) & (index.length - 1)) {
                int at = index[s];
                if (at == 0) {
                    return -1;
                }
                if (k.equals(kvs[(at - 1) << 1])) {
                    return at - 1;
                }
            }
        }

        private void checkKey(Object o) {
            if (o == null) {
                if (size == 1) {
                    throw npeEquals();
                }
                if (size == 0) {
                    throw new NullPointerException();
                }
                throw new NullPointerException("Cannot invoke \"Object.hashCode()\" because \"pk\" is null");
            }
        }

        @SuppressWarnings("unchecked")
        public V get(Object o) {
            checkKey(o);
            if (size == 0) {
                return null;
            }
            int at = find(o);
            return at < 0 ? null : (V) kvs[(at << 1) + 1];
        }

        public boolean containsKey(Object o) {
            if (o == null) {
                throw size == 1 ? npeEquals() : new NullPointerException();
            }
            return size > 0 && find(o) >= 0;
        }

        public boolean containsValue(Object o) {
            if (o == null) {
                throw size == 1 ? npeEquals() : new NullPointerException();
            }
            for (int i = 1; i < kvs.length; i += 2) {
                if (o.equals(kvs[i])) {
                    return true;
                }
            }
            return false;
        }

        public int size() {
            return size;
        }

        public boolean isEmpty() {
            return size == 0;
        }

        public int hashCode() {
            int hash = 0;
            for (int i = 0; i < kvs.length; i += 2) {
                hash += kvs[i].hashCode() ^ kvs[i + 1].hashCode();
            }
            return hash;
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<Map.Entry<K, V>>() {
                public int size() {
                    return size;
                }

                public Iterator<Map.Entry<K, V>> iterator() {
                    return new Iterator<Map.Entry<K, V>>() {
                        private int i = 0;

                        public boolean hasNext() {
                            return i < kvs.length;
                        }

                        @SuppressWarnings("unchecked")
                        public Map.Entry<K, V> next() {
                            if (i >= kvs.length) {
                                throw new NoSuchElementException();
                            }
                            Map.Entry<K, V> e = new KeyValueHolder<>((K) kvs[i], (V) kvs[i + 1]);
                            i += 2;
                            return e;
                        }
                    };
                }

                public int hashCode() {
                    return MapN.this.hashCode();
                }
            };
        }
    }
}
