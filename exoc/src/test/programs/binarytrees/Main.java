// Benchmark in the style of the Benchmarks Game's binary-trees: allocates and checks many
// complete binary trees of growing depth while one long-lived tree stays reachable. The
// argument is the maximum depth (corpus: small; bench/binarytrees.args: large).
public class Main {
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

    public static void main(String[] args) {
        int minDepth = 4;
        int maxDepth = Math.max(minDepth + 2, args.length > 0 ? Integer.parseInt(args[0]) : 10);
        int stretch = maxDepth + 1;
        System.out.println("stretch tree of depth " + stretch + "\t check: " + grow(stretch).check());
        Node longLived = grow(maxDepth);
        for (int depth = minDepth; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + minDepth);
            int check = 0;
            for (int i = 0; i < iterations; i++) {
                check += grow(depth).check();
            }
            System.out.println(iterations + "\t trees of depth " + depth + "\t check: " + check);
        }
        System.out.println("long lived tree of depth " + maxDepth + "\t check: " + longLived.check());
    }
}
