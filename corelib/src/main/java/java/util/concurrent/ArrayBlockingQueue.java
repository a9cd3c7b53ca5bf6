/*
 * A bounded blocking FIFO queue (LockedQueue). The fair policy is accepted, not enforced.
 */
package java.util.concurrent;

import java.util.Collection;

public class ArrayBlockingQueue<E> extends LockedQueue<E> implements java.io.Serializable {
    public ArrayBlockingQueue(int capacity) {
        super(capacity);
    }

    public ArrayBlockingQueue(int capacity, boolean fair) {
        super(capacity);
    }

    public ArrayBlockingQueue(int capacity, boolean fair, Collection<? extends E> c) {
        super(capacity);
        for (E e : c) {
            add(e);
        }
    }
}
