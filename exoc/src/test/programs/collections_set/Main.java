// Sets: HashSet iteration order for String and Integer elements, add/remove/contains return
// values, set algebra with addAll/retainAll/removeAll/containsAll, LinkedHashSet insertion
// order, TreeSet ordering with natural and custom comparators plus navigation (first, last,
// floor, ceiling, higher, lower, headSet, tailSet, subSet, descendingSet, pollFirst), and
// equals/hashCode between set kinds.
import java.util.*;

public class Main {
    public static void main(String[] args) {
        Set<String> hs = new HashSet<>();
        for (String w : "the cat sat on the mat with another cat and a hat".split(" ")) {
            hs.add(w);
        }
        System.out.println(hs + " " + hs.size());
        System.out.println(hs.add("dog") + " " + hs.add("cat") + " " + hs.remove("mat") + " " + hs.remove("mat") + " " + hs.contains("hat"));
        Set<Integer> ints = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            ints.add((i * 7919) % 211 - 100);
        }
        System.out.println(ints);
        Set<Integer> evens = new HashSet<>();
        Set<Integer> threes = new HashSet<>();
        for (int i = 0; i <= 30; i++) {
            if (i % 2 == 0) {
                evens.add(i);
            }
            if (i % 3 == 0) {
                threes.add(i);
            }
        }
        Set<Integer> union = new HashSet<>(evens);
        union.addAll(threes);
        Set<Integer> inter = new HashSet<>(evens);
        inter.retainAll(threes);
        Set<Integer> diff = new HashSet<>(evens);
        diff.removeAll(threes);
        System.out.println(union + "\n" + inter + "\n" + diff + " " + union.containsAll(inter) + " " + inter.containsAll(union));

        Set<String> lhs = new LinkedHashSet<>(List.of("pear", "apple", "fig"));
        lhs.add("apple");
        lhs.add("banana");
        lhs.remove("pear");
        lhs.add("pear");
        System.out.println(lhs + " " + lhs.equals(new HashSet<>(lhs)) + " " + (lhs.hashCode() == new TreeSet<>(lhs).hashCode()));

        TreeSet<Integer> ts = new TreeSet<>(ints);
        System.out.println(ts.first() + " " + ts.last() + " " + ts.floor(0) + " " + ts.ceiling(0) + " " + ts.higher(50) + " " + ts.lower(-99)
                + " " + ts.floor(-101));
        System.out.println(ts.headSet(-80) + " " + ts.tailSet(90) + " " + ts.subSet(-10, 10) + " " + ts.subSet(-10, true, 10, true).size());
        System.out.println(ts.descendingSet().headSet(80) + " " + ts.pollFirst() + " " + ts.pollLast() + " " + ts.size());
        TreeSet<String> byLen = new TreeSet<>(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
        byLen.addAll(hs);
        System.out.println(byLen + " " + byLen.first() + " " + byLen.last());
        TreeSet<String> ci = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String s : new String[] {"Beta", "alpha", "ALPHA", "gamma", "beta", "Delta"}) {
            ci.add(s);
        }
        System.out.println(ci + " " + ci.contains("DELTA"));
        Iterator<Integer> it = ts.iterator();
        int removed = 0;
        while (it.hasNext()) {
            if (it.next() % 3 == 0) {
                it.remove();
                removed++;
            }
        }
        System.out.println(removed + " " + ts.size() + " " + ts.headSet(-50));
        Set<Character> chars = new HashSet<>();
        for (char c : "mississippi river".toCharArray()) {
            chars.add(c);
        }
        System.out.println(chars + " " + Collections.emptySet() + " " + Collections.singleton(1));
    }
}
