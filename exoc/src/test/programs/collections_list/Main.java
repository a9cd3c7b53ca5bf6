// ArrayList and LinkedList: add/insert/remove by index and by value, set, get, indexOf,
// contains, subList views, ListIterator forwards and backwards with set/add, addAll,
// removeAll/retainAll, equals/hashCode across list kinds, toString, and the Collections
// helpers sort, reverse, shuffle(new Random(42)), swap, max, min, frequency, nCopies,
// unmodifiableList, rotate and binarySearch.
import java.util.*;

public class Main {
    public static void main(String[] args) {
        List<Integer> al = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            al.add(i * 7 % 13);
        }
        System.out.println(al + " size=" + al.size());
        al.add(0, 100);
        al.add(5, 200);
        al.remove(3);
        al.remove(Integer.valueOf(200));
        al.set(1, -1);
        System.out.println(al + " idx=" + al.indexOf(6) + " last=" + al.lastIndexOf(6) + " has=" + al.contains(12) + " " + al.contains(99));
        List<Integer> sub = al.subList(2, 6);
        sub.set(0, 55);
        System.out.println(sub + " " + al.get(2));
        sub.clear();
        System.out.println(al + " " + al.size());

        LinkedList<String> ll = new LinkedList<>();
        ll.add("b");
        ll.addFirst("a");
        ll.addLast("c");
        ll.add(1, "ab");
        ll.push("start");
        System.out.println(ll + " first=" + ll.getFirst() + " last=" + ll.getLast() + " peek=" + ll.peek() + " " + ll.indexOf("c"));
        System.out.println(ll.pop() + " " + ll.removeLast() + " " + ll.pollFirst() + " " + ll + " " + ll.remove("zzz"));

        ListIterator<Integer> it = al.listIterator();
        while (it.hasNext()) {
            int v = it.next();
            if (v % 2 == 0) {
                it.set(v / 2);
            } else if (v == 3) {
                it.add(333);
            }
        }
        StringBuilder back = new StringBuilder();
        while (it.hasPrevious()) {
            back.append(it.previousIndex()).append(':').append(it.previous()).append(' ');
        }
        System.out.println(al + " | " + back);

        List<Integer> a1 = new ArrayList<>(List.of(1, 2, 3));
        List<Integer> l1 = new LinkedList<>(List.of(1, 2, 3));
        System.out.println(a1.equals(l1) + " " + (a1.hashCode() == l1.hashCode()) + " " + a1.hashCode() + " " + List.of().hashCode());
        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            nums.add(i);
        }
        nums.removeAll(List.of(3, 4, 5, 99));
        nums.retainAll(new HashSet<>(List.of(0, 1, 2, 6, 7, 8, 20, 21, 29)));
        nums.addAll(2, List.of(-1, -2));
        System.out.println(nums + " " + nums.containsAll(List.of(1, 2)) + " " + nums.isEmpty());

        List<Integer> shuffled = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            shuffled.add(i);
        }
        Collections.shuffle(shuffled, new Random(42));
        System.out.println("shuffled " + shuffled);
        Collections.sort(shuffled);
        System.out.println("sorted " + shuffled + " bs=" + Collections.binarySearch(shuffled, 13) + " " + Collections.binarySearch(shuffled, 99));
        Collections.reverse(shuffled);
        Collections.swap(shuffled, 0, 19);
        Collections.rotate(shuffled, 3);
        System.out.println(shuffled + " max=" + Collections.max(shuffled) + " min=" + Collections.min(shuffled));
        List<String> words = new ArrayList<>(List.of("to", "be", "or", "not", "to", "be"));
        System.out.println(Collections.frequency(words, "be") + " " + Collections.nCopies(3, "ab") + " " + Collections.emptyList()
                + " " + Collections.singletonList(9));
        List<String> ro = Collections.unmodifiableList(words);
        try {
            ro.add("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("read-only " + ro.size());
        }
        words.sort(null);
        System.out.println(words + " " + ro);
        Object[] arr = words.toArray();
        String[] sarr = words.toArray(new String[0]);
        System.out.println(arr.length + " " + sarr[5] + " " + new ArrayList<>(Arrays.asList(sarr)).subList(1, 3));
        ArrayList<Integer> big = new ArrayList<>();
        for (int i = 0; i < 100000; i++) {
            big.add(i);
        }
        long s = 0;
        for (int i = big.size() - 1; i >= 0; i -= 3) {
            s += big.remove(i);
        }
        System.out.println(big.size() + " " + s + " " + big.get(big.size() - 1));
    }
}
