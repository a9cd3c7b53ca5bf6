/*
 * test=sleep: Scheduler.sleepMillis on the real timer. sleep(50 ms) must return after 50-60 ms:
 * whole 10 ms ticks plus the tick already under way, measured both in ticks (5 or 6) and by the
 * TSC. An emulator on a busy host loses or delays ticks (see TimerSuite), which stretches a
 * sleep past 60 ms of TSC time, so up to eight sleeps are timed and one in range passes; none
 * may return early. Sleepers with different deadlines wake in deadline order, equal deadlines
 * in the order they went to sleep; the order is recorded when each woken thread runs, so it
 * also depends on the queue each lands in, which tools/boot/test keeps independent of the
 * host's load by booting this test under -icount (the TSC then counts guest instructions). Sixteen threads sleeping a whole second cost nothing
 * meanwhile: no context switch happens on their account before their deadline (the timer
 * interrupt only looks at the head of the timer queue). Two threads of the same queue that yield
 * to each other alternate: a turn that does not find the other thread's mark must be explained by
 * the scheduler's rules, never by chance. Either a preemption happened since the previous turn (a
 * timer tick between a turn's mark and its yield swaps one turn), or the other thread has done
 * its turns and exited (earlier misses leave one thread behind), or the two threads sat in
 * different queues (yield passes over a worse queue, and the starvation rule may pick the yielder
 * itself from a worse queue; the burst averages are measured by the TSC, which under plain TCG
 * follows the host's clock, so a host that deschedules QEMU mid-burst makes a short burst look
 * long and demotes the thread for a few turns).
 */
package exo.kernel.test;

import exo.hw.Cpu;
import exo.kernel.console.Console;
import exo.kernel.cpu.Irq;
import exo.kernel.sched.KThread;
import exo.kernel.sched.Scheduler;
import exo.kernel.sched.Threads;
import exo.kernel.sync.Semaphore;
import exo.kernel.time.Clock;
import exo.kernel.time.Ticks;

final class SleepSuite {
    private SleepSuite() {}

    private static final int SLEEP_MS = 50;
    private static final int TRIES = 8;
    private static final int IDLE_SLEEPERS = 16;
    private static final int YIELDS = 1000;

    private static final int[] wakeOrder = new int[4];
    private static int woken;
    private static volatile int turn;
    private static final Semaphore yieldersGo = new Semaphore(0);
    private static final KThread[] yielders = new KThread[2];
    private static int alternated;
    private static int preemptedTurns;
    private static int otherQueueTurns;
    private static int otherExitedTurns;
    private static int unexplainedTurns;

    static boolean run() {
        Check check = new Check();
        sleepDuration(check);
        wakeOrder(check);
        idleSleepers(check);
        yieldAlternation(check);
        return check.passed();
    }

    private static void sleepDuration(Check check) {
        boolean inRange = false;
        boolean early = false;
        for (int i = 0; i < TRIES && !inRange; i++) {
            long t0 = Ticks.now();
            long c0 = Cpu.rdtsc();
            Scheduler.sleepMillis(SLEEP_MS);
            long us = (Cpu.rdtsc() - c0) / Math.max(1, Clock.tscHz() / 1_000_000);
            long ticks = Ticks.now() - t0;
            Console.println("  sleep(" + SLEEP_MS + " ms) took " + ticks + " ticks, " + us / 1000 + "." + (us / 100) % 10
                    + " ms by the TSC");
            early |= ticks < 5 || us < SLEEP_MS * 1000L;
            inRange = (ticks == 5 || ticks == 6) && us >= SLEEP_MS * 1000L && us <= (SLEEP_MS + 10) * 1000L;
        }
        check.that(!early, "sleep(" + SLEEP_MS + " ms) never returns early");
        check.that(inRange, "sleep(" + SLEEP_MS + " ms) returns after " + SLEEP_MS + "-" + (SLEEP_MS + 10) + " ms of ticks");
    }

