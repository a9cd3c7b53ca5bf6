// HashMap and HashSet with many colliding String keys: all 2^7 strings built from the blocks
// "Aa" and "BB" share one hash code, so one bucket grows past the JDK's treeification
// threshold. Iteration order, lookups, removals (shrinking the bucket again) and resizing
// must all behave as in the JDK; plain keys with other hashes are mixed in.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

public class Main {
    static List<String> colliding(int blocks) {
        List<String> out = new ArrayList<>();
        for (int mask = 0; mask < (1 << blocks); mask++) {
            StringBuilder sb = new StringBuilder();
            for (int b = blocks - 1; b >= 0; b--) {
                sb.append((mask >> b & 1) == 0 ? "Aa" : "BB");
            }
            out.add(sb.toString());
        }
        return out;
    }

    public static void main(String[] args) {
        List<String> keys = colliding(7);
        System.out.println(keys.size() + " keys, hash " + keys.get(0).hashCode() + " = " + keys.get(127).hashCode());
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            // interleave: colliding key, then an ordinary one
            map.put(keys.get((i * 37) % keys.size()), i);
            map.put("plain" + i, -i);
        }
        System.out.println(map.size() + " " + map.get("AaBBAaBBAaBBAa") + " " + map.get("BBBBBBBBBBBBBB") + " " + map.get("plain77")
                + " " + map.containsKey("AaAaAaAaAaAaAaAa"));
        StringBuilder order = new StringBuilder();
        for (String k : map.keySet()) {
            if (!k.startsWith("plain")) {
                order.append(k.replace("Aa", "0").replace("BB", "1")).append(' ');
            }
        }
        System.out.println(order.toString().trim());
        long sum = 0;
        int pos = 0;
        for (Map.Entry<String, Integer> e : map.entrySet()) {
            sum = sum * 31 + e.getValue() * (long) (pos++ + 1);
        }
        System.out.println("entry order checksum " + sum);
        for (int i = 0; i < keys.size(); i += 3) {
            map.remove(keys.get(i));
        }
        Iterator<String> it = map.keySet().iterator();
        while (it.hasNext()) {
            String k = it.next();
            if (k.startsWith("BBBB")) {
                it.remove();
            }
        }
        order.setLength(0);
        for (String k : map.keySet()) {
            if (!k.startsWith("plain")) {
                order.append(k.replace("Aa", "0").replace("BB", "1")).append(' ');
            }
        }
        System.out.println(map.size() + ": " + order.toString().trim());
        Set<String> set = new HashSet<>(keys.subList(0, 20));
        set.add("x");
        set.add("y");
        System.out.println(set);
        Map<Integer, Integer> ints = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            ints.put(i * 64, i); // same bucket until the table grows
        }
        System.out.println(ints.keySet());
    }
}
