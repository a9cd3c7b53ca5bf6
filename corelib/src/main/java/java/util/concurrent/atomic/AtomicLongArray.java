/*
 * A long array whose elements are updated atomically.
 */
package java.util.concurrent.atomic;

import exo.rt.Atomic;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

public class AtomicLongArray implements java.io.Serializable {
    private final long[] array;

    public AtomicLongArray(int length) {
        array = new long[length];
    }

    public AtomicLongArray(long[] array) {
        this.array = array.clone();
    }

    private long at(int i) {
        java.util.Objects.checkIndex(i, array.length);
        return Atomic.ARRAY_DATA_WIDE + 8L * i;
    }

    public final int length() {
        return array.length;
    }

    public final long get(int i) {
        return Atomic.getLong(array, at(i));
    }

    public final void set(int i, long newValue) {
        Atomic.setLong(array, at(i), newValue);
    }

    public final void lazySet(int i, long newValue) {
        set(i, newValue);
    }

    public final long getAndSet(int i, long newValue) {
        return Atomic.getAndSetLong(array, at(i), newValue);
    }

    public final boolean compareAndSet(int i, long expectedValue, long newValue) {
        return Atomic.compareAndSetLong(array, at(i), expectedValue, newValue);
    }

    public final boolean weakCompareAndSet(int i, long expectedValue, long newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final long getAndIncrement(int i) {
        return Atomic.getAndAddLong(array, at(i), 1);
    }

    public final long getAndDecrement(int i) {
        return Atomic.getAndAddLong(array, at(i), -1);
    }

    public final long getAndAdd(int i, long delta) {
        return Atomic.getAndAddLong(array, at(i), delta);
    }

    public final long incrementAndGet(int i) {
        return Atomic.getAndAddLong(array, at(i), 1) + 1;
    }

    public final long decrementAndGet(int i) {
        return Atomic.getAndAddLong(array, at(i), -1) - 1;
    }

    public final long addAndGet(int i, long delta) {
        return Atomic.getAndAddLong(array, at(i), delta) + delta;
    }

    public final long getAndUpdate(int i, LongUnaryOperator f) {
        for (;;) {
            long prev = get(i);
            if (compareAndSet(i, prev, f.applyAsLong(prev))) {
                return prev;
            }
        }
    }

    public final long updateAndGet(int i, LongUnaryOperator f) {
        for (;;) {
            long prev = get(i);
            long next = f.applyAsLong(prev);
            if (compareAndSet(i, prev, next)) {
                return next;
            }
        }
    }

    public final long accumulateAndGet(int i, long x, LongBinaryOperator f) {
        for (;;) {
            long prev = get(i);
            long next = f.applyAsLong(prev, x);
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
