// Contended synchronized: four threads increment shared counters through a synchronized
// block on a shared lock, synchronized instance and static methods, nested (recursive)
// locking, and a lock held across a call that locks it again. Totals are exact only if
// every monitor excludes; each thread's own tally is printed after join.
public class Main {
    static final Object lock = new Object();
    static long blockCount;
    static long staticCount;
    long instanceCount;

    static synchronized void incStatic() {
        staticCount++;
    }

    synchronized void incInstance() {
        instanceCount++;
    }

    synchronized void incTwice() {
        incInstance();   // re-entering the monitor this thread holds
        incInstance();
    }

    public static void main(String[] args) throws Exception {
        Main shared = new Main();
        int threads = 4, rounds = 200_000;
        long[] own = new long[threads];
        Thread[] ts = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            final int k = i;
            ts[i] = new Thread(() -> {
                for (int j = 0; j < rounds; j++) {
                    synchronized (lock) {
                        synchronized (lock) {
                            blockCount++;
                        }
                    }
                    incStatic();
                    if (j % 2 == 0) {
                        shared.incTwice();
                    } else {
                        shared.incInstance();
                    }
                    own[k]++;
                }
            });
        }
        for (Thread t : ts) {
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
        System.out.println("block " + blockCount + ", static " + staticCount + ", instance " + shared.instanceCount);
        for (long n : own) {
            System.out.println("own " + n);
        }
        System.out.println("holdsLock outside: " + Thread.holdsLock(lock));
        synchronized (lock) {
            System.out.println("holdsLock inside: " + Thread.holdsLock(lock));
        }
    }
}
