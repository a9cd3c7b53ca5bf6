// N-queens: counts all solutions for n = 1..10 with bitmask backtracking, prints the first
// solution for n = 8 as a board, and counts solutions symmetric under 180-degree rotation
// with an array-based solver.
public class Main {
    static int count(int n, int row, int cols, int diag1, int diag2) {
        if (row == n) {
            return 1;
        }
        int total = 0;
        int free = ~(cols | diag1 | diag2) & ((1 << n) - 1);
        while (free != 0) {
            int bit = free & -free;
            free -= bit;
            total += count(n, row + 1, cols | bit, (diag1 | bit) << 1, (diag2 | bit) >>> 1);
        }
        return total;
    }

    static boolean first(int[] pos, int row) {
        int n = pos.length;
        if (row == n) {
            return true;
        }
        for (int c = 0; c < n; c++) {
            boolean ok = true;
            for (int r = 0; r < row; r++) {
                if (pos[r] == c || Math.abs(pos[r] - c) == row - r) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                pos[row] = c;
                if (first(pos, row + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    static int symmetric(int[] pos, int row) {
        int n = pos.length;
        if (row == n) {
            for (int r = 0; r < n; r++) {
                if (pos[n - 1 - r] != n - 1 - pos[r]) {
                    return 0;
                }
            }
            return 1;
        }
        int total = 0;
        for (int c = 0; c < n; c++) {
            boolean ok = true;
            for (int r = 0; r < row && ok; r++) {
                ok = pos[r] != c && Math.abs(pos[r] - c) != row - r;
            }
            if (ok) {
                pos[row] = c;
                total += symmetric(pos, row + 1);
            }
        }
        return total;
    }

    public static void main(String[] args) {
        for (int n = 1; n <= 10; n++) {
            System.out.print(count(n, 0, 0, 0, 0) + (n < 10 ? " " : "\n"));
        }
        int[] pos = new int[8];
        first(pos, 0);
        for (int r = 0; r < 8; r++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < 8; c++) {
                sb.append(pos[r] == c ? 'Q' : '.');
            }
            System.out.println(sb);
        }
        System.out.println("symmetric(8)=" + symmetric(new int[8], 0) + " symmetric(9)=" + symmetric(new int[9], 0));
    }
}
