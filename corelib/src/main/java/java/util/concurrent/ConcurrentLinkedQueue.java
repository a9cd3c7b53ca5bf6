/*
 * An unbounded thread-safe FIFO queue. A lock around an ArrayDeque rather than the JDK's
 * lock-free list: the same results, with iterators over a snapshot.
 */
package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.Queue;

public class ConcurrentLinkedQueue<E> extends AbstractQueue<E> implements Queue<E>, java.io.Serializable {
    private final ArrayDeque<E> items = new ArrayDeque<>();

    public ConcurrentLinkedQueue() {}

    public ConcurrentLinkedQueue(Collection<? extends E> c) {
        for (E e : c) {
            add(e);
        }
    }

    @Override
    public boolean offer(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        synchronized (items) {
            items.addLast(e);
        }
        return true;
    }

    @Override
    public E poll() {
        synchronized (items) {
            return items.pollFirst();
        }
    }

    @Override
    public E peek() {
        synchronized (items) {
            return items.peekFirst();
        }
    }

    @Override
    public boolean isEmpty() {
        synchronized (items) {
            return items.isEmpty();
        }
    }

    @Override
    public int size() {
        synchronized (items) {
            return items.size();
        }
    }

    @Override
    public boolean contains(Object o) {
        synchronized (items) {
            return items.contains(o);
        }
    }

    @Override
    public boolean remove(Object o) {
        synchronized (items) {
            return items.remove(o);
        }
    }

    @Override
    public void clear() {
        synchronized (items) {
            items.clear();
        }
    }

    private ArrayList<E> snapshot() {
        synchronized (items) {
            return new ArrayList<>(items);
        }
    }

    @Override
    public Iterator<E> iterator() {
        Iterator<E> it = snapshot().iterator();
        return new Iterator<E>() {
            private E last;

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public E next() {
                return last = it.next();
            }

            @Override
            public void remove() {
                if (last == null) {
                    throw new IllegalStateException();
                }
                ConcurrentLinkedQueue.this.remove(last);
                last = null;
            }
        };
    }

    @Override
    public Object[] toArray() {
        return snapshot().toArray();
    }

    @Override
    public <T> T[] toArray(T[] a) {
        return snapshot().toArray(a);
    }

    @Override
    public String toString() {
        return snapshot().toString();
    }
}
