/*
 * test=queues (run with a long quantum, quantum=50): the 3-queue EMA policy on the machine. An
 * I/O-like thread sleeps 10 ms at a time and works only briefly when it wakes; a CPU-bound
 * thread spins. After a few hundred milliseconds the first must sit in the cold queue and the
 * second in the hot one, by their burst averages. And the sleeper's wake-ups must preempt the
 * spinner: each time, the sleeper runs within the tick that woke it (measured from the timer
 * interrupt's TSC), instead of waiting up to a whole quantum for the spinner's slice to end.
 */
package exo.kernel.test;

import exo.hw.Cpu;
import exo.kernel.console.Console;
import exo.kernel.sched.KThread;
import exo.kernel.sched.Scheduler;
import exo.kernel.sched.Threads;
import exo.kernel.sched.ThreeQueues;
import exo.kernel.time.Clock;
import exo.kernel.time.Ticks;
import java.util.Arrays;

final class QueuesSuite {
    private QueuesSuite() {}

    private static final int WAKES = 30;

    private static volatile boolean stop;
    private static final long[] latencies = new long[WAKES];
    private static int measured;

    static boolean run() {
        Check check = new Check();
        int quantumMs = Scheduler.quantumMs();
        Console.println("  quantum " + quantumMs + " ms; a sleeper (10 ms sleeps) and a spinner, both of normal priority");
        long wakePreemptions = Scheduler.wakePreemptions();
        KThread spinner = Threads.create(arg -> {
            while (!stop) {
                Cpu.pause();
            }
        }, null, "spinner", KThread.PRIORITY_NORMAL);
        KThread sleeper = Threads.create(arg -> sleeper(), null, "sleeper", KThread.PRIORITY_NORMAL);
        Threads.join(sleeper);
        Threads.dump(Console::println);
        int sleeperClass = sleeper.queueClass();
        int spinnerClass = spinner.queueClass();
        stop = true;
        Threads.join(spinner);
        Console.println("  sleeper: " + ThreeQueues.className(sleeperClass) + " (burst average "
                + Scheduler.micros(sleeper.emaBurst()) + " us); spinner: " + ThreeQueues.className(spinnerClass)
                + " (" + Scheduler.micros(spinner.emaBurst()) + " us)");
        check.that(sleeperClass == ThreeQueues.COLD, "the I/O-bound thread is in the cold queue");
        check.that(spinnerClass == ThreeQueues.HOT, "the CPU-bound thread is in the hot queue");
        long preempted = Scheduler.wakePreemptions() - wakePreemptions;
        Arrays.sort(latencies, 0, measured);
        long medianUs = measured == 0 ? -1 : Scheduler.micros(latencies[measured / 2]);
        Console.println("  " + preempted + " wake-up preemptions; tick-to-run latency of the sleeper: median " + medianUs
                + " us, max " + (measured == 0 ? -1 : Scheduler.micros(latencies[measured - 1])) + " us");
        check.that(preempted >= WAKES / 2, "the sleeper's wake-ups preempted the spinner");
        check.that(measured > 0 && medianUs < 1000L * quantumMs / 2,
                "the woken sleeper runs at once, not after the spinner's quantum");
        return check.passed();
    }

    private static void sleeper() {
        for (int i = 0; i < WAKES; i++) {
            Scheduler.sleepMillis(10);
            long latency = Cpu.rdtsc() - Ticks.lastTickTsc();
            // The first wake-ups come while the averages still settle; keep the later ones.
            if (i >= WAKES / 3) {
                latencies[measured++] = latency;
            }
            busy(Clock.tscHz() / 10_000); // 100 us of work
        }
    }

    private static void busy(long cycles) {
        long end = Cpu.rdtsc() + cycles;
        while (Cpu.rdtsc() < end) {
            Cpu.pause();
        }
    }
}
