// Maps: HashMap iteration order with String and Integer keys (including after resizes and
// removals), get/put/remove/containsKey/containsValue, getOrDefault, putIfAbsent, merge,
// compute, computeIfAbsent, computeIfPresent, replaceAll, entrySet mutation via setValue,
// LinkedHashMap in insertion and access order, and TreeMap navigation (first/last, floor,
// ceiling, higher, lower, head/tail/sub maps, descendingMap, pollFirstEntry).
import java.util.*;

public class Main {
    public static void main(String[] args) {
        Map<String, Integer> hm = new HashMap<>();
        String[] keys = {"banana", "apple", "cherry", "date", "elderberry", "fig", "grape", "kiwi", "lemon", "mango", "nectarine", "orange",
            "papaya", "quince", "raspberry", "strawberry", "tangerine", "ugli", "vanilla", "watermelon", "Aa", "BB"};
        for (int i = 0; i < keys.length; i++) {
            hm.put(keys[i], i);
        }
        System.out.println(hm);
        System.out.println(hm.keySet());
        System.out.println(hm.values());
        hm.remove("fig");
        hm.remove("nothing");
        hm.put("apple", 100);
        System.out.println(hm.size() + " " + hm.get("apple") + " " + hm.get("fig") + " " + hm.containsKey("kiwi") + " " + hm.containsValue(3)
                + " " + hm.getOrDefault("fig", -1));

        Map<Integer, String> im = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            im.put(i * 37 - 500, "v" + i);
        }
        System.out.println(im.keySet());
        Map<Integer, Integer> big = new HashMap<>();
        for (int i = 0; i < 1000; i += 3) {
            big.put(i * i, i);
        }
        long sum = 0;
        int n = 0;
        for (Map.Entry<Integer, Integer> e : big.entrySet()) {
            sum = sum * 31 + e.getKey() + e.getValue() * n++;
        }
        System.out.println("order checksum " + sum);

        Map<String, Integer> counts = new HashMap<>();
        for (String w : "a b c a b a d e a c".split(" ")) {
            counts.merge(w, 1, Integer::sum);
        }
        counts.putIfAbsent("a", 99);
        counts.putIfAbsent("z", 0);
        counts.compute("b", (k, v) -> v == null ? 1 : v * 10);
        counts.computeIfAbsent("y", k -> k.length() + 40);
        counts.computeIfPresent("c", (k, v) -> null); // removes c
        counts.computeIfPresent("q", (k, v) -> 1);
        System.out.println(counts);
        counts.replaceAll((k, v) -> v + k.charAt(0));
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getKey().equals("d")) {
                e.setValue(-1);
            }
        }
        System.out.println(counts + " " + counts.hashCode() + " " + counts.equals(new TreeMap<>(counts)));

        Map<String, Integer> linked = new LinkedHashMap<>();
        for (String k : new String[] {"zeta", "alpha", "mu", "beta"}) {
            linked.put(k, k.length());
        }
        linked.put("alpha", 0); // re-insertion keeps position
        linked.remove("mu");
        linked.put("mu", 2);
        System.out.println(linked);
        LinkedHashMap<Integer, String> access = new LinkedHashMap<>(16, 0.75f, true);
        for (int i = 1; i <= 5; i++) {
            access.put(i, "#" + i);
        }
        access.get(2);
        access.get(4);
        access.put(1, "one");
        System.out.println(access);

        TreeMap<Integer, String> tm = new TreeMap<>();
        for (int i = 0; i < 20; i++) {
            tm.put((i * 13) % 50, "t" + i);
        }
        System.out.println(tm);
        System.out.println(tm.firstKey() + " " + tm.lastKey() + " " + tm.floorKey(25) + " " + tm.ceilingKey(25) + " " + tm.higherKey(26) + " "
                + tm.lowerKey(26) + " " + tm.floorKey(-1) + " " + tm.ceilingEntry(45) + " " + tm.firstEntry().getValue());
        System.out.println(tm.headMap(20) + " " + tm.tailMap(40) + " " + tm.subMap(10, 30) + " " + tm.headMap(13, true).size());
        System.out.println(tm.descendingMap().keySet() + " " + tm.pollFirstEntry() + " " + tm.pollLastEntry() + " " + tm.size());
        TreeMap<String, Integer> byLen = new TreeMap<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        for (String k : keys) {
            byLen.put(k, k.length());
        }
        System.out.println(byLen.keySet());
        System.out.println(new TreeMap<>(hm).toString().length() + " " + new TreeMap<>(hm).firstKey());
    }
}
