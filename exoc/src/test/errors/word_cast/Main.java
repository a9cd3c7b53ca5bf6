// Bad input: a cast to a word type (from an Object that cannot hold one).
public class Main {
    static Object box;

    public static void main(String[] args) {
        Addr a = (Addr) box;
        System.out.println(a.raw());
    }
}
