/*
 * The scheduler on the machine: the running thread, the switch between threads, and the ways a
 * thread leaves the CPU (yield, sleep, block, exit, preemption). The choice of the next thread is
 * ThreeQueues' (three run queues by CPU-burst average), sleepers wait in a TimerQueue, and the
 * switch itself is the assembly's (Cpu.switchStacks, kernel/arch/x86_64/switch.S).
 *
 * Every change of scheduler state happens with interrupts off (one CPU, so that is the lock).
 * The timer interrupt calls tick(): due sleepers are woken and the running thread's time slice
 * counted down; when it runs out, or a woken thread belongs to a better queue than the running
 * one, needResched is set and the switch happens on the way out of the interrupt
 * (preemptIfNeeded, called by Traps.dispatch after the PIC's EOI, so the next thread gets
 * timer interrupts). A preempted thread is therefore suspended inside its own interrupt
 * handler, its trap frame on its own stack, and resumes through iretq. The slice is counted in
 * timer ticks (quantum= on the command line, rounded up to whole ticks of 10 ms at 100 Hz).
 *
 * When no thread is ready the idle thread runs: it halts until the next interrupt.
 * Execution context: tick() and preemptIfNeeded() run in the timer interrupt; the blocking calls
 * (yield, sleep, block, join) only from a thread, never from an interrupt handler.
 */
package exo.kernel.sched;

import exo.hw.Cpu;
import exo.hw.Export;
import exo.hw.Memory;
import exo.kernel.arch.x86_64.cpu.Tss;
import exo.kernel.arch.x86_64.regs.ControlRegs;
import exo.kernel.arch.x86_64.trap.PerCpuArea;
import exo.kernel.cpu.CpuState;
import exo.kernel.cpu.Irq;
import exo.kernel.cpu.PerCpu;
import exo.kernel.mm.FrameAllocator;
import exo.kernel.mm.PageTable;
import exo.kernel.time.Clock;
import exo.kernel.time.Ticks;
import exo.rt.AllocOk;
import exo.rt.Blocking;
import exo.rt.Inline;
import exo.rt.IrqContext;

@AllocOk("initialised by Boot (Scheduler.init) before interrupts are on and before any thread switch")
public final class Scheduler {
    private Scheduler() {}

    private static ThreeQueues queues;
    // No static initialisers in this class: without a <clinit>, exoc needs no initialisation
    // test before the inlined current() and the other calls that every lock and wait make.
    private static TimerQueue timers;
    /** Each CPU's idle thread, indexed by PerCpu.index(). (The thread each CPU runs is in its
     *  per-CPU area: current(). The collector reaches it through Threads' table.) */
    private static KThread[] idles;
    // FIXME(SMP): the run queues, the slice, needResched and the zombie are the boot CPU's;
    // they become per-CPU with the SMP scheduler.
    private static boolean started;
    private static int hz;
    private static int quantumMs;
    private static int quantumTicks;
    private static int sliceLeft;
    private static boolean needResched;
    /** needResched was set by a wake-up into a better queue (not by the end of the slice). */
    private static boolean wokenBetter;
    /** A thread that exited; its stack is freed by the next thread to run. */
    private static KThread zombie;
    private static long switches;
    private static long preemptions;
    private static long wakePreemptions;
    private static long handoffs;
    /**
     * The thread last made ready by a wake() in thread context, READY but on no run queue yet:
     * handoffToWoken's candidate, which it would only take off its queue again. schedule()
     * queues it before it picks (queueWoken), as does the next such wake-up.
     */
    private static KThread woken;
    /** null: haltOnUncaught. */
    private static UncaughtHandler uncaughtHandler;

    /** What becomes of an exception that escapes a thread's entry (Boot installs the panic). */
    public interface UncaughtHandler {
        void uncaught(KThread thread, Throwable t);
    }

    public static void setUncaughtHandler(UncaughtHandler h) {
        uncaughtHandler = h;
    }

    /** The default until Boot installs its own: report and stop this CPU. */
    private static void haltOnUncaught(KThread thread, Throwable t) {
        System.err.println("uncaught exception in " + thread + ": " + t);
        Cpu.cli();
        for (;;) {
            Cpu.hlt();
        }
    }

