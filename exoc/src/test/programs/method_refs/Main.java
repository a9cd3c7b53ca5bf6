// Method references of every kind: static (Integer::parseInt), bound (str::concat,
// this::helper, super::describe), unbound (String::length), constructor (StringBuilder::new,
// Point::new with arguments) and array constructor (int[]::new, String[]::new), used through
// standard and custom functional interfaces.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.*;

public class Main {
    static class Base {
        String describe() {
            return "base";
        }
    }

    static class Point extends Base {
        final int x, y;

        Point() {
            this(0, 0);
        }

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        @Override
        String describe() {
            return "point";
        }

        Supplier<String> superDescriber() {
            return super::describe;
        }

        Supplier<String> selfDescriber() {
            return this::describe;
        }

        public String toString() {
            return "(" + x + "," + y + ")";
        }
    }

    interface PointMaker {
        Point make(int x, int y);
    }

    private final String name;

    Main(String name) {
        this.name = name;
    }

    String helper(String s) {
        return name + ":" + s;
    }

    static int twice(int x) {
        return 2 * x;
    }

    public static void main(String[] args) {
        Function<String, Integer> parse = Integer::parseInt;
        IntUnaryOperator tw = Main::twice;
        BinaryOperator<Integer> sum = Integer::sum;
        Comparator<String> cmp = String::compareTo;
        System.out.println(parse.apply("123") + " " + tw.applyAsInt(21) + " " + sum.apply(3, 4) + " " + cmp.compare("a", "b"));

        String greeting = "hello ";
        Function<String, String> concat = greeting::concat;
        Main m = new Main("m");
        UnaryOperator<String> help = m::helper;
        Supplier<Integer> size = List.of(1, 2, 3)::size;
        System.out.println(concat.apply("world") + " " + help.apply("x") + " " + size.get());

        Function<String, Integer> length = String::length;
        BiFunction<String, String, Boolean> startsWith = String::startsWith;
        Function<Point, String> desc = Point::describe;
        System.out.println(length.apply("four") + " " + startsWith.apply("prefix", "pre") + " " + desc.apply(new Point()));

        Supplier<StringBuilder> sbNew = StringBuilder::new;
        Function<String, StringBuilder> sbFrom = StringBuilder::new;
        Supplier<Point> origin = Point::new;
        PointMaker maker = Point::new;
        BiFunction<Integer, Integer, Point> maker2 = Point::new;
        System.out.println(sbNew.get().append("empty").length() + " " + sbFrom.apply("abc").reverse() + " " + origin.get()
                + " " + maker.make(3, 4) + " " + maker2.apply(5, 6));

        IntFunction<int[]> ints = int[]::new;
        IntFunction<String[]> strs = String[]::new;
        Function<Integer, long[][]> grid = long[][]::new;
        int[] a = ints.apply(4);
        String[] s = strs.apply(2);
        long[][] g = grid.apply(3);
        System.out.println(a.length + Arrays.toString(a) + " " + Arrays.toString(s) + " " + g.length + " " + g.getClass().getName());
        List<String> words = new ArrayList<>(List.of("delta", "alpha", "charlie", "bravo"));
        String[] asArray = words.toArray(String[]::new);
        System.out.println(asArray.length + " " + asArray.getClass().getName());

        Point p = new Point(1, 2);
        System.out.println(p.superDescriber().get() + " " + p.selfDescriber().get());

        words.sort(String::compareToIgnoreCase);
        System.out.println(words);
        words.replaceAll(String::toUpperCase);
        words.forEach(System.out::println);
        words.removeIf("ALPHA"::equals);
        System.out.println(words);
        Function<Integer, String> toStr = String::valueOf;
        Function<Object, String> objStr = Object::toString;
        System.out.println(toStr.apply(77) + objStr.apply(p));
    }

    interface Comparator<T> {
        int compare(T a, T b);
    }
}
