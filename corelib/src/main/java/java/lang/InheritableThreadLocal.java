/*
 * A thread-local whose values a new thread copies from the thread that creates it.
 */
package java.lang;

import java.util.HashMap;

public class InheritableThreadLocal<T> extends ThreadLocal<T> {
    public InheritableThreadLocal() {}

    protected T childValue(T parentValue) {
        return parentValue;
    }

    @Override
    HashMap<ThreadLocal<?>, Object> mapOf(Thread t, boolean create) {
        if (t.inheritableThreadLocals == null && create) {
            t.inheritableThreadLocals = new HashMap<>();
        }
        return t.inheritableThreadLocals;
    }
}
