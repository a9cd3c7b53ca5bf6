/*
 * test=mutex: the synchronisation primitives under real preemption. Four threads increment a
 * shared counter 100,000 times each under a Mutex; the increment is a read, a short delay and a
 * write, so a preemption inside it would lose updates without the lock. The counter must end
 * at exactly 400,000, and the mutex must have been contended (threads were preempted while
 * holding it), or the test proved nothing, but no lock convoy either (most lock() calls must
 * find the mutex free). Then the same with Java's `synchronized` (mapped
 * onto the kernel's monitors; a second time with 64 other monitors held, so that the counter's
 * lands in a slot whose waiters share one queue), a producer and a consumer on a bounded buffer with two
 * semaphores, a condition variable that releases four waiters at once, the spinlock's saving
 * and restoring of the interrupt flag, and wake-ups that do not come from the lock (futexes,
 * signals and timers call Scheduler.wake on a thread whatever it blocks on): a mutex, monitor
 * or semaphore waiter woken that way must neither run without the lock nor sleep forever.
 */
package exo.kernel.test;

import exo.hw.Cpu;
import exo.kernel.console.Console;
import exo.kernel.cpu.Irq;
import exo.kernel.sched.KThread;
import exo.kernel.sched.Scheduler;
import exo.kernel.sched.Threads;
import exo.kernel.sync.CondVar;
import exo.kernel.sync.Monitors;
import exo.kernel.sync.Mutex;
import exo.kernel.sync.Semaphore;
import exo.kernel.sync.SpinLock;
import exo.kernel.time.Clock;

final class MutexSuite {
    private MutexSuite() {}

    private static final int THREADS = 4;
    private static final int INCREMENTS = 100_000;
    private static final int SYNC_INCREMENTS = 20_000;
    private static final int ITEMS = 2000;

    private static final Mutex mutex = new Mutex();
    private static final Object monitor = new Object();
    private static volatile long counter;
    private static long syncCounter;

    static boolean run() {
        Check check = new Check();
        mutexCounter(check);
        synchronizedCounter(check, 0);
        synchronizedCounter(check, 64);
        producerConsumer(check);
        condVar(check);
        spinLock(check);
        spuriousWakeUps(check);
        return check.passed();
    }

    private static void mutexCounter(Check check) {
        long preemptions = Scheduler.preemptions();
        KThread[] threads = new KThread[THREADS];
        for (int i = 0; i < THREADS; i++) {
            threads[i] = Threads.create(arg -> {
                for (int k = 0; k < INCREMENTS; k++) {
                    mutex.lock();
                    long v = counter;
                    delay();
                    counter = v + 1;
                    mutex.unlock();
                }
            }, null, "mutex-" + i, KThread.PRIORITY_NORMAL);
        }
        joinAll(threads);
        Console.println("  counter " + counter + ", mutex contended " + mutex.contendedCount() + " times, "
                + (Scheduler.preemptions() - preemptions) + " preemptions");
        check.that(counter == (long) THREADS * INCREMENTS, THREADS + " threads x " + INCREMENTS
                + " increments under a mutex = " + THREADS * INCREMENTS);
        check.that(mutex.contendedCount() > 0, "threads were preempted inside the critical section");
        // A lock convoy makes nearly every lock() wait (398,880 of 400,000 when unlock() handed
        // the mutex to a waiter that had not run yet); without one, only preempted holders cost.
        check.that(mutex.contendedCount() < (long) THREADS * INCREMENTS / 10, "no lock convoy: "
                + mutex.contendedCount() + " of " + THREADS * INCREMENTS + " lock() calls waited");
    }

    private static void synchronizedCounter(Check check, int fillers) {
        Object[] held = new Object[fillers];
        for (int i = 0; i < fillers; i++) {
            held[i] = new Object();
            Monitors.enter(held[i]);
        }
        syncCounter = 0;
        long contended = Monitors.contendedCount();
        long startTsc = Cpu.rdtsc();
        KThread[] threads = new KThread[THREADS];
        for (int i = 0; i < THREADS; i++) {
            threads[i] = Threads.create(arg -> {
                for (int k = 0; k < SYNC_INCREMENTS; k++) {
                    synchronized (monitor) {
                        long v = syncCounter;
                        delay();
                        syncCounter = v + 1;
                    }
                }
            }, null, "sync-" + i, KThread.PRIORITY_NORMAL);
        }
        joinAll(threads);
        for (Object o : held) {
            Monitors.exit(o);
        }
        long us = (Cpu.rdtsc() - startTsc) / Math.max(1, Clock.tscHz() / 1_000_000);
        long waited = Monitors.contendedCount() - contended;
        Console.println("  synchronized counter " + syncCounter + ", monitor contended " + waited + " times, "
                + fillers + " other monitors held, " + us / 1000 + " ms by the TSC");
        String where = fillers == 0 ? "" : " (with " + fillers + " other monitors held)";
        check.that(syncCounter == (long) THREADS * SYNC_INCREMENTS, "synchronized blocks: " + THREADS * SYNC_INCREMENTS + where);
        check.that(fillers == 0 || waited > 0, "threads waited for the monitor" + where);
        check.that(Monitors.inUse() == 0, "every monitor was released" + where);
        // As for the mutex: handing the monitor to a waiter that had not run yet made nearly
        // every enter wait (77,848 of 80,000); only preempted holders should cost.
        check.that(waited < (long) THREADS * SYNC_INCREMENTS / 10, "no monitor convoy" + where);
    }

