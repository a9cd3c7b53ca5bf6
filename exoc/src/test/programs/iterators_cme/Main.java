// Iterators: Iterator.remove on ArrayList, LinkedList, HashMap entry sets and HashSet;
// ConcurrentModificationException from structural changes during for-each over ArrayList,
// HashMap and TreeMap; the IllegalStateException from remove() twice; removeIf; and a custom
// Iterable used by for-each.
import java.util.*;

public class Main {
    static class Countdown implements Iterable<Integer> {
        private final int from;

        Countdown(int from) {
            this.from = from;
        }

        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                int cur = from;

                public boolean hasNext() {
                    return cur > 0;
                }

                public Integer next() {
                    if (cur <= 0) {
                        throw new NoSuchElementException("done");
                    }
                    return cur--;
                }
            };
        }
    }

    public static void main(String[] args) {
        List<Integer> al = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            al.add(i);
        }
        for (Iterator<Integer> it = al.iterator(); it.hasNext();) {
            if (it.next() % 3 != 0) {
                it.remove();
            }
        }
        System.out.println(al);
        List<String> ll = new LinkedList<>(List.of("a", "bb", "ccc", "dd", "e"));
        Iterator<String> lit = ll.iterator();
        while (lit.hasNext()) {
            if (lit.next().length() == 2) {
                lit.remove();
            }
        }
        System.out.println(ll);
        Map<String, Integer> m = new HashMap<>();
        for (String k : "one two three four five six seven".split(" ")) {
            m.put(k, k.length());
        }
        m.entrySet().removeIf(e -> e.getValue() == 3);
        Iterator<String> kit = m.keySet().iterator();
        while (kit.hasNext()) {
            if (kit.next().startsWith("f")) {
                kit.remove();
            }
        }
        System.out.println(m);
        try {
            for (Integer x : al) {
                if (x == 6) {
                    al.remove(x);
                }
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("CME list " + e.getMessage() + " " + al);
        }
        try {
            for (String k : m.keySet()) {
                m.put(k + "!", 0);
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("CME map " + e.getMessage());
        }
        TreeMap<Integer, Integer> tm = new TreeMap<>();
        for (int i = 0; i < 5; i++) {
            tm.put(i, i);
        }
        try {
            for (Integer k : tm.keySet()) {
                if (k == 2) {
                    tm.remove(4);
                }
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("CME treemap " + tm);
        }
        // removing the second-to-last element does not throw: hasNext() is false afterwards
        List<String> tricky = new ArrayList<>(List.of("x", "y", "z"));
        for (String s : tricky) {
            if (s.equals("y")) {
                tricky.remove(s);
            }
        }
        System.out.println("no CME " + tricky);
        Iterator<Integer> it2 = al.iterator();
        it2.next();
        it2.remove();
        try {
            it2.remove();
        } catch (IllegalStateException e) {
            System.out.println("remove twice: " + e.getClass().getName());
        }
        Set<Integer> hs = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            hs.add(i);
        }
        hs.removeIf(v -> v % 7 != 0);
        Iterator<Integer> hit = hs.iterator();
        while (hit.hasNext()) {
            if (hit.next() > 50) {
                hit.remove();
            }
        }
        System.out.println(hs);
        int sum = 0;
        for (int v : new Countdown(10)) {
            sum += v;
        }
        Iterator<Integer> cd = new Countdown(1).iterator();
        cd.next();
        try {
            cd.next();
        } catch (NoSuchElementException e) {
            System.out.println("sum " + sum + " then " + e.getMessage());
        }
        try {
            cd.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("default remove: " + e.getMessage());
        }
        ListIterator<Integer> li = al.listIterator(al.size());
        StringBuilder sb = new StringBuilder();
        while (li.hasPrevious()) {
            sb.append(li.previous()).append(' ');
        }
        System.out.println(sb);
    }
}
