/*
 * The bounded or unbounded FIFO queue behind LinkedBlockingQueue and ArrayBlockingQueue: an
 * ArrayDeque under a Guard. Iterators and toString work on a snapshot (weakly consistent, as
 * the JDK's are: never ConcurrentModificationException).
 */
package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;

abstract class LockedQueue<E> extends AbstractQueue<E> implements BlockingQueue<E> {
    final Guard guard = new Guard();
    private final ArrayDeque<E> items = new ArrayDeque<>();
    private final int capacity;

    LockedQueue(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException();
        }
        this.capacity = capacity;
    }

    private static void checkNotNull(Object e) {
        if (e == null) {
            throw new NullPointerException();
        }
    }

    @Override
    public boolean offer(E e) {
        checkNotNull(e);
        guard.lock();
        try {
            if (items.size() == capacity) {
                return false;
            }
            items.addLast(e);
            guard.signalAll();
            return true;
        } finally {
            guard.unlock();
        }
    }

    @Override
    public void put(E e) throws InterruptedException {
        checkNotNull(e);
        guard.lock();
        try {
            while (items.size() == capacity) {
                guard.await();
            }
            items.addLast(e);
            guard.signalAll();
        } finally {
            guard.unlock();
        }
    }

    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        checkNotNull(e);
        long deadline = Guard.deadline(timeout, unit);
        guard.lock();
        try {
            while (items.size() == capacity) {
                if (!guard.awaitUntil(deadline)) {
                    return false;
                }
            }
            items.addLast(e);
            guard.signalAll();
            return true;
        } finally {
            guard.unlock();
        }
    }

    @Override
    public E take() throws InterruptedException {
        guard.lock();
        try {
            while (items.isEmpty()) {
                guard.await();
            }
            E e = items.pollFirst();
            guard.signalAll();
            return e;
        } finally {
            guard.unlock();
        }
    }

    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = Guard.deadline(timeout, unit);
        guard.lock();
        try {
            while (items.isEmpty()) {
                if (!guard.awaitUntil(deadline)) {
                    return null;
                }
            }
            E e = items.pollFirst();
            guard.signalAll();
            return e;
        } finally {
            guard.unlock();
        }
    }

    @Override
    public E poll() {
        guard.lock();
        try {
            E e = items.pollFirst();
            if (e != null) {
                guard.signalAll();
            }
            return e;
        } finally {
            guard.unlock();
        }
    }

    @Override
    public E peek() {
        guard.lock();
        try {
            return items.peekFirst();
        } finally {
            guard.unlock();
        }
    }

    @Override
    public int size() {
        guard.lock();
        try {
            return items.size();
        } finally {
            guard.unlock();
        }
    }

    @Override
    public int remainingCapacity() {
        guard.lock();
        try {
            return capacity == Integer.MAX_VALUE ? Integer.MAX_VALUE : capacity - items.size();
        } finally {
            guard.unlock();
        }
    }

    @Override
    public boolean remove(Object o) {
        guard.lock();
        try {
            boolean removed = items.remove(o);
            if (removed) {
                guard.signalAll();
            }
            return removed;
        } finally {
            guard.unlock();
        }
    }

    @Override
    public boolean contains(Object o) {
        guard.lock();
        try {
            return items.contains(o);
        } finally {
            guard.unlock();
        }
    }

    @Override
    public void clear() {
        guard.lock();
        try {
            items.clear();
            guard.signalAll();
        } finally {
            guard.unlock();
        }
    }

    @Override
    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    @Override
    public int drainTo(Collection<? super E> c, int maxElements) {
        checkNotNull(c);
        if (c == this) {
            throw new IllegalArgumentException();
        }
        guard.lock();
        try {
            int n = 0;
            while (n < maxElements && !items.isEmpty()) {
                c.add(items.pollFirst());
                n++;
            }
            if (n > 0) {
                guard.signalAll();
            }
            return n;
        } finally {
            guard.unlock();
        }
    }

    private ArrayList<E> snapshot() {
        guard.lock();
        try {
            return new ArrayList<>(items);
        } finally {
            guard.unlock();
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
                LockedQueue.this.remove(last);
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
