/*
 * Atomic memory operations for java.util.concurrent, java.lang.Thread and the monitors:
 * exoc lowers each call to one of gcc's __atomic builtins (a locked instruction on x86_64),
 * sequentially consistent. An access names an object and a byte offset into it: a field's
 * offset is fieldOffset(C.class, "name") with literal arguments (exoc resolves it at compile
 * time), an array element's ARRAY_DATA_NARROW or _WIDE + index * elementSize. Objects never move, so the
 * offset form is safe across collections. The Java bodies exist only for javac: on the host
 * nothing calls them.
 */
package exo.rt;

public final class Atomic {
    private Atomic() {}

    /** Offset of the first element of an int[] (and other arrays of 1-, 2- or 4-byte elements). */
    public static final long ARRAY_DATA_NARROW = 12;
    /** Offset of the first element of a long[], double[] or reference array. */
    public static final long ARRAY_DATA_WIDE = 16;

    private static RuntimeException host() {
        return new UnsupportedOperationException("exo.rt.Atomic works only in compiled programs");
    }

    /** The byte offset of instance field name of class c; both must be literals. */
    public static long fieldOffset(Class<?> c, String name) {
        throw host();
    }

    public static void fence() {
        throw host();
    }

    /** The pause instruction, for spin loops (Thread.onSpinWait). */
    public static void spinWait() {
        throw host();
    }

    public static int getInt(Object o, long offset) {
        throw host();
    }

    public static void setInt(Object o, long offset, int v) {
        throw host();
    }

    public static int getAndSetInt(Object o, long offset, int v) {
        throw host();
    }

    public static int getAndAddInt(Object o, long offset, int delta) {
        throw host();
    }

    public static boolean compareAndSetInt(Object o, long offset, int expected, int v) {
        throw host();
    }

    /** The value found (the swap happened if it equals expected). */
    public static int compareAndExchangeInt(Object o, long offset, int expected, int v) {
        throw host();
    }

    public static long getLong(Object o, long offset) {
        throw host();
    }

    public static void setLong(Object o, long offset, long v) {
        throw host();
    }

    public static long getAndSetLong(Object o, long offset, long v) {
        throw host();
    }

    public static long getAndAddLong(Object o, long offset, long delta) {
        throw host();
    }

    public static boolean compareAndSetLong(Object o, long offset, long expected, long v) {
        throw host();
    }

    public static long compareAndExchangeLong(Object o, long offset, long expected, long v) {
        throw host();
    }

    public static Object getRef(Object o, long offset) {
        throw host();
    }

    public static void setRef(Object o, long offset, Object v) {
        throw host();
    }

    public static Object getAndSetRef(Object o, long offset, Object v) {
        throw host();
    }

    public static boolean compareAndSetRef(Object o, long offset, Object expected, Object v) {
        throw host();
    }

    public static Object compareAndExchangeRef(Object o, long offset, Object expected, Object v) {
        throw host();
    }
}
