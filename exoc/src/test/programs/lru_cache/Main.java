// LRU caches two ways: a LinkedHashMap in access order with removeEldestEntry overridden, and
// a hand-written HashMap plus doubly linked list; both are driven by the same access trace
// and must report the same hits, misses, evictions and final contents.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class Main {
    static final class LinkedLru<K, V> extends LinkedHashMap<K, V> {
        final int capacity;
        int evictions;

        LinkedLru(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            boolean evict = size() > capacity;
            if (evict) {
                evictions++;
            }
            return evict;
        }
    }

    static final class HandLru<K, V> {
        final class Node {
            final K key;
            V value;
            Node prev, next;

            Node(K key, V value) {
                this.key = key;
                this.value = value;
            }
        }

        private final Map<K, Node> index = new HashMap<>();
        private final Node head = new Node(null, null), tail = new Node(null, null);
        private final int capacity;
        int evictions;

        HandLru(int capacity) {
            this.capacity = capacity;
            head.next = tail;
            tail.prev = head;
        }

        private void unlink(Node n) {
            n.prev.next = n.next;
            n.next.prev = n.prev;
        }

        private void pushBack(Node n) {
            n.prev = tail.prev;
            n.next = tail;
            tail.prev.next = n;
            tail.prev = n;
        }

        V get(K key) {
            Node n = index.get(key);
            if (n == null) {
                return null;
            }
            unlink(n);
            pushBack(n);
            return n.value;
        }

        void put(K key, V value) {
            Node n = index.get(key);
            if (n != null) {
                n.value = value;
                unlink(n);
                pushBack(n);
                return;
            }
            n = new Node(key, value);
            index.put(key, n);
            pushBack(n);
            if (index.size() > capacity) {
                Node eldest = head.next;
                unlink(eldest);
                index.remove(eldest.key);
                evictions++;
            }
        }

        List<K> keys() {
            List<K> out = new ArrayList<>();
            for (Node n = head.next; n != tail; n = n.next) {
                out.add(n.key);
            }
            return out;
        }
    }

    public static void main(String[] args) {
        LinkedLru<Integer, String> a = new LinkedLru<>(50);
        HandLru<Integer, String> b = new HandLru<>(50);
        int hitsA = 0, hitsB = 0;
        long seed = 99;
        for (int i = 0; i < 100000; i++) {
            seed = (seed * 1103515245 + 12345) & 0x7fffffff;
            int r = (int) (seed >>> 8);
            int key = r % 1000 < 800 ? r % 64 : r % 500;
            String va = a.get(key);
            String vb = b.get(key);
            if (va != null) {
                hitsA++;
            } else {
                a.put(key, "v" + key);
            }
            if (vb != null) {
                hitsB++;
            } else {
                b.put(key, "v" + key);
            }
        }
        System.out.println("hits " + hitsA + " " + hitsB + " evictions " + a.evictions + " " + b.evictions);
        List<Integer> ka = new ArrayList<>(a.keySet());
        System.out.println("same order " + ka.equals(b.keys()) + " size " + a.size());
        System.out.println(ka);
        a.get(ka.get(0));
        System.out.println(new ArrayList<>(a.keySet()).get(49) + " " + a.containsKey(ka.get(0)));
    }
}
