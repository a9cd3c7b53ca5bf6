/*
 * An long updated atomically (exo.rt.Atomic: locked instructions, sequentially consistent).
 */
package java.util.concurrent.atomic;

import exo.rt.Atomic;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

public class AtomicLong extends Number {
    private volatile long value;

    public AtomicLong() {}

    public AtomicLong(long initialValue) {
        value = initialValue;
    }

    private static long offset() {
        return Atomic.fieldOffset(AtomicLong.class, "value");
    }

    public final long get() {
        return value;
    }

    public final void set(long newValue) {
        value = newValue;
    }

    public final void lazySet(long newValue) {
        value = newValue;
    }

    public final long getPlain() {
        return value;
    }

    public final void setPlain(long newValue) {
        value = newValue;
    }

    public final long getAcquire() {
        return value;
    }

    public final void setRelease(long newValue) {
        value = newValue;
    }

    public final long getAndSet(long newValue) {
        return Atomic.getAndSetLong(this, offset(), newValue);
    }

    public final boolean compareAndSet(long expectedValue, long newValue) {
        return Atomic.compareAndSetLong(this, offset(), expectedValue, newValue);
    }

    public final boolean weakCompareAndSet(long expectedValue, long newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetPlain(long expectedValue, long newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final long compareAndExchange(long expectedValue, long newValue) {
        return Atomic.compareAndExchangeLong(this, offset(), expectedValue, newValue);
    }

    public final long getAndIncrement() {
        return Atomic.getAndAddLong(this, offset(), 1);
    }

    public final long getAndDecrement() {
        return Atomic.getAndAddLong(this, offset(), -1);
    }

    public final long getAndAdd(long delta) {
        return Atomic.getAndAddLong(this, offset(), delta);
    }

    public final long incrementAndGet() {
        return Atomic.getAndAddLong(this, offset(), 1) + 1;
    }

    public final long decrementAndGet() {
        return Atomic.getAndAddLong(this, offset(), -1) - 1;
    }

    public final long addAndGet(long delta) {
        return Atomic.getAndAddLong(this, offset(), delta) + delta;
    }

    public final long getAndUpdate(LongUnaryOperator f) {
        for (;;) {
            long prev = value;
            if (compareAndSet(prev, f.applyAsLong(prev))) {
                return prev;
            }
        }
    }

    public final long updateAndGet(LongUnaryOperator f) {
        for (;;) {
            long prev = value;
            long next = f.applyAsLong(prev);
            if (compareAndSet(prev, next)) {
                return next;
            }
        }
    }

    public final long getAndAccumulate(long x, LongBinaryOperator f) {
        for (;;) {
            long prev = value;
            if (compareAndSet(prev, f.applyAsLong(prev, x))) {
                return prev;
            }
        }
    }

    public final long accumulateAndGet(long x, LongBinaryOperator f) {
        for (;;) {
            long prev = value;
            long next = f.applyAsLong(prev, x);
            if (compareAndSet(prev, next)) {
                return next;
            }
        }
    }

    public String toString() {
        return Long.toString(get());
    }

    public int intValue() {
        return (int) get();
    }

    public long longValue() {
        return get();
    }

    public float floatValue() {
        return get();
    }

    public double doubleValue() {
        return get();
    }
}
