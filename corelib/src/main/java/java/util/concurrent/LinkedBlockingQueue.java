/*
 * An optionally bounded blocking FIFO queue (LockedQueue).
 */
package java.util.concurrent;

import java.util.Collection;

public class LinkedBlockingQueue<E> extends LockedQueue<E> implements java.io.Serializable {
    public LinkedBlockingQueue() {
        super(Integer.MAX_VALUE);
    }

    public LinkedBlockingQueue(int capacity) {
        super(capacity);
    }

    public LinkedBlockingQueue(Collection<? extends E> c) {
        super(Integer.MAX_VALUE);
        for (E e : c) {
            add(e);
        }
    }
}
