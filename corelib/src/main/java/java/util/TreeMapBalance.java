/*
 * Red-black balancing for TreeMap, the classic CLR algorithms: recolor and rotate after an
 * insertion, fix the black height after a deletion. Each function takes the current root and
 * returns the (possibly new) root. Null children count as black.
 */
package java.util;

final class TreeMapBalance {
    private TreeMapBalance() {
    }

    static final boolean RED = false;
    static final boolean BLACK = true;

    // Null-tolerant accessors keep the CLR fix-up code free of null checks (null is black).

    private static <K, V> boolean colorOf(TreeMap.Entry<K, V> p) {
        return (p == null ? BLACK : p.color);
    }

    private static <K, V> TreeMap.Entry<K, V> parentOf(TreeMap.Entry<K, V> p) {
        return (p == null ? null : p.parent);
    }

    private static <K, V> void setColor(TreeMap.Entry<K, V> p, boolean c) {
        if (p != null) {
            p.color = c;
        }
    }

    private static <K, V> TreeMap.Entry<K, V> leftOf(TreeMap.Entry<K, V> p) {
        return (p == null) ? null : p.left;
    }

    private static <K, V> TreeMap.Entry<K, V> rightOf(TreeMap.Entry<K, V> p) {
        return (p == null) ? null : p.right;
    }

    static <K, V> TreeMap.Entry<K, V> rotateLeft(TreeMap.Entry<K, V> root, TreeMap.Entry<K, V> p) {
        if (p == null) {
            return root;
        }
        TreeMap.Entry<K, V> r = p.right;
        p.right = r.left;
        if (r.left != null) {
            r.left.parent = p;
        }
        r.parent = p.parent;
        if (p.parent == null) {
            root = r;
        } else if (p.parent.left == p) {
            p.parent.left = r;
        } else {
            p.parent.right = r;
        }
        r.left = p;
        p.parent = r;
        return root;
    }

    static <K, V> TreeMap.Entry<K, V> rotateRight(TreeMap.Entry<K, V> root, TreeMap.Entry<K, V> p) {
        if (p == null) {
            return root;
        }
        TreeMap.Entry<K, V> l = p.left;
        p.left = l.right;
        if (l.right != null) {
            l.right.parent = p;
        }
        l.parent = p.parent;
        if (p.parent == null) {
            root = l;
        } else if (p.parent.right == p) {
            p.parent.right = l;
        } else {
            p.parent.left = l;
        }
        l.right = p;
        p.parent = l;
        return root;
    }

    static <K, V> TreeMap.Entry<K, V> fixAfterInsertion(TreeMap.Entry<K, V> root, TreeMap.Entry<K, V> x) {
        x.color = RED;
        while (x != null && x != root && x.parent.color == RED) {
            TreeMap.Entry<K, V> grand = parentOf(parentOf(x));
            if (parentOf(x) == leftOf(grand)) {
                TreeMap.Entry<K, V> uncle = rightOf(grand);
                if (colorOf(uncle) == RED) {
                    setColor(parentOf(x), BLACK);
                    setColor(uncle, BLACK);
                    setColor(grand, RED);
                    x = grand;
                } else {
                    if (x == rightOf(parentOf(x))) {
                        x = parentOf(x);
                        root = rotateLeft(root, x);
                    }
                    setColor(parentOf(x), BLACK);
                    setColor(parentOf(parentOf(x)), RED);
                    root = rotateRight(root, parentOf(parentOf(x)));
                }
            } else {
                TreeMap.Entry<K, V> uncle = leftOf(grand);
                if (colorOf(uncle) == RED) {
                    setColor(parentOf(x), BLACK);
                    setColor(uncle, BLACK);
                    setColor(grand, RED);
                    x = grand;
                } else {
                    if (x == leftOf(parentOf(x))) {
                        x = parentOf(x);
                        root = rotateRight(root, x);
                    }
                    setColor(parentOf(x), BLACK);
                    setColor(parentOf(parentOf(x)), RED);
                    root = rotateLeft(root, parentOf(parentOf(x)));
                }
            }
        }
        root.color = BLACK;
        return root;
    }

    static <K, V> TreeMap.Entry<K, V> fixAfterDeletion(TreeMap.Entry<K, V> root, TreeMap.Entry<K, V> x) {
        while (x != root && colorOf(x) == BLACK) {
            if (x == leftOf(parentOf(x))) {
                TreeMap.Entry<K, V> sib = rightOf(parentOf(x));
                if (colorOf(sib) == RED) {
                    setColor(sib, BLACK);
                    setColor(parentOf(x), RED);
                    root = rotateLeft(root, parentOf(x));
                    sib = rightOf(parentOf(x));
                }
                if (colorOf(leftOf(sib)) == BLACK && colorOf(rightOf(sib)) == BLACK) {
                    setColor(sib, RED);
                    x = parentOf(x);
                } else {
                    if (colorOf(rightOf(sib)) == BLACK) {
                        setColor(leftOf(sib), BLACK);
                        setColor(sib, RED);
                        root = rotateRight(root, sib);
                        sib = rightOf(parentOf(x));
                    }
                    setColor(sib, colorOf(parentOf(x)));
                    setColor(parentOf(x), BLACK);
                    setColor(rightOf(sib), BLACK);
                    root = rotateLeft(root, parentOf(x));
                    x = root;
                }
            } else {
                TreeMap.Entry<K, V> sib = leftOf(parentOf(x));
                if (colorOf(sib) == RED) {
                    setColor(sib, BLACK);
                    setColor(parentOf(x), RED);
                    root = rotateRight(root, parentOf(x));
                    sib = leftOf(parentOf(x));
                }
                if (colorOf(rightOf(sib)) == BLACK && colorOf(leftOf(sib)) == BLACK) {
                    setColor(sib, RED);
                    x = parentOf(x);
                } else {
                    if (colorOf(leftOf(sib)) == BLACK) {
                        setColor(rightOf(sib), BLACK);
                        setColor(sib, RED);
                        root = rotateLeft(root, sib);
                        sib = leftOf(parentOf(x));
                    }
                    setColor(sib, colorOf(parentOf(x)));
                    setColor(parentOf(x), BLACK);
                    setColor(leftOf(sib), BLACK);
                    root = rotateRight(root, parentOf(x));
                    x = root;
                }
            }
        }
        setColor(x, BLACK);
        return root;
    }
}
