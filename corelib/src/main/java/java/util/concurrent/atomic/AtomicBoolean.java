/*
 * A boolean updated atomically (an int underneath, 0 or 1).
 */
package java.util.concurrent.atomic;

import exo.rt.Atomic;

public class AtomicBoolean implements java.io.Serializable {
    private volatile int value;

    public AtomicBoolean() {}

    public AtomicBoolean(boolean initialValue) {
        value = initialValue ? 1 : 0;
    }

    private static long offset() {
        return Atomic.fieldOffset(AtomicBoolean.class, "value");
    }

    public final boolean get() {
        return value != 0;
    }

    public final void set(boolean newValue) {
        value = newValue ? 1 : 0;
    }

    public final void lazySet(boolean newValue) {
        set(newValue);
    }

    public final boolean getPlain() {
        return get();
    }

    public final boolean getAcquire() {
        return get();
    }

    public final void setRelease(boolean newValue) {
        set(newValue);
    }

    public final boolean compareAndSet(boolean expectedValue, boolean newValue) {
        return Atomic.compareAndSetInt(this, offset(), expectedValue ? 1 : 0, newValue ? 1 : 0);
    }

    public boolean weakCompareAndSet(boolean expectedValue, boolean newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    public final boolean compareAndExchange(boolean expectedValue, boolean newValue) {
        return Atomic.compareAndExchangeInt(this, offset(), expectedValue ? 1 : 0, newValue ? 1 : 0) != 0;
    }

    public final boolean getAndSet(boolean newValue) {
        return Atomic.getAndSetInt(this, offset(), newValue ? 1 : 0) != 0;
    }

    public String toString() {
        return Boolean.toString(get());
    }
}
