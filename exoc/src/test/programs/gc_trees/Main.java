// Allocation-heavy: builds and drops complete binary trees of depth 18 (about 16 MiB each)
// many times under a 64 MiB heap, so it only finishes if the collector reclaims the dropped
// trees; a long-lived tree stays reachable throughout and is checked at the end.
public class Main {
    static final class Tree {
        Tree left, right;
        int value;

        Tree(Tree left, Tree right, int value) {
            this.left = left;
            this.right = right;
            this.value = value;
        }
    }

    static Tree build(int depth, int value) {
        if (depth == 0) {
            return new Tree(null, null, value);
        }
        return new Tree(build(depth - 1, 2 * value), build(depth - 1, 2 * value + 1), value);
    }

    static long check(Tree t) {
        long sum = t.value;
        if (t.left != null) {
            sum += check(t.left) - check(t.right);
        }
        return sum;
    }

    static int count(Tree t) {
        return t == null ? 0 : 1 + count(t.left) + count(t.right);
    }

    public static void main(String[] args) {
        Tree longLived = build(16, 1);
        long total = 0;
        for (int round = 0; round < 8; round++) {
            Tree t = build(18, round);
            long c = check(t);
            total += c;
            System.out.println("round " + round + " nodes " + count(t) + " check " + c);
        }
        System.out.println("total " + total);
        System.out.println("long lived " + count(longLived) + " check " + check(longLived));
    }
}
