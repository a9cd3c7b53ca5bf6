// Bad input: a word stored where an Object goes.
public class Main {
    static String describe(Object o) {
        return String.valueOf(o.hashCode());
    }

    public static void main(String[] args) {
        System.out.println(describe(new Addr(7)));
    }
}
