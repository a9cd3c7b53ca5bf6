/*
 * An iterator that finds its next element ahead of time (filter, distinct, takeWhile,
 * flatMap...): subclasses implement advance(), which stores the next element with
 * found() or reports the end by returning false.
 */
package java.util.stream;

import java.util.Iterator;
import java.util.NoSuchElementException;

abstract class Lookahead<T> implements Iterator<T> {
    private T next;
    private boolean ready;
    private boolean done;

    /** Finds the next element and calls found(e); false when there is none. */
    abstract boolean advance();

    final boolean found(T e) {
        next = e;
        ready = true;
        return true;
    }

    @Override
    public final boolean hasNext() {
        if (!ready && !done) {
            if (!advance()) {
                done = true;
            }
        }
        return ready;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ready = false;
        T e = next;
        next = null;
        return e;
    }
}
