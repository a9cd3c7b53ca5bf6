// Bad input: a word has no monitor.
public class Main {
    public static void main(String[] args) {
        Addr a = new Addr(7);
        synchronized (a) {
            System.out.println(a.raw());
        }
    }
}
