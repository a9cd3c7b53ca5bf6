// java.util.Arrays: sort of every primitive kind (with -0.0 and NaN ordering for doubles),
// sort of ranges, sort of objects with and without comparators (stable), binarySearch hits and
// misses (insertion points), fill (whole and ranges), asList (fixed size, write-through),
// toString/deepToString, equals/deepEquals, hashCode/deepHashCode, copyOf and copyOfRange
// (padding), and setAll.
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        int[] ints = new int[30];
        long seed = 12345;
        for (int i = 0; i < ints.length; i++) {
            seed = (seed * 1103515245 + 12345) & 0x7fffffff;
            ints[i] = (int) (seed % 200) - 100;
        }
        int[] copy = ints.clone();
        Arrays.sort(ints);
        System.out.println(Arrays.toString(ints));
        System.out.println(Arrays.binarySearch(ints, ints[7]) + " " + Arrays.binarySearch(ints, 1000) + " " + Arrays.binarySearch(ints, -1000)
                + " " + Arrays.binarySearch(ints, 5, 15, ints[10]));
        Arrays.sort(copy, 10, 20);
        System.out.println(Arrays.toString(copy));
        double[] ds = {3.5, -0.0, Double.NaN, 0.0, -1e10, Double.POSITIVE_INFINITY, 2.25, Double.NEGATIVE_INFINITY, 0.0, -0.0};
        Arrays.sort(ds);
        System.out.println(Arrays.toString(ds));
        float[] fs = {1.5f, Float.NaN, -2f, 0f, -0f};
        Arrays.sort(fs);
        long[] ls = {5L, Long.MIN_VALUE, 0, Long.MAX_VALUE, -5};
        Arrays.sort(ls);
        char[] cs = "sorting characters".toCharArray();
        Arrays.sort(cs);
        byte[] bs = {5, -128, 127, 0, -1};
        Arrays.sort(bs);
        short[] ss = {300, -300, 0, 7};
        Arrays.sort(ss);
        System.out.println(Arrays.toString(fs) + " " + Arrays.toString(ls) + " [" + new String(cs) + "] " + Arrays.toString(bs) + " " + Arrays.toString(ss));

        String[] words = {"delta", "Alpha", "charlie", "bravo", "echo", "alpha", "Delta"};
        String[] w1 = words.clone();
        Arrays.sort(w1);
        String[] w2 = words.clone();
        Arrays.sort(w2, String.CASE_INSENSITIVE_ORDER);
        String[] w3 = words.clone();
        Arrays.sort(w3, Comparator.comparing(String::length));
        System.out.println(Arrays.toString(w1) + " " + Arrays.toString(w2) + " " + Arrays.toString(w3));
        System.out.println(Arrays.binarySearch(w1, "bravo") + " " + Arrays.binarySearch(w1, "zulu") + " " + Arrays.binarySearch(w2, "DELTA", String.CASE_INSENSITIVE_ORDER));

        int[] filled = new int[8];
        Arrays.fill(filled, 7);
        Arrays.fill(filled, 2, 5, -1);
        boolean[] flags = new boolean[4];
        Arrays.fill(flags, true);
        Object[] objs = new Object[3];
        Arrays.fill(objs, "o");
        System.out.println(Arrays.toString(filled) + " " + Arrays.toString(flags) + " " + Arrays.toString(objs));

        List<String> view = Arrays.asList(words);
        view.set(0, "DELTA!");
        System.out.println(words[0] + " " + view.size() + " " + view.indexOf("echo") + " " + view.contains("bravo"));
        try {
            view.add("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("asList is fixed-size");
        }
        int[][] grid = {{1, 2}, {3, 4}};
        int[][] grid2 = {{1, 2}, {3, 4}};
        System.out.println(Arrays.equals(grid, grid2) + " " + Arrays.deepEquals(grid, grid2) + " " + Arrays.equals(new int[] {1, 2}, new int[] {1, 2})
                + " " + Arrays.hashCode(new int[] {1, 2}) + " " + Arrays.deepHashCode(grid) + " " + Arrays.hashCode(new String[] {"a", null})
                + " " + Arrays.hashCode(new double[] {1.5, -0.0}) + " " + Arrays.hashCode(new long[] {1L << 33}) + " " + Arrays.hashCode(new boolean[] {true, false}));
        int[] grown = Arrays.copyOf(new int[] {1, 2, 3}, 6);
        int[] shrunk = Arrays.copyOf(grown, 2);
        String[] range = Arrays.copyOfRange(words, 2, 9);
        char[] crange = Arrays.copyOfRange("abcdef".toCharArray(), 1, 4);
        System.out.println(Arrays.toString(grown) + " " + Arrays.toString(shrunk) + " " + Arrays.toString(range) + " " + new String(crange));
        long[] squares = new long[10];
        Arrays.setAll(squares, i -> (long) i * i * i);
        System.out.println(Arrays.toString(squares) + " " + Arrays.asList(1, 2, 3) + " " + Arrays.toString(new Object[] {null, "x", 1}));
        Integer[] boxed = {5, 3, 9, 1, 7, 3};
        Arrays.sort(boxed, Comparator.reverseOrder());
        System.out.println(Arrays.toString(boxed));
        int[] big = new int[100000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (int) ((i * 2654435761L) % 1000003);
        }
        Arrays.sort(big);
        long check = 0;
        for (int i = 0; i < big.length; i += 1000) {
            check = check * 31 + big[i];
        }
        System.out.println("big sort " + check + " " + big[0] + " " + big[big.length - 1]);
    }
}
