/*
 * Standard streams, properties, the environment, clocks, exit and array copying. out and err
 * are PrintStreams over the buffered file descriptors of exo.rt.Streams (err flushes out first
 * and flushes itself at each line, so interleaving matches the JVM on a terminal); in is a
 * BufferedInputStream over descriptor 0. Properties start with the JDK's usual keys for this
 * platform (SystemProps); the environment is read from the process's envp.
 */
package java.lang;

import exo.rt.Shutdown;
import exo.rt.Streams;
import exo.rt.VM;
import java.io.BufferedInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Properties;

public final class System {
    private System() {}

    public static InputStream in = new BufferedInputStream(new FileInputStream(FileDescriptor.in));
    public static PrintStream out = new PrintStream(Streams.STDOUT, false);
    public static PrintStream err = new PrintStream(Streams.STDERR, true);

    public static void setIn(InputStream in) {
        System.in = in;
    }

    public static void setOut(PrintStream out) {
        System.out = out;
    }

    public static void setErr(PrintStream err) {
        System.err = err;
    }

    /** Copies with the JDK's checks and messages; implemented by the runtime. */
    public static native void arraycopy(Object src, int srcPos, Object dest, int destPos, int length);

    public static long currentTimeMillis() {
        return VM.currentTimeMillis();
    }

    public static long nanoTime() {
        return VM.nanoTime();
    }

    /** Runs the shutdown hooks, flushes the standard streams and ends the program. */
    public static void exit(int status) {
        Shutdown.exit(status);
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
        return SystemProps.get(key);
    }

    public static String getProperty(String key, String def) {
        String v = getProperty(key);
        return v == null ? def : v;
    }

    public static String setProperty(String key, String value) {
        checkKey(key);
        if (value == null) {
            throw new NullPointerException();
        }
        return SystemProps.set(key, value);
    }

    public static String clearProperty(String key) {
        checkKey(key);
        return SystemProps.set(key, null);
    }

    public static Properties getProperties() {
        return SystemProps.all();
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
        return SystemProps.environment().get(name);
    }

    public static Map<String, String> getenv() {
        return SystemProps.environment();
    }
}
