// wait/notify hand-offs: a producer and a consumer pass 2000 numbers through a one-slot
// mailbox (wait while full or empty, notifyAll), a ping-pong of two threads taking turns
// (strict alternation, so the trace is fixed), wait with a timeout that expires, and
// IllegalMonitorStateException for notify and wait without the monitor.
import java.util.ArrayList;
import java.util.List;

public class Main {
    static final class Mailbox {
        private Integer item;

        synchronized void put(int v) throws InterruptedException {
            while (item != null) {
                wait();
            }
            item = v;
            notifyAll();
        }

        synchronized int take() throws InterruptedException {
            while (item == null) {
                wait();
            }
            int v = item;
            item = null;
            notifyAll();
            return v;
        }
    }

    static int turn;   // 0: ping, 1: pong; guarded by Main.class

    public static void main(String[] args) throws Exception {
        Mailbox box = new Mailbox();
        long[] sum = new long[1];
        Thread consumer = new Thread(() -> {
            try {
                for (int i = 0; i < 2000; i++) {
                    sum[0] += box.take();
                }
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        consumer.start();
        for (int i = 1; i <= 2000; i++) {
            box.put(i);
        }
        consumer.join();
        System.out.println("consumed sum " + sum[0]);

        List<String> trace = new ArrayList<>();
        Thread[] players = new Thread[2];
        for (int p = 0; p < 2; p++) {
            final int me = p;
            players[p] = new Thread(() -> {
                for (int round = 0; round < 5; round++) {
                    synchronized (Main.class) {
                        while (turn != me) {
                            try {
                                Main.class.wait();
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                        trace.add((me == 0 ? "ping " : "pong ") + round);
                        turn = 1 - me;
                        Main.class.notifyAll();
                    }
                }
            });
            players[p].start();
        }
        for (Thread t : players) {
            t.join();
        }
        System.out.println(trace);

        Object o = new Object();
        long t0 = System.nanoTime();
        synchronized (o) {
            o.wait(50);
        }
        System.out.println("timed wait returned after >= 45 ms: " + (System.nanoTime() - t0 >= 45_000_000L));
        try {
            o.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify: " + e.getClass().getName());
        }
        try {
            o.wait();
        } catch (IllegalMonitorStateException e) {
            System.out.println("wait: " + e.getClass().getName());
        }
    }
}
