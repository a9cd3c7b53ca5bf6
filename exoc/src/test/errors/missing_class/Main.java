// Bad input: Helper.class is deleted after javac (see the file `delete`), so the class that
// Main calls is missing from the class path.
public class Main {
    public static void main(String[] args) {
        System.out.println("greeting:");
        System.out.println(Helper.greet("world"));
    }
}
