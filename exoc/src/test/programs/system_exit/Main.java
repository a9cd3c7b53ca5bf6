// System.exit with a non-zero status from inside a try with a finally block (which must not
// run) after some output; the harness compares the exit status.
public class Main {
    static int check(int[] data) {
        int bad = 0;
        for (int v : data) {
            if (v < 0) {
                bad++;
            }
        }
        return bad;
    }

    public static void main(String[] args) {
        int[] data = {3, -1, 4, -1, 5, -9, 2, 6};
        int bad = check(data);
        System.out.println("bad values: " + bad);
        try {
            if (bad > 0) {
                System.out.println("exiting with status " + (bad + 10));
                System.exit(bad + 10);
            }
        } finally {
            System.out.println("finally must not print");
        }
        System.out.println("not reached");
    }
}
