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

    // wait/notify/notifyAll are left out on purpose: compiled programs have no threads, and
    // a program that uses them gets a compile error naming the call (exoc: missing method).
}
