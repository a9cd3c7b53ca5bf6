// Hand-written generic containers: a singly linked stack, a growable ring-buffer queue, and
// an unbalanced binary search tree with a Comparable bound, all Iterable (for-each) and
// generic over their element type, plus a generic static method with a recursive bound and
// a generic interface implemented twice with different type arguments.
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

public class Main {
    interface Source<T> {
        T next();
    }

    static final class Stack<T> implements Iterable<T> {
        private record Cell<T>(T value, Cell<T> below) {}

        private Cell<T> top;
        private int size;

        void push(T v) {
            top = new Cell<>(v, top);
            size++;
        }

        T pop() {
            if (top == null) {
                throw new NoSuchElementException("stack empty");
            }
            T v = top.value();
            top = top.below();
            size--;
            return v;
        }

        public Iterator<T> iterator() {
            return new Iterator<>() {
                Cell<T> cur = top;

                public boolean hasNext() {
                    return cur != null;
                }

                public T next() {
                    T v = cur.value();
                    cur = cur.below();
                    return v;
                }
            };
        }
    }

    static final class Ring<T> implements Iterable<T> {
        private Object[] items = new Object[2];
        private int head, size;

        void add(T v) {
            if (size == items.length) {
                Object[] bigger = new Object[items.length * 2];
                for (int i = 0; i < size; i++) {
                    bigger[i] = items[(head + i) % items.length];
                }
                items = bigger;
                head = 0;
            }
            items[(head + size++) % items.length] = v;
        }

        @SuppressWarnings("unchecked")
        T remove() {
            T v = (T) items[head];
            items[head] = null;
            head = (head + 1) % items.length;
            size--;
            return v;
        }

        public Iterator<T> iterator() {
            return new Iterator<>() {
                int i;

                public boolean hasNext() {
                    return i < size;
                }

                @SuppressWarnings("unchecked")
                public T next() {
                    return (T) items[(head + i++) % items.length];
                }
            };
        }
    }

    static final class Tree<K extends Comparable<K>, V> implements Iterable<K> {
        private final class Node {
            final K key;
            V value;
            Node left, right;

            Node(K key, V value) {
                this.key = key;
                this.value = value;
            }
        }

        private Node root;
        int size;

        void put(K key, V value) {
            if (root == null) {
                root = new Node(key, value);
                size++;
                return;
            }
            Node n = root;
            while (true) {
                int c = key.compareTo(n.key);
                if (c == 0) {
                    n.value = value;
                    return;
                }
                Node next = c < 0 ? n.left : n.right;
                if (next == null) {
                    if (c < 0) {
                        n.left = new Node(key, value);
                    } else {
                        n.right = new Node(key, value);
                    }
                    size++;
                    return;
                }
                n = next;
            }
        }

        V get(K key) {
            Node n = root;
            while (n != null) {
                int c = key.compareTo(n.key);
                if (c == 0) {
                    return n.value;
                }
                n = c < 0 ? n.left : n.right;
            }
            return null;
        }

        int height() {
            return height(root);
        }

        private int height(Node n) {
            return n == null ? 0 : 1 + Math.max(height(n.left), height(n.right));
        }

        public Iterator<K> iterator() {
            List<K> keys = new ArrayList<>();
            inorder(root, keys);
            return keys.iterator();
        }

        private void inorder(Node n, List<K> out) {
            if (n != null) {
                inorder(n.left, out);
                out.add(n.key);
                inorder(n.right, out);
            }
        }
    }

    static <T extends Comparable<? super T>> T largest(Iterable<T> items) {
        T best = null;
        for (T t : items) {
            if (best == null || t.compareTo(best) > 0) {
                best = t;
            }
        }
        return best;
    }

    static <A, B> List<B> mapAll(Iterable<A> in, Function<? super A, ? extends B> f) {
        List<B> out = new ArrayList<>();
        for (A a : in) {
            out.add(f.apply(a));
        }
        return out;
    }

    static final class Counter implements Source<Integer> {
        int n;

        public Integer next() {
            return n++;
        }
    }

    static final class Letters implements Source<String> {
        char c = 'a';

        public String next() {
            return String.valueOf(c++);
        }
    }

    static <T> List<T> take(Source<T> s, int n) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(s.next());
        }
        return out;
    }

    public static void main(String[] args) {
        Stack<String> st = new Stack<>();
        for (String s : "one two three four".split(" ")) {
            st.push(s);
        }
        System.out.println(mapAll(st, String::length) + " " + st.pop() + " " + st.size + " " + largest(st));
        Ring<Integer> ring = new Ring<>();
        int removedSum = 0;
        for (int i = 0; i < 100; i++) {
            ring.add(i * i);
            if (i % 3 == 0) {
                removedSum += ring.remove();
            }
        }
        int count = 0;
        for (int v : ring) {
            count++;
        }
        System.out.println(removedSum + " " + count + " " + largest(ring) + " " + ring.iterator().next());
        Tree<String, Integer> tree = new Tree<>();
        String text = "it was the best of times it was the worst of times it was the age of wisdom it was the age of foolishness";
        for (String w : text.split(" ")) {
            Integer c = tree.get(w);
            tree.put(w, c == null ? 1 : c + 1);
        }
        StringBuilder sb = new StringBuilder();
        for (String k : tree) {
            sb.append(k).append('=').append(tree.get(k)).append(' ');
        }
        System.out.println(sb.toString().trim() + " | size " + tree.size + " height " + tree.height() + " largest " + largest(tree));
        Tree<Integer, Integer> nums = new Tree<>();
        for (int i = 0; i < 1000; i++) {
            nums.put((i * 389) % 1000, i);
        }
        System.out.println(nums.size + " " + nums.height() + " " + nums.get(389) + " " + nums.get(1000));
        System.out.println(take(new Counter(), 5) + " " + take(new Letters(), 4));
        try {
            new Stack<Double>().pop();
        } catch (NoSuchElementException e) {
            System.out.println(e.getMessage());
        }
    }
}
