// Bad input: uses java.util.stream, which the core library does not provide.
import java.util.stream.IntStream;

public class Main {
    public static void main(String[] args) {
        int sum = IntStream.rangeClosed(1, 10).sum();
        System.out.println(sum);
    }
}
