/*
 * Thread groups, reduced to what compiled programs observe: every thread belongs to the group
 * "main", whose uncaught-exception handling is the JVM's default (the default handler if one
 * is set, else the report on stderr).
 */
package java.lang;

public class ThreadGroup implements Thread.UncaughtExceptionHandler {
    static final ThreadGroup MAIN = new ThreadGroup();

    private ThreadGroup() {}

    public ThreadGroup(String name) {
        throw new UnsupportedOperationException("exoc: thread groups other than main are not supported");
    }

    public final String getName() {
        return "main";
    }

    public int getMaxPriority() {
        return Thread.MAX_PRIORITY;
    }

    @Override
    public void uncaughtException(Thread t, Throwable e) {
        Thread.UncaughtExceptionHandler h = Thread.getDefaultUncaughtExceptionHandler();
        if (h != null) {
            h.uncaughtException(t, e);
        } else if (!(e instanceof ThreadDeath)) {
            exo.rt.Threads.report(t.getName(), e);
        }
    }
}
