// Benchmark in the style of the Benchmarks Game's mandelbrot: computes the n x n bitmap of
// the Mandelbrot set over [-1.5,0.5] x [-1,1] (50 iterations, escape radius 2), packed 8
// pixels a byte as the PBM format would, but prints only the size, the number of points in
// the set and an FNV-1a checksum of the packed bytes instead of the bitmap.
public class Main {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rowBytes = (n + 7) / 8;
        long inside = 0;
        long hash = 0xCBF29CE484222325L;
        double inv = 2.0 / n;
        for (int y = 0; y < n; y++) {
            double ci = y * inv - 1.0;
            for (int xb = 0; xb < rowBytes; xb++) {
                int bits = 0;
                for (int bit = 0; bit < 8; bit++) {
                    int x = xb * 8 + bit;
                    bits <<= 1;
                    if (x >= n) {
                        continue;
                    }
                    double cr = x * inv - 1.5;
                    double zr = 0, zi = 0, tr = 0, ti = 0;
                    int i = 0;
                    while (i < 50 && tr + ti <= 4.0) {
                        zi = 2.0 * zr * zi + ci;
                        zr = tr - ti + cr;
                        tr = zr * zr;
                        ti = zi * zi;
                        i++;
                    }
                    if (tr + ti <= 4.0) {
                        bits |= 1;
                        inside++;
                    }
                }
                hash ^= bits & 0xFF;
                hash *= 0x100000001B3L;
            }
        }
        System.out.println("P4 " + n + " " + n);
        System.out.println("inside " + inside + " checksum " + Long.toHexString(hash));
    }
}
