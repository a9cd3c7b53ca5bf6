// Bad input: a word is a value and is never null.
public class Main {
    static long rawOf(Addr a) {
        return a.raw();
    }

    public static void main(String[] args) {
        System.out.println(rawOf(null));
    }
}
