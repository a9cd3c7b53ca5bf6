// Calls to small leaf methods (gen.NoThrow drops the pending-exception test after a call to
// a method proven unable to throw): leaves that cannot throw, and look-alikes that can, by
// integer division, an array access, a field of another object, a static field of a class
// whose initialiser fails, a loop calling a throwing method, a call to a throwing leaf, an
// instance accessor of `this`, setters of `this` (which cannot throw) and look-alikes that
// store into another object or into `this` or another joined at a label. Each exception must still reach its handler. (A second use
// of the failed class should throw NoClassDefFoundError: exoc does not do that yet.)
public class Main {
    int value = 42;

    static class Failing {
        static int x = Integer.parseInt("not a number");
    }

    static long add(long a, int b) {
        return a + b;
    }

    static int max3(int a, int b, int c) {
        int m = a > b ? a : b;
        return m > c ? m : c;
    }

    static int divide(int a, int b) {
        return a / b;
    }

    static long remainder(long a, long b) {
        return a % b;
    }

    static int first(int[] a) {
        return a[0];
    }

    static int valueOf(Main m) {
        return m.value;
    }

    static int failing() {
        return Failing.x;
    }

    static int viaDivide(int a) {
        return divide(a, 0) + 1;
    }

    static int countDown(int n) {
        int s = 0;
        while (n > 0) {
            s += divide(100, n);
            n--;
        }
        return s;
    }

    int value() {
        return value;
    }

    /** `this` or another object, joined at one getfield: the other may be null. */
    int valueOfEither(boolean mine, Main other) {
        return (mine ? other : this).value;
    }

    void setValue(int v) {
        value = v;
    }

    void setFrom(Main other) {
        value = other.value;
    }

    /** `this` or another object, joined before the putfield: the other may be null. */
    void setEither(boolean mine, Main other, int v) {
        (mine ? this : other).value = v;
    }

    public static void main(String[] args) {
        System.out.println("add " + add(40L, 2) + " max " + max3(3, 9, 4) + " value " + new Main().value());
        String[] names = {"divide", "remainder", "first", "valueOf", "failing", "add", "viaDivide", "countDown", "either", "setValue",
            "setFrom", "setEither"};
        for (int i = 0; i < names.length; i++) {
            try {
                int r;
                switch (i) {
                    case 0: r = divide(1, 0); break;
                    case 1: r = (int) remainder(5L, 0L); break;
                    case 2: r = first(new int[0]); break;
                    case 3: r = valueOf(null); break;
                    case 4: r = failing(); break;
                    case 5: r = (int) add(-2L, 2); break;
                    case 6: r = viaDivide(7); break;
                    case 7: r = countDown(3) + divide(1, 0); break;
                    case 8: r = new Main().valueOfEither(false, null) + new Main().valueOfEither(true, null); break;
                    case 9: {
                        Main m = new Main();
                        m.setValue(7);
                        r = m.value;
                        break;
                    }
                    case 10: {
                        Main m = new Main();
                        m.setFrom(new Main());
                        r = m.value;
                        m.setFrom(null);
                        break;
                    }
                    default: {
                        Main m = new Main();
                        m.setEither(true, null, 9);
                        r = m.value;
                        System.out.println("setEither this " + r);
                        m.setEither(false, null, 9);
                    }
                }
                System.out.println(names[i] + " returned " + r);
            } catch (ArithmeticException | ArrayIndexOutOfBoundsException | NullPointerException
                     | ExceptionInInitializerError | NoClassDefFoundError e) {
                System.out.println(names[i] + " threw " + e.getClass().getName());
            }
        }
    }
}
