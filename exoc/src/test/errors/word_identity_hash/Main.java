// Bad input: identity hash of a word (it has no identity in exoc).
public class Main {
    public static void main(String[] args) {
        Addr a = new Addr(7);
        System.out.println(System.identityHashCode(a) != 0);
    }
}