    /**
     * Starts scheduling, interrupts off: the running code becomes the thread "main" on the boot
     * stack, and the idle thread is created. The time slice is sliceMs (rounded up to whole
     * ticks of the timer running at timerHz); stacks are mapped in space with frames.
     */
    public static void init(int sliceMs, int timerHz, PageTable space, FrameAllocator frames) {
        hz = timerHz;
        quantumMs = sliceMs;
        quantumTicks = Math.max(1, (quantumMs * hz + 999) / 1000);
        if (idles == null) {
            idles = new KThread[PerCpu.MAX_CPUS];
        }
        timers = new TimerQueue();
        queues = new ThreeQueues(Math.max(1, Clock.tscHz() / 1000 * quantumMs));
        long bootStackLow = Cpu.symbolAddress("boot_stack_bottom");
        long bootStackTop = Cpu.symbolAddress("boot_stack_top");
        KThread boot = Threads.init(space, frames, bootStackLow, bootStackTop);
        queues.initThread(boot);
        boot.state = KThread.RUNNING;
        boot.dispatchTsc = Cpu.rdtsc();
        boot.dispatches = 1;
        setRunning(boot);
        sliceLeft = quantumTicks;
        KThread idle = Threads.spawn(arg -> idleLoop(), null, "idle", KThread.PRIORITY_LOW);
        idle.state = KThread.READY;
        idle.idle = true;
        idles[PerCpu.index()] = idle;
        started = true;
        CpuState.setThreadsStarted(true);
        // From now on a thread may be preempted inside the allocation fast path.
        exo.rt.Heap.setThreadsStopAnywhere(true);
    }

    public static boolean started() {
        return started;
    }

    /** Forgets every thread and statistic, back to before init (host tests). */
    public static void reset() {
        started = false;
        CpuState.setThreadsStarted(false);
        queues = null;
        timers = new TimerQueue();
        for (int i = 0; idles != null && i < PerCpu.MAX_CPUS; i++) {
            idles[i] = null;
        }
        Cpu.writeGsObject(PerCpuArea.THREAD, null);
        zombie = null;
        needResched = false;
        wokenBetter = false;
        switches = 0;
        preemptions = 0;
        wakePreemptions = 0;
        handoffs = 0;
        woken = null;
    }

    /** Sleeping threads (tests). */
    public static int sleeping() {
        return timers == null ? 0 : timers.size();
    }

    /** The thread running on this CPU: one gs-relative load (setRunning keeps it). */
    @Inline   // every lock operation and system call asks
    public static KThread current() {
        return (KThread) Cpu.readGsObject(PerCpuArea.THREAD);
    }

    /**
     * The running thread as a bare reference, for code that only compares or stores it (the
     * Mutex's owner): current()'s checked cast costs a class-range test and an exception test
     * on each of the four mutex operations of every pipe call.
     */
    @Inline
    public static Object currentIdentity() {
        return Cpu.readGsObject(PerCpuArea.THREAD);
    }

    /** Makes t this CPU's running thread: in the per-CPU area, which current() reads. */
    @Inline   // on every switch
    private static void setRunning(KThread t) {
        Cpu.writeGsObject(PerCpuArea.THREAD, t);
    }

    static KThread idleThread() {
        return idles[PerCpu.index()];
    }

    /** The policy object (tests read classes and queue sizes). */
    public static ThreeQueues queues() {
        return queues;
    }

    public static int quantumMs() {
        return quantumMs;
    }

    public static int quantumTicks() {
        return quantumTicks;
    }

    public static long switches() {
        return switches;
    }

    public static long preemptions() {
        return preemptions;
    }

    /** Preemptions caused by the wake-up of a thread in a better queue. */
    public static long wakePreemptions() {
        return wakePreemptions;
    }

    /** Direct switches to a woken thread (handoffToWoken). */
    public static long handoffs() {
        return handoffs;
    }

    /** Queues a new thread (Threads.create). */
    static void admit(KThread t) {
        boolean on = Irq.save();
        queues.initThread(t);
        t.state = KThread.READY;
        queues.enqueue(t);
        if (queues.preempts(t, running())) {
            needResched = true;
            wokenBetter = true;
        }
        Irq.restore(on);
    }

