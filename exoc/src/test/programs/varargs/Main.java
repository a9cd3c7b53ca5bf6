// Varargs: calls with zero, one and many arguments, with an explicit array, with null,
// overload resolution preferring fixed arity, primitive and generic varargs, varargs
// constructors, and passing varargs on to String.format.
import java.util.Arrays;
import java.util.List;

public class Main {
    static String count(int... xs) {
        return xs.length + ":" + Arrays.toString(xs);
    }

    static String pick(String s) {
        return "fixed(" + s + ")";
    }

    static String pick(String... s) {
        return "varargs" + Arrays.toString(s);
    }

    static String mixed(String label, Object... rest) {
        // deepToString so that an array argument prints its contents, not an identity hash
        return label + rest.length + (rest.length > 0 ? "/" + Arrays.deepToString(new Object[] {rest[rest.length - 1]}) : "");
    }

    @SafeVarargs
    static <T> List<T> listOf(T... items) {
        return Arrays.asList(items);
    }

    static long sum(long first, long... more) {
        long s = first;
        for (long m : more) {
            s += m;
        }
        return s;
    }

    static String fmt(String pattern, Object... args) {
        return String.format(pattern, args);
    }

    static class Path {
        final String[] parts;

        Path(String... parts) {
            this.parts = parts;
        }

        public String toString() {
            return String.join("/", parts);
        }
    }

    public static void main(String[] args) {
        System.out.println(count() + " " + count(1) + " " + count(1, 2, 3) + " " + count(new int[] {4, 5}));
        System.out.println(pick("a") + " " + pick() + " " + pick("a", "b") + " " + pick(new String[] {"c"}));
        System.out.println(mixed("x") + " " + mixed("y", 1, "two", 3.0) + " " + mixed("z", (Object) null) + " " + mixed("n", (Object[]) null == null ? new Object[0] : null));
        List<String> l = listOf("p", "q", "r");
        System.out.println(l + " " + listOf() + " " + listOf(1, 2).get(1));
        System.out.println(sum(1) + " " + sum(1, 2, 3) + " " + sum(1, new long[] {10, 20}));
        System.out.println(fmt("%s-%s-%d", "a", "b", 3) + " " + fmt("none"));
        System.out.println(new Path("usr", "local", "bin") + " " + new Path() + "|");
        Object[] arr = {"one", 2};
        System.out.println(mixed("arr", arr) + " " + mixed("wrapped", (Object) arr));
        System.out.println(Arrays.asList(1, 2, 3).size() + " " + Arrays.asList(new int[] {1, 2, 3}).size());
        System.out.println(String.join(",", "a", "b", "c") + " " + Math.max(3, 9));
    }
}
