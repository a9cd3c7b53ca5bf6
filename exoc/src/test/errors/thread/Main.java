// Bad input: starts a Thread, which the core library does not provide.
public class Main {
    public static void main(String[] args) throws InterruptedException {
        System.out.println("starting a worker");
        Thread worker = new Thread(() -> System.out.println("in worker"));
        worker.start();
        worker.join();
    }
}
