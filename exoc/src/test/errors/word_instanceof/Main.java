// Bad input: instanceof a word type (a word has no class at run time in exoc).
public class Main {
    static boolean isAddr(Object o) {
        return o instanceof Addr;
    }

    public static void main(String[] args) {
        System.out.println(isAddr("x"));
    }
}
