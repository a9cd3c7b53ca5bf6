// Bad input: comparing a word with null (always false in exoc, a real test on the JVM).
public class Main {
    static Addr pick(boolean first) {
        return new Addr(first ? 1 : 2);
    }

    public static void main(String[] args) {
        Addr a = pick(args.length == 0);
        if (a != null) {
            System.out.println(a.raw());
        }
    }
}
