/*
 * A HashMap bin turned into a red-black tree (HashMap.treeifyBin) when many keys collide.
 * The nodes stay chained through next/prev as well, and that chain is the iteration order,
 * so everything here follows the JDK's rules exactly: a new node is linked right after its
 * tree parent, the tree root is moved to the front of the bin after each change, a resize
 * splits the chain in order and turns small halves back into lists.
 *
 * Keys are ordered by hash, then by compareTo when both keys are of the same Comparable class,
 * then by class name and identity hash. (The JDK uses compareTo only for a class C declared
 * "implements Comparable<C>", found by reflection; we accept any Comparable key's class.)
 * The balancing is the classic CLR red-black insertion and deletion.
 */
package java.util;

final class HashMapTreeNode<K, V> extends LinkedHashMap.Entry<K, V> {
    HashMapTreeNode<K, V> parent;
    HashMapTreeNode<K, V> left;
    HashMapTreeNode<K, V> right;
    HashMapTreeNode<K, V> prev;    // previous in the bin chain, for unlinking
    boolean red;

    HashMapTreeNode(int hash, K key, V val, HashMap.Node<K, V> next) {
        super(hash, key, val, next);
    }

    HashMapTreeNode<K, V> root() {
        HashMapTreeNode<K, V> r = this;
        while (r.parent != null) {
            r = r.parent;
        }
        return r;
    }

    /** Unlinks root from the bin chain and puts it first in the table slot. */
    static <K, V> void moveRootToFront(HashMap.Node<K, V>[] tab, HashMapTreeNode<K, V> root) {
        if (root == null || tab == null || tab.length == 0) {
            return;
        }
        int index = (tab.length - 1) & root.hash;
        HashMapTreeNode<K, V> first = (HashMapTreeNode<K, V>) tab[index];
        if (root == first) {
            return;
        }
        tab[index] = root;
        HashMapTreeNode<K, V> rp = root.prev;
        HashMap.Node<K, V> rn = root.next;
        if (rn != null) {
            ((HashMapTreeNode<K, V>) rn).prev = rp;
        }
        if (rp != null) {
            rp.next = rn;
        }
        if (first != null) {
            first.prev = root;
        }
        root.next = first;
        root.prev = null;
    }

    /** Class used to compare k with other keys by compareTo, or null when k is not Comparable. */
    static Class<?> comparableClassFor(Object k) {
        return (k instanceof Comparable) ? k.getClass() : null;
    }

    /** 0 (undecided) unless x has k's class; a compareTo that rejects its own class counts as 0. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static int compareComparables(Class<?> kc, Object k, Object x) {
        if (x == null || x.getClass() != kc) {
            return 0;
        }
        try {
            return ((Comparable) k).compareTo(x);
        } catch (ClassCastException e) {
            // e.g. "class C implements Comparable<Other>": the JDK never calls compareTo here
            return 0;
        }
    }

    /** Last resort order for equal hashes and incomparable keys: class name, identity hash. */
    static int tieBreakOrder(Object a, Object b) {
        int d;
        if (a == null || b == null || (d = a.getClass().getName().compareTo(b.getClass().getName())) == 0) {
            d = (identityHash(a) <= identityHash(b)) ? -1 : 1;
        }
        return d;
    }

    private static int identityHash(Object o) {
        return o == null ? 0 : exo.rt.VM.identityHash(o);
    }

    /** Searches the subtree at this node; kc caches k's comparable class once known. */
    HashMapTreeNode<K, V> find(int h, Object k, Class<?> kc) {
        HashMapTreeNode<K, V> p = this;
        do {
            HashMapTreeNode<K, V> pl = p.left;
            HashMapTreeNode<K, V> pr = p.right;
            int ph = p.hash;
            K pk;
            int dir;
            if (ph > h) {
                p = pl;
            } else if (ph < h) {
                p = pr;
            } else if ((pk = p.key) == k || (k != null && k.equals(pk))) {
                return p;
            } else if (pl == null) {
                p = pr;
            } else if (pr == null) {
                p = pl;
            } else if ((kc != null || (kc = comparableClassFor(k)) != null)
                    && (dir = compareComparables(kc, k, pk)) != 0) {
                p = (dir < 0) ? pl : pr;
            } else {
                // undecided: look right recursively, then continue left
                HashMapTreeNode<K, V> q = pr.find(h, k, kc);
                if (q != null) {
                    return q;
                }
                p = pl;
            }
        } while (p != null);
        return null;
    }