    private static void producerConsumer(Check check) {
        int[] buffer = new int[8];
        Semaphore slots = new Semaphore(buffer.length);
        Semaphore items = new Semaphore(0);
        long[] sum = new long[1];
        KThread producer = Threads.create(arg -> {
            for (int i = 1; i <= ITEMS; i++) {
                slots.acquire();
                buffer[i % buffer.length] = i;
                items.release();
            }
        }, null, "producer", KThread.PRIORITY_NORMAL);
        KThread consumer = Threads.create(arg -> {
            for (int i = 1; i <= ITEMS; i++) {
                items.acquire();
                sum[0] += buffer[i % buffer.length];
                slots.release();
            }
        }, null, "consumer", KThread.PRIORITY_NORMAL);
        Threads.join(producer);
        Threads.join(consumer);
        check.that(sum[0] == (long) ITEMS * (ITEMS + 1) / 2, "producer/consumer through two semaphores: every item once, in order");
    }

    private static void condVar(Check check) {
        Mutex m = new Mutex();
        CondVar cv = new CondVar();
        boolean[] go = new boolean[1];
        int[] passed = new int[1];
        KThread[] threads = new KThread[THREADS];
        for (int i = 0; i < THREADS; i++) {
            threads[i] = Threads.create(arg -> {
                m.lock();
                while (!go[0]) {
                    cv.await(m);
                }
                passed[0]++;
                m.unlock();
            }, null, "waiter-" + i, KThread.PRIORITY_NORMAL);
        }
        while (cv.waiting() < THREADS) {
            Scheduler.sleepMillis(10);
        }
        check.that(passed[0] == 0, THREADS + " threads wait on the condition variable");
        m.lock();
        go[0] = true;
        cv.signalAll();
        m.unlock();
        joinAll(threads);
        check.that(passed[0] == THREADS, "signalAll released all of them");
    }

    private static void spinLock(Check check) {
        SpinLock lock = new SpinLock("test");
        boolean on = lock.lock();
        boolean offInside = !Cpu.interruptsEnabled();
        boolean recursionCaught = false;
        try {
            lock.lock();
        } catch (IllegalStateException e) {
            recursionCaught = true;
        }
        lock.unlock(on);
        check.that(on && offInside && Cpu.interruptsEnabled(), "spinlock disables interrupts and restores them");
        check.that(recursionCaught, "taking a held spinlock again is caught");
    }

    private static void spuriousWakeUps(Check check) {
        Mutex m = new Mutex();
        Object mon = new Object();
        Semaphore sem = new Semaphore(0);
        boolean[] got = new boolean[3];
        m.lock();
        Monitors.enter(mon);
        KThread[] waiters = {
            Threads.create(arg -> { m.lock(); got[0] = true; m.unlock(); }, null, "spur-mutex", KThread.PRIORITY_NORMAL),
            Threads.create(arg -> { Monitors.enter(mon); got[1] = true; Monitors.exit(mon); }, null, "spur-monitor",
                    KThread.PRIORITY_NORMAL),
            Threads.create(arg -> { sem.acquire(); got[2] = true; }, null, "spur-sem", KThread.PRIORITY_NORMAL),
        };
        Scheduler.sleepTicks(2);   // all three block
        for (KThread t : waiters) {
            wakeFromElsewhere(t);
        }
        Scheduler.sleepTicks(2);   // they run, find nothing for them and block again
        boolean heldOff = !got[0] && !got[1] && !got[2];
        for (KThread t : waiters) {
            wakeFromElsewhere(t);
        }
        m.unlock();                // released while the waiters are off their queues
        Monitors.exit(mon);
        sem.release();
        joinAll(waiters);
        check.that(heldOff, "a waiter woken by someone else than the lock's owner keeps waiting");
        check.that(got[0] && got[1] && got[2], "a lock released while its waiter was woken from elsewhere is still taken");
    }

    private static void wakeFromElsewhere(KThread t) {
        boolean on = Irq.save();
        Scheduler.wake(t);
        Irq.restore(on);
    }

    private static void joinAll(KThread[] threads) {
        for (KThread t : threads) {
            Threads.join(t);
        }
    }

    /** A few instructions between read and write, to widen the window for a preemption. */
    private static void delay() {
        for (int i = 0; i < 20; i++) {
            Cpu.pause();
        }
    }
}
