// An uncaught RuntimeException thrown twelve calls deep, through static methods, an instance
// method, an inner class and a constructor. The harness compares the first stderr line and
// the program's own stack frames, and the exit status 1.
public class Main {
    class Worker {
        final int limit;

        Worker(int limit) {
            this.limit = limit;
            check(limit);
        }

        void check(int n) {
            if (n > 3) {
                throw new IllegalStateException("limit too high: " + n);
            }
        }
    }

    int level(int n) {
        if (n == 0) {
            new Worker(7);
        }
        return level(n - 1) + 1;
    }

    static int a(int n) {
        return b(n) * 2;
    }

    static int b(int n) {
        return new Main().level(n);
    }

    public static void main(String[] args) {
        System.out.println("before the failure");
        new Main().new Worker(2);
        System.out.println("worker 2 ok");
        System.out.println(a(8));
        System.out.println("never printed");
    }
}
