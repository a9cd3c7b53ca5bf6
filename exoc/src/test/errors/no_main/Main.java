// Bad input: the named main class has no public static void main(String[]).
public class Main {
    static void main() {
        System.out.println("wrong signature");
    }
}
