// Arrays of every primitive kind: default values, stores with implicit narrowing, length,
// clone (a copy, not a view), System.arraycopy including overlapping ranges, Arrays.toString
// for each kind, array class names, and the checksums of element-wise loops.
import java.util.Arrays;

public class Main {
    public static void main(String[] args) {
        boolean[] z = new boolean[3];
        byte[] b = new byte[4];
        short[] s = new short[4];
        char[] c = new char[3];
        int[] i = new int[5];
        long[] l = new long[3];
        float[] f = new float[3];
        double[] d = new double[3];
        System.out.println(Arrays.toString(z) + Arrays.toString(b) + Arrays.toString(s) + (int) c[0]
                + Arrays.toString(i) + Arrays.toString(l) + Arrays.toString(f) + Arrays.toString(d));

        z[1] = true;
        for (int k = 0; k < b.length; k++) {
            b[k] = (byte) (k * 100);
            s[k] = (short) (k * 20000);
        }
        c[0] = 'J';
        c[1] = (char) ('a' + 25);
        c[2] = '\u00e9';
        for (int k = 0; k < i.length; k++) {
            i[k] = k * k - 3;
        }
        l[0] = Long.MAX_VALUE;
        l[1] = Long.MIN_VALUE;
        l[2] = 1L << 40;
        f[0] = 1.5f;
        f[1] = -0.0f;
        f[2] = 1e10f;
        d[0] = Math.PI;
        d[1] = Double.NEGATIVE_INFINITY;
        d[2] = 1e-300;
        System.out.println(Arrays.toString(z) + " " + Arrays.toString(b) + " " + Arrays.toString(s));
        System.out.println(Arrays.toString(c) + " " + (int) c[1] + " " + (int) c[2]);
        System.out.println(Arrays.toString(i) + " " + Arrays.toString(l));
        System.out.println(Arrays.toString(f) + " " + Arrays.toString(d));

        b[0] += 200; // compound assignment narrows
        s[1]++;
        c[0] += 2;
        System.out.println(b[0] + " " + s[1] + " " + c[0]);

        int[] copy = i.clone();
        copy[0] = 99;
        System.out.println(i[0] + " " + copy[0] + " " + (copy != i) + " " + copy.length);

        int[] seq = new int[10];
        for (int k = 0; k < seq.length; k++) {
            seq[k] = k;
        }
        System.arraycopy(seq, 0, seq, 3, 6); // overlapping, moves right
        System.out.println(Arrays.toString(seq));
        System.arraycopy(seq, 4, seq, 1, 5); // overlapping, moves left
        System.out.println(Arrays.toString(seq));
        char[] word = "abcdef".toCharArray();
        char[] dst = new char[8];
        System.arraycopy(word, 2, dst, 1, 4);
        System.out.println(new String(dst, 1, 4) + " " + (int) dst[0]);

        System.out.println(z.getClass().getName() + " " + b.getClass().getName() + " " + s.getClass().getName() + " "
                + c.getClass().getName() + " " + i.getClass().getName() + " " + l.getClass().getName() + " "
                + f.getClass().getName() + " " + d.getClass().getName());

        long sum = 0;
        int[] big = new int[10000];
        for (int k = 0; k < big.length; k++) {
            big[k] = (k * 31) ^ (k >>> 3);
        }
        for (int v : big) {
            sum = sum * 7 + v;
        }
        double dsum = 0;
        double[] dd = new double[1000];
        for (int k = 0; k < dd.length; k++) {
            dd[k] = k / 8.0;
            dsum += dd[k];
        }
        System.out.println("sum " + sum + " dsum " + dsum);
        int[] empty = new int[0];
        System.out.println(empty.length + " " + Arrays.toString(empty) + " " + Arrays.toString((int[]) null));
    }
}
