// The smallest program: one line on stdout. The benchmark also measures its executable size.
public class Main {
    public static void main(String[] args) {
        System.out.println("Hello, world!");
    }
}
