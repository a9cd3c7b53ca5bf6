// Threads allocating while others collect: four threads build and check binary trees in a
// small heap (so collections are frequent and happen while the other threads run), each
// keeps one long-lived tree, and one thread also calls System.gc(). A collection must stop
// every thread and scan every stack: a lost object shows as a wrong check or a crash.
public class Main {
    static final class Node {
        final Node left, right;
        final int value;

        Node(Node left, Node right, int value) {
            this.left = left;
            this.right = right;
            this.value = value;
        }
    }

    static Node grow(int depth, int value) {
        return depth == 0 ? new Node(null, null, value) : new Node(grow(depth - 1, 2 * value), grow(depth - 1, 2 * value + 1), value);
    }

    static long check(Node n) {
        return n == null ? 0 : n.value + check(n.left) + check(n.right);
    }

    public static void main(String[] args) throws Exception {
        int threads = 4;
        long[] results = new long[threads];
        Thread[] ts = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            final int k = i;
            ts[i] = new Thread(() -> {
                Node keep = grow(12, k + 1);
                long total = 0;
                for (int round = 0; round < 300; round++) {
                    total += check(grow(8, round));
                    if (k == 0 && round % 50 == 0) {
                        System.gc();
                    }
                }
                results[k] = total + check(keep);
            }, "worker-" + i);
            ts[i].start();
        }
        long mine = 0;
        for (int round = 0; round < 200; round++) {
            mine += check(grow(6, round)) % 1000;
        }
        for (Thread t : ts) {
            t.join();
        }
        for (int i = 0; i < threads; i++) {
            System.out.println(ts[i].getName() + ": " + results[i]);
        }
        System.out.println("main: " + mine);
    }
}
