/*
 * An object reference updated atomically. Comparisons are by identity, as in the JDK.
 */
package java.util.concurrent.atomic;

import exo.rt.Atomic;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

public class AtomicReference<V> implements java.io.Serializable {
    private volatile V value;

    public AtomicReference() {}

    public AtomicReference(V initialValue) {
        value = initialValue;
    }

    private static long offset() {
        return Atomic.fieldOffset(AtomicReference.class, "value");
    }

    public final V get() {
        return value;
    }

    public final void set(V newValue) {
        value = newValue;
    }

    public final void lazySet(V newValue) {
        value = newValue;
    }

    public final V getPlain() {
        return value;
    }

    public final V getAcquire() {
        return value;
    }

    public final void setRelease(V newValue) {
        value = newValue;
    }

    public final boolean compareAndSet(V expectedValue, V newValue) {
        return Atomic.compareAndSetRef(this, offset(), expectedValue, newValue);
    }

    public final boolean weakCompareAndSet(V expectedValue, V newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    @SuppressWarnings("unchecked")
    public final V compareAndExchange(V expectedValue, V newValue) {
        return (V) Atomic.compareAndExchangeRef(this, offset(), expectedValue, newValue);
    }

    @SuppressWarnings("unchecked")
    public final V getAndSet(V newValue) {
        return (V) Atomic.getAndSetRef(this, offset(), newValue);
    }

    public final V getAndUpdate(UnaryOperator<V> f) {
        for (;;) {
            V prev = value;
            if (compareAndSet(prev, f.apply(prev))) {
                return prev;
            }
        }
    }

    public final V updateAndGet(UnaryOperator<V> f) {
        for (;;) {
            V prev = value;
            V next = f.apply(prev);
            if (compareAndSet(prev, next)) {
                return next;
            }
        }
    }

    public final V getAndAccumulate(V x, BinaryOperator<V> f) {
        for (;;) {
            V prev = value;
            if (compareAndSet(prev, f.apply(prev, x))) {
                return prev;
            }
        }
    }

    public final V accumulateAndGet(V x, BinaryOperator<V> f) {
        for (;;) {
            V prev = value;
            V next = f.apply(prev, x);
            if (compareAndSet(prev, next)) {
                return next;
            }
        }
    }

    public String toString() {
        return String.valueOf(get());
    }
}
