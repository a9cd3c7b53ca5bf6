// A discrete-event simulation of a small bank branch: customers arrive (pseudo-random but
// seeded), queue for tellers, and leave; events are ordered by time then sequence number in a
// PriorityQueue; handlers are lambdas stored in the events; prints statistics.
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.PriorityQueue;
import java.util.Random;

public class Main {
    interface Handler {
        void handle(Main sim, long time);
    }

    record Event(long time, long seq, String kind, Handler handler) {}

    final PriorityQueue<Event> events = new PriorityQueue<>((a, b) -> a.time() != b.time() ? Long.compare(a.time(), b.time()) : Long.compare(a.seq(), b.seq()));
    final Deque<Long> waiting = new ArrayDeque<>();
    final Random rnd = new Random(31337);
    long seq;
    int freeTellers = 3;
    long served, totalWait, maxWait, maxQueue, busyTime;
    final StringBuilder trace = new StringBuilder();

    void schedule(long time, String kind, Handler h) {
        events.add(new Event(time, seq++, kind, h));
    }

    void arrive(long time) {
        if (freeTellers > 0) {
            freeTellers--;
            startService(time, time);
        } else {
            waiting.addLast(time);
            maxQueue = Math.max(maxQueue, waiting.size());
        }
        if (time < 10000) {
            schedule(time + 1 + rnd.nextInt(9), "arrive", (s, t) -> s.arrive(t));
        }
    }

    void startService(long arrivedAt, long now) {
        long wait = now - arrivedAt;
        totalWait += wait;
        maxWait = Math.max(maxWait, wait);
        long duration = 5 + rnd.nextInt(11);
        busyTime += duration;
        schedule(now + duration, "depart", (s, t) -> s.depart(t));
    }

    void depart(long time) {
        served++;
        if (!waiting.isEmpty()) {
            startService(waiting.pollFirst(), time);
        } else {
            freeTellers++;
        }
    }

    void run() {
        schedule(0, "arrive", (s, t) -> s.arrive(t));
        int n = 0;
        while (!events.isEmpty()) {
            Event e = events.poll();
            if (n++ < 12) {
                trace.append(e.time()).append(':').append(e.kind()).append(' ');
            }
            e.handler().handle(this, e.time());
        }
    }

    public static void main(String[] args) {
        Main sim = new Main();
        sim.run();
        System.out.println(sim.trace.toString().trim());
        System.out.println("served " + sim.served + " maxQueue " + sim.maxQueue + " maxWait " + sim.maxWait);
        System.out.printf("mean wait %.4f, busy time %d, events %d%n", (double) sim.totalWait / sim.served, sim.busyTime, sim.seq);
    }
}
