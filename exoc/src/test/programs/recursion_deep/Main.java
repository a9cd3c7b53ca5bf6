// Deep recursion (5000 frames, within any sane stack), mutual recursion, recursion returning
// long and double values, Ackermann for small arguments, recursive descent on a linked
// structure, and an exception unwinding 3000 frames with finally blocks counting the unwind.
public class Main {
    static int depthSum(int n) {
        return n == 0 ? 0 : n + depthSum(n - 1);
    }

    static boolean isEven(int n) {
        return n == 0 || isOdd(n - 1);
    }

    static boolean isOdd(int n) {
        return n != 0 && isEven(n - 1);
    }

    static long ackermann(long m, long n) {
        if (m == 0) {
            return n + 1;
        }
        if (n == 0) {
            return ackermann(m - 1, 1);
        }
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    static double harmonic(int n) {
        return n == 0 ? 0 : 1.0 / n + harmonic(n - 1);
    }

    static int unwound;

    static int thrower(int n) {
        try {
            if (n == 0) {
                throw new IllegalStateException("bottom reached");
            }
            return thrower(n - 1) + 1;
        } finally {
            unwound++;
        }
    }

    static class Node {
        final int value;
        final Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }

        int length() {
            return next == null ? 1 : 1 + next.length();
        }

        long weighted(int pos) {
            return (long) value * pos + (next == null ? 0 : next.weighted(pos + 1));
        }
    }

    static long fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static int hanoi(int n, char from, char to, char via, StringBuilder moves) {
        if (n == 0) {
            return 0;
        }
        int c = hanoi(n - 1, from, via, to, moves);
        if (moves.length() < 60) {
            moves.append(from).append(to).append(' ');
        }
        return c + 1 + hanoi(n - 1, via, to, from, moves);
    }

    public static void main(String[] args) {
        System.out.println(depthSum(5000) + " " + isEven(4000) + " " + isOdd(3001) + " " + harmonic(5000));
        System.out.println(ackermann(2, 3) + " " + ackermann(3, 3) + " " + ackermann(3, 5));
        Node list = null;
        for (int i = 0; i < 4000; i++) {
            list = new Node(i % 10, list);
        }
        System.out.println(list.length() + " " + list.weighted(1));
        try {
            thrower(3000);
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage() + " unwound " + unwound);
        }
        System.out.println(fib(25));
        StringBuilder moves = new StringBuilder();
        System.out.println(hanoi(16, 'A', 'C', 'B', moves) + " " + moves);
    }
}
