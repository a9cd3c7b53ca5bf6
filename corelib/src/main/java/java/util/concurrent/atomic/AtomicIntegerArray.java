/*
 * An int array whose elements are updated atomically.
 */
package java.util.concurrent.atomic;

import exo.rt.Atomic;
import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

public class AtomicIntegerArray implements java.io.Serializable {
    private final int[] array;

    public AtomicIntegerArray(int length) {
        array = new int[length];
    }

    public AtomicIntegerArray(int[] array) {
        this.array = array.clone();
    }

    private long at(int i) {
        java.util.Objects.checkIndex(i, array.length);
        return Atomic.ARRAY_DATA_NARROW + 4L * i;
    }

    public final int length() {
        return array.length;
    }

    public final int get(int i) {
        return Atomic.getInt(array, at(i));
    }

    public final void set(int i, int newValue) {
        Atomic.setInt(array, at(i), newValue);
    }

    public final void lazySet(int i, int newValue) {
        set(i, newValue);
    }

    public final int getAndSet(int i, int newValue) {
        return Atomic.getAndSetInt(array, at(i), newValue);
    }

    public final boolean compareAndSet(int i, int expectedValue, int newValue) {
        return Atomic.compareAndSetInt(array, at(i), expectedValue, newValue);
    }

    public final boolean weakCompareAndSet(int i, int expectedValue, int newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final int getAndIncrement(int i) {
        return Atomic.getAndAddInt(array, at(i), 1);
    }

    public final int getAndDecrement(int i) {
        return Atomic.getAndAddInt(array, at(i), -1);
    }

    public final int getAndAdd(int i, int delta) {
        return Atomic.getAndAddInt(array, at(i), delta);
    }

    public final int incrementAndGet(int i) {
        return Atomic.getAndAddInt(array, at(i), 1) + 1;
    }

    public final int decrementAndGet(int i) {
        return Atomic.getAndAddInt(array, at(i), -1) - 1;
    }

    public final int addAndGet(int i, int delta) {
        return Atomic.getAndAddInt(array, at(i), delta) + delta;
    }

    public final int getAndUpdate(int i, IntUnaryOperator f) {
        for (;;) {
            int prev = get(i);
            if (compareAndSet(i, prev, f.applyAsInt(prev))) {
                return prev;
            }
        }
    }

    public final int updateAndGet(int i, IntUnaryOperator f) {
        for (;;) {
            int prev = get(i);
            int next = f.applyAsInt(prev);
            if (compareAndSet(i, prev, next)) {
                return next;
            }
        }
    }

    public final int accumulateAndGet(int i, int x, IntBinaryOperator f) {
        for (;;) {
            int prev = get(i);
            int next = f.applyAsInt(prev, x);
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
