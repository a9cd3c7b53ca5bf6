// main throws while a non-daemon thread still runs: the JVM prints main's report at once,
// lets the thread finish (its output comes after), and exits with status 1.
public class Main {
    static volatile boolean mainDone;

    public static void main(String[] args) throws Exception {
        Thread worker = new Thread(() -> {
            while (!mainDone) {
                Thread.onSpinWait();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("worker finished after main threw");
        }, "worker");
        worker.start();
        System.out.println("main about to throw");
        mainDone = true;
        throw new IllegalStateException("main fails");
    }
}
