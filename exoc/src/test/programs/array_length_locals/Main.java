// Bounds checks that read an array's length from a C variable kept beside the local
// (gen.ArrayLengths): locals reassigned in loops to arrays of other lengths and to null,
// array parameters, conditional and method-returned arrays, a local reused for another type,
// stores between the load of the array and the check, and the exceptions (index and
// message from the array itself, NullPointerException before any length is used).
public class Main {
    static int[] field = new int[3];

    static int[] make(int n) {
        return n < 0 ? null : new int[n];
    }

    static long sum(int[] a, long[] b) {
        long s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * 3L;
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = i;
            s += b[i];
        }
        return s;
    }

    static void tryIndex(String what, int[] a, int i) {
        try {
            a[i] = 1;
            System.out.println(what + ": ok " + a.length);
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        long total = 0;
        int[] a = new int[4];
        for (int round = 0; round < 6; round++) {
            for (int i = 0; i < a.length; i++) {
                a[i] = a[i] + round + i;
                total += a[a.length - 1 - i];
            }
            a = round % 2 == 0 ? new int[round + 2] : make(round * 3);
        }
        System.out.println("rounds " + total + " " + a.length);
        int[] b = args.length > 5 ? null : field;
        b[2] = 7;
        total += sum(b, new long[5]);
        int[] c = make(-1);
        try {
            c[0] = 1;
        } catch (NullPointerException e) {
            System.out.println("null array: " + e.getClass().getName());
        }
        try {
            System.out.println(c.length);
        } catch (NullPointerException e) {
            System.out.println("null length: " + e.getClass().getName());
        }
        c = new int[2];
        tryIndex("in", c, 1);
        tryIndex("past", c, 2);
        tryIndex("negative", c, -1);
        int[][] grid = new int[3][];
        for (int i = 0; i < grid.length; i++) {
            int[] row = new int[i + 1];
            grid[i] = row;
            row[i] = i * i;
            total += row[row.length - 1];
        }
        int[] x = new int[2];
        int[] y = x;
        x = new int[10];
        x[9] = 5;
        try {
            y[x[9]] = 1;   // y is the old, short array
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("alias: " + e.getMessage());
        }
        Object o = new int[3];
        if (o instanceof int[]) {
            int[] z = (int[]) o;
            z[2] = 4;
            total += z[2];
        }
        o = "not an array";
        System.out.println(o + " " + total);
        int[] w = new int[1];
        try {
            w[(w = new int[8]).length - 1] = 3;   // the old array is indexed: the JVM evaluates it first
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("reassigned in the index: " + e.getMessage());
        }
        System.out.println("w " + w.length);
    }
}