    HashMapTreeNode<K, V> getTreeNode(int h, Object k) {
        return ((parent != null) ? root() : this).find(h, k, null);
    }

    /** Builds the tree from the chain starting at this node, then fronts the root. */
    void treeify(HashMap.Node<K, V>[] tab) {
        HashMapTreeNode<K, V> root = null;
        HashMapTreeNode<K, V> next;
        for (HashMapTreeNode<K, V> x = this; x != null; x = next) {
            next = (HashMapTreeNode<K, V>) x.next;
            x.left = x.right = null;
            if (root == null) {
                x.parent = null;
                x.red = false;
                root = x;
                continue;
            }
            K k = x.key;
            int h = x.hash;
            Class<?> kc = null;
            HashMapTreeNode<K, V> p = root;
            while (true) {
                int dir;
                int ph = p.hash;
                K pk = p.key;
                if (ph > h) {
                    dir = -1;
                } else if (ph < h) {
                    dir = 1;
                } else if ((kc == null && (kc = comparableClassFor(k)) == null)
                        || (dir = compareComparables(kc, k, pk)) == 0) {
                    dir = tieBreakOrder(k, pk);
                }
                HashMapTreeNode<K, V> xp = p;
                p = (dir <= 0) ? p.left : p.right;
                if (p == null) {
                    x.parent = xp;
                    if (dir <= 0) {
                        xp.left = x;
                    } else {
                        xp.right = x;
                    }
                    root = balanceInsertion(root, x);
                    break;
                }
            }
        }
        moveRootToFront(tab, root);
    }

    /** The chain from this node as plain list nodes, in the same order. */
    HashMap.Node<K, V> untreeify(HashMap<K, V> map) {
        HashMap.Node<K, V> hd = null;
        HashMap.Node<K, V> tl = null;
        for (HashMap.Node<K, V> q = this; q != null; q = q.next) {
            HashMap.Node<K, V> p = map.replacementNode(q, null);
            if (tl == null) {
                hd = p;
            } else {
                tl.next = p;
            }
            tl = p;
        }
        return hd;
    }

    /** put into a tree bin: returns the existing node for k, or null after inserting. */
    HashMapTreeNode<K, V> putTreeVal(HashMap<K, V> map, HashMap.Node<K, V>[] tab, int h, K k, V v) {
        Class<?> kc = null;
        boolean searched = false;
        HashMapTreeNode<K, V> root = (parent != null) ? root() : this;
        HashMapTreeNode<K, V> p = root;
        while (true) {
            int dir;
            int ph = p.hash;
            K pk;
            if (ph > h) {
                dir = -1;
            } else if (ph < h) {
                dir = 1;
            } else if ((pk = p.key) == k || (k != null && k.equals(pk))) {
                return p;
            } else if ((kc == null && (kc = comparableClassFor(k)) == null)
                    || (dir = compareComparables(kc, k, pk)) == 0) {
                if (!searched) {
                    // the key may sit on either side: search both subtrees once
                    searched = true;
                    HashMapTreeNode<K, V> q;
                    HashMapTreeNode<K, V> ch;
                    if (((ch = p.left) != null && (q = ch.find(h, k, kc)) != null)
                            || ((ch = p.right) != null && (q = ch.find(h, k, kc)) != null)) {
                        return q;
                    }
                }
                dir = tieBreakOrder(k, pk);
            }
            HashMapTreeNode<K, V> xp = p;
            p = (dir <= 0) ? p.left : p.right;
            if (p == null) {
                HashMap.Node<K, V> xpn = xp.next;
                HashMapTreeNode<K, V> x = map.newTreeNode(h, k, v, xpn);
                if (dir <= 0) {
                    xp.left = x;
                } else {
                    xp.right = x;
                }
                xp.next = x;
                x.parent = x.prev = xp;
                if (xpn != null) {
                    ((HashMapTreeNode<K, V>) xpn).prev = x;
                }
                moveRootToFront(tab, balanceInsertion(root, x));
                return null;
            }
        }
    }

