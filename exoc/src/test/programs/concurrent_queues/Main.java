// Producer/consumer over blocking queues: two producers and three consumers through a small
// ArrayBlockingQueue (put blocks when full, take when empty) with one poison pill per
// consumer; a LinkedBlockingQueue with timed offer/poll; a ConcurrentLinkedQueue filled by
// four threads. Only sums and counts are printed.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

public class Main {
    static final Integer POISON = -1;

    public static void main(String[] args) throws Exception {
        BlockingQueue<Integer> q = new ArrayBlockingQueue<>(8);
        long[] consumed = new long[3];
        int[] taken = new int[3];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            final int id = c;
            threads.add(new Thread(() -> {
                try {
                    for (Integer v; !(v = q.take()).equals(POISON); ) {
                        consumed[id] += v;
                        taken[id]++;
                    }
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }));
        }
        Thread[] producers = new Thread[2];
        for (int p = 0; p < 2; p++) {
            final int base = p * 100_000;
            producers[p] = new Thread(() -> {
                try {
                    for (int i = 1; i <= 20_000; i++) {
                        q.put(base + i);
                    }
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
        }
        threads.forEach(Thread::start);
        for (Thread p : producers) {
            p.start();
        }
        for (Thread p : producers) {
            p.join();
        }
        for (int c = 0; c < 3; c++) {
            q.put(POISON);
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("consumed " + (consumed[0] + consumed[1] + consumed[2]) + " in " + (taken[0] + taken[1] + taken[2]) + " items, queue empty " + q.isEmpty());

        LinkedBlockingQueue<String> lq = new LinkedBlockingQueue<>(2);
        System.out.println("offer " + lq.offer("a") + lq.offer("b") + lq.offer("c") + ", remaining " + lq.remainingCapacity());
        System.out.println("timed offer when full: " + lq.offer("d", 20, TimeUnit.MILLISECONDS));
        System.out.println("poll " + lq.poll() + lq.poll(10, TimeUnit.MILLISECONDS) + " then " + lq.poll(20, TimeUnit.MILLISECONDS));
        Thread late = new Thread(() -> {
            try {
                Thread.sleep(30);
                lq.put("late");
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        late.start();
        System.out.println("take waits for: " + lq.take());
        late.join();

        ConcurrentLinkedQueue<Integer> clq = new ConcurrentLinkedQueue<>();
        Thread[] fillers = new Thread[4];
        for (int t = 0; t < 4; t++) {
            final int k = t;
            fillers[t] = new Thread(() -> {
                for (int i = 0; i < 25_000; i++) {
                    clq.offer(k * 25_000 + i);
                }
            });
            fillers[t].start();
        }
        for (Thread t : fillers) {
            t.join();
        }
        long sum = 0;
        int n = 0;
        for (Integer v; (v = clq.poll()) != null; ) {
            sum += v;
            n++;
        }
        System.out.println("concurrent queue: " + n + " items, sum " + sum);
    }
}
