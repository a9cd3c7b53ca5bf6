/*
 * java.util.Timer: one background thread ("Timer-N") that runs TimerTasks at their times, one
 * after the other, from a queue ordered by next execution time. Fixed-delay tasks are
 * rescheduled from the start of their last run, fixed-rate ones from their last scheduled
 * time. A task that throws kills the thread, as on the JDK: the exception is reported as
 * uncaught and later schedule calls get "Timer already cancelled.". Unlike the JDK, a timer
 * that becomes unreachable is not stopped by the collector: call cancel().
 */
package java.util;

public class Timer {
    private static int nextSerialNumber;

    private final PriorityQueue<TimerTask> queue = new PriorityQueue<>(16,
            (a, b) -> Long.compare(a.nextExecutionTime, b.nextExecutionTime));
    /** False once cancel() ran or the thread died: nothing more may be scheduled. */
    private boolean newTasksMayBeScheduled = true;

    public Timer() {
        this("Timer-" + serialNumber(), false);
    }

    public Timer(boolean isDaemon) {
        this("Timer-" + serialNumber(), isDaemon);
    }

    public Timer(String name) {
        this(name, false);
    }

    public Timer(String name, boolean isDaemon) {
        Objects.requireNonNull(name);
        Thread thread = new Thread(this::mainLoop, name);
        thread.setDaemon(isDaemon);
        thread.start();
    }

    private static synchronized int serialNumber() {
        return nextSerialNumber++;
    }

    public void schedule(TimerTask task, long delay) {
        if (delay < 0) {
            throw new IllegalArgumentException("Negative delay.");
        }
        sched(task, System.currentTimeMillis() + delay, 0);
    }

    public void schedule(TimerTask task, Date time) {
        sched(task, checkTime(time), 0);
    }

    public void schedule(TimerTask task, long delay, long period) {
        sched(task, System.currentTimeMillis() + checkDelay(delay), -checkPeriod(period));
    }

    public void schedule(TimerTask task, Date firstTime, long period) {
        sched(task, checkTime(firstTime), -checkPeriod(period));
    }

    public void scheduleAtFixedRate(TimerTask task, long delay, long period) {
        sched(task, System.currentTimeMillis() + checkDelay(delay), checkPeriod(period));
    }

    public void scheduleAtFixedRate(TimerTask task, Date firstTime, long period) {
        sched(task, checkTime(firstTime), checkPeriod(period));
    }

    private static long checkDelay(long delay) {
        if (delay < 0) {
            throw new IllegalArgumentException("Negative delay.");
        }
        return delay;
    }

    private static long checkPeriod(long period) {
        if (period <= 0) {
            throw new IllegalArgumentException("Non-positive period.");
        }
        return period;
    }

    private static long checkTime(Date time) {
        return time.getTime();   // sched refuses a negative one
    }

    private void sched(TimerTask task, long time, long period) {
        if (time < 0) {
            throw new IllegalArgumentException("Illegal execution time.");
        }
        synchronized (queue) {
            if (!newTasksMayBeScheduled) {
                throw new IllegalStateException("Timer already cancelled.");
            }
            synchronized (task.lock) {
                if (task.state != TimerTask.VIRGIN) {
                    throw new IllegalStateException("Task already scheduled or cancelled");
                }
                task.nextExecutionTime = time;
                task.period = period;
                task.state = TimerTask.SCHEDULED;
            }
            queue.add(task);
            if (queue.peek() == task) {
                queue.notify();
            }
        }
    }

    /** Stops the timer: the running task (if any) finishes, the others never run. */
    public void cancel() {
        synchronized (queue) {
            newTasksMayBeScheduled = false;
            queue.clear();
            queue.notify();
        }
    }

    /** Removes cancelled tasks from the queue; returns how many. */
    public int purge() {
        synchronized (queue) {
            int before = queue.size();
            queue.removeIf(t -> t.state == TimerTask.CANCELLED);
            return before - queue.size();
        }
    }

    private void mainLoop() {
        try {
            TimerTask task;
            while ((task = nextDueTask()) != null) {
                task.run();
            }
        } finally {
            synchronized (queue) {   // a task threw, or the timer was cancelled
                newTasksMayBeScheduled = false;
                queue.clear();
            }
        }
    }

    /** Waits for the next task that is due and reschedules or retires it; null once cancelled. */
    private TimerTask nextDueTask() {
        synchronized (queue) {
            while (true) {
                while (queue.isEmpty() && newTasksMayBeScheduled) {
                    waitOn(0);
                }
                if (queue.isEmpty()) {
                    return null;
                }
                TimerTask task = queue.peek();
                long waitMs = 0;
                synchronized (task.lock) {
                    if (task.state == TimerTask.CANCELLED) {
                        queue.poll();
                        continue;
                    }
                    long now = System.currentTimeMillis();
                    long due = task.nextExecutionTime;
                    if (due <= now) {
                        queue.poll();
                        if (task.period == 0) {
                            task.state = TimerTask.EXECUTED;
                        } else {
                            task.nextExecutionTime = task.period < 0 ? now - task.period : due + task.period;
                            queue.add(task);
                        }
                        return task;
                    }
                    waitMs = due - now;
                }
                waitOn(waitMs);   // outside the task's lock, so that cancel() does not wait for it
            }
        }
    }

    private void waitOn(long millis) {
        try {
            queue.wait(millis);
        } catch (InterruptedException e) {
            // the JDK's timer thread ignores interrupts too
        }
    }
}
