// System.arraycopy over every length from 0 to 80 elements and every shift from -9 to 9
// within one array (overlapping both ways) and between two arrays, for 1-, 2-, 4- and 8-byte
// elements and references: exoc copies small blocks inline with loads and stores of several
// sizes (exo_arraycopy), so each size class and overlap is checked against the JVM here,
// together with the exceptions of the out-of-range and mismatched cases.
public class Main {
    static long hash = 17;

    static void mix(long v) {
        hash = hash * 31 + v;
    }

    public static void main(String[] args) {
        for (int len = 0; len <= 80; len++) {
            for (int shift = -9; shift <= 9; shift++) {
                int src = 10, dst = 10 + shift;
                byte[] b = new byte[100];
                char[] c = new char[100];
                int[] i = new int[100];
                long[] l = new long[100];
                String[] s = new String[100];
                for (int k = 0; k < 100; k++) {
                    b[k] = (byte) k;
                    c[k] = (char) (k * 7);
                    i[k] = k * 1000003;
                    l[k] = k * 0x100000001L;
                    s[k] = k % 3 == 0 ? null : "s" + k;
                }
                System.arraycopy(b, src, b, dst, len);
                System.arraycopy(c, src, c, dst, len);
                System.arraycopy(i, src, i, dst, len);
                System.arraycopy(l, src, l, dst, len);
                System.arraycopy(s, src, s, dst, len);
                int[] other = new int[100];
                System.arraycopy(i, shift + 9, other, 3, len);
                for (int k = 0; k < 100; k++) {
                    mix(b[k]);
                    mix(c[k]);
                    mix(i[k]);
                    mix(l[k]);
                    mix(s[k] == null ? -1 : s[k].hashCode());
                    mix(other[k]);
                }
            }
        }
        System.out.println("hash " + hash);
        Object[] cases = {new int[4], new long[4], new Object[4], "x", null};
        for (Object from : cases) {
            for (Object to : cases) {
                try {
                    System.arraycopy(from, 1, to, 0, 3);
                    System.out.println("copied");
                } catch (RuntimeException e) {
                    System.out.println(e.getClass().getName() + ": " + e.getMessage());
                }
            }
        }
        int[] small = new int[4];
        int[][] bad = {{-1, 0, 1}, {0, -1, 1}, {0, 0, -1}, {2, 0, 3}, {0, 2, 3}, {4, 4, 0}, {5, 0, 0}};
        for (int[] a : bad) {
            try {
                System.arraycopy(small, a[0], small, a[1], a[2]);
                System.out.println("copied " + a[2]);
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println(e.getMessage());
            }
        }
    }
}
