// Array elements accumulated in loops (`acc[i] += f(i, j) * v[j]`), which exoc keeps in a C
// variable across the loop (gen.ElementForwarding) while still storing every iteration: the
// results must be Java's when the accumulated array is also the one read (acc == v), when
// the index or the array is null or out of range (the exception at the first access, as the
// JVM throws it), when an exception thrown mid-loop leaves the elements stored so far, for
// every element type forwarded (int, long, float, double), in nested loops, with a loop that
// runs zero times, and with a call in the loop that writes the array (no forwarding there).
public class Main {
    static double term(int i, int j) {
        return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
    }

    static final int[] WEIGHTS = {1, 4, 7, 10, 13, 16};

    static void multiply(int n, double[] v, double[] av) {
        for (int i = 0; i < n; i++) {
            av[i] = 0;
            for (int j = 0; j < n; j++) {
                av[i] += term(i, j) * v[j];
            }
        }
    }

    static long ints(int[] acc, int i, int n) {
        int[] weights = WEIGHTS;
        for (int j = 0; j < n; j++) {
            acc[i] += weights[j] ^ acc[j % acc.length];   // weights[6] throws mid-loop
        }
        return acc[i];
    }

    static long longs(long[] acc, int i, int n) {
        for (int j = 0; j < n; j++) {
            acc[i] = acc[i] * 31 + j;
        }
        return acc[i];
    }

    static float floats(float[] acc, int i, float[] x) {
        for (int j = 0; j < x.length; j++) {
            acc[i] += x[j] * 0.5f;
            acc[i] *= 1.0001f;
        }
        return acc[i];
    }

    static void bump(double[] a, int k) {
        a[k] += 100;
    }

    static double withWritingCall(double[] a, int i, int n) {
        for (int j = 0; j < n; j++) {
            a[i] += j;
            bump(a, i);
        }
        return a[i];
    }

    static String show(double[] a) {
        StringBuilder b = new StringBuilder();
        for (double d : a) {
            b.append(String.format("%.9f ", d));
        }
        return b.toString().trim();
    }

    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e);
        }
    }

    public static void main(String[] args) {
        int n = 6;
        double[] u = new double[n];
        double[] v = new double[n];
        java.util.Arrays.fill(u, 1);
        multiply(n, u, v);
        System.out.println("A*u " + show(v));
        double[] same = {1, 2, 3, 4, 5, 6};
        multiply(n, same, same);   // the accumulated array is the one read
        System.out.println("aliased " + show(same));
        multiply(0, u, v);
        System.out.println("zero rows " + show(v));

        int[] acc = new int[10];
        for (int i = 0; i < acc.length; i++) {
            acc[i] = i * 7;
        }
        attempt("ints 5", () -> System.out.println("ints " + ints(acc, 5, 6)));
        attempt("ints throw mid-loop", () -> ints(acc, 2, 20));
        System.out.println("after the throw " + java.util.Arrays.toString(acc));
        attempt("ints index out of range", () -> ints(acc, 10, 3));
        attempt("ints index out of range, no iteration", () -> ints(acc, 10, 0));
        attempt("ints null", () -> ints(null, 0, 2));
        attempt("ints negative index", () -> ints(acc, -1, 2));

        long[] longs = {1, 2, 3};
        attempt("longs", () -> System.out.println("longs " + longs(longs, 1, 40) + " " + java.util.Arrays.toString(longs)));
        attempt("longs out of range", () -> longs(longs, 3, 1));

        float[] fa = {0.25f, 1.5f};
        float[] xs = {1, 2, 3, 4, 5};
        attempt("floats", () -> System.out.println("floats " + floats(fa, 1, xs) + " " + java.util.Arrays.toString(fa)));
        attempt("floats aliased", () -> System.out.println("floats aliased " + floats(xs, 2, xs) + " " + java.util.Arrays.toString(xs)));

        double[] w = {0, 0, 0};
        System.out.println("writing call " + withWritingCall(w, 1, 5) + " " + show(w));
    }
}
