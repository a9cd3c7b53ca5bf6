// java.util.Random with fixed seeds: nextInt, nextInt(bound) for powers of two and others,
// nextLong, nextDouble, nextFloat, nextBoolean, nextGaussian, nextBytes, setSeed, and a
// Monte Carlo estimate; all sequences are fully determined by the seed.
import java.util.Arrays;
import java.util.Random;

public class Main {
    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            sb.append(r.nextInt()).append(' ');
        }
        System.out.println(sb);
        sb.setLength(0);
        for (int bound : new int[] {1, 2, 10, 16, 100, 1000, 1 << 30, Integer.MAX_VALUE, 7, 65536}) {
            sb.append(r.nextInt(bound)).append(' ');
        }
        System.out.println(sb);
        System.out.println(r.nextLong() + " " + r.nextLong() + " " + r.nextDouble() + " " + r.nextDouble() + " " + r.nextFloat() + " " + r.nextBoolean()
                + " " + r.nextBoolean());
        sb.setLength(0);
        for (int i = 0; i < 6; i++) {
            sb.append(r.nextGaussian()).append(' ');
        }
        System.out.println(sb);
        byte[] bytes = new byte[10];
        r.nextBytes(bytes);
        System.out.println(Arrays.toString(bytes));
        r.setSeed(7);
        int a = r.nextInt(1000);
        r.setSeed(7);
        System.out.println(a + " " + r.nextInt(1000) + " " + new Random(0).nextInt() + " " + new Random(-1L).nextLong());
        try {
            r.nextInt(0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Random mc = new Random(2024);
        int inside = 0;
        int n = 200000;
        for (int i = 0; i < n; i++) {
            double x = mc.nextDouble(), y = mc.nextDouble();
            if (x * x + y * y <= 1) {
                inside++;
            }
        }
        System.out.println("pi ~ " + 4.0 * inside / n + " (" + inside + ")");
        int[] hist = new int[10];
        Random g = new Random(99);
        double sum = 0, sumSq = 0;
        for (int i = 0; i < 10000; i++) {
            double v = g.nextGaussian();
            sum += v;
            sumSq += v * v;
            int bucket = (int) Math.floor(v + 5);
            if (bucket >= 0 && bucket < 10) {
                hist[bucket]++;
            }
        }
        // Printed to 12 places: nextGaussian uses StrictMath.log, and the core library's log
        // is correctly rounded where fdlibm's is not, so a sum of 10000 of them can differ
        // from the JVM's in the last bits (README: known differences).
        System.out.println(Arrays.toString(hist) + " mean=" + String.format("%.12f", sum / 10000)
                + " var=" + String.format("%.12f", sumSq / 10000));
        Random dice = new Random(1);
        int[] faces = new int[6];
        for (int i = 0; i < 6000; i++) {
            faces[dice.nextInt(6)]++;
        }
        System.out.println(Arrays.toString(faces));
    }
}
