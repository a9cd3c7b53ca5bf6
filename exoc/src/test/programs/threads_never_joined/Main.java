// A thread that nobody joins: main returns first, and the program lives on until that
// (non-daemon) thread ends; a daemon thread still running then does not keep it alive.
public class Main {
    static volatile boolean go;

    public static void main(String[] args) {
        Thread daemon = new Thread(() -> {
            while (true) {
                Thread.onSpinWait();
            }
        }, "spinner");
        daemon.setDaemon(true);
        daemon.start();
        Thread worker = new Thread(() -> {
            while (!go) {
                Thread.yield();
            }
            long sum = 0;
            for (int i = 0; i < 10_000_000; i++) {
                sum += i % 7;
            }
            System.out.println("worker done: " + sum);
        }, "worker");
        worker.start();
        System.out.println("main returns");
        go = true;
    }
}
