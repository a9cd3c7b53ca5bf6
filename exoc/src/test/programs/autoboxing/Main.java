// Autoboxing and unboxing: the Integer cache (== is true for 127, false for 128), the Long,
// Short, Byte and Character caches, Boolean constants, equals between box types, boxed
// arithmetic and ++ on Integer variables, boxing in collections (remove(int) versus
// remove(Object)), ternaries mixing boxes and primitives, and compareTo/hashCode of boxes.
import java.util.ArrayList;
import java.util.List;

public class Main {
    static boolean same(Object a, Object b) {
        return a == b;
    }

    public static void main(String[] args) {
        Integer a = 127, b = 127, c = 128, d = 128;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d) + " " + (c.intValue() == d));
        Integer m1 = -128, m2 = -128, m3 = -129, m4 = -129;
        System.out.println((m1 == m2) + " " + (m3 == m4));
        System.out.println(same(Integer.valueOf(5), Integer.valueOf(5)) + " " + same(Integer.valueOf(500), Integer.valueOf(500)));
        Long l1 = 127L, l2 = 127L, l3 = 128L, l4 = 128L;
        System.out.println((l1 == l2) + " " + (l3 == l4) + " " + l3.equals(l4) + " " + l1.equals(127) + " " + l1.equals(127L));
        Character c1 = 'a', c2 = 'a', c3 = '\u0100', c4 = '\u0100';
        System.out.println((c1 == c2) + " " + (c3 == c4));
        Short s1 = 100, s2 = 100;
        Byte b1 = (byte) 200, b2 = (byte) 200;
        System.out.println((s1 == s2) + " " + (b1 == b2) + " " + b1);
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE"), f1 = Boolean.valueOf("yes");
        System.out.println((t1 == t2) + " " + f1 + " " + (t1 == Boolean.TRUE));

        Integer counter = 0;
        for (int i = 0; i < 300; i++) {
            counter++;
        }
        Integer other = 300;
        System.out.println(counter + " " + (counter == 300) + " " + counter.equals(other) + " " + (counter.intValue() == other.intValue()));

        List<Integer> list = new ArrayList<>(List.of(10, 20, 30, 40, 1));
        list.remove(1); // index
        list.remove(Integer.valueOf(1)); // object
        System.out.println(list);

        Object o = 42;
        Object p = 42L;
        Object q = 4.2f;
        Object r = 'x';
        System.out.println(o.getClass().getName() + " " + p.getClass().getName() + " " + q.getClass().getName() + " " + r.getClass().getName());
        System.out.println(o.equals(p) + " " + Integer.valueOf(42).equals(o) + " " + Double.valueOf(0.0).equals(-0.0));

        boolean flag = list.size() > 2;
        Integer nullable = flag ? null : 0;
        System.out.println(nullable);
        try {
            int bad = flag ? nullable : 0; // unboxes null
            System.out.println(bad);
        } catch (NullPointerException e) {
            System.out.println("NPE on unboxing");
        }
        Integer x = 1000;
        int y = 1000;
        long z = x + y;
        double w = x / 3;
        System.out.println(z + " " + w + " " + (x == y) + " " + (x < 1001));

        System.out.println(Integer.valueOf(5).compareTo(7) + " " + Long.valueOf(9).compareTo(2L) + " " + Character.valueOf('b').compareTo('a')
                + " " + Boolean.TRUE.compareTo(false) + " " + Double.valueOf(1.5).compareTo(Double.NaN));
        System.out.println(Integer.valueOf(-7).hashCode() + " " + Long.valueOf(1L << 40).hashCode() + " " + Double.valueOf(1.5).hashCode()
                + " " + Float.valueOf(1.5f).hashCode() + " " + Boolean.TRUE.hashCode() + " " + Boolean.FALSE.hashCode()
                + " " + Character.valueOf('A').hashCode() + " " + Short.valueOf((short) -1).hashCode() + " " + Byte.valueOf((byte) 3).hashCode());
        long sum = 0;
        List<Long> longs = new ArrayList<>();
        for (long i = 0; i < 1000; i++) {
            longs.add(i * i);
        }
        for (Long v : longs) {
            sum += v;
        }
        System.out.println("sum " + sum);
        Number n = 3.75;
        System.out.println(n.intValue() + " " + n.longValue() + " " + n.floatValue() + " " + ((Number) 7).doubleValue());
    }
}