    /**
     * Removes this node from its bin. When the tree is very small the bin becomes a list
     * (checked only when movable, i.e. not during iterator removal).
     */
    void removeTreeNode(HashMap<K, V> map, HashMap.Node<K, V>[] tab, boolean movable) {
        int n;
        if (tab == null || (n = tab.length) == 0) {
            return;
        }
        int index = (n - 1) & hash;
        HashMapTreeNode<K, V> first = (HashMapTreeNode<K, V>) tab[index];
        HashMapTreeNode<K, V> root = first;
        HashMapTreeNode<K, V> succ = (HashMapTreeNode<K, V>) next;
        HashMapTreeNode<K, V> pred = prev;
        if (pred == null) {
            tab[index] = first = succ;
        } else {
            pred.next = succ;
        }
        if (succ != null) {
            succ.prev = pred;
        }
        if (first == null) {
            return;
        }
        if (root.parent != null) {
            root = root.root();
        }
        HashMapTreeNode<K, V> rl;
        if (root == null
                || (movable && (root.right == null || (rl = root.left) == null || rl.left == null))) {
            tab[index] = first.untreeify(map);
            return;
        }
        HashMapTreeNode<K, V> r = unlinkFromTree(root);
        if (movable) {
            moveRootToFront(tab, r);
        }
    }

    /** CLR deletion of this node from the tree rooted at root; returns the new root. */
    private HashMapTreeNode<K, V> unlinkFromTree(HashMapTreeNode<K, V> root) {
        HashMapTreeNode<K, V> p = this;
        HashMapTreeNode<K, V> pl = left;
        HashMapTreeNode<K, V> pr = right;
        HashMapTreeNode<K, V> replacement;
        if (pl != null && pr != null) {
            root = swapWithSuccessor(root);
            replacement = (p.right != null) ? p.right : p;
        } else if (pl != null) {
            replacement = pl;
        } else if (pr != null) {
            replacement = pr;
        } else {
            replacement = p;
        }
        if (replacement != p) {
            HashMapTreeNode<K, V> pp = replacement.parent = p.parent;
            if (pp == null) {
                (root = replacement).red = false;
            } else if (p == pp.left) {
                pp.left = replacement;
            } else {
                pp.right = replacement;
            }
            p.left = p.right = p.parent = null;
        }
        HashMapTreeNode<K, V> r = p.red ? root : balanceDeletion(root, replacement);
        if (replacement == p) {
            // p has no children: detach it now that the fix-up has used it as a placeholder
            HashMapTreeNode<K, V> pp = p.parent;
            p.parent = null;
            if (pp != null) {
                if (p == pp.left) {
                    pp.left = null;
                } else if (p == pp.right) {
                    pp.right = null;
                }
            }
        }
        return r;
    }

    /**
     * This node has two children: exchange its tree position and color with its in-order
     * successor s, so that it then has at most one (right) child. Returns the root.
     */
    private HashMapTreeNode<K, V> swapWithSuccessor(HashMapTreeNode<K, V> root) {
        HashMapTreeNode<K, V> p = this;
        HashMapTreeNode<K, V> pl = left;
        HashMapTreeNode<K, V> pr = right;
        HashMapTreeNode<K, V> s = pr;
        while (s.left != null) {
            s = s.left;
        }
        boolean c = s.red;
        s.red = p.red;
        p.red = c;
        HashMapTreeNode<K, V> sr = s.right;
        HashMapTreeNode<K, V> pp = p.parent;
        if (s == pr) {
            p.parent = s;
            s.right = p;
        } else {
            HashMapTreeNode<K, V> sp = s.parent;
            if ((p.parent = sp) != null) {
                if (s == sp.left) {
                    sp.left = p;
                } else {
                    sp.right = p;
                }
            }
            if ((s.right = pr) != null) {
                pr.parent = s;
            }
        }
        p.left = null;
        if ((p.right = sr) != null) {
            sr.parent = p;
        }
        if ((s.left = pl) != null) {
            pl.parent = s;
        }
        if ((s.parent = pp) == null) {
            root = s;
        } else if (p == pp.left) {
            pp.left = s;
        } else {
            pp.right = s;
        }
        return root;
    }

