// Bad input: a program that starts a thread and uses an executor. exoc must name threads as
// the root cause first, then list what is missing.
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class Main {
    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        pool.submit(() -> System.out.println("task")).get();
        pool.shutdown();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("bye")));
    }
}
