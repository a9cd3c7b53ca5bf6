// Bad input: lists a class's methods through reflection.
public class Main {
    public static void main(String[] args) {
        int n = Main.class.getDeclaredMethods().length;
        System.out.println(n + " methods");
    }
}
