/*
 * Resizable circular-array Deque (stack and queue). Like the JDK's: one slot always stays
 * empty, capacity grows by 2 + its size while small and by half afterwards, nulls are
 * rejected with NullPointerException, and iterators walk head to tail over the count of
 * elements they started with, reporting ConcurrentModificationException when they meet a
 * slot emptied behind their back.
 */
package java.util;

import java.util.function.Consumer;

public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E>, Cloneable, java.io.Serializable {
    transient Object[] elements;
    /** Index of the first element; equals tail when the deque is empty. */
    transient int head;
    /** Index where the next addLast goes (always an empty slot). */
    transient int tail;

    public ArrayDeque() {
        elements = new Object[16 + 1];
    }

    public ArrayDeque(int numElements) {
        elements = new Object[(numElements < 1) ? 1
                : (numElements == Integer.MAX_VALUE) ? Integer.MAX_VALUE : numElements + 1];
    }

    public ArrayDeque(Collection<? extends E> c) {
        this(c.size());
        for (E e : c) {
            addLast(e);
        }
    }

    static int inc(int i, int modulus) {
        if (++i >= modulus) {
            i = 0;
        }
        return i;
    }

    static int dec(int i, int modulus) {
        if (--i < 0) {
            i = modulus - 1;
        }
        return i;
    }

    /** i - j modulo modulus: the number of slots from j up to i. */
    static int sub(int i, int j, int modulus) {
        if ((i -= j) < 0) {
            i += modulus;
        }
        return i;
    }

    /** Makes room for needed more slots; reopens the gap between tail and head. */
    private void grow(int needed) {
        int oldCapacity = elements.length;
        int jump = (oldCapacity < 64) ? (oldCapacity + 2) : (oldCapacity >> 1);
        int newCapacity = oldCapacity + Math.max(jump, needed);
        if (newCapacity < 0) {
            newCapacity = Integer.MAX_VALUE - 8;
            if (newCapacity - oldCapacity < needed) {
                throw new IllegalStateException("Sorry, deque too big");
            }
        }
        Object[] es = new Object[newCapacity];
        System.arraycopy(elements, 0, es, 0, oldCapacity);
        elements = es;
        if (tail < head || (tail == head && es[head] != null)) {
            // the elements wrap around: move the head part to the end of the new array
            int newSpace = newCapacity - oldCapacity;
            System.arraycopy(es, head, es, head + newSpace, oldCapacity - head);
            for (int i = head, to = (head += newSpace); i < to; i++) {
                es[i] = null;
            }
        }
    }

    public void addFirst(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        Object[] es = elements;
        es[head = dec(head, es.length)] = e;
        if (head == tail) {
            grow(1);
        }
    }

    public void addLast(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        Object[] es = elements;
        es[tail] = e;
        if (head == (tail = inc(tail, es.length))) {
            grow(1);
        }
    }

    public boolean addAll(Collection<? extends E> c) {
        int s = size();
        int needed = s + c.size() + 1 - elements.length;
        if (needed > 0) {
            grow(needed);
        }
        for (E e : c) {
            addLast(e);
        }
        return size() > s;
    }

    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    public E removeFirst() {
        E e = pollFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    public E removeLast() {
        E e = pollLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    public E pollFirst() {
        Object[] es = elements;
        int h = head;
        E e = (E) es[h];
        if (e != null) {
            es[h] = null;
            head = inc(h, es.length);
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    public E pollLast() {
        Object[] es = elements;
        int t = dec(tail, es.length);
        E e = (E) es[t];
        if (e != null) {
            es[tail = t] = null;
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    public E getFirst() {
        E e = (E) elements[head];
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    public E getLast() {
        Object[] es = elements;
        E e = (E) es[dec(tail, es.length)];
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    public E peekFirst() {
        return (E) elements[head];
    }

    @SuppressWarnings("unchecked")
    public E peekLast() {
        Object[] es = elements;
        return (E) es[dec(tail, es.length)];
    }

    public boolean removeFirstOccurrence(Object o) {
        if (o != null) {
            Object[] es = elements;
            for (int i = head; i != tail; i = inc(i, es.length)) {
                if (o.equals(es[i])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    public boolean removeLastOccurrence(Object o) {
        if (o != null) {
            Object[] es = elements;
            for (int i = tail; i != head; ) {
                i = dec(i, es.length);
                if (o.equals(es[i])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    public boolean add(E e) {
        addLast(e);
        return true;
    }

    public boolean offer(E e) {
        return offerLast(e);
    }

    public E remove() {
        return removeFirst();
    }

    public E poll() {
        return pollFirst();
    }

    public E element() {
        return getFirst();
    }

    public E peek() {
        return peekFirst();
    }

    public void push(E e) {
        addFirst(e);
    }

    public E pop() {
        return removeFirst();
    }

    /**
     * Removes the element at index i by shifting the shorter side over it. Returns true when
     * the elements after i moved one slot back (iterators then step back too).
     */
    boolean delete(int i) {
        Object[] es = elements;
        int capacity = es.length;
        int front = sub(i, head, capacity);
        int back = sub(tail, i, capacity) - 1;
        if (front < back) {
            for (int k = i; k != head; ) {
                int prev = dec(k, capacity);
                es[k] = es[prev];
                k = prev;
            }
            es[head] = null;
            head = inc(head, capacity);
            return false;
        } else {
            int last = dec(tail, capacity);
            for (int k = i; k != last; ) {
                int next = inc(k, capacity);
                es[k] = es[next];
                k = next;
            }
            es[last] = null;
            tail = last;
            return true;
        }
    }

    public int size() {
        return sub(tail, head, elements.length);
    }

    public boolean isEmpty() {
        return head == tail;
    }

    public Iterator<E> iterator() {
        return new DeqIterator(false);
    }

    public Iterator<E> descendingIterator() {
        return new DeqIterator(true);
    }

    private final class DeqIterator implements Iterator<E> {
        private final boolean backwards;
        private int cursor;
        private int remaining = size();
        private int lastRet = -1;

        DeqIterator(boolean backwards) {
            this.backwards = backwards;
            cursor = backwards ? dec(tail, elements.length) : head;
        }

        public boolean hasNext() {
            return remaining > 0;
        }

        @SuppressWarnings("unchecked")
        public E next() {
            if (remaining <= 0) {
                throw new NoSuchElementException();
            }
            Object[] es = elements;
            E e = (E) es[cursor];
            if (e == null) {
                throw new ConcurrentModificationException();
            }
            lastRet = cursor;
            cursor = backwards ? dec(cursor, es.length) : inc(cursor, es.length);
            remaining--;
            return e;
        }

        public void remove() {
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            boolean leftShifted = delete(lastRet);
            if (leftShifted && !backwards) {
                cursor = dec(cursor, elements.length);
            } else if (!leftShifted && backwards) {
                cursor = inc(cursor, elements.length);
            }
            lastRet = -1;
        }
    }

    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        Object[] es = elements;
        int end = tail;
        for (int i = head; i != end; i = inc(i, es.length)) {
            action.accept((E) es[i]);
        }
        if (end != tail) {
            throw new ConcurrentModificationException();
        }
    }

    public boolean contains(Object o) {
        if (o != null) {
            Object[] es = elements;
            for (int i = head; i != tail; i = inc(i, es.length)) {
                if (o.equals(es[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    public void clear() {
        Object[] es = elements;
        for (int i = head; i != tail; i = inc(i, es.length)) {
            es[i] = null;
        }
        head = tail = 0;
    }

    public Object[] toArray() {
        Object[] a = new Object[size()];
        copyTo(a);
        return a;
    }

    private void copyTo(Object[] a) {
        Object[] es = elements;
        int k = 0;
        for (int i = head; i != tail; i = inc(i, es.length)) {
            a[k++] = es[i];
        }
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        int size = size();
        if (a.length < size) {
            a = (T[]) exo.rt.VM.newArray(a.getClass().getComponentType(), size);
        }
        copyTo(a);
        if (a.length > size) {
            a[size] = null;
        }
        return a;
    }

    @SuppressWarnings("unchecked")
    public ArrayDeque<E> clone() {
        try {
            ArrayDeque<E> result = (ArrayDeque<E>) super.clone();
            result.elements = elements.clone();
            return result;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError();
        }
    }
}
