// Integer division and remainder by a constant (gen.NoThrow: a call to a method that only
// divides by non-zero constants needs no pending-exception test after it): the results at the
// edges (MIN_VALUE / -1 wraps, negative dividends round toward zero, large constants pushed by
// ldc), and look-alikes that do throw: a constant zero divisor, a divisor that is a constant on
// one path and zero on the other, a zero divisor from a field. Identical output to the JVM.
public class Main {
    static int zero;

    static int half(int x) {
        return x / 2;
    }

    static int negate(int x) {
        return x / -1;
    }

    static long negateLong(long x) {
        return x / -1L;
    }

    static int lastDigits(int x) {
        return x % 100000;
    }

    static long bigDivide(long x) {
        return x / 1000000007L + x % 1000000007L;
    }

    static int byOne(int x) {
        return x / 1 + x % 1;
    }

    static int shortConstant(int x) {
        return x / -300 + x % 300;
    }

    /** spectral-norm's matrix element: the inner loop's call. */
    static double a(int i, int j) {
        return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
    }

    @SuppressWarnings("divzero")
    static int byZero(int x) {
        return x / 0;
    }

    @SuppressWarnings("divzero")
    static long remZeroLong(long x) {
        return x % 0L;
    }

    static int byEither(int x, boolean two) {
        return x / (two ? 2 : 0);
    }

    static int byField(int x) {
        return x / zero;
    }

    public static void main(String[] args) {
        int[] samples = {0, 1, -1, 7, -7, 100001, -100001, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int x : samples) {
            System.out.println(x + ": half " + half(x) + " negate " + negate(x) + " last " + lastDigits(x)
                    + " byOne " + byOne(x) + " short " + shortConstant(x) + " long " + negateLong(x)
                    + " big " + bigDivide(x * 12345678901L));
        }
        System.out.println("negateLong MIN " + negateLong(Long.MIN_VALUE) + " big MIN " + bigDivide(Long.MIN_VALUE));
        double sum = 0;
        for (int i = 0; i < 50; i++) {
            for (int j = 0; j < 50; j++) {
                sum += a(i, j);
            }
        }
        System.out.println("sum of a " + sum);
        String[] names = {"byZero", "remZeroLong", "byEither two", "byEither zero", "byField"};
        for (int i = 0; i < names.length; i++) {
            try {
                long r;
                switch (i) {
                    case 0: r = byZero(5); break;
                    case 1: r = remZeroLong(5L); break;
                    case 2: r = byEither(9, true); break;
                    case 3: r = byEither(9, false); break;
                    default: r = byField(9); break;
                }
                System.out.println(names[i] + " returned " + r);
            } catch (ArithmeticException e) {
                System.out.println(names[i] + " threw " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
    }
}
