/*
 * Standard streams, clocks, exit and array copying. out and err are PrintStreams over the
 * buffered file descriptors of exo.rt.Streams (err flushes out first and flushes itself at
 * each line, so interleaving matches the JVM on a terminal). There is no stdin, no property
 * table (getProperty knows line.separator only) and no environment.
 */
package java.lang;

import exo.rt.Streams;
import exo.rt.VM;
import java.io.PrintStream;

public final class System {
    private System() {}

    public static final PrintStream out = new PrintStream(Streams.STDOUT, false);
    public static final PrintStream err = new PrintStream(Streams.STDERR, true);

    /** Copies with the JDK's checks and messages; implemented by the runtime. */
    public static native void arraycopy(Object src, int srcPos, Object dest, int destPos, int length);

    public static long currentTimeMillis() {
        return VM.currentTimeMillis();
    }

    public static long nanoTime() {
        return VM.nanoTime();
    }

    public static void exit(int status) {
        exo.rt.Runtime.exit(status);
    }

    /** A full collection, as on the JVM. */
    public static void gc() {
        exo.rt.Heap.gc();
    }

    public static int identityHashCode(Object x) {
        return x == null ? 0 : VM.identityHash(x);
    }

    public static String getProperty(String key) {
        checkKey(key);
        return key.equals("line.separator") ? "\n" : null;
    }

    public static String getProperty(String key, String def) {
        String v = getProperty(key);
        return v == null ? def : v;
    }

    private static void checkKey(String key) {
        if (key == null) {
            throw new NullPointerException("key can't be null");
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key can't be empty");
        }
    }

    public static String lineSeparator() {
        return "\n";
    }

    public static String getenv(String name) {
        if (name == null) {
            throw new NullPointerException();
        }
        return null;
    }
}
