/*
 * Thread-local variables: each Thread keeps a map from ThreadLocal to its value (identity
 * keys: ThreadLocal does not override equals/hashCode).
 */
package java.lang;

import java.util.HashMap;
import java.util.function.Supplier;

public class ThreadLocal<T> {
    public ThreadLocal() {}

    protected T initialValue() {
        return null;
    }

    public static <S> ThreadLocal<S> withInitial(Supplier<? extends S> supplier) {
        if (supplier == null) {
            throw new NullPointerException();
        }
        return new ThreadLocal<S>() {
            @Override
            protected S initialValue() {
                return supplier.get();
            }
        };
    }

    HashMap<ThreadLocal<?>, Object> mapOf(Thread t, boolean create) {
        if (t.threadLocals == null && create) {
            t.threadLocals = new HashMap<>();
        }
        return t.threadLocals;
    }

    @SuppressWarnings("unchecked")
    public T get() {
        HashMap<ThreadLocal<?>, Object> map = mapOf(Thread.currentThread(), true);
        if (map.containsKey(this)) {
            return (T) map.get(this);
        }
        T v = initialValue();
        map.put(this, v);
        return v;
    }

    public void set(T value) {
        mapOf(Thread.currentThread(), true).put(this, value);
    }

    public void remove() {
        HashMap<ThreadLocal<?>, Object> map = mapOf(Thread.currentThread(), false);
        if (map != null) {
            map.remove(this);
        }
    }
}
