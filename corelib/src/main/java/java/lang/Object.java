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

    public final void notify() {}

    public final void notifyAll() {}

    public final void wait() throws InterruptedException {
        throw new UnsupportedOperationException("Object.wait: no threads");
    }

    public final void wait(long timeoutMillis) throws InterruptedException {
        throw new UnsupportedOperationException("Object.wait: no threads");
    }
}
