// Allocation-heavy with maps: a HashMap with a sliding window of 20000 live String keys and
// boxed values through 600000 insertions and removals, plus a TreeMap churn and linked-list
// nodes, under a 48 MiB heap; the dead entries, keys and tree nodes must be reclaimed.
import java.util.HashMap;
import java.util.LinkedList;
import java.util.Map;
import java.util.TreeMap;

public class Main {
    public static void main(String[] args) {
        Map<String, Long> window = new HashMap<>();
        long check = 0;
        for (int i = 0; i < 600000; i++) {
            window.put("key" + i, (long) i * i);
            if (i >= 20000) {
                Long old = window.remove("key" + (i - 20000));
                check += old % 1000;
            }
        }
        System.out.println(window.size() + " " + check + " " + window.get("key599999"));
        TreeMap<Integer, int[]> tree = new TreeMap<>();
        for (int i = 0; i < 200000; i++) {
            tree.put((i * 7919) % 100003, new int[8]);
            if (tree.size() > 5000) {
                tree.pollFirstEntry();
            }
        }
        System.out.println(tree.size() + " " + tree.firstKey() + " " + tree.lastKey());
        LinkedList<Integer[]> queue = new LinkedList<>();
        long sum = 0;
        for (int i = 0; i < 300000; i++) {
            queue.addLast(new Integer[] {i, i + 1});
            if (queue.size() > 1000) {
                Integer[] head = queue.removeFirst();
                sum += head[0] + head[1];
            }
        }
        System.out.println(queue.size() + " " + sum);
    }
}
