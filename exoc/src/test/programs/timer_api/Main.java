// java.util.Timer and TimerTask: one-shot tasks run in time order whatever the order they were
// scheduled in, fixed-delay and fixed-rate repetition, cancelling a task and the timer, purge,
// the thread's name, and the JDK's exceptions for negative delays, bad periods and tasks
// scheduled twice or on a cancelled timer.
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CountDownLatch;

public class Main {
    static final List<String> log = new ArrayList<>();

    static TimerTask task(String name, CountDownLatch done) {
        return new TimerTask() {
            @Override
            public void run() {
                synchronized (log) {
                    log.add(name + " on " + Thread.currentThread().getName());
                }
                done.countDown();
            }
        };
    }

    public static void main(String[] args) throws Exception {
        Timer timer = new Timer();
        CountDownLatch three = new CountDownLatch(3);
        timer.schedule(task("third", three), 150);
        timer.schedule(task("first", three), 10);
        timer.schedule(task("second", three), new Date(System.currentTimeMillis() + 80));
        three.await();
        System.out.println(log);

        CountDownLatch fourRuns = new CountDownLatch(4);
        TimerTask repeating = task("tick", fourRuns);
        timer.schedule(repeating, 5, 20);
        fourRuns.await();
        System.out.println("repeating cancelled: " + repeating.cancel() + ", again: " + repeating.cancel());
        long scheduled = repeating.scheduledExecutionTime();
        System.out.println("scheduled time is in the past: " + (scheduled <= System.currentTimeMillis()));

        CountDownLatch rate = new CountDownLatch(3);
        TimerTask fixedRate = task("rate", rate);
        timer.scheduleAtFixedRate(fixedRate, 0, 15);
        rate.await();
        fixedRate.cancel();

        Timer idle = new Timer(true);
        TimerTask never = task("never", new CountDownLatch(1));
        TimerTask neither = task("neither", new CountDownLatch(1));
        idle.schedule(never, 60_000);
        idle.schedule(neither, 50_000, 1000);
        idle.schedule(task("kept", new CountDownLatch(1)), 70_000);
        System.out.println("cancel before running: " + never.cancel() + " " + neither.cancel() + ", purged " + idle.purge()
                + ", then " + idle.purge());
        idle.cancel();

        TimerTask once = task("once", new CountDownLatch(1));
        timer.schedule(once, 0);
        try {
            timer.schedule(once, 10);
        } catch (IllegalStateException e) {
            System.out.println("IllegalStateException: " + e.getMessage());
        }
        String[] bad = {"negative delay", "zero period", "negative period", "negative time"};
        for (String b : bad) {
            try {
                TimerTask t = task(b, new CountDownLatch(1));
                switch (b) {
                    case "negative delay": timer.schedule(t, -1); break;
                    case "zero period": timer.schedule(t, 0, 0); break;
                    case "negative period": timer.scheduleAtFixedRate(t, 0, -5); break;
                    default: timer.schedule(t, new Date(-1)); break;
                }
            } catch (IllegalArgumentException e) {
                System.out.println(b + ": IllegalArgumentException: " + e.getMessage());
            }
        }
        Thread.sleep(50);
        timer.cancel();
        try {
            timer.schedule(task("late", new CountDownLatch(1)), 0);
        } catch (IllegalStateException e) {
            System.out.println("IllegalStateException: " + e.getMessage());
        }
        synchronized (log) {
            long ticks = log.stream().filter(s -> s.startsWith("tick")).count();
            long rates = log.stream().filter(s -> s.startsWith("rate")).count();
            System.out.println("ticks >= 4: " + (ticks >= 4) + ", rate runs >= 3: " + (rates >= 3) + ", once ran: " + log.contains("once on Timer-0"));
        }
        Timer named = new Timer("my timer", true);
        CountDownLatch n = new CountDownLatch(1);
        named.schedule(task("named", n), 1);
        n.await();
        System.out.println(log.get(log.size() - 1));
        named.cancel();
    }
}
