/*
 * test=threads: kernel threads on the real machine. First the life cycle: a thread runs its
 * entry with its argument on its own stack (mapped, with an unmapped guard page below it;
 * the child waits on a semaphore until those checks are done, so it is still alive),
 * join() waits for it, and once it has exited its stack frames go back to the frame allocator.
 * Then preemption: two CPU-bound threads that never yield, block or sleep spin for a while;
 * each notes the TSC whenever it finds the CPU was last used by the other. Both must make
 * progress, alternate many times, and the median run between two switches must be about one
 * quantum (quantum= on the command line, 10 ms by default, counted in 10 ms timer ticks), which
 * only the timer interrupt can bring about. The thread table is printed while they run.
 */
package exo.kernel.test;

import exo.hw.Cpu;
import exo.kernel.Kernel;
import exo.kernel.arch.x86_64.trap.SwitchFrame;
import exo.kernel.console.Console;
import exo.kernel.mm.PhysAddr;
import exo.kernel.mm.VirtAddr;
import exo.kernel.sched.KThread;
import exo.kernel.sched.Scheduler;
import exo.kernel.sched.ThreadStack;
import exo.kernel.sched.Threads;
import exo.kernel.sched.ThreeQueues;
import exo.kernel.sync.Semaphore;
import exo.kernel.time.Clock;
import java.util.Arrays;

final class ThreadsSuite {
    private ThreadsSuite() {}

    private static final int RUN_MS = 600;
    private static final int MAX_SEGMENTS = 4096;

    private static volatile int lastRunner = -1;
    private static volatile boolean stop;
    private static final long[][] segmentStarts = new long[2][MAX_SEGMENTS];
    private static final int[] segments = new int[2];
    private static final long[] spins = new long[2];
    private static volatile long seenArg;

    static boolean run() {
        Check check = new Check();
        lifeCycle(check);
        alternation(check);
        return check.passed();
    }

    private static void lifeCycle(Check check) {
        long freeBefore = KernelSuites.freeFramesBesidesHeap();
        // The child may run at once (a new thread can preempt its creator): it waits until
        // the checks of its live stack are done, so it cannot have exited and unmapped it.
        Semaphore checked = new Semaphore(0);
        KThread t = Threads.create(arg -> {
            seenArg = (Long) arg;
            checked.acquire();
        }, Long.valueOf(0x5EED), "child", KThread.PRIORITY_NORMAL);
        long slotGuard = t.stackLow() - PhysAddr.PAGE_SIZE;
        check.that(Kernel.kernelSpace.translate(VirtAddr.of(t.stackLow())).value() != -1
                && Kernel.kernelSpace.translate(VirtAddr.of(t.stackTop() - 8)).value() != -1, "the new thread's stack is mapped");
        check.that(Kernel.kernelSpace.translate(VirtAddr.of(slotGuard)).value() == -1 && Threads.guardPageOwner(slotGuard) == t,
                "the page below it is an unmapped guard page");
        checked.release();
        check.that(t.stackTop() - t.stackLow() == ThreadStack.STACK_BYTES - ThreadStack.SIGNAL_FPU_BYTES,
                "stack of " + ThreadStack.STACK_BYTES / 1024 + " KiB less the signal FPU area");
        Threads.join(t);
        check.that(seenArg == 0x5EED, "the thread ran its entry with its argument");
        check.that(t.state() == KThread.DEAD, "join returned after the thread exited");
        check.that(KernelSuites.freeFramesBesidesHeap() == freeBefore, "its stack frames went back to the allocator");
        check.that(Kernel.kernelSpace.translate(VirtAddr.of(t.stackLow())).value() == -1, "its stack is unmapped");
        check.that(SwitchFrame.SIZE % 16 == 0, "switch frame keeps 16-byte alignment");
    }

    private static void alternation(Check check) {
        int quantumMs = Scheduler.quantumMs();
        Console.println("  two CPU-bound threads for " + RUN_MS + " ms, quantum " + quantumMs + " ms ("
                + Scheduler.quantumTicks() + " ticks)");
        long preemptionsBefore = Scheduler.preemptions();
        KThread a = Threads.create(arg -> spin(0), null, "spin-a", KThread.PRIORITY_NORMAL);
        KThread b = Threads.create(arg -> spin(1), null, "spin-b", KThread.PRIORITY_NORMAL);
        Scheduler.sleepMillis(RUN_MS / 2);
        Threads.dump(Console::println);
        Scheduler.sleepMillis(RUN_MS / 2);
        stop = true;
        Threads.join(a);
        Threads.join(b);
        Console.println("  spin-a counted " + spins[0] + ", spin-b " + spins[1] + "; "
                + (Scheduler.preemptions() - preemptionsBefore) + " preemptions");
        check.that(spins[0] > 0 && spins[1] > 0, "both threads made progress");
        check.that(a.queueClass() == ThreeQueues.HOT && b.queueClass() == ThreeQueues.HOT,
                "both ended in the hot queue (CPU-bound)");
        long[] lengths = segmentLengths();
        int n = lengths.length;
        long expectedRuns = RUN_MS / quantumMs;
        Console.println("  " + n + " runs between switches (about " + expectedRuns + " expected)");
        check.that(n >= expectedRuns / 2, "they alternated at least " + expectedRuns / 2 + " times");
        if (n > 0) {
            Arrays.sort(lengths);
            long medianUs = micros(lengths[n / 2]);
            Console.println("  run length: min " + micros(lengths[0]) / 1000 + " ms, median " + medianUs / 1000 + "."
                    + (medianUs / 100) % 10 + " ms, max " + micros(lengths[n - 1]) / 1000 + " ms");
            long q = quantumMs * 1000L;
            check.that(medianUs >= q / 2 && medianUs <= q * 2, "median run is about one quantum (" + quantumMs + " ms)");
        }
    }

    private static void spin(int me) {
        long count = 0;
        while (!stop) {
            count++;
            if (lastRunner != me) {
                lastRunner = me;
                if (segments[me] < MAX_SEGMENTS) {
                    segmentStarts[me][segments[me]++] = Cpu.rdtsc();
                }
            }
        }
        spins[me] = count;
    }

    /** Lengths of the runs between consecutive switch points of both threads, in TSC cycles. */
    private static long[] segmentLengths() {
        int total = segments[0] + segments[1];
        long[] starts = new long[total];
        System.arraycopy(segmentStarts[0], 0, starts, 0, segments[0]);
        System.arraycopy(segmentStarts[1], 0, starts, segments[0], segments[1]);
        Arrays.sort(starts);
        // The first run starts at an arbitrary point and the last one ends with `stop`: only
        // the runs between two observed switches count.
        long[] lengths = new long[Math.max(0, total - 1)];
        for (int i = 1; i < total; i++) {
            lengths[i - 1] = starts[i] - starts[i - 1];
        }
        return lengths;
    }

    private static long micros(long cycles) {
        return cycles / Math.max(1, Clock.tscHz() / 1_000_000);
    }
}
