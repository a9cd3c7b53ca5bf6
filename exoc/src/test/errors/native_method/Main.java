// Bad input: the program declares and calls its own native method.
public class Main {
    static native int peek(long address);

    public static void main(String[] args) {
        System.out.println(peek(0xb8000L));
    }
}
