// Math functions whose results are exactly specified: sqrt, abs, floor, ceil, rint, round
// (half up, on floats and doubles, large and NaN values), pow with integer results, min/max
// with NaN and signed zeros, signum, copySign, and integer square roots via sqrt.
public class Main {
    public static void main(String[] args) {
        double[] xs = {0.0, -0.0, 1.0, 2.0, 4.0, 0.25, 1e10, 2.5, -2.5, 3.5, -3.5, 2.4999, -0.5, 0.5, 1e300, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -7.9, 7.1, 4503599627370497.0};
        for (double x : xs) {
            System.out.println(x + ": sqrt=" + Math.sqrt(x) + " abs=" + Math.abs(x) + " floor=" + Math.floor(x) + " ceil=" + Math.ceil(x)
                    + " rint=" + Math.rint(x) + " round=" + Math.round(x) + " roundf=" + Math.round((float) x) + " signum=" + Math.signum(x));
        }
        StringBuilder sb = new StringBuilder();
        for (int b = -3; b <= 3; b++) {
            for (int e = -2; e <= 4; e++) {
                sb.append(Math.pow(b, e)).append(' ');
            }
        }
        System.out.println(sb);
        System.out.println(Math.pow(2, 10) + " " + Math.pow(2, 62) + " " + Math.pow(10, 15) + " " + Math.pow(0, 0) + " " + Math.pow(Double.NaN, 0)
                + " " + Math.pow(-1, Double.POSITIVE_INFINITY) + " " + Math.pow(0, -1) + " " + Math.pow(-0.0, -1) + " " + Math.pow(4, 0.5)
                + " " + Math.pow(-8, 1.0 / 3));
        System.out.println(Math.min(1.0, Double.NaN) + " " + Math.max(Double.NaN, 1.0) + " " + Math.min(0.0, -0.0) + " " + Math.max(-0.0, 0.0)
                + " " + Math.min(-0.0f, 0.0f) + " " + Math.max(Float.NaN, 2f) + " " + Math.min(-5, 3) + " " + Math.max(-5L, 3L)
                + " " + Math.min(Integer.MIN_VALUE, 0) + " " + Math.abs(-2.5f) + " " + Math.abs(Long.MIN_VALUE));
        System.out.println(Math.copySign(3.0, -0.0) + " " + Math.copySign(-2.0, 1.0) + " " + Math.signum(-0.0) + " " + Math.signum(-3f)
                + " " + Math.abs(-0.0f) + " " + Math.floor(-1e-300) + " " + Math.ceil(1e-300));
        long sumRoots = 0;
        for (long n = 0; n < 200000; n += 7) {
            long r = (long) Math.sqrt(n);
            if (r * r > n || (r + 1) * (r + 1) <= n) {
                System.out.println("bad root " + n);
            }
            sumRoots += r;
        }
        System.out.println("roots " + sumRoots);
        System.out.println(Math.round(0.49999999999999994) + " " + Math.round(-0.5) + " " + Math.round(Long.MAX_VALUE * 2.0) + " "
                + Math.round(-1e20) + " " + Math.round(Float.NaN) + " " + Math.round(2.5f) + " " + Math.round(1e10f) + " " + Math.round(-2.5f));
        System.out.println(Math.floorDiv(-9, 4) + " " + Math.ceil(-0.4) + " " + Math.floor(-0.0) + " " + Math.sqrt(-1) + " " + Math.sqrt(2) * Math.sqrt(2)
                + " " + StrictMath.sqrt(144) + " " + Math.toIntExact(77L) + " " + Math.ulp(1.0) + " " + Math.nextUp(1.0) + " " + Math.scalb(3.0, 4));
    }
}