    /**
     * Resize of a tree bin: split the chain by the new hash bit into the bins at index and
     * index + bit, keeping order; a half of 6 or fewer nodes becomes a list, a larger half is
     * re-treeified unless it holds the whole bin (then the tree is still valid).
     */
    void split(HashMap<K, V> map, HashMap.Node<K, V>[] tab, int index, int bit) {
        HashMapTreeNode<K, V> loHead = null, loTail = null;
        HashMapTreeNode<K, V> hiHead = null, hiTail = null;
        int lc = 0;
        int hc = 0;
        HashMapTreeNode<K, V> next;
        for (HashMapTreeNode<K, V> e = this; e != null; e = next) {
            next = (HashMapTreeNode<K, V>) e.next;
            e.next = null;
            if ((e.hash & bit) == 0) {
                if ((e.prev = loTail) == null) {
                    loHead = e;
                } else {
                    loTail.next = e;
                }
                loTail = e;
                ++lc;
            } else {
                if ((e.prev = hiTail) == null) {
                    hiHead = e;
                } else {
                    hiTail.next = e;
                }
                hiTail = e;
                ++hc;
            }
        }
        if (loHead != null) {
            if (lc <= HashMap.UNTREEIFY_THRESHOLD) {
                tab[index] = loHead.untreeify(map);
            } else {
                tab[index] = loHead;
                if (hiHead != null) {
                    loHead.treeify(tab);
                }
            }
        }
        if (hiHead != null) {
            if (hc <= HashMap.UNTREEIFY_THRESHOLD) {
                tab[index + bit] = hiHead.untreeify(map);
            } else {
                tab[index + bit] = hiHead;
                if (loHead != null) {
                    hiHead.treeify(tab);
                }
            }
        }
    }

    // ---- red-black balancing (CLR) ----

    static <K, V> HashMapTreeNode<K, V> rotateLeft(HashMapTreeNode<K, V> root, HashMapTreeNode<K, V> p) {
        HashMapTreeNode<K, V> r;
        if (p != null && (r = p.right) != null) {
            HashMapTreeNode<K, V> rl = p.right = r.left;
            if (rl != null) {
                rl.parent = p;
            }
            HashMapTreeNode<K, V> pp = r.parent = p.parent;
            if (pp == null) {
                (root = r).red = false;
            } else if (pp.left == p) {
                pp.left = r;
            } else {
                pp.right = r;
            }
            r.left = p;
            p.parent = r;
        }
        return root;
    }

    static <K, V> HashMapTreeNode<K, V> rotateRight(HashMapTreeNode<K, V> root, HashMapTreeNode<K, V> p) {
        HashMapTreeNode<K, V> l;
        if (p != null && (l = p.left) != null) {
            HashMapTreeNode<K, V> lr = p.left = l.right;
            if (lr != null) {
                lr.parent = p;
            }
            HashMapTreeNode<K, V> pp = l.parent = p.parent;
            if (pp == null) {
                (root = l).red = false;
            } else if (pp.right == p) {
                pp.right = l;
            } else {
                pp.left = l;
            }
            l.right = p;
            p.parent = l;
        }
        return root;
    }

