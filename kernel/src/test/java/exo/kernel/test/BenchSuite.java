/*
 * test=bench: in-kernel micro-benchmarks timed with rdtsc, each printed as min / median / max
 * TSC cycles per operation over many iterations:
 *   - rdtsc back to back (the measurement's own cost, included in every other row);
 *   - thread switch: two cold-queue threads yield to each other; one sample is one way, from
 *     just before yield() in one thread to just after yield() returns in the other (the
 *     scheduler's pick, the burst accounting and the assembly switch with its FPU/SSE save);
 *   - scheduler pick: ThreeQueues.pick() with eight threads queued over the three classes;
 *   - wake-up, semaphore: a cold thread blocked on a semaphore, released by a CPU-bound (hot)
 *     thread, which it preempts; from before release() to the waiter running;
 *   - wake-up, timer: a thread sleeping one tick, from the TSC read in the timer interrupt to
 *     the thread running;
 *   - allocation fast path: a 32-byte object and an int[4] (free-list pop plus zeroing; the
 *     rare collection shows in max).
 * Under QEMU the TSC is the host's time stretched by the emulation (plain TCG), or the count of
 * guest instructions (-icount shift=0): tools/boot/bench runs both and labels them. The seeds'
 * targets (context switch < 304 cycles, pick < 87) are printed for comparison, not checked.
 */
package exo.kernel.test;

import exo.hw.Cpu;
import exo.kernel.console.Console;
import exo.kernel.cpu.Irq;
import exo.kernel.sched.KThread;
import exo.kernel.sched.Scheduler;
import exo.kernel.sched.Threads;
import exo.kernel.sched.ThreeQueues;
import exo.kernel.sync.Semaphore;
import exo.kernel.time.Clock;
import exo.kernel.time.Ticks;
import exo.kernel.util.Fmt;
import java.util.Arrays;

final class BenchSuite {
    private BenchSuite() {}

    private static final int N = 10_000;
    private static final int TIMER_N = 100;
    private static final int WIDTH = 40;

    private static volatile long stamp;
    private static final long[][] pingPong = new long[2][N];
    private static final long[] wake = new long[N];
    private static int rows;

    /** A small object for the allocation row: 16-byte header, int at 16, long at 24: 32 bytes. */
    private static final class Small {
        int a;
        long b;
    }

    static boolean run() {
        Console.println("bench: TSC " + Clock.tscHz() / 1_000_000 + " MHz by calibration; cycles per operation");
        Console.println("  " + pad("operation", WIDTH) + "      n       min    median       max");
        rows = 0;
        rdtsc();
        pingPong();
        pick();
        semaphoreWake();
        timerWake();
        allocation();
        collection();
        Console.println("bench: seed targets: context switch < 304 cycles, scheduler pick < 87 cycles (as measured above)");
        Check check = new Check();
        check.that(rows == 8, "benchmark table printed (" + rows + " rows)");
        return check.passed();
    }

    private static void rdtsc() {
        long[] s = new long[N];
        for (int i = 0; i < N; i++) {
            long t0 = Cpu.rdtsc();
            s[i] = Cpu.rdtsc() - t0;
        }
        row("rdtsc back to back", s, N);
    }

    private static void pingPong() {
        // Both wait for `go`, released for both at once: a thread starting alone would yield to
        // itself until the other exists.
        Semaphore go = new Semaphore(0);
        KThread a = Threads.create(arg -> {
            go.acquire();
            yielder(0);
        }, null, "bench-a", KThread.PRIORITY_HIGH);
        KThread b = Threads.create(arg -> {
            go.acquire();
            yielder(1);
        }, null, "bench-b", KThread.PRIORITY_HIGH);
        while (go.waiting() < 2) {
            Scheduler.sleepTicks(1);
        }
        boolean on = Irq.save();
        go.release();
        go.release();
        Irq.restore(on);
        Threads.join(a);
        Threads.join(b);
        long[] all = new long[2 * (N - 1)];
        // Sample 0 of each thread is its first run (thread start), not a yield return.
        System.arraycopy(pingPong[0], 1, all, 0, N - 1);
        System.arraycopy(pingPong[1], 1, all, N - 1, N - 1);
        row("switch: yield ping-pong, one way", all, all.length);
    }

