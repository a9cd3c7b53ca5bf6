// Benchmark in the style of the Benchmarks Game's multi-threaded binary-trees: the trees of
// each depth are built and checked by a task of a fixed thread pool (one thread per
// processor), while one long-lived tree stays reachable; results are printed in depth
// order once every task is done. The argument is the maximum depth.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class Main {
    // Four workers (the Benchmarks Game programs ask Runtime.availableProcessors(), which
    // the core library gains with the java.lang.Runtime work of issue 14).
    static final int THREADS = 4;

    static final class Node {
        final Node left, right;

        Node(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        int check() {
            return left == null ? 1 : 1 + left.check() + right.check();
        }
    }

    static Node grow(int depth) {
        return depth == 0 ? new Node(null, null) : new Node(grow(depth - 1), grow(depth - 1));
    }

    public static void main(String[] args) throws Exception {
        int minDepth = 4;
        int maxDepth = Math.max(minDepth + 2, args.length > 0 ? Integer.parseInt(args[0]) : 10);
        int stretch = maxDepth + 1;
        System.out.println("stretch tree of depth " + stretch + "\t check: " + grow(stretch).check());
        Node longLived = grow(maxDepth);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<String>> rows = new ArrayList<>();
        for (int d = minDepth; d <= maxDepth; d += 2) {
            final int depth = d;
            rows.add(pool.submit(() -> {
                int iterations = 1 << (maxDepth - depth + minDepth);
                int check = 0;
                for (int i = 0; i < iterations; i++) {
                    check += grow(depth).check();
                }
                return iterations + "\t trees of depth " + depth + "\t check: " + check;
            }));
        }
        for (Future<String> row : rows) {
            System.out.println(row.get());
        }
        pool.shutdown();
        System.out.println("long lived tree of depth " + maxDepth + "\t check: " + longLived.check());
    }
}
