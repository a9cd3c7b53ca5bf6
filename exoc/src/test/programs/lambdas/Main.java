// Lambdas: capturing locals and this, returning values, block bodies, recursion through a
// field, currying, and many functional interfaces including the primitive specialisations
// (IntUnaryOperator, IntBinaryOperator, ToIntFunction, IntPredicate, LongSupplier,
// DoubleUnaryOperator, IntFunction, ObjIntConsumer, BooleanSupplier) plus compose/andThen.
import java.util.ArrayList;
import java.util.List;
import java.util.function.*;

public class Main {
    private int base = 10;
    private final List<String> events = new ArrayList<>();

    interface TriFunction<A, B, C, R> {
        R apply(A a, B b, C c);
    }

    static IntUnaryOperator fact;

    Supplier<Integer> baseReader() {
        return () -> base * 2; // captures this
    }

    Consumer<String> recorder(String prefix) {
        return s -> events.add(prefix + s);
    }

    static Function<Integer, Function<Integer, Integer>> adder() {
        return a -> b -> a + b;
    }

    public static void main(String[] args) {
        int k = 3;
        String tag = "#";
        Function<Integer, String> f = x -> tag + (x * k);
        BiFunction<Integer, Integer, Integer> mul = (a, b) -> a * b;
        Supplier<List<String>> mk = ArrayList::new;
        Predicate<String> empty = String::isEmpty;
        UnaryOperator<String> up = s -> s.toUpperCase();
        BinaryOperator<Integer> max = (a, b) -> a >= b ? a : b;
        Runnable r = () -> System.out.println("run " + k);
        System.out.println(f.apply(7) + " " + mul.apply(6, 7) + " " + mk.get().size() + " " + empty.test("") + " "
                + empty.negate().test("") + " " + up.apply("shout") + " " + max.apply(3, 9));
        r.run();

        IntUnaryOperator sq = x -> x * x;
        IntBinaryOperator gcd = (a, b) -> {
            while (b != 0) {
                int t = a % b;
                a = b;
                b = t;
            }
            return a;
        };
        ToIntFunction<String> len = String::length;
        IntPredicate even = x -> (x & 1) == 0;
        long[] state = {1};
        LongSupplier doubling = () -> state[0] *= 2;
        DoubleUnaryOperator half = d -> d / 2;
        IntFunction<String> stars = n -> "*".repeat(n);
        ObjIntConsumer<StringBuilder> appendN = (sb, n) -> sb.append(n).append(';');
        BooleanSupplier yes = () -> true;
        ToDoubleBiFunction<Integer, Integer> ratio = (a, b) -> (double) a / b;
        IntToLongFunction widen = x -> x * 1_000_000_000L;
        System.out.println(sq.applyAsInt(12) + " " + gcd.applyAsInt(84, 36) + " " + len.applyAsInt("seven") + " " + even.test(10)
                + " " + even.or(x -> x > 100).test(101) + " " + even.and(x -> x > 5).test(4));
        System.out.println(doubling.getAsLong() + " " + doubling.getAsLong() + " " + doubling.getAsLong() + " " + half.applyAsDouble(5)
                + " " + stars.apply(4) + " " + yes.getAsBoolean() + " " + ratio.applyAsDouble(1, 4) + " " + widen.applyAsLong(5));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            appendN.accept(sb, i);
        }
        System.out.println(sb);
        System.out.println(sq.andThen(x -> x + 1).applyAsInt(5) + " " + sq.compose(x -> x + 1).applyAsInt(5) + " "
                + half.andThen(d -> d * 10).applyAsDouble(3));

        Function<Integer, Integer> plus2 = x -> x + 2;
        Function<Integer, Integer> times3 = x -> x * 3;
        System.out.println(plus2.andThen(times3).apply(1) + " " + plus2.compose(times3).apply(1) + " " + Function.<Integer>identity().apply(9));

        fact = n -> n <= 1 ? 1 : n * fact.applyAsInt(n - 1);
        System.out.println(fact.applyAsInt(10));
        System.out.println(adder().apply(4).apply(5));
        TriFunction<String, Integer, Character, String> tri = (s, n, c) -> s + String.valueOf(c).repeat(n);
        System.out.println(tri.apply("ab", 3, 'z'));

        Main m = new Main();
        Supplier<Integer> reader = m.baseReader();
        System.out.println(reader.get());
        m.base = 21;
        System.out.println(reader.get());
        Consumer<String> rec = m.recorder("ev:");
        rec.andThen(s -> m.events.add("len" + s.length())).accept("hello");
        rec.accept("bye");
        System.out.println(m.events);

        List<Supplier<String>> suppliers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int copy = i;
            suppliers.add(() -> "s" + copy);
        }
        for (Supplier<String> s : suppliers) {
            System.out.print(s.get() + " ");
        }
        System.out.println();
        BiConsumer<String, Integer> printer = (s, n) -> System.out.println(s + "=" + n);
        printer.accept("answer", 42);
        Predicate<Object> isString = o -> o instanceof String;
        System.out.println(isString.test("x") + " " + isString.test(1) + " " + Predicate.isEqual("a").test("a")
                + " " + Predicate.not(isString).test(2));
    }
}