    private static void yielder(int me) {
        long[] s = pingPong[me];
        for (int i = 0; i < N; i++) {
            long t = Cpu.rdtsc();
            s[i] = t - stamp;
            stamp = Cpu.rdtsc();
            Scheduler.yield();
        }
    }

    private static void pick() {
        ThreeQueues q = new ThreeQueues(1_000_000);
        int[] priorities = {KThread.PRIORITY_HIGH, KThread.PRIORITY_NORMAL, KThread.PRIORITY_LOW};
        for (int i = 0; i < 8; i++) {
            KThread t = new KThread(1000 + i, "fake", priorities[i % 3], null, null);
            q.initThread(t);
            q.enqueue(t);
        }
        long[] s = new long[N];
        for (int i = 0; i < N; i++) {
            boolean on = Irq.save();
            long t0 = Cpu.rdtsc();
            KThread t = q.pick();
            long t1 = Cpu.rdtsc();
            q.enqueue(t);
            Irq.restore(on);
            s[i] = t1 - t0;
        }
        row("scheduler pick (8 queued)", s, N);
    }

    private static void semaphoreWake() {
        Semaphore sem = new Semaphore(0);
        KThread waiter = Threads.create(arg -> {
            for (int i = 0; i < N; i++) {
                sem.acquire();
                wake[i] = Cpu.rdtsc() - stamp;
            }
        }, null, "bench-waiter", KThread.PRIORITY_HIGH);
        KThread releaser = Threads.create(arg -> {
            // Be CPU-bound first: a thread that has only run for microseconds has a small
            // burst average whatever its priority, and the cold waiter would not preempt it.
            spinFor(3L * Scheduler.quantumMs() * (Clock.tscHz() / 1000));
            for (int i = 0; i < N; i++) {
                while (sem.waiting() == 0) {
                    Cpu.pause(); // the waiter is cold and preempts us: it is always blocked here
                }
                stamp = Cpu.rdtsc();
                sem.release();
            }
        }, null, "bench-releaser", KThread.PRIORITY_LOW);
        Threads.join(waiter);
        Threads.join(releaser);
        row("wake-up: semaphore release -> waiter", wake, N);
    }

    private static void spinFor(long cycles) {
        long end = Cpu.rdtsc() + cycles;
        while (Cpu.rdtsc() < end) {
            Cpu.pause();
        }
    }

    private static void timerWake() {
        long[] s = new long[TIMER_N];
        KThread sleeper = Threads.create(arg -> {
            for (int i = 0; i < TIMER_N; i++) {
                Scheduler.sleepTicks(1);
                s[i] = Cpu.rdtsc() - Ticks.lastTickTsc();
            }
        }, null, "bench-sleeper", KThread.PRIORITY_HIGH);
        Threads.join(sleeper);
        row("wake-up: timer tick -> sleeper", s, TIMER_N);
    }

    private static void allocation() {
        Object[] keep = new Object[64];
        long[] s = new long[N];
        for (int i = 0; i < N; i++) {
            long t0 = Cpu.rdtsc();
            Small o = new Small();
            long t1 = Cpu.rdtsc();
            keep[i & 63] = o;
            s[i] = t1 - t0;
        }
        row("allocation: small object (32 B)", s, N);
        for (int i = 0; i < N; i++) {
            long t0 = Cpu.rdtsc();
            int[] a = new int[4];
            long t1 = Cpu.rdtsc();
            keep[i & 63] = a;
            s[i] = t1 - t0;
        }
        row("allocation: int[4] (40 B)", s, N);
    }

    /**
     * Full collections of the kernel's heap with what the kernel holds live at this point,
     * one System.gc() each: the collector's pause at the kernel's usual heap.
     */
    private static void collection() {
        int n = 20;
        long[] s = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = Cpu.rdtsc();
            System.gc();
            s[i] = Cpu.rdtsc() - t0;
        }
        row("collection: full (System.gc)", s, n);
    }

    private static void row(String name, long[] samples, int n) {
        Arrays.sort(samples, 0, n);
        Console.println("  " + pad(name, WIDTH) + Fmt.pad(n, 7) + Fmt.pad(samples[0], 10) + Fmt.pad(samples[n / 2], 10)
                + Fmt.pad(samples[n - 1], 10));
        rows++;
    }

    private static String pad(String s, int width) {
        StringBuilder b = new StringBuilder(s);
        while (b.length() < width) {
            b.append(' ');
        }
        return b.toString();
    }
}
