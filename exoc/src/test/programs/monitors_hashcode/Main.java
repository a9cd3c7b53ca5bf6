// The identity hash and the lock share one header word: every order of hashing and locking
// on one object must keep both. Objects hashed before, while and after being locked (thin,
// recursive, contended, waited on), from several threads; each hash must stay the same and
// every lock must still exclude. Prints only comparisons and counts, which are deterministic.
import java.util.IdentityHashMap;

public class Main {
    static int hashes(Object o, int before) {
        int h = System.identityHashCode(o);
        return h == before && o.hashCode() == before ? 1 : 0;
    }

    public static void main(String[] args) throws Exception {
        Object a = new Object();
        int ha = System.identityHashCode(a);
        int same = hashes(a, ha);
        synchronized (a) {                       // a hashed object gets locked
            same += hashes(a, ha);
            synchronized (a) {
                same += hashes(a, ha);
            }
        }
        same += hashes(a, ha);

        Object b = new Object();
        int hb;
        synchronized (b) {                       // a thin-locked object gets hashed
            synchronized (b) {
                hb = System.identityHashCode(b);
            }
            same += hashes(b, hb);
            System.out.println("holds b while hashed: " + Thread.holdsLock(b));
        }
        same += hashes(b, hb);
        System.out.println("holds b after: " + Thread.holdsLock(b));
        System.out.println("same hashes (of 7): " + same);

        // Contended: four threads lock and hash shared objects; the counts are exact only if
        // the monitors still exclude, the hashes must match the first ones.
        Object[] locks = new Object[8];
        int[] first = new int[locks.length];
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
            if (i % 2 == 0) {
                first[i] = locks[i].hashCode();   // half hashed before any lock
            }
        }
        long[] counts = new long[locks.length];
        int[] mismatches = new int[1];
        Thread[] ts = new Thread[4];
        for (int t = 0; t < ts.length; t++) {
            ts[t] = new Thread(() -> {
                int bad = 0;
                for (int j = 0; j < 40_000; j++) {
                    int i = j % locks.length;
                    synchronized (locks[i]) {
                        counts[i]++;
                        if (i % 2 == 0 && locks[i].hashCode() != first[i]) {
                            bad++;
                        }
                    }
                }
                synchronized (mismatches) {
                    mismatches[0] += bad;
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        System.out.println("contended total " + total + ", hash mismatches " + mismatches[0]);
        int stable = 0;
        for (int i = 0; i < locks.length; i++) {
            int h = locks[i].hashCode();
            stable += (i % 2 != 0 || h == first[i]) && h == System.identityHashCode(locks[i]) ? 1 : 0;
        }
        System.out.println("stable after contention (of 8): " + stable);

        // wait/notify on a hashed object, then an identity map keyed by locked objects.
        Object box = new Object();
        int hbox = box.hashCode();
        boolean[] ready = new boolean[1];
        Thread waiter = new Thread(() -> {
            synchronized (box) {
                while (!ready[0]) {
                    try {
                        box.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        });
        waiter.start();
        synchronized (box) {
            ready[0] = true;
            box.notifyAll();
        }
        waiter.join();
        System.out.println("box hash kept over wait/notify: " + (box.hashCode() == hbox));

        IdentityHashMap<Object, Integer> map = new IdentityHashMap<>();
        Object[] keys = new Object[1000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new Object();
            if (i % 3 == 0) {
                synchronized (keys[i]) {
                    map.put(keys[i], i);
                }
            } else {
                map.put(keys[i], i);
            }
        }
        int found = 0;
        for (int i = 0; i < keys.length; i++) {
            synchronized (keys[i]) {
                found += map.get(keys[i]) == i ? 1 : 0;
            }
        }
        System.out.println("identity map found " + found + " of " + keys.length);

        // Objects of many sizes and arrays of every element type: fields and elements intact.
        int[] one = {7};
        long[] longs = {1L << 40, -3};
        byte[] bytes = {1, 2, 3};
        char[] chars = {'x'};
        double[] doubles = {0.5};
        Object[] refs = {one, longs, bytes, chars, doubles};
        synchronized (one) {
            one[0] += one.hashCode() == System.identityHashCode(one) ? 1 : 0;
        }
        int[] copy = one.clone();
        System.out.println("arrays " + one[0] + " " + longs[0] + " " + longs[1] + " " + bytes[2] + " " + chars[0]
                + " " + doubles[0] + " " + refs.length + " clone " + copy[0] + " " + (copy.hashCode() == one.hashCode() ? "same" : "own") + " hash");
    }
}
