// java.util.concurrent.locks and synchronizers: a bounded buffer on ReentrantLock with two
// Conditions, tryLock with and without a timeout, a ReentrantReadWriteLock guarding a map
// read by three threads while one writes, a Semaphore limiting concurrency (the maximum
// seen is checked), a CountDownLatch start gate, a CyclicBarrier with a barrier action over
// three rounds, and LockSupport park/unpark. Printed values do not depend on scheduling.
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class Main {
    static final class Buffer {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition notFull = lock.newCondition();
        private final Condition notEmpty = lock.newCondition();
        private final int[] items = new int[4];
        private int head, count;

        void put(int v) throws InterruptedException {
            lock.lock();
            try {
                while (count == items.length) {
                    notFull.await();
                }
                items[(head + count++) % items.length] = v;
                notEmpty.signal();
            } finally {
                lock.unlock();
            }
        }

        int take() throws InterruptedException {
            lock.lock();
            try {
                while (count == 0) {
                    notEmpty.await();
                }
                int v = items[head];
                head = (head + 1) % items.length;
                count--;
                notFull.signal();
                return v;
            } finally {
                lock.unlock();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Buffer buf = new Buffer();
        long[] sum = new long[1];
        Thread consumer = new Thread(() -> {
            try {
                for (int i = 0; i < 10_000; i++) {
                    sum[0] += buf.take();
                }
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        consumer.start();
        for (int i = 1; i <= 10_000; i++) {
            buf.put(i);
        }
        consumer.join();
        System.out.println("condition buffer sum " + sum[0]);

        ReentrantLock lock = new ReentrantLock();
        lock.lock();
        boolean[] got = new boolean[2];
        Thread tryer = new Thread(() -> {
            got[0] = lock.tryLock();
            try {
                got[1] = lock.tryLock(20, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        tryer.start();
        tryer.join();
        System.out.println("tryLock while held: " + got[0] + " " + got[1] + ", hold count " + lock.getHoldCount() + ", locked " + lock.isLocked());
        lock.unlock();

        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        Map<Integer, Integer> shared = new HashMap<>();
        AtomicInteger badReads = new AtomicInteger();
        Thread writer = new Thread(() -> {
            for (int i = 0; i < 2000; i++) {
                rw.writeLock().lock();
                try {
                    shared.put(i % 50, i);
                    shared.put(-1, i);   // -1 always holds the latest i
                } finally {
                    rw.writeLock().unlock();
                }
            }
        });
        Thread[] readers = new Thread[3];
        for (int r = 0; r < 3; r++) {
            readers[r] = new Thread(() -> {
                for (int i = 0; i < 2000; i++) {
                    rw.readLock().lock();
                    try {
                        Integer latest = shared.get(-1);
                        if (latest != null && !latest.equals(shared.get(latest % 50))) {
                            badReads.incrementAndGet();
                        }
                    } finally {
                        rw.readLock().unlock();
                    }
                }
            });
        }
        writer.start();
        for (Thread r : readers) {
            r.start();
        }
        writer.join();
        for (Thread r : readers) {
            r.join();
        }
        System.out.println("read/write: final " + shared.get(-1) + ", inconsistent reads " + badReads.get());

        Semaphore sem = new Semaphore(2);
        AtomicInteger inside = new AtomicInteger(), maxInside = new AtomicInteger();
        CountDownLatch gate = new CountDownLatch(1);
        Thread[] workers = new Thread[6];
        for (int w = 0; w < 6; w++) {
            workers[w] = new Thread(() -> {
                try {
                    gate.await();
                    for (int i = 0; i < 50; i++) {
                        sem.acquire();
                        try {
                            int now = inside.incrementAndGet();
                            maxInside.accumulateAndGet(now, Math::max);
                            Thread.yield();
                            inside.decrementAndGet();
                        } finally {
                            sem.release();
                        }
                    }
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
            workers[w].start();
        }
        System.out.println("latch count before " + gate.getCount());
        gate.countDown();
        for (Thread w : workers) {
            w.join();
        }
        System.out.println("semaphore: at most " + maxInside.get() + " inside (limit 2), permits " + sem.availablePermits());

        int[] round = new int[1];
        CyclicBarrier barrier = new CyclicBarrier(3, () -> round[0]++);
        long[] partial = new long[3];
        Thread[] parties = new Thread[3];
        for (int p = 0; p < 3; p++) {
            final int id = p;
            parties[p] = new Thread(() -> {
                try {
                    for (int r = 0; r < 3; r++) {
                        partial[id] += (long) (id + 1) * (r + 1);
                        barrier.await();
                    }
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            parties[p].start();
        }
        for (Thread p : parties) {
            p.join();
        }
        System.out.println("barrier rounds " + round[0] + ", partial sums " + partial[0] + " " + partial[1] + " " + partial[2] + ", broken " + barrier.isBroken());

        Thread parker = new Thread(() -> {
            LockSupport.park();
            System.out.println("unparked");
        });
        parker.start();
        Thread.sleep(20);
        LockSupport.unpark(parker);
        parker.join();
        LockSupport.unpark(Thread.currentThread());
        LockSupport.park();   // the permit given just above: returns at once
        System.out.println("permit consumed");
    }
}
