// Fork/join: a RecursiveTask summing an array by halves (fork, compute, join), a
// RecursiveAction squaring in place through invokeAll, a parallel Fibonacci on a pool of 4,
// an exception thrown inside a task rethrown by join, and the common pool's parallelism
// being at least 1.
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.RecursiveTask;

public class Main {
    static final class Sum extends RecursiveTask<Long> {
        final long[] a;
        final int lo, hi;

        Sum(long[] a, int lo, int hi) {
            this.a = a;
            this.lo = lo;
            this.hi = hi;
        }

        protected Long compute() {
            if (hi - lo <= 1000) {
                long s = 0;
                for (int i = lo; i < hi; i++) {
                    s += a[i];
                }
                return s;
            }
            int mid = (lo + hi) >>> 1;
            Sum left = new Sum(a, lo, mid);
            left.fork();
            long right = new Sum(a, mid, hi).compute();
            return right + left.join();
        }
    }

    static final class Square extends RecursiveAction {
        final long[] a;
        final int lo, hi;

        Square(long[] a, int lo, int hi) {
            this.a = a;
            this.lo = lo;
            this.hi = hi;
        }

        protected void compute() {
            if (hi - lo <= 500) {
                for (int i = lo; i < hi; i++) {
                    a[i] = a[i] * a[i];
                }
                return;
            }
            int mid = (lo + hi) >>> 1;
            invokeAll(new Square(a, lo, mid), new Square(a, mid, hi));
        }
    }

    static final class Fib extends RecursiveTask<Integer> {
        final int n;

        Fib(int n) {
            this.n = n;
        }

        protected Integer compute() {
            if (n < 15) {
                return slow(n);
            }
            Fib f1 = new Fib(n - 1);
            f1.fork();
            return new Fib(n - 2).compute() + f1.join();
        }

        static int slow(int n) {
            return n < 2 ? n : slow(n - 1) + slow(n - 2);
        }
    }

    public static void main(String[] args) {
        long[] a = new long[1_000_000];
        for (int i = 0; i < a.length; i++) {
            a[i] = i % 1000;
        }
        ForkJoinPool pool = new ForkJoinPool(4);
        System.out.println("sum " + pool.invoke(new Sum(a, 0, a.length)));
        pool.invoke(new Square(a, 0, a.length));
        System.out.println("sum of squares " + ForkJoinPool.commonPool().invoke(new Sum(a, 0, a.length)));
        System.out.println("fib(27) " + pool.invoke(new Fib(27)));
        try {
            pool.invoke(new RecursiveTask<Integer>() {
                protected Integer compute() {
                    throw new ArithmeticException("task failed");
                }
            });
        } catch (ArithmeticException e) {
            // (The JDK rethrows a copy made for the joining thread; only the type is the same.)
            System.out.println("rethrown: " + e.getClass().getName());
        }
        System.out.println("common parallelism >= 1: " + (ForkJoinPool.getCommonPoolParallelism() >= 1));
        pool.shutdown();
    }
}
