// Benchmark in the style of the Benchmarks Game's pi-digits: the first N digits of pi from
// Gibbons' unbounded spigot on java.math.BigInteger, printed ten to a line followed by a tab,
// a colon and the count (the last line padded with spaces).
import java.math.BigInteger;

public class Main {
    static BigInteger q = BigInteger.ONE, r = BigInteger.ZERO, t = BigInteger.ONE;
    static int k = 0;

    /** floor((q * x + r) / t). */
    static int extract(int x) {
        return q.multiply(BigInteger.valueOf(x)).add(r).divide(t).intValue();
    }

    /** Consumes the next term of the series: (q, r, t) times the matrix (k, 4k+2; 0, 2k+1). */
    static void next() {
        k++;
        BigInteger k2 = BigInteger.valueOf(2L * k + 1);
        r = q.shiftLeft(1).add(r).multiply(k2);
        q = q.multiply(BigInteger.valueOf(k));
        t = t.multiply(k2);
    }

    /** Takes digit d out: (q, r) times 10 after subtracting d * t. */
    static void produce(int d) {
        r = r.subtract(t.multiply(BigInteger.valueOf(d))).multiply(BigInteger.TEN);
        q = q.multiply(BigInteger.TEN);
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        StringBuilder line = new StringBuilder();
        StringBuilder out = new StringBuilder();
        int printed = 0;
        while (printed < n) {
            next();
            if (q.compareTo(r) > 0) {
                continue;   // the next digit is not determined yet
            }
            int d = extract(3);
            if (d != extract(4)) {
                continue;
            }
            line.append((char) ('0' + d));
            printed++;
            if (printed % 10 == 0) {
                out.append(line).append("\t:").append(printed).append('\n');
                line.setLength(0);
            }
            produce(d);
        }
        if (line.length() > 0) {
            out.append(line).append(" ".repeat(10 - line.length())).append("\t:").append(printed).append('\n');
        }
        System.out.print(out);
    }
}
