// Benchmark in the style of the Benchmarks Game's multi-threaded mandelbrot: the rows of an
// n x n image of the Mandelbrot set are computed by worker threads taking rows from an atomic
// counter, each row packed 8 pixels a byte as in the PBM output; the program prints the
// header and a checksum of the bitmap instead of the bitmap.
import java.util.concurrent.atomic.AtomicInteger;

public class Main {
    // Four workers (the Benchmarks Game programs ask Runtime.availableProcessors(), which
    // the core library gains with the java.lang.Runtime work of issue 14).
    static final int THREADS = 4;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int bytesPerRow = (n + 7) / 8;
        byte[][] rows = new byte[n][bytesPerRow];
        AtomicInteger nextRow = new AtomicInteger();
        Thread[] ts = new Thread[THREADS];
        for (int t = 0; t < ts.length; t++) {
            ts[t] = new Thread(() -> {
                for (int y; (y = nextRow.getAndIncrement()) < n; ) {
                    row(rows[y], y, n);
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        long sum = 0;
        for (byte[] r : rows) {
            for (byte b : r) {
                sum = sum * 31 + (b & 0xff);
            }
        }
        System.out.println("P4\n" + n + " " + n);
        System.out.println("checksum " + sum);
    }

    static void row(byte[] out, int y, int n) {
        double ci = 2.0 * y / n - 1.0;
        int bits = 0, bit = 0x80, k = 0;
        for (int x = 0; x < n; x++) {
            double cr = 2.0 * x / n - 1.5;
            double zr = 0, zi = 0;
            boolean inside = true;
            for (int i = 0; i < 50; i++) {
                double t = zr * zr - zi * zi + cr;
                zi = 2.0 * zr * zi + ci;
                zr = t;
                if (zr * zr + zi * zi > 4.0) {
                    inside = false;
                    break;
                }
            }
            if (inside) {
                bits |= bit;
            }
            bit >>= 1;
            if (bit == 0 || x == n - 1) {
                out[k++] = (byte) bits;
                bits = 0;
                bit = 0x80;
            }
        }
    }
}
