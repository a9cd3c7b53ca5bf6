// exo.rt.TailCalls: a dispatcher whose `return f(...)` calls are jumps, with no pending-exception
// test after them (the caller's own test sees an exception) and, for a callee of a class that
// needs initialising, the check made in a function the jump goes to. The look-alikes here
// must behave as on the JVM: exceptions thrown through a jump, caught by the dispatcher's
// caller and inside the dispatcher (a call in a try region is no jump), a class initialiser
// that runs at the first jump to its class (in order with the program's other output), one
// that fails (ExceptionInInitializerError, then NoClassDefFoundError), a call whose int result
// is widened (no jump), a void jump, and a call with more arguments than registers.
import exo.rt.TailCalls;

public class Main {
    static int calls;

    static long plain(long x) {
        calls++;
        return x * 3 + 1;
    }

    static long thrower(long x) {
        if (x > 5) {
            throw new IllegalStateException("too big: " + x);
        }
        return -x;
    }

    static int narrow(long x) {
        return (int) (x >> 1);
    }

    static void log(long x) {
        System.out.println("log " + x);
    }

    static long many(long a, long b, long c, long d, long e, long f, long g, long h) {
        return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h;
    }

    static final class Lazy {
        static final long BASE;

        static {
            System.out.println("Lazy initialised");
            BASE = System.nanoTime() > 0 ? 1000 : 0;
        }

        static long add(long x) {
            return BASE + x;
        }
    }

    static final class Broken {
        static final long BASE;

        static {
            if (calls >= 0) {
                throw new ArithmeticException("broken initialiser");
            }
            BASE = 1;
        }

        static long add(long x) {
            return BASE + x;
        }
    }

    @TailCalls
    static long call(int nr, long x) {
        switch (nr) {
            case 0: return plain(x);
            case 1: return thrower(x);
            case 2: return narrow(x);
            case 3: log(x); return 0;
            case 4: return many(x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7);
            case 5: return Lazy.add(x);
            case 6: return Broken.add(x);
            case 7:
                try {
                    return thrower(x);
                } catch (IllegalStateException e) {
                    return -1000 - x;
                }
            default: return -38;
        }
    }

    @TailCalls
    static void callVoid(long x) {
        if (x < 0) {
            throw new IllegalArgumentException("negative");
        }
        log(x);
    }

    public static void main(String[] args) {
        System.out.println("before any call");
        for (int nr = 0; nr <= 8; nr++) {
            for (long x : new long[] {3, 9}) {
                try {
                    System.out.println(nr + "(" + x + ") = " + call(nr, x));
                } catch (IllegalStateException | ArithmeticException e) {
                    System.out.println(nr + "(" + x + ") threw " + e);
                } catch (ExceptionInInitializerError e) {
                    System.out.println(nr + "(" + x + ") threw ExceptionInInitializerError caused by " + e.getCause());
                } catch (NoClassDefFoundError e) {
                    System.out.println(nr + "(" + x + ") threw NoClassDefFoundError");
                }
            }
        }
        callVoid(4);
        try {
            callVoid(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("callVoid threw " + e.getMessage());
        }
        System.out.println("calls " + calls);
    }
}
