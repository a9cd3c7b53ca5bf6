// Bad input: == on a word type compares identities on the JVM, values in exoc.
public class Main {
    public static void main(String[] args) {
        Addr a = new Addr(1);
        Addr b = new Addr(1);
        System.out.println(a == b);
    }
}
