/*
 * What a process has used, for getrusage(2), times(2), wait4's rusage and the CPU-time clocks:
 * CPU time from the scheduler's per-thread TSC accounting (KThread.cpuCyclesNow: the stint
 * under way counts too), context switches from its dispatch and preemption counts, page
 * faults from each thread's count (Task.minorFaults; no fault does I/O, so none is major), the
 * peak resident set of the address space (sampled when asked, at exec and at exit: it is not
 * tracked page by page). A process adds the time of its threads as they exit; a parent adds
 * a child's total (its own and its reaped children's) when wait reaps it, as Linux does, and
 * not when the child is reaped automatically (SIGCHLD ignored). The CPU time splits into user
 * and system time by the timer's samples (KThread.countTick: each tick finds the thread in
 * user mode or in the kernel), in proportion, as Linux's tick-based accounting does
 * (cputime_adjust): exact in total, sampled in its split; no ticks at all means user time.
 * Guarded by Processes.lock. Used by syscall.ResourceCalls and TimeCalls, and Timers' CPU clocks.
 */
package exo.kernel.proc;

import exo.hw.Cpu;
import exo.kernel.cpu.Irq;
import exo.kernel.sched.KThread;
import exo.kernel.time.Clock;
import exo.kernel.vm.AddressSpace;

public final class ProcessUsage {
    private ProcessUsage() {}

    static final long PAGE_KIB = 4;

    /** The totals of a set of threads: CPU time, peak memory, page faults, context switches. */
    public static final class Sample {
        public long cpuNanos;
        /** The part of cpuNanos spent in the kernel (system time). */
        public long systemNanos;
        long systemTicks;
        long userTicks;
        public long maxRssKib;
        public long minorFaults;
        public long voluntarySwitches;
        public long involuntarySwitches;
    }

    /** The accumulators a process keeps (Process.usage). */
    static final class Totals {
        long exitedCycles;
        long exitedSystemTicks;
        long exitedUserTicks;
        long exitedVoluntary;
        long exitedInvoluntary;
        long exitedMinorFaults;
        long maxRssKib;
        long childCycles;
        long childSystemTicks;
        long childUserTicks;
        long childVoluntary;
        long childInvoluntary;
        long childMinorFaults;
        long childMaxRssKib;
    }

    /** RUSAGE_THREAD: the calling thread alone. */
    public static Sample thread(Task t) {
        Sample s = new Sample();
        addThread(s, t);
        finish(s);
        s.maxRssKib = sampleRss(t.process);
        return s;
    }

    /** RUSAGE_SELF: every thread of p, the exited ones included. */
    public static Sample self(Process p) {
        long rss = sampleRss(p);
        Processes.lock.lock();
        try {
            Sample s = new Sample();
            s.cpuNanos = p.usage.exitedCycles;
            s.systemTicks = p.usage.exitedSystemTicks;
            s.userTicks = p.usage.exitedUserTicks;
            s.voluntarySwitches = p.usage.exitedVoluntary;
            s.involuntarySwitches = p.usage.exitedInvoluntary;
            s.minorFaults = p.usage.exitedMinorFaults;
            for (Task t : p.threads) {
                addThread(s, t);
            }
            finish(s);
            s.maxRssKib = Math.max(rss, p.usage.maxRssKib);
            return s;
        } finally {
            Processes.lock.unlock();
        }
    }

    /** RUSAGE_CHILDREN: the children p has reaped with wait, and theirs. */
    public static Sample children(Process p) {
        Processes.lock.lock();
        try {
            Sample s = new Sample();
            s.cpuNanos = p.usage.childCycles;
            s.systemTicks = p.usage.childSystemTicks;
            s.userTicks = p.usage.childUserTicks;
            finish(s);
            s.voluntarySwitches = p.usage.childVoluntary;
            s.involuntarySwitches = p.usage.childInvoluntary;
            s.minorFaults = p.usage.childMinorFaults;
            s.maxRssKib = p.usage.childMaxRssKib;
            return s;
        } finally {
            Processes.lock.unlock();
        }
    }

    /** A child's use for its parent's wait4: its own and its reaped children's. Locked. */
    static Sample totalLocked(Process c) {
        Totals u = c.usage;
        Sample s = new Sample();
        s.cpuNanos = u.exitedCycles + u.childCycles;
        s.systemTicks = u.exitedSystemTicks + u.childSystemTicks;
        s.userTicks = u.exitedUserTicks + u.childUserTicks;
        s.voluntarySwitches = u.exitedVoluntary + u.childVoluntary;
        s.involuntarySwitches = u.exitedInvoluntary + u.childInvoluntary;
        s.minorFaults = u.exitedMinorFaults + u.childMinorFaults;
        for (Task t : c.threads) {
            addThread(s, t);
        }
        finish(s);
        s.maxRssKib = Math.max(u.maxRssKib, u.childMaxRssKib);
        return s;
    }