    /** The running thread for queue comparisons: null for the idle thread. */
    @Inline   // on every wake-up
    private static KThread running() {
        KThread current = current();
        return current.idle ? null : current;
    }

    // ---- leaving the CPU --------------------------------------------------------------------

    /** Gives the CPU to another ready thread of the same or a better queue, if any. */
    @Blocking
    public static void yield() {
        checkThreadContext();
        boolean on = Irq.save();
        schedule(current(), true);
        Irq.restore(on);
    }

    /** Sleeps at least ms milliseconds (whole timer ticks, plus the tick already under way). */
    public static void sleepMillis(long ms) {
        sleepTicks((ms * hz + 999) / 1000 + 1);
    }

    /** Sleeps until `ticks` more timer ticks have happened. */
    @Blocking
    public static void sleepTicks(long ticks) {
        if (!started) {
            Ticks.waitTicks(ticks);
            return;
        }
        checkThreadContext();
        boolean on = Irq.save();
        if (ticks > 0) {
            KThread current = current();
            current.state = KThread.SLEEPING;
            timers.add(current, Ticks.now() + ticks);
        }
        schedule(current(), true);
        Irq.restore(on);
    }

    /**
     * Blocks the running thread until wake(); interrupts must be off, and the caller has put the
     * thread where its waker will find it (a wait queue), so that no wake-up is lost in between.
     */
    @Blocking
    @Inline   // into the waits (ThreadWaiter, Mutex, WaitQueue): one call less per block
    public static void block() {
        checkThreadContext();
        if (Cpu.interruptsEnabled()) {
            throw new IllegalStateException("Scheduler.block with interrupts on");
        }
        KThread self = current();
        self.state = KThread.BLOCKED;
        schedule(self, true);   // (one checked cast of current() for both)
    }

    /**
     * Makes a blocked or sleeping thread ready (interrupts off); returns false when it was not
     * waiting. When it belongs to a better queue than the running thread it preempts it: at the
     * end of the interrupt handler, or at the waker's next reschedIfNeeded().
     */
    @IrqContext
    public static boolean wake(KThread t) {
        if (t.state != KThread.BLOCKED && t.state != KThread.SLEEPING) {
            return false;
        }
        if (t.inTimerQueue) {   // (a blocked thread is not: no call on every pipe wake-up)
            timers.remove(t);
        }
        if (t.list != null) {
            t.list.remove(t);
        }
        t.state = KThread.READY;
        if (CpuState.inInterrupt()) {
            queues.enqueue(t);
        } else {
            queueWoken();   // an earlier candidate that was not handed the CPU
            woken = t;
        }
        if (queues.preempts(t, running())) {
            needResched = true;
            wokenBetter = true;
        }
        return true;
    }

    /** Queues the thread that wake() left off its queue (see woken); interrupts off. */
    @Inline   // on every switch
    private static void queueWoken() {
        KThread t = woken;
        if (t != null) {
            woken = null;
            queues.enqueue(t);
        }
    }

    /** In thread context: switches now if a wake-up asked for it. */
    @Inline   // after every Mutex.unlock: one load and a branch when nothing asked
    public static void reschedIfNeeded() {
        if (needResched) {
            reschedNow();
        }
    }

    private static void reschedNow() {
        if (started && Cpu.interruptsEnabled() && !CpuState.inInterrupt()) {
            Cpu.cli();
            if (needResched) {
                schedule(current(), false);
            }
            Cpu.sti();
        }
    }

    /** Ends the running thread: wakes its joiners and never returns. */
    static void exitCurrent() {
        Cpu.cli();
        KThread self = current();
        if (self.idle || self.slot == 0) {
            throw new IllegalStateException(self + " cannot exit");
        }
        self.state = KThread.DEAD;
        while (!self.joiners.isEmpty()) {
            wake(self.joiners.peek());
        }
        zombie = self;
        schedule(current(), true);
        throw new IllegalStateException("a dead thread was resumed");
    }

    // ---- the timer interrupt -----------------------------------------------------------------

