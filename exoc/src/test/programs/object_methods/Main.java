// Object methods overridden by the program: equals/hashCode consistent with each other and
// used by HashMap/HashSet keys (value equality, not identity), toString used by string
// concatenation and collections, getClass().getName() of nested classes, and clone.
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

public class Main {
    static final class Point implements Cloneable {
        final int x, y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Point)) {
                return false;
            }
            Point p = (Point) o;
            return x == p.x && y == p.y;
        }

        @Override
        public int hashCode() {
            return 31 * x + y;
        }

        @Override
        public String toString() {
            return "P(" + x + "," + y + ")";
        }

        @Override
        public Point clone() {
            try {
                return (Point) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    static class Money {
        final long cents;
        final String currency;

        Money(long cents, String currency) {
            this.cents = cents;
            this.currency = currency;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Money m && m.cents == cents && m.currency.equals(currency);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(cents) * 17 + currency.hashCode();
        }

        @Override
        public String toString() {
            return String.format("%d.%02d %s", cents / 100, cents % 100, currency);
        }
    }

    static class NotCloneable {
        Object tryClone() throws CloneNotSupportedException {
            return super.clone();
        }
    }

    public static void main(String[] args) {
        Map<Point, String> names = new HashMap<>();
        for (int x = 0; x < 4; x++) {
            for (int y = 0; y < 4; y++) {
                names.put(new Point(x, y), "n" + x + y);
            }
        }
        System.out.println(names.get(new Point(2, 3)) + " " + names.containsKey(new Point(3, 3)) + " " + names.get(new Point(9, 9)) + " " + names.size());
        System.out.println(names);
        Set<Point> set = new HashSet<>();
        set.add(new Point(1, 1));
        set.add(new Point(1, 1));
        set.add(new Point(0, 32));
        set.add(new Point(1, 1 - 31 + 31));
        System.out.println(set.size() + " " + set + " " + new Point(1, 1).equals(new Point(1, 1)) + " " + new Point(1, 2).equals(null)
                + " " + new Point(1, 2).equals("P(1,2)") + " " + (new Point(0, 31).hashCode() == new Point(1, 0).hashCode()));
        Map<Money, Integer> wallet = new HashMap<>();
        wallet.merge(new Money(150, "EUR"), 1, Integer::sum);
        wallet.merge(new Money(150, "USD"), 1, Integer::sum);
        wallet.merge(new Money(150, "EUR"), 1, Integer::sum);
        wallet.merge(new Money(7, "EUR"), 5, Integer::sum);
        System.out.println(wallet.get(new Money(150, "EUR")) + " " + wallet.size() + " " + new Money(1234567, "JPY") + " " + new Money(5, "CHF"));
        Point p = new Point(5, 6);
        Point c = p.clone();
        System.out.println(c + " " + (c != p) + " " + c.equals(p) + " " + (c.getClass() == p.getClass()));
        try {
            new NotCloneable().tryClone();
        } catch (CloneNotSupportedException e) {
            System.out.println("CloneNotSupportedException " + e.getMessage());
        }
        Object o = new Object();
        System.out.println(o.equals(o) + " " + o.equals(new Object()) + " " + o.getClass().getName() + " " + (o.hashCode() == o.hashCode()));
        System.out.println(p.getClass().getName() + " " + Money.class.getName() + " " + Map.Entry.class.getName() + " " + int.class.getName()
                + " " + String[].class.getName() + " " + p.getClass().getSimpleName() + " " + Integer.class.getSimpleName());
        String s = "" + p + new Money(99, "GBP");
        System.out.println(s + " " + String.valueOf(p) + " " + java.util.List.of(p, p));
    }
}
