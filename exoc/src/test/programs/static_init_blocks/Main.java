// Class-initialisation checks that exoc leaves out (gen.InitChecks): several uses of one class
// in a basic block, uses in both arms of a branch and in a loop whose first pass initialises
// the class, a class whose initialiser fails (its ExceptionInInitializerError must reach the
// handler), and an initialiser that calls back into the class that is using it. Later uses
// of the failed class: static_init_failed.
public class Main {
    static class Counter {
        static int base = log("Counter", 100);

        static int next(int x) {
            return base + x;
        }
    }

    static class Late {
        static int value = log("Late", 7);
    }

    static class Broken {
        static int value = fail();

        static int fail() {
            if (Counter.base > 0) {
                throw new IllegalStateException("Broken cannot start");
            }
            return 1;
        }

        static int get() {
            return value;
        }
    }

    static class Caller {
        static int seen = Main.peek();
    }

    static int peeked;

    static int peek() {
        peeked++;
        return peeked * 10 + Caller.seen;   // Caller is being initialised: seen is still 0
    }

    static int log(String name, int v) {
        System.out.println(name + " initialised");
        return v;
    }

    public static void main(String[] args) {
        System.out.println("start");
        int sum = Counter.next(1) + Counter.next(2) + Counter.base;
        System.out.println("sum " + sum);
        for (int i = 0; i < 3; i++) {
            if (i == 1) {
                sum += Late.value;
            } else {
                sum -= Late.value;
            }
            sum += Late.value;
        }
        System.out.println("loop " + sum);
        try {
            sum += Broken.get();
        } catch (ExceptionInInitializerError e) {
            System.out.println("first use: " + e.getCause().getMessage());
        }
        System.out.println("caller " + Caller.seen + " " + Caller.seen + " peeked " + peeked);
        System.out.println("end " + sum);
    }
}
