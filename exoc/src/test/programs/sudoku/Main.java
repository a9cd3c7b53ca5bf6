// A sudoku solver: backtracking with bit masks for rows, columns and boxes, choosing the cell
// with the fewest candidates first; solves three puzzles and prints the grids and the number
// of search steps.
public class Main {
    private final int[] cells = new int[81];
    private final int[] rows = new int[9], cols = new int[9], boxes = new int[9];
    private long steps;

    Main(String puzzle) {
        for (int i = 0; i < 81; i++) {
            char c = puzzle.charAt(i);
            if (c >= '1' && c <= '9') {
                place(i, c - '0');
            }
        }
    }

    private static int box(int i) {
        return (i / 27) * 3 + (i % 9) / 3;
    }

    private void place(int i, int d) {
        cells[i] = d;
        int bit = 1 << d;
        rows[i / 9] |= bit;
        cols[i % 9] |= bit;
        boxes[box(i)] |= bit;
    }

    private void clear(int i) {
        int bit = ~(1 << cells[i]);
        rows[i / 9] &= bit;
        cols[i % 9] &= bit;
        boxes[box(i)] &= bit;
        cells[i] = 0;
    }

    boolean solve() {
        steps++;
        int best = -1, bestCount = 10, bestFree = 0;
        for (int i = 0; i < 81; i++) {
            if (cells[i] == 0) {
                int free = ~(rows[i / 9] | cols[i % 9] | boxes[box(i)]) & 0x3FE;
                int n = Integer.bitCount(free);
                if (n < bestCount) {
                    best = i;
                    bestCount = n;
                    bestFree = free;
                    if (n <= 1) {
                        break;
                    }
                }
            }
        }
        if (best < 0) {
            return true;
        }
        for (int d = 1; d <= 9; d++) {
            if ((bestFree & (1 << d)) != 0) {
                place(best, d);
                if (solve()) {
                    return true;
                }
                clear(best);
            }
        }
        return false;
    }

    String render() {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < 9; r++) {
            if (r % 3 == 0 && r > 0) {
                sb.append("------+-------+------\n");
            }
            for (int c = 0; c < 9; c++) {
                if (c % 3 == 0 && c > 0) {
                    sb.append("| ");
                }
                sb.append(cells[r * 9 + c]).append(c == 8 ? "" : " ");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String[] puzzles = {
            "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
            "..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..",
            "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..",
            // row 0 holds 1-8 and column 8 holds a 9 further down: cell 8 has no candidate
            "12345678.........9..............................................................."};
        for (String p : puzzles) {
            Main s = new Main(p);
            boolean ok = s.solve();
            System.out.println("solved=" + ok + " steps=" + s.steps);
            if (ok) {
                System.out.print(s.render());
            }
        }
    }
}