    /** Called by the timer interrupt with the new tick count (interrupts off, no allocation). */
    @IrqContext
    public static void tick(long now) {
        if (!started) {
            return;
        }
        KThread t;
        while ((t = timers.pollExpired(now)) != null) {
            wake(t);
        }
        if (!current().idle && --sliceLeft <= 0) {
            needResched = true;
        }
    }

    /** Called on the way out of an interrupt (after the EOI): switches when tick or a wake asked. */
    @IrqContext
    public static void preemptIfNeeded() {
        if (needResched && started) {
            schedule(current(), false);
        }
    }

    // ---- the switch ---------------------------------------------------------------------

    /**
     * Chooses the next thread and switches to it (interrupts off); prev is the running thread
     * (current(), which callers often have at hand already). voluntary: the running
     * thread gives the CPU up itself (its burst ends); otherwise it is preempted. Returns when
     * the calling thread runs again. Allocates nothing: it runs inside interrupt handlers.
     */
    @IrqContext
    private static void schedule(KThread prev, boolean voluntary) {
        long now = Cpu.rdtsc();
        boolean byWake = wokenBetter;
        needResched = false;
        wokenBetter = false;
        queueWoken();
        leave(prev, now, voluntary);
        KThread next = queues.pick();
        if (next == null) {
            next = idleThread();
        }
        if (next == prev) {
            next.state = KThread.RUNNING;
            next.dispatchTsc = now;
            sliceLeft = quantumTicks;
            return;
        }
        if (!voluntary && !prev.idle) {
            prev.preemptions++;
            preemptions++;
            if (byWake) {
                wakePreemptions++;
            }
        }
        switchTo(prev, next, now);
    }

    /** The accounting of prev leaving the CPU at now: its burst, its class, its queue. */
    @Inline   // on every switch
    private static void leave(KThread prev, long now, boolean voluntary) {
        if (!prev.idle) {
            long ran = now - prev.dispatchTsc;
            prev.cpuCycles += ran;
            queues.endStint(prev, ran, voluntary);
            if (prev.state == KThread.RUNNING) {
                prev.state = KThread.READY;
                queues.enqueue(prev);
            }
        } else {
            prev.state = KThread.READY;
        }
    }

    /** Runs next (taken off its queue) instead of prev on this CPU; returns when prev runs again. */
    @Inline   // on every switch
    private static void switchTo(KThread prev, KThread next, long now) {
        next.state = KThread.RUNNING;
        next.dispatchTsc = now;
        sliceLeft = quantumTicks;
        next.dispatches++;
        switches++;
        setRunning(next);
        switchRuntimeBlock(next.runtimeBlock);
        Cpu.writeGsObject(PerCpuArea.USER_CONTEXT, next.user);   // Task.current() reads it
        if (next.user != null) {
            loadUserContext(next);
        }
        Cpu.switchStacks(prev.savedRspAt, Memory.read64(next.savedRspAt));
        if (zombie != null) {   // (tested here: a call and its exception test on every switch)
            finishSwitch();
        }
    }

    /**
     * Compiled code allocates through the running thread's runtime block from here on: each
     * thread bumps its own buffer, so the allocation fast path needs no interrupts off (and
     * a thread preempted inside it resumes with its own buffer). A field load and a store;
     * given the address rather than the thread, so that it cannot throw (no exception test).
     */
    @Inline   // on every switch
    private static void switchRuntimeBlock(long nextRuntimeBlock) {
        Cpu.writeGs64(PerCpuArea.RUNTIME_BLOCK, nextRuntimeBlock);
    }

    // ---- the direct switch to a woken thread --------------------------------------------------

