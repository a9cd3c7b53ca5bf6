// A deadlock behaves as on the JVM: two threads each hold one lock and wait for the other's,
// forever. Main sees both still alive after a join with a timeout (the order in which they
// take their first lock is forced with a latch made of wait/notify), reports it, and ends
// the program with System.exit, which stops the deadlocked threads too: status 3.
public class Main {
    static final Object a = new Object();
    static final Object b = new Object();
    static int holding;   // guarded by Main.class

    static void holdThen(Object first, Object second) {
        synchronized (first) {
            synchronized (Main.class) {
                holding++;
                Main.class.notifyAll();
                while (holding < 2) {
                    try {
                        Main.class.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            synchronized (second) {
                System.out.println("never printed");
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Thread t1 = new Thread(() -> holdThen(a, b), "t1");
        Thread t2 = new Thread(() -> holdThen(b, a), "t2");
        t1.start();
        t2.start();
        t1.join(300);
        t2.join(50);
        System.out.println("deadlocked: " + (t1.isAlive() && t2.isAlive()));
        System.out.flush();
        System.exit(3);
    }
}
