// synchronized methods (instance and static) and blocks in a single thread: nesting and
// re-entry on the same monitor, exceptions leaving a synchronized block (the monitor is
// released, so later synchronized code still runs), and synchronized on class literals,
// strings and arrays.
public class Main {
    private int count;
    private static int total;
    private final Object lock = new Object();

    synchronized void inc() {
        count++;
        incAgain(); // re-entrant
    }

    synchronized void incAgain() {
        count += 10;
    }

    static synchronized void addTotal(int n) {
        total += n;
    }

    int guarded(int n) {
        synchronized (lock) {
            synchronized (this) {
                synchronized (lock) {
                    count += n;
                    return count;
                }
            }
        }
    }

    int failing(int n) {
        synchronized (lock) {
            if (n < 0) {
                throw new IllegalArgumentException("negative " + n);
            }
            return n * 2;
        }
    }

    synchronized int failingMethod(int n) {
        if (n == 0) {
            throw new ArithmeticException("zero");
        }
        return 100 / n;
    }

    public static void main(String[] args) {
        Main m = new Main();
        for (int i = 0; i < 5; i++) {
            m.inc();
            addTotal(i);
        }
        System.out.println(m.count + " " + total + " " + m.guarded(7));
        for (int n = -2; n <= 2; n++) {
            try {
                System.out.print(m.failing(n) + " ");
            } catch (IllegalArgumentException e) {
                System.out.print("[" + e.getMessage() + "] ");
            }
            try {
                System.out.print(m.failingMethod(n) + " ");
            } catch (ArithmeticException e) {
                System.out.print("[" + e.getMessage() + "] ");
            }
        }
        System.out.println();
        synchronized (Main.class) {
            addTotal(100);
        }
        String key = "key";
        int[] arr = new int[3];
        synchronized (key) {
            synchronized (arr) {
                arr[1] = m.guarded(1);
            }
        }
        StringBuffer buf = new StringBuffer();
        for (int i = 0; i < 5; i++) {
            buf.append(i).append(':');
        }
        buf.insert(0, '[').append(']').reverse();
        System.out.println(total + " " + arr[1] + " " + buf + " " + buf.length());
        long sum = 0;
        for (int i = 0; i < 100000; i++) {
            synchronized (m) {
                sum += i;
            }
        }
        System.out.println(sum);
    }
}