    static <K, V> HashMapTreeNode<K, V> balanceInsertion(HashMapTreeNode<K, V> root, HashMapTreeNode<K, V> x) {
        x.red = true;
        while (true) {
            HashMapTreeNode<K, V> xp = x.parent;
            HashMapTreeNode<K, V> xpp;
            if (xp == null) {
                x.red = false;
                return x;
            }
            if (!xp.red || (xpp = xp.parent) == null) {
                return root;
            }
            HashMapTreeNode<K, V> xppl = xpp.left;
            if (xp == xppl) {
                HashMapTreeNode<K, V> uncle = xpp.right;
                if (uncle != null && uncle.red) {
                    uncle.red = false;
                    xp.red = false;
                    xpp.red = true;
                    x = xpp;
                    continue;
                }
                if (x == xp.right) {
                    root = rotateLeft(root, x = xp);
                    xpp = (xp = x.parent) == null ? null : xp.parent;
                }
                if (xp != null) {
                    xp.red = false;
                    if (xpp != null) {
                        xpp.red = true;
                        root = rotateRight(root, xpp);
                    }
                }
            } else {
                if (xppl != null && xppl.red) {
                    xppl.red = false;
                    xp.red = false;
                    xpp.red = true;
                    x = xpp;
                    continue;
                }
                if (x == xp.left) {
                    root = rotateRight(root, x = xp);
                    xpp = (xp = x.parent) == null ? null : xp.parent;
                }
                if (xp != null) {
                    xp.red = false;
                    if (xpp != null) {
                        xpp.red = true;
                        root = rotateLeft(root, xpp);
                    }
                }
            }
        }
    }

    static <K, V> HashMapTreeNode<K, V> balanceDeletion(HashMapTreeNode<K, V> root, HashMapTreeNode<K, V> x) {
        while (true) {
            HashMapTreeNode<K, V> xp;
            if (x == null || x == root) {
                return root;
            } else if ((xp = x.parent) == null) {
                x.red = false;
                return x;
            } else if (x.red) {
                x.red = false;
                return root;
            }
            HashMapTreeNode<K, V> xpl = xp.left;
            if (xpl == x) {
                HashMapTreeNode<K, V> xpr = xp.right;
                if (xpr != null && xpr.red) {
                    xpr.red = false;
                    xp.red = true;
                    root = rotateLeft(root, xp);
                    xpr = (xp = x.parent) == null ? null : xp.right;
                }
                if (xpr == null) {
                    x = xp;
                    continue;
                }
                HashMapTreeNode<K, V> sl = xpr.left;
                HashMapTreeNode<K, V> sr = xpr.right;
                if ((sr == null || !sr.red) && (sl == null || !sl.red)) {
                    xpr.red = true;
                    x = xp;
                    continue;
                }
                if (sr == null || !sr.red) {
                    if (sl != null) {
                        sl.red = false;
                    }
                    xpr.red = true;
                    root = rotateRight(root, xpr);
                    xpr = (xp = x.parent) == null ? null : xp.right;
                }
                if (xpr != null) {
                    xpr.red = (xp == null) ? false : xp.red;
                    if ((sr = xpr.right) != null) {
                        sr.red = false;
                    }
                }
                if (xp != null) {
                    xp.red = false;
                    root = rotateLeft(root, xp);
                }
                x = root;
            } else {
                if (xpl != null && xpl.red) {
                    xpl.red = false;
                    xp.red = true;
                    root = rotateRight(root, xp);
                    xpl = (xp = x.parent) == null ? null : xp.left;
                }
                if (xpl == null) {
                    x = xp;
                    continue;
                }
                HashMapTreeNode<K, V> sl = xpl.left;
                HashMapTreeNode<K, V> sr = xpl.right;
                if ((sl == null || !sl.red) && (sr == null || !sr.red)) {
                    xpl.red = true;
                    x = xp;
                    continue;
                }
                if (sl == null || !sl.red) {
                    if (sr != null) {
                        sr.red = false;
                    }
                    xpl.red = true;
                    root = rotateLeft(root, xpl);
                    xpl = (xp = x.parent) == null ? null : xp.left;
                }
                if (xpl != null) {
                    xpl.red = (xp == null) ? false : xp.red;
                    if ((sl = xpl.left) != null) {
                        sl.red = false;
                    }
                }
                if (xp != null) {
                    xp.red = false;
                    root = rotateRight(root, xp);
                }
                x = root;
            }
        }
    }
}
