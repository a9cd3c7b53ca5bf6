// Records: generated toString, equals and hashCode (over int, long, double, String, nested
// record and List components), compact constructors validating and normalising arguments,
// explicit canonical constructors, static factory methods and fields, instance methods,
// records implementing interfaces, records as HashMap keys, and generic records.
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Main {
    interface Shape {
        double area();
    }

    record Point(int x, int y) {
        static final Point ORIGIN = new Point(0, 0);

        static Point of(int v) {
            return new Point(v, v);
        }

        Point plus(Point o) {
            return new Point(x + o.x, y + o.y);
        }
    }

    record Range(int lo, int hi) {
        Range {
            if (lo > hi) {
                int t = lo;
                lo = hi;
                hi = t;
            }
        }

        int length() {
            return hi - lo;
        }
    }

    record Name(String first, String last) {
        Name(String first, String last) {
            this.first = first.trim();
            this.last = last.toUpperCase();
        }

        Name(String full) {
            this(full.substring(0, full.indexOf(' ')), full.substring(full.indexOf(' ') + 1));
        }
    }

    record Rect(Point corner, double w, double h) implements Shape {
        public double area() {
            return w * h;
        }
    }

    record Tagged<T>(String tag, T value, long stamp, List<String> notes) {}

    record Positive(int value) {
        Positive {
            if (value <= 0) {
                throw new IllegalArgumentException("not positive: " + value);
            }
        }
    }

    record Empty() {}

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        Point q = new Point(3, 4);
        System.out.println(p + " " + p.equals(q) + " " + (p == q) + " " + (p.hashCode() == q.hashCode()) + " " + p.hashCode());
        System.out.println(p.plus(Point.of(10)) + " " + Point.ORIGIN + " " + p.x() + "," + p.y() + " " + p.equals(null) + " " + p.equals("x"));
        Range r = new Range(9, 2);
        System.out.println(r + " " + r.length() + " " + r.equals(new Range(2, 9)) + " " + r.hashCode());
        Name n = new Name("  Ada ", "lovelace");
        System.out.println(n + " " + new Name("Grace Hopper") + " " + n.hashCode());
        Rect rect = new Rect(p, 2.5, 4);
        Shape s = rect;
        System.out.println(rect + " area=" + s.area() + " " + rect.hashCode() + " " + rect.equals(new Rect(q, 2.5, 4.0)));
        Tagged<Integer> t = new Tagged<>("t", 5, 1L << 33, List.of("a", "b"));
        System.out.println(t + " " + t.hashCode() + " " + t.equals(new Tagged<>("t", 5, 1L << 33, List.of("a", "b"))));
        Tagged<String> withNull = new Tagged<>(null, null, -1, List.of());
        System.out.println(withNull + " " + withNull.hashCode());
        try {
            new Positive(-3);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(new Positive(8) + " " + new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        Map<Point, String> names = new HashMap<>();
        for (int i = 0; i < 5; i++) {
            names.put(new Point(i, i * i), "p" + i);
        }
        System.out.println(names.get(new Point(3, 9)) + " " + names.containsKey(new Point(2, 5)) + " " + names.size());
        Object o = new Rect(Point.ORIGIN, 1, 1);
        if (o instanceof Rect rr && rr.w() == 1.0) {
            System.out.println("matched " + rr.corner());
        }
        record Local(String k, int v) {}
        Local loc = new Local("k", 1);
        System.out.println(loc + " " + loc.getClass().getName() + " " + new Local("k", 1).equals(loc));
        Record rec = p;
        System.out.println(rec.toString().length() + " " + (rec instanceof Record));
        System.out.println(new Rect(new Point(0, 0), -0.0, Double.NaN).equals(new Rect(new Point(0, 0), -0.0, Double.NaN))
                + " " + new Rect(new Point(0, 0), 0.0, 1).equals(new Rect(new Point(0, 0), -0.0, 1)));
    }
}
