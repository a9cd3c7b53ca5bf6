// Anonymous classes and local classes capturing effectively final locals and the enclosing
// instance, static nested classes, and anonymous subclasses of abstract classes with
// constructor arguments and instance initialisers.
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

public class Main {
    interface Greeter {
        String greet(String who);
    }

    static abstract class Shape {
        final String id;

        Shape(String id) {
            this.id = id;
        }

        abstract double area();

        public String toString() {
            return id + "=" + area();
        }
    }

    static class Range implements Iterable<Integer> {
        private final int lo, hi;

        Range(int lo, int hi) {
            this.lo = lo;
            this.hi = hi;
        }

        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int next = lo;

                public boolean hasNext() {
                    return next < hi;
                }

                public Integer next() {
                    return next++;
                }
            };
        }
    }

    private int base = 40;

    Greeter make(String punct) {
        int times = 2;
        return new Greeter() {
            int calls;

            public String greet(String who) {
                calls++;
                return "hi " + who + punct.repeat(times) + " base=" + (base + calls);
            }
        };
    }

    static List<String> localClassDemo(int start) {
        class Acc {
            int total = start;
            final List<String> log = new ArrayList<>();

            void add(int x) {
                total += x;
                log.add(x + "->" + total);
            }
        }
        Acc a = new Acc();
        for (int i = 1; i <= 4; i++) {
            a.add(i * i);
        }
        return a.log;
    }

    public static void main(String[] args) {
        Main m = new Main();
        Greeter g = m.make("!");
        System.out.println(g.greet("ann"));
        m.base = 50;
        System.out.println(g.greet("bob"));
        System.out.println(localClassDemo(10));

        double r = 2.0;
        Shape circle = new Shape("circle") {
            { System.out.println("init anonymous " + id); }

            double area() {
                return 3.0 * r * r;
            }
        };
        Shape sq = new Shape("square") {
            double area() {
                return r * r;
            }
        };
        System.out.println(circle + " " + sq);

        int sum = 0;
        for (int i : new Range(3, 8)) {
            sum += i;
        }
        System.out.println("range sum " + sum);

        List<String> words = new ArrayList<>(List.of("pear", "fig", "banana", "kiwi"));
        words.sort(new Comparator<String>() {
            public int compare(String a, String b) {
                return a.length() != b.length() ? a.length() - b.length() : a.compareTo(b);
            }
        });
        System.out.println(words);
        Runnable[] rs = new Runnable[3];
        for (int i = 0; i < 3; i++) {
            final int k = i;
            rs[i] = new Runnable() {
                public void run() {
                    System.out.println("runnable " + k + " of " + rs.length);
                }
            };
        }
        for (Runnable x : rs) {
            x.run();
        }
    }
}
