/*
 * The end of a program: shutdown hooks (Runtime.addShutdownHook) run once, in the order they
 * were added, then the core library's own final actions (File.deleteOnExit's deletions), then
 * the standard streams are flushed. System.exit, the normal end of main and an uncaught
 * exception all come through here. Nothing here makes a system call itself, so the kernel
 * target shares it.
 */
package exo.rt;

import java.util.ArrayList;

public final class Shutdown {
    private Shutdown() {}

    private static ArrayList<Runnable> hooks;
    private static ArrayList<Object> hookKeys;
    private static ArrayList<Runnable> finalActions;
    private static boolean running;

    /** Registers a hook under key (the Thread); false if the key is already registered. */
    public static boolean add(Object key, Runnable hook) {
        if (running) {
            throw new IllegalStateException("Shutdown in progress");
        }
        if (hooks == null) {
            hooks = new ArrayList<>();
            hookKeys = new ArrayList<>();
        }
        for (Object k : hookKeys) {
            if (k == key) {
                return false;
            }
        }
        hooks.add(hook);
        hookKeys.add(key);
        return true;
    }

    public static boolean remove(Object key) {
        if (running) {
            throw new IllegalStateException("Shutdown in progress");
        }
        if (hookKeys == null) {
            return false;
        }
        for (int i = 0; i < hookKeys.size(); i++) {
            if (hookKeys.get(i) == key) {
                hookKeys.remove(i);
                hooks.remove(i);
                return true;
            }
        }
        return false;
    }

    /** An action of the core library itself, run after the hooks. */
    public static void addFinalAction(Runnable r) {
        if (finalActions == null) {
            finalActions = new ArrayList<>();
        }
        finalActions.add(r);
    }

    /** Runs the hooks and deletions once; exceptions in a hook are reported and ignored. */
    public static void run() {
        if (running) {
            return;
        }
        running = true;
        if (hooks != null) {
            for (Runnable r : hooks) {
                try {
                    r.run();
                } catch (Throwable t) {
                    Streams.flushAll();
                    System.err.print("Exception in thread \"Thread-0\" ");
                    t.printStackTrace();
                }
            }
        }
        if (finalActions != null) {
            for (Runnable r : finalActions) {
                r.run();
            }
        }
        Streams.flushAll();
    }

    /** System.exit / Runtime.exit: hooks, then the end of the process (exo.rt.Runtime.exit). */
    public static void exit(int status) {
        Runtime.exit(status);
    }
}
