// java.lang.Thread's basics, deterministic by construction (each thread writes its own slot;
// main prints after join): names (given and "Thread-N"), daemon inheritance, states before,
// during and after, join with a timeout, interrupt of a sleeping thread, thread locals, and
// an exception escaping a thread: the JVM's report on stderr, the program going on, exit 0.
public class Main {
    static final ThreadLocal<Integer> local = ThreadLocal.withInitial(() -> 7);

    public static void main(String[] args) throws Exception {
        String[] seen = new String[3];
        Thread[] ts = new Thread[3];
        for (int i = 0; i < 3; i++) {
            final int k = i;
            ts[i] = new Thread(() -> {
                local.set(100 + k);
                seen[k] = Thread.currentThread().getName() + " local=" + local.get();
            });
        }
        ts[1].setName("second");
        System.out.println(ts[0].getName() + " " + ts[0].getState() + " alive=" + ts[0].isAlive() + " daemon=" + ts[0].isDaemon());
        for (Thread t : ts) {
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
        for (String s : seen) {
            System.out.println(s);
        }
        System.out.println("main local=" + local.get() + " state " + ts[2].getState() + " alive=" + ts[2].isAlive());
        try {
            ts[0].start();
        } catch (IllegalThreadStateException e) {
            System.out.println("restart: " + e);
        }

        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(60_000);
                System.out.println("not interrupted");
            } catch (InterruptedException e) {
                System.out.println("sleeper: " + e.getMessage() + ", flag now " + Thread.currentThread().isInterrupted());
            }
        }, "sleeper");
        sleeper.setDaemon(true);
        sleeper.start();
        sleeper.interrupt();
        sleeper.join();
        System.out.println("sleeper joined, daemon=" + sleeper.isDaemon());

        Thread slow = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        slow.start();
        slow.join(20);
        System.out.println("after join(20): alive=" + slow.isAlive());
        slow.join();
        System.out.println("after join(): alive=" + slow.isAlive());

        Thread failing = new Thread(() -> {
            throw new IllegalStateException("boom in " + Thread.currentThread().getName());
        }, "failing");
        failing.start();
        failing.join();
        System.out.println("main goes on; current " + Thread.currentThread());
        Thread.currentThread().interrupt();
        System.out.println("interrupted() " + Thread.interrupted() + " then " + Thread.interrupted());
    }
}
