// Comparator combinators: comparing with key extractors, comparingInt/comparingDouble,
// thenComparing (key and comparator forms), reversed, naturalOrder/reverseOrder, nullsFirst
// and nullsLast, stable sorting of records by several keys, and Comparable implemented by hand.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

public class Main {
    record Person(String name, String city, int age, double score) {}

    static class Version implements Comparable<Version> {
        final int[] parts;

        Version(String s) {
            String[] p = s.split("\\.");
            parts = new int[p.length];
            for (int i = 0; i < p.length; i++) {
                parts[i] = Integer.parseInt(p[i]);
            }
        }

        public int compareTo(Version o) {
            for (int i = 0; i < Math.max(parts.length, o.parts.length); i++) {
                int a = i < parts.length ? parts[i] : 0;
                int b = i < o.parts.length ? o.parts[i] : 0;
                if (a != b) {
                    return Integer.compare(a, b);
                }
            }
            return 0;
        }

        public String toString() {
            StringBuilder sb = new StringBuilder();
            for (int p : parts) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(p);
            }
            return sb.toString();
        }
    }

    static String names(List<Person> ps) {
        StringBuilder sb = new StringBuilder();
        for (Person p : ps) {
            sb.append(p.name()).append('/').append(p.age()).append(' ');
        }
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        List<Person> people = new ArrayList<>(List.of(
                new Person("Ann", "Oslo", 31, 88.5), new Person("Bob", "Rome", 25, 92.0), new Person("Cid", "Oslo", 25, 75.25),
                new Person("Dee", "Lima", 40, 92.0), new Person("Eve", "Rome", 31, 60.0), new Person("Fay", "Lima", 25, 88.5),
                new Person("Gus", "Oslo", 40, 99.0), new Person("Hal", "Rome", 19, 75.25)));
        List<Person> l = new ArrayList<>(people);
        l.sort(Comparator.comparing(Person::city));
        System.out.println("by city (stable): " + names(l));
        l.sort(Comparator.comparingInt(Person::age).thenComparing(Person::name, Comparator.reverseOrder()));
        System.out.println("by age, name desc: " + names(l));
        l.sort(Comparator.comparingDouble(Person::score).reversed().thenComparing(Person::city).thenComparingInt(Person::age));
        System.out.println("by score desc, city, age: " + names(l));
        l.sort(Comparator.comparing(Person::city).reversed().thenComparing(Comparator.comparing(Person::age).reversed()));
        System.out.println("by city desc, age desc: " + names(l));
        System.out.println(Collections.max(people, Comparator.comparing(Person::score).thenComparing(Person::age)).name()
                + " " + Collections.min(people, Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER.reversed())).name());

        List<String> withNulls = new ArrayList<>(Arrays.asList("pear", null, "apple", null, "fig"));
        withNulls.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        System.out.println(withNulls);
        withNulls.sort(Comparator.nullsLast(Comparator.<String>reverseOrder()));
        System.out.println(withNulls);
        withNulls.sort(Comparator.nullsLast(Comparator.comparing(String::length)));
        System.out.println(withNulls);

        List<Version> vs = new ArrayList<>();
        for (String s : "1.10 1.2 1.2.0 2 1.9.9 0.9 1.10.1 1.1".split(" ")) {
            vs.add(new Version(s));
        }
        Collections.sort(vs);
        System.out.println(vs);
        vs.sort(Collections.reverseOrder());
        System.out.println(vs);
        Comparator<String> byLastChar = (a, b) -> Character.compare(a.charAt(a.length() - 1), b.charAt(b.length() - 1));
        List<String> ws = new ArrayList<>(List.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"));
        ws.sort(byLastChar.thenComparing(Comparator.naturalOrder()));
        System.out.println(ws);
        System.out.println(Comparator.<Integer>naturalOrder().compare(3, 5) + " " + Comparator.<Integer>reverseOrder().compare(3, 5)
                + " " + byLastChar.reversed().compare("ab", "ba"));
        Integer[] nums = {5, -3, 12, 0, -8, 7};
        Arrays.sort(nums, Comparator.comparing(Math::abs));
        System.out.println(Arrays.toString(nums));
    }
}
