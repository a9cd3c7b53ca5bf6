/*
 * The running program's view of its runtime: processors, heap figures, exit with shutdown
 * hooks (exo.rt.Shutdown), gc, and exec through ProcessBuilder. Hooks run one after the
 * other, in the order they were added, when the program ends.
 */
package java.lang;

import exo.rt.Heap;
import exo.rt.Posix;
import exo.rt.Shutdown;
import java.io.File;
import java.io.IOException;

public class Runtime {
    private static final Runtime currentRuntime = new Runtime();

    private Runtime() {}

    public static Runtime getRuntime() {
        return currentRuntime;
    }

    public void exit(int status) {
        Shutdown.exit(status);
    }

    public void halt(int status) {
        exo.rt.Streams.flushAll();
        exo.rt.VM.exit(status);
    }

    public void addShutdownHook(Thread hook) {
        if (hook == null) {
            throw new NullPointerException();
        }
        if (!Shutdown.add(hook, hook::run)) {
            throw new IllegalArgumentException("Hook previously registered");
        }
    }

    public boolean removeShutdownHook(Thread hook) {
        if (hook == null) {
            throw new NullPointerException();
        }
        return Shutdown.remove(hook);
    }

    public int availableProcessors() {
        return Posix.cpuCount();
    }

    public long freeMemory() {
        return Math.max(0, Heap.bytesLimit() - Heap.bytesInUse());
    }

    public long totalMemory() {
        return Heap.bytesLimit();
    }

    public long maxMemory() {
        return Heap.bytesLimit();
    }

    public void gc() {
        System.gc();
    }

    public void runFinalization() {}

    public Process exec(String command) throws IOException {
        return exec(command, null, null);
    }

    public Process exec(String command, String[] envp) throws IOException {
        return exec(command, envp, null);
    }

    public Process exec(String command, String[] envp, File dir) throws IOException {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("Empty command");
        }
        java.util.StringTokenizer st = new java.util.StringTokenizer(command);
        String[] cmdarray = new String[st.countTokens()];
        for (int i = 0; st.hasMoreTokens(); i++) {
            cmdarray[i] = st.nextToken();
        }
        return exec(cmdarray, envp, dir);
    }

    public Process exec(String[] cmdarray) throws IOException {
        return exec(cmdarray, null, null);
    }

    public Process exec(String[] cmdarray, String[] envp) throws IOException {
        return exec(cmdarray, envp, null);
    }

    public Process exec(String[] cmdarray, String[] envp, File dir) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmdarray).directory(dir);
        if (envp != null) {
            pb.environment().clear();
            for (String e : envp) {
                int eq = e.indexOf('=', 1);
                if (eq > 0) {
                    pb.environment().put(e.substring(0, eq), e.substring(eq + 1));
                }
            }
        }
        return pb.start();
    }
}
