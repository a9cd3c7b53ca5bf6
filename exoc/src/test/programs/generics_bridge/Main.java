// Generic classes and methods, bounded type parameters, wildcards, and the bridge methods
// javac emits for covariant returns and for implementing generic interfaces (Comparable<T>,
// a generic abstract method overridden with a concrete type), called through raw and erased
// references.
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

class Pair<A, B> {
    final A first;
    final B second;

    Pair(A first, B second) {
        this.first = first;
        this.second = second;
    }

    <C> Pair<A, C> withSecond(C c) {
        return new Pair<>(first, c);
    }

    Pair<B, A> swap() {
        return new Pair<>(second, first);
    }

    public String toString() {
        return "(" + first + ", " + second + ")";
    }
}

class Version implements Comparable<Version> {
    final int major, minor;

    Version(int major, int minor) {
        this.major = major;
        this.minor = minor;
    }

    public int compareTo(Version o) { // javac adds a bridge compareTo(Object)
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    public String toString() {
        return major + "." + minor;
    }
}

abstract class Transformer<I, O> {
    abstract O apply(I in);

    List<O> applyAll(List<? extends I> ins) {
        List<O> out = new ArrayList<>();
        for (I i : ins) {
            out.add(apply(i));
        }
        return out;
    }
}

class Lengths extends Transformer<String, Integer> {
    Integer apply(String s) { // bridge apply(Object) -> Object
        return s.length();
    }
}

class Node implements Cloneable {
    int v;

    Node(int v) {
        this.v = v;
    }

    @Override
    public Node clone() { // covariant return: bridge clone() -> Object
        return new Node(v + 1000);
    }
}

class Shelf<T extends Comparable<? super T>> {
    private final List<T> items = new ArrayList<>();

    void put(T t) {
        items.add(t);
    }

    T max() {
        T best = null;
        for (T t : items) {
            if (best == null || t.compareTo(best) > 0) {
                best = t;
            }
        }
        return best;
    }
}

public class Main {
    static <T extends Comparable<T>> T maxOf(List<T> xs) {
        T m = xs.get(0);
        for (T x : xs) {
            if (x.compareTo(m) > 0) {
                m = x;
            }
        }
        return m;
    }

    static double sum(List<? extends Number> xs) {
        double s = 0;
        for (Number n : xs) {
            s += n.doubleValue();
        }
        return s;
    }

    static void fill(List<? super Integer> out, int n) {
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
    }

    static <T> T make(Supplier<T> s) {
        return s.get();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        Pair<String, Integer> p = new Pair<>("x", 1);
        System.out.println(p + " " + p.swap() + " " + p.withSecond(2.5) + " " + p.swap().swap().first);

        List<Version> vs = new ArrayList<>(List.of(new Version(1, 10), new Version(2, 0), new Version(1, 9)));
        Collections.sort(vs);
        System.out.println(vs + " max=" + maxOf(vs));
        Comparable raw = new Version(3, 1);
        System.out.println(raw.compareTo(new Version(3, 0)));
        try {
            raw.compareTo("not a version");
        } catch (ClassCastException e) {
            System.out.println("bridge cast failed: " + e.getClass().getName());
        }

        Transformer<String, Integer> t = new Lengths();
        System.out.println(t.applyAll(List.of("a", "bbb", "cc")));
        Transformer rawT = t;
        System.out.println(rawT.apply("hello"));

        Node n = new Node(1);
        Object o = n;
        Node c = n.clone();
        System.out.println(c.v + " " + (c != n));

        Shelf<String> shelf = new Shelf<>();
        shelf.put("pear");
        shelf.put("zucchini");
        shelf.put("apple");
        System.out.println(shelf.max());

        List<Number> nums = new ArrayList<>();
        fill(nums, 5);
        nums.add(2.5);
        System.out.println(nums + " sum=" + sum(nums));
        List<Object> objs = new ArrayList<>();
        fill(objs, 3);
        System.out.println(objs);
        StringBuilder sb = make(StringBuilder::new);
        sb.append(make(() -> "made"));
        System.out.println(sb);
        Pair<Pair<Integer, Integer>, List<String>> nested = new Pair<>(new Pair<>(1, 2), List.of("q"));
        System.out.println(nested + " " + (nested.first.first + nested.first.second));
    }
}
