// Bad input: waits on a monitor; without threads Object.wait is not supported.
public class Main {
    private final Object lock = new Object();

    void await() throws InterruptedException {
        synchronized (lock) {
            lock.wait(10);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        new Main().await();
        System.out.println("woke up");
    }
}
