/*
 * An int updated atomically (exo.rt.Atomic: locked instructions, sequentially consistent).
 */
package java.util.concurrent.atomic;

import exo.rt.Atomic;
import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

public class AtomicInteger extends Number {
    private volatile int value;

    public AtomicInteger() {}

    public AtomicInteger(int initialValue) {
        value = initialValue;
    }

    private static long offset() {
        return Atomic.fieldOffset(AtomicInteger.class, "value");
    }

    public final int get() {
        return value;
    }

    public final void set(int newValue) {
        value = newValue;
    }

    public final void lazySet(int newValue) {
        value = newValue;
    }

    public final int getPlain() {
        return value;
    }

    public final void setPlain(int newValue) {
        value = newValue;
    }

    public final int getAcquire() {
        return value;
    }

    public final void setRelease(int newValue) {
        value = newValue;
    }

    public final int getAndSet(int newValue) {
        return Atomic.getAndSetInt(this, offset(), newValue);
    }

    public final boolean compareAndSet(int expectedValue, int newValue) {
        return Atomic.compareAndSetInt(this, offset(), expectedValue, newValue);
    }

    public final boolean weakCompareAndSet(int expectedValue, int newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetPlain(int expectedValue, int newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final int compareAndExchange(int expectedValue, int newValue) {
        return Atomic.compareAndExchangeInt(this, offset(), expectedValue, newValue);
    }

    public final int getAndIncrement() {
        return Atomic.getAndAddInt(this, offset(), 1);
    }

    public final int getAndDecrement() {
        return Atomic.getAndAddInt(this, offset(), -1);
    }

    public final int getAndAdd(int delta) {
        return Atomic.getAndAddInt(this, offset(), delta);
    }

    public final int incrementAndGet() {
        return Atomic.getAndAddInt(this, offset(), 1) + 1;
    }

    public final int decrementAndGet() {
        return Atomic.getAndAddInt(this, offset(), -1) - 1;
    }

    public final int addAndGet(int delta) {
        return Atomic.getAndAddInt(this, offset(), delta) + delta;
    }

    public final int getAndUpdate(IntUnaryOperator f) {
        for (;;) {
            int prev = value;
            if (compareAndSet(prev, f.applyAsInt(prev))) {
                return prev;
            }
        }
    }

    public final int updateAndGet(IntUnaryOperator f) {
        for (;;) {
            int prev = value;
            int next = f.applyAsInt(prev);
            if (compareAndSet(prev, next)) {
                return next;
            }
        }
    }

    public final int getAndAccumulate(int x, IntBinaryOperator f) {
        for (;;) {
            int prev = value;
            if (compareAndSet(prev, f.applyAsInt(prev, x))) {
                return prev;
            }
        }
    }

    public final int accumulateAndGet(int x, IntBinaryOperator f) {
        for (;;) {
            int prev = value;
            int next = f.applyAsInt(prev, x);
            if (compareAndSet(prev, next)) {
                return next;
            }
        }
    }

    public String toString() {
        return Integer.toString(get());
    }

    public int intValue() {
        return get();
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