    /** CLOCK_PROCESS_CPUTIME_ID, and the clock of ITIMER_VIRTUAL/ITIMER_PROF. */
    public static long processCpuNanos(Process p) {
        Processes.lock.lock();
        try {
            long cycles = p.usage.exitedCycles;
            for (Task t : p.threads) {
                cycles += cyclesNow(t.thread());
            }
            return Clock.cyclesToNanos(cycles, Clock.tscHz());
        } finally {
            Processes.lock.unlock();
        }
    }

    /** CLOCK_THREAD_CPUTIME_ID. */
    public static long threadCpuNanos(Task t) {
        return Clock.cyclesToNanos(cyclesNow(t.thread()), Clock.tscHz());
    }

    /** A thread leaves its process: its time stays with the process. Locked. */
    static void threadExitedLocked(Task t) {
        KThread k = t.thread();
        Totals u = t.process.usage;
        u.exitedCycles += cyclesNow(k);
        if (k != null) {
            u.exitedSystemTicks += k.systemTicks();
            u.exitedUserTicks += k.userTicks();
        }
        u.exitedInvoluntary += k.preemptions();
        u.exitedVoluntary += voluntary(k);
        u.exitedMinorFaults += t.minorFaults;
    }

    /** wait reaped child: the parent's children totals take the child's. Locked. */
    static void reapedLocked(Process parent, Process child) {
        Totals c = child.usage;
        Totals u = parent.usage;
        u.childCycles += c.exitedCycles + c.childCycles;
        u.childSystemTicks += c.exitedSystemTicks + c.childSystemTicks;
        u.childUserTicks += c.exitedUserTicks + c.childUserTicks;
        u.childVoluntary += c.exitedVoluntary + c.childVoluntary;
        u.childInvoluntary += c.exitedInvoluntary + c.childInvoluntary;
        u.childMinorFaults += c.exitedMinorFaults + c.childMinorFaults;
        u.childMaxRssKib = Math.max(u.childMaxRssKib, Math.max(c.maxRssKib, c.childMaxRssKib));
    }

    /** Records the resident set of p's address space as a peak candidate (before it goes). */
    static long sampleRss(Process p) {
        AddressSpace mm = p.mm;
        if (mm == null) {
            return p.usage.maxRssKib;
        }
        long kib;
        mm.lock.lock();
        try {
            kib = mm.residentPages() * PAGE_KIB;
        } finally {
            mm.lock.unlock();
        }
        if (kib > p.usage.maxRssKib) {
            p.usage.maxRssKib = kib;
        }
        return p.usage.maxRssKib;
    }

    private static void addThread(Sample s, Task t) {
        s.minorFaults += t.minorFaults;
        KThread k = t.thread();
        if (k == null) {
            return;
        }
        s.cpuNanos += cyclesNow(k);   // in cycles until finish() converts
        s.systemTicks += k.systemTicks();
        s.userTicks += k.userTicks();
        s.involuntarySwitches += k.preemptions();
        s.voluntarySwitches += voluntary(k);
    }

    /** Converts s's CPU time from cycles to nanoseconds and splits off its system part. */
    private static void finish(Sample s) {
        s.cpuNanos = Clock.cyclesToNanos(s.cpuNanos, Clock.tscHz());
        s.systemNanos = systemPart(s.cpuNanos, s.systemTicks, s.userTicks);
    }

    /** The share of cpu (any unit) the ticks found in the kernel; 0 when no tick was taken. */
    static long systemPart(long cpu, long systemTicks, long userTicks) {
        long ticks = systemTicks + userTicks;
        return ticks == 0 ? 0 : (long) ((double) cpu * systemTicks / ticks);
    }

    private static long cyclesNow(KThread k) {
        if (k == null) {
            return 0;
        }
        boolean on = Irq.save();   // the scheduler updates the two fields together with interrupts off
        try {
            return k.cpuCyclesNow(Cpu.rdtsc());
        } finally {
            Irq.restore(on);
        }
    }

    /** Times the thread gave the CPU up itself: every dispatch ends in a switch, voluntary or not. */
    private static long voluntary(KThread k) {
        long outs = k.state() == KThread.RUNNING ? k.dispatches() - 1 : k.dispatches();
        return Math.max(0, outs - k.preemptions());
    }
}
