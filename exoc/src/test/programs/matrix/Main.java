// Matrix arithmetic: integer and double matrix multiplication (naive and transposed loop
// orders must agree), identity and transpose checks, Gaussian elimination determinant with
// partial pivoting, matrix power by repeated squaring (Fibonacci numbers mod a prime), and
// printf-formatted output.
public class Main {
    static long[][] mulMod(long[][] a, long[][] b, long mod) {
        int n = a.length;
        long[][] c = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                for (int j = 0; j < n; j++) {
                    c[i][j] = (c[i][j] + a[i][k] * b[k][j]) % mod;
                }
            }
        }
        return c;
    }

    static double[][] mul(double[][] a, double[][] b) {
        int n = a.length, m = b[0].length, p = b.length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int k = 0; k < p; k++) {
                    s += a[i][k] * b[k][j];
                }
                c[i][j] = s;
            }
        }
        return c;
    }

    static double det(double[][] m) {
        int n = m.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = m[i].clone();
        }
        double d = 1;
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[piv][col])) {
                    piv = r;
                }
            }
            if (a[piv][col] == 0) {
                return 0;
            }
            if (piv != col) {
                double[] t = a[piv];
                a[piv] = a[col];
                a[col] = t;
                d = -d;
            }
            d *= a[col][col];
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c < n; c++) {
                    a[r][c] -= f * a[col][c];
                }
            }
        }
        return d;
    }

    public static void main(String[] args) {
        int n = 60;
        int[][] a = new int[n][n], b = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = (i * 7 + j * 3) % 11 - 5;
                b[i][j] = (i * j + 1) % 13 - 6;
            }
        }
        int[][] c1 = new int[n][n], c2 = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int s = 0;
                for (int k = 0; k < n; k++) {
                    s += a[i][k] * b[k][j];
                }
                c1[i][j] = s;
            }
        }
        int[][] bt = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                bt[j][i] = b[i][j];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int s = 0;
                int[] row = a[i], col = bt[j];
                for (int k = 0; k < n; k++) {
                    s += row[k] * col[k];
                }
                c2[i][j] = s;
            }
        }
        long trace = 0, sum = 0;
        boolean same = true;
        for (int i = 0; i < n; i++) {
            trace += c1[i][i];
            for (int j = 0; j < n; j++) {
                sum += (long) c1[i][j] * (i + 1);
                same &= c1[i][j] == c2[i][j];
            }
        }
        System.out.println("int product trace=" + trace + " weighted sum=" + sum + " same=" + same + " c[3][7]=" + c1[3][7]);
        double[][] h = new double[6][6];
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                h[i][j] = 1.0 / (i + j + 1);
            }
        }
        System.out.printf("hilbert det=%.6e%n", det(h));
        double[][] m = {{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}};
        System.out.println("det=" + det(m) + " det(m*m)=" + det(mul(m, m)) + " singular=" + det(new double[][] {{1, 2}, {2, 4}}));
        double[][] mm = mul(m, m);
        for (double[] row : mm) {
            System.out.printf("%6.1f %6.1f %6.1f%n", row[0], row[1], row[2]);
        }
        long[][] fib = {{1, 1}, {1, 0}};
        long[][] result = {{1, 0}, {0, 1}};
        long mod = 1_000_000_007L;
        for (long e = 1000; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = mulMod(result, fib, mod);
            }
            fib = mulMod(fib, fib, mod);
        }
        System.out.println("fib(1000) mod p = " + result[0][1]);
        double[][] rot = {{0, -1}, {1, 0}};
        double[][] r4 = mul(mul(rot, rot), mul(rot, rot));
        System.out.println("rot^4 = " + java.util.Arrays.deepToString(r4));
    }
}
