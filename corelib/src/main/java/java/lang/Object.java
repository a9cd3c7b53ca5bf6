/*
 * The root class. exoc lays out every object with a 16-byte header (docs/RUNTIME.md);
 * the natives here read that header.
 */
package java.lang;

public class Object {
    public Object() {}

    public final native Class<?> getClass();

    public native int hashCode();

    public boolean equals(Object obj) {
        return this == obj;
    }

    protected native Object clone() throws CloneNotSupportedException;

    public String toString() {
        return getClass().getName() + "@" + Integer.toHexString(hashCode());
    }

    // The monitor operations: exo.rt.Monitors (real monitors once the program can start a
    // thread; before that there is nobody to notify).

    public final void wait() throws InterruptedException {
        exo.rt.Monitors.await(this, 0);
    }

    public final void wait(long timeoutMillis) throws InterruptedException {
        exo.rt.Monitors.await(this, timeoutMillis);
    }

    public final void wait(long timeoutMillis, int nanos) throws InterruptedException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        exo.rt.Monitors.await(this, timeoutMillis + (nanos > 0 && timeoutMillis < Long.MAX_VALUE ? 1 : 0));
    }

    public final void notify() {
        exo.rt.Monitors.notify(this, false);
    }

    public final void notifyAll() {
        exo.rt.Monitors.notify(this, true);
    }
}
