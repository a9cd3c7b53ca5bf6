// Multi-dimensional arrays: rectangular int[][] from one new, jagged rows of different
// lengths, a 3-D long array, partially allocated dimensions (new int[3][]), arrays of
// arrays of objects, Arrays.deepToString, and clone of the outer array being shallow.
import java.util.Arrays;

public class Main {
    public static void main(String[] args) {
        int[][] grid = new int[4][5];
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 5; c++) {
                grid[r][c] = r * 10 + c;
            }
        }
        System.out.println(Arrays.deepToString(grid));
        System.out.println(grid.length + " " + grid[0].length + " " + grid.getClass().getName());

        int[][] jag = new int[5][];
        for (int r = 0; r < jag.length; r++) {
            jag[r] = new int[r + 1];
            jag[r][0] = jag[r][r] = 1;
            for (int c = 1; c < r; c++) {
                jag[r][c] = jag[r - 1][c - 1] + jag[r - 1][c];
            }
        }
        System.out.println(Arrays.deepToString(jag));

        long[][][] cube = new long[3][4][2];
        long n = 0;
        for (long[][] plane : cube) {
            for (long[] row : plane) {
                for (int k = 0; k < row.length; k++) {
                    row[k] = n * n;
                    n++;
                }
            }
        }
        long total = 0;
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 4; b++) {
                total += cube[a][b][0] - cube[a][b][1];
            }
        }
        System.out.println("cube " + total + " " + cube[2][3][1] + " " + cube.getClass().getName());
        System.out.println(Arrays.deepToString(cube[1]));

        int[][][] partial = new int[2][3][];
        System.out.println(partial[1][2] + " " + partial[0].length);
        partial[1][2] = new int[] {7, 8};
        System.out.println(Arrays.deepToString(partial));

        String[][] names = {{"a", "b"}, {}, {"c", null, "e"}};
        System.out.println(Arrays.deepToString(names) + " " + names[2].length + " " + names.getClass().getName());

        int[][] shallow = grid.clone();
        shallow[0][0] = -1;
        shallow[1] = new int[] {42};
        System.out.println(grid[0][0] + " " + grid[1].length + " " + shallow[1].length);

        char[][] board = new char[3][3];
        for (char[] row : board) {
            Arrays.fill(row, '.');
        }
        board[1][1] = 'X';
        board[0][2] = 'O';
        for (char[] row : board) {
            System.out.println(new String(row));
        }
        double[][] m = {{1, 2}, {3, 4}};
        double[][] t = new double[2][2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                t[j][i] = m[i][j];
            }
        }
        System.out.println(Arrays.deepToString(t));
        Object[] mixed = {new int[] {1}, new String[] {"s"}, new int[][] {{2}}, "plain", null};
        System.out.println(Arrays.deepToString(mixed));
    }
}