    private static void wakeOrder(Check check) {
        int[] ms = {80, 20, 50, 20};
        KThread[] threads = new KThread[ms.length];
        for (int i = 0; i < ms.length; i++) {
            int index = i;
            threads[i] = Threads.create(arg -> {
                Scheduler.sleepMillis(ms[index]);
                wakeOrder[woken++] = index;
            }, null, "sleep-" + ms[i], KThread.PRIORITY_NORMAL);
        }
        for (KThread t : threads) {
            Threads.join(t);
        }
        Console.println("  woke in order: " + ms[wakeOrder[0]] + " " + ms[wakeOrder[1]] + " " + ms[wakeOrder[2]] + " "
                + ms[wakeOrder[3]] + " ms (threads " + wakeOrder[0] + wakeOrder[1] + wakeOrder[2] + wakeOrder[3] + ")");
        check.that(wakeOrder[0] == 1 && wakeOrder[1] == 3 && wakeOrder[2] == 2 && wakeOrder[3] == 0,
                "sleepers wake in deadline order, ties in arrival order");
    }

    private static void idleSleepers(Check check) {
        KThread[] threads = new KThread[IDLE_SLEEPERS];
        for (int i = 0; i < IDLE_SLEEPERS; i++) {
            threads[i] = Threads.create(arg -> Scheduler.sleepMillis(1000), null, "sleeper-" + i, KThread.PRIORITY_NORMAL);
        }
        Scheduler.sleepMillis(20); // let them all go to sleep
        long switches = Scheduler.switches();
        long ticks = Ticks.now();
        Scheduler.sleepMillis(300);
        long during = Scheduler.switches() - switches;
        Console.println("  " + IDLE_SLEEPERS + " threads asleep for 1 s: " + during + " context switches in "
                + (Ticks.now() - ticks) + " ticks");
        // This thread's own sleep and wake-up: to idle and back.
        check.that(during <= 4, "sleeping threads cost no switches before their deadline");
        for (KThread t : threads) {
            Threads.join(t);
        }
        check.that(Threads.count() == 2, "all sleepers woke and exited (only main and idle remain)");
    }

    private static void yieldAlternation(Check check) {
        // High priority: both start in the cold queue and stay there (yield ends a short burst),
        // so each yield finds the other one first in the same queue. Both wait until both
        // exist and are then made ready together: one started alone would yield to nobody.
        yielders[0] = Threads.create(arg -> yielder(0), null, "yield-a", KThread.PRIORITY_HIGH);
        yielders[1] = Threads.create(arg -> yielder(1), null, "yield-b", KThread.PRIORITY_HIGH);
        boolean on = Irq.save();
        yieldersGo.release();
        yieldersGo.release();
        Irq.restore(on);
        Threads.join(yielders[0]);
        Threads.join(yielders[1]);
        int turns = 2 * (YIELDS - 1);
        Console.println("  yield ping-pong: " + alternated + " of " + turns + " turns found the other thread's mark; "
                + preemptedTurns + " after a preemption, " + otherQueueTurns + " with the two in different queues, "
                + otherExitedTurns + " after the other exited, "
                + unexplainedTurns + " unexplained");
        check.that(unexplainedTurns == 0 && alternated * 2 >= turns, "two yielding threads alternate");
    }

    private static void yielder(int me) {
        yieldersGo.acquire();
        KThread self = yielders[me];
        KThread other = yielders[1 - me];
        // A preemption inside the other thread's turn k shows as a miss in this thread's turn
        // after next: compare with the count read two turns back.
        long seenBefore = Scheduler.preemptions();
        long seen = seenBefore;
        for (int i = 0; i < YIELDS; i++) {
            // The other thread has not started yet on the first turn.
            if (i > 0) {
                countTurn(me, self, other, seenBefore);
            }
            seenBefore = seen;
            seen = Scheduler.preemptions();
            turn = 1 - me;
            Scheduler.yield();
        }
    }

    private static void countTurn(int me, KThread self, KThread other, long preemptionsSeen) {
        if (turn == me) {
            alternated++;
        } else if (Scheduler.preemptions() != preemptionsSeen) {
            preemptedTurns++;
        } else if (!other.isAlive()) {
            otherExitedTurns++;
        } else if (other.queueClass() != self.queueClass()) {
            otherQueueTurns++;
        } else if (++unexplainedTurns <= 3) {
            Console.println("  unexplained turn of yield-" + (char) ('a' + me) + ": queues " + self.queueClass() + " and "
                    + other.queueClass() + ", " + Scheduler.preemptions() + " preemptions");
        }
    }
}
