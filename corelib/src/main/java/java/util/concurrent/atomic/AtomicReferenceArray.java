/*
 * An array of references whose elements are updated atomically.
 */
package java.util.concurrent.atomic;

import exo.rt.Atomic;
import java.util.function.UnaryOperator;

public class AtomicReferenceArray<E> implements java.io.Serializable {
    private final Object[] array;

    public AtomicReferenceArray(int length) {
        array = new Object[length];
    }

    public AtomicReferenceArray(E[] array) {
        this.array = java.util.Arrays.copyOf(array, array.length, Object[].class);
    }

    private long at(int i) {
        java.util.Objects.checkIndex(i, array.length);
        return Atomic.ARRAY_DATA_WIDE + 8L * i;
    }

    public final int length() {
        return array.length;
    }

    @SuppressWarnings("unchecked")
    public final E get(int i) {
        return (E) Atomic.getRef(array, at(i));
    }

    public final void set(int i, E newValue) {
        Atomic.setRef(array, at(i), newValue);
    }

    public final void lazySet(int i, E newValue) {
        set(i, newValue);
    }

    @SuppressWarnings("unchecked")
    public final E getAndSet(int i, E newValue) {
        return (E) Atomic.getAndSetRef(array, at(i), newValue);
    }

    public final boolean compareAndSet(int i, E expectedValue, E newValue) {
        return Atomic.compareAndSetRef(array, at(i), expectedValue, newValue);
    }

    public final boolean weakCompareAndSet(int i, E expectedValue, E newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final E updateAndGet(int i, UnaryOperator<E> f) {
        for (;;) {
            E prev = get(i);
            E next = f.apply(prev);
            if (compareAndSet(i, prev, next)) {
                return next;
            }
        }
    }

    public String toString() {
        int iMax = array.length - 1;
        if (iMax == -1) {
            return "[]";
        }
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; ; i++) {
            b.append(get(i));
            if (i == iMax) {
                return b.append(']').toString();
            }
            b.append(',').append(' ');
        }
    }
}