    /**
     * Hands the CPU straight to the thread the running one has just woken (woken, set by
     * wake() in thread context), when that thread is still ready, of the same or a better queue
     * class, and nobody of a better class than its own waits: a pipe writer to the reader
     * blocked on it, so that the reader runs at once and answers into the writer's pipe before
     * the writer waits there (the round trip then costs one block and one wake-up, not two).
     * Without it a reader of a better class got the CPU anyway, at the writer's next
     * reschedIfNeeded (a wake-up preemption, through pick()); one of the same class waited
     * until the writer blocked. The giver's burst goes on (endStint as for a preemption: it
     * did not block; it counts as an involuntary switch) and it is queued at the tail of its
     * class like a yielding thread; the switch skips pick(), and the woken thread never went
     * into its queue (when it is not handed the CPU, it goes there now). Thread context, no
     * lock held that the woken thread needs (it would only come back at once).
     * FIXME(SMP): woken is per-CPU state; a wake-up of a thread of another CPU never hands off.
     */
    @Blocking
    public static void handoffToWoken() {
        if (woken == null) {
            return;
        }
        boolean on = Irq.save();
        KThread next = woken;   // (null when an interrupt has switched threads since the test)
        if (next != null) {
            woken = null;
            KThread prev = current();
            if (canHandOff(prev, next)) {
                long now = Cpu.rdtsc();
                needResched = false;
                wokenBetter = false;
                leave(prev, now, false);
                prev.preemptions++;
                handoffs++;
                switchTo(prev, next, now);
            } else {
                queues.enqueue(next);
            }
        }
        Irq.restore(on);
    }

    /** May prev give the CPU to next, woken and not queued, without a pick? (see handoffToWoken;
     *  next is not prev: wake() only makes blocked and sleeping threads ready) */
    @Inline
    private static boolean canHandOff(KThread prev, KThread next) {
        return !prev.idle && next.queueClass <= prev.queueClass
                && !queues.hasBetterThan(next.queueClass) && !CpuState.inInterrupt();
    }

    /**
     * Before a user thread runs: entries from user mode must land on its kernel stack (the
     * per-CPU area's KERNEL_RSP for syscall, the TSS's rsp0 for traps), and its address space
     * and TLS base must be loaded. Kernel threads keep whatever address space is loaded: they
     * only touch the kernel half, which every address space shares.
     */
    @Inline   // on every switch to a user thread
    private static void loadUserContext(KThread next) {
        UserContext u = next.user;
        Cpu.writeGs64(PerCpuArea.KERNEL_RSP, next.stackTop);
        Memory.write64(Cpu.readGs64(PerCpuArea.TSS) + Tss.RSP0, next.stackTop);
        if (Cpu.readGs64(PerCpuArea.CR3) != u.rootPhys) {
            Cpu.writeCr3(u.rootPhys);
            Cpu.writeGs64(PerCpuArea.CR3, u.rootPhys);
        }
        if (Cpu.readGs64(PerCpuArea.FS_BASE) != u.fsBase) {
            Cpu.wrmsr(ControlRegs.MSR_FS_BASE, u.fsBase);
            Cpu.writeGs64(PerCpuArea.FS_BASE, u.fsBase);
        }
    }

    /** Runs first in the thread that got the CPU: frees the stack of a thread that exited. */
    private static void finishSwitch() {
        KThread z = zombie;
        if (z != null && z != current()) {
            zombie = null;
            Threads.release(z);
        }
    }

    /**
     * Where a new thread starts (switch.S's trampoline calls it, interrupts off): runs its
     * entry with interrupts on, then exits.
     */
    @Export("exo_thread_start")
    static void threadStart() {
        finishSwitch();
        KThread self = current();
        Cpu.sti();
        try {
            self.entry.run(self.arg);
        } catch (Throwable t) {
            UncaughtHandler h = uncaughtHandler;
            if (h == null) {
                haltOnUncaught(self, t);
            } else {
                h.uncaught(self, t);
            }
        }
        exitCurrent();
    }

    private static void idleLoop() {
        for (;;) {
            Cpu.cli();
            if (!queues.isEmpty()) {
                schedule(current(), true);
            }
            // An interrupt between sti and hlt that wakes a thread switches away at its end.
            Cpu.sti();
            Cpu.hlt();
        }
    }

    @Inline   // on every block
    private static void checkThreadContext() {
        if (CpuState.inInterrupt()) {
            throw new IllegalStateException("a thread operation in an interrupt handler");
        }
    }

    /** Microseconds of TSC time (statistics). */
    public static long micros(long cycles) {
        return Threads.micros(cycles);
    }
}
