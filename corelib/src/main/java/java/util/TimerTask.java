/*
 * java.util.TimerTask: a task a Timer runs once or repeatedly. Its state (scheduled,
 * executed, cancelled) and next execution time are guarded by its lock; Timer's thread
 * reads and updates them.
 */
package java.util;

public abstract class TimerTask implements Runnable {
    static final int VIRGIN = 0, SCHEDULED = 1, EXECUTED = 2, CANCELLED = 3;

    final Object lock = new Object();
    int state = VIRGIN;
    /** Milliseconds since the epoch of the next run. */
    long nextExecutionTime;
    /** 0: once; > 0: fixed rate; < 0: fixed delay of -period ms after each start. */
    long period;

    protected TimerTask() {}

    @Override
    public abstract void run();

    /** True if this cancels at least one run that would have happened. */
    public boolean cancel() {
        synchronized (lock) {
            boolean result = state == SCHEDULED;
            state = CANCELLED;
            return result;
        }
    }

    public long scheduledExecutionTime() {
        synchronized (lock) {
            return period < 0 ? nextExecutionTime + period : nextExecutionTime - period;
        }
    }
}
