// Bad input: an allocation two calls below a @NoAlloc method.
import exo.rt.NoAlloc;

public class Main {
    static int[] scratch(int n) {
        return new int[n];
    }

    static int sum(int n) {
        int[] a = scratch(n);
        return a.length;
    }

    @NoAlloc
    static int handler(int n) {
        return sum(n) + 1;
    }

    public static void main(String[] args) {
        System.out.println(handler(3));
    }
}
