// ConcurrentHashMap under 4 threads: word counts with merge, first-seen with putIfAbsent,
// computeIfAbsent lists, atomic replace loops; AtomicLong and LongAdder totals. The final
// contents are printed sorted (TreeMap), so the output does not depend on interleaving.
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

public class Main {
    public static void main(String[] args) throws Exception {
        ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
        ConcurrentHashMap<Integer, Integer> firstSeen = new ConcurrentHashMap<>();
        ConcurrentHashMap<Integer, List<Integer>> buckets = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, Long> maxima = new ConcurrentHashMap<>();
        AtomicLong atomic = new AtomicLong();
        LongAdder adder = new LongAdder();
        Thread[] ts = new Thread[4];
        for (int t = 0; t < 4; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                for (int i = 0; i < 50_000; i++) {
                    String word = "w" + (i * 7 + id) % 97;
                    counts.merge(word, 1, Integer::sum);
                    firstSeen.putIfAbsent(i % 1000, -1);
                    if (i % 100 == 0) {
                        List<Integer> l = buckets.computeIfAbsent(i % 10, k -> new ArrayList<>());
                        synchronized (l) {
                            l.add(i);
                        }
                    }
                    long v = (long) i * (id + 1) % 10007;
                    maxima.merge("max", v, Math::max);
                    atomic.addAndGet(i);
                    adder.increment();
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        Map<String, Integer> sorted = new TreeMap<>(counts);
        int total = 0;
        for (int c : sorted.values()) {
            total += c;
        }
        System.out.println("words " + sorted.size() + ", total " + total + ", w0=" + sorted.get("w0") + ", w96=" + sorted.get("w96"));
        boolean allMinusOne = true;
        for (int v : firstSeen.values()) {
            allMinusOne &= v == -1;
        }
        System.out.println("first seen " + firstSeen.size() + " keys, all -1: " + allMinusOne);
        int inBuckets = 0;
        for (List<Integer> l : buckets.values()) {
            inBuckets += l.size();
        }
        System.out.println("buckets " + new TreeMap<>(buckets).keySet() + " holding " + inBuckets);
        System.out.println("max " + maxima.get("max") + ", atomic " + atomic.get() + ", adder " + adder.sum());
        System.out.println("null key: " + nullKey(counts));
        ConcurrentHashMap.KeySetView<String, Boolean> set = ConcurrentHashMap.newKeySet();
        set.add("b");
        set.add("a");
        set.add("b");
        System.out.println("key set " + new TreeMap<>(Map.of("size", set.size())) + " contains a: " + set.contains("a"));
    }

    static String nullKey(ConcurrentHashMap<String, Integer> m) {
        try {
            m.put(null, 1);
            return "accepted";
        } catch (NullPointerException e) {
            return "NullPointerException";
        }
    }
}
