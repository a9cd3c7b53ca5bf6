// Interfaces with generic default methods, diamond inheritance resolved with X.super.m(),
// private interface methods, static interface methods and interface constants.
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

interface Container<T> {
    int MAX = 100; // implicitly static final

    List<T> items();

    default <R> List<R> mapAll(Function<? super T, ? extends R> f) {
        List<R> out = new ArrayList<>();
        for (T t : items()) {
            out.add(f.apply(t));
        }
        return out;
    }

    default T firstOr(T fallback) {
        return items().isEmpty() ? fallback : items().get(0);
    }

    default String summary() {
        return prefix() + items().size() + " items";
    }

    private String prefix() {
        return "[" + getClass().getName() + "] ";
    }

    static <T> Container<T> of(List<T> list) {
        return () -> list;
    }
}

interface Left {
    default String who() {
        return "left";
    }
}

interface Right {
    default String who() {
        return "right";
    }
}

class Both implements Left, Right {
    public String who() {
        return Left.super.who() + "+" + Right.super.who();
    }
}

interface Counter {
    int count();

    default Counter plus(int n) {
        Counter self = this;
        return () -> self.count() + n;
    }
}

class Box implements Container<String> {
    private final List<String> items = new ArrayList<>();

    Box(String... xs) {
        for (String x : xs) {
            items.add(x);
        }
    }

    public List<String> items() {
        return items;
    }

    @Override
    public String summary() {
        return "Box:" + Container.super.summary();
    }
}

public class Main {
    public static void main(String[] args) {
        Box b = new Box("alpha", "beta", "gamma");
        System.out.println(b.mapAll(String::length));
        System.out.println(b.mapAll(s -> s.charAt(0)));
        System.out.println(b.firstOr("none") + " " + new Box().firstOr("none"));
        System.out.println(b.summary());
        Container<Integer> c = Container.of(List.of(3, 1, 4));
        System.out.println(c.mapAll(i -> i * i) + " " + c.firstOr(-1));
        System.out.println(new Both().who());
        Counter base = () -> 10;
        System.out.println(base.plus(5).plus(7).count());
        System.out.println(Container.MAX + Box.MAX);
    }
}
