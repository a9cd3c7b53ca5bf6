/*
 * The thread table and the thread life cycle: create (a stack with a guard page and a first
 * switch frame, then the run queue), exit, join, and the release of a dead thread's stack. The
 * table has MAX_THREADS slots; a thread's slot also places its stack (ThreadStack) and the
 * word where the context switch saves its stack pointer (one raw frame, savedRsps, so that the
 * assembly writes to plain memory, never into a Java object). Slot 0 is the boot thread
 * ("main", on the boot stack), adopted by Scheduler.init.
 *
 * The garbage collector reaches every thread through here (Platform's stack hooks): the running
 * thread's stack top, and for each other live thread the range from its saved stack pointer
 * (its switch frame, above which lie its trap frame when it was preempted, and its Java frames)
 * up to its stack top, and every live thread's runtime block (RuntimeBlocks: its allocation
 * buffer, which the collector resets or keeps). Those hooks run inside a collection with interrupts off: they read the
 * table and must not allocate, block or throw.
 *
 * dump() writes the table, for the panic report, Ctrl+T and the tests.
 */
package exo.kernel.sched;

import exo.hw.Cpu;
import exo.hw.Memory;
import exo.kernel.arch.x86_64.trap.SwitchFrame;
import exo.kernel.cpu.Irq;
import exo.kernel.mm.FrameAllocator;
import exo.kernel.mm.PageTable;
import exo.kernel.mm.PhysAddr;
import exo.kernel.time.Clock;
import exo.kernel.util.Fmt;
import exo.rt.AllocOk;
import exo.rt.Inline;
import java.util.function.Consumer;

@AllocOk("initialised by Scheduler.init at boot, before interrupts are on; the collector's hooks touch it only once threads run")
public final class Threads {
    private Threads() {}

    /**
     * Kernel threads plus user threads. 256 (36 KiB of stack each, made on demand) lets a
     * test fork a hundred children at once, as libc-test and LTP do; savedRsps, one frame of
     * 8-byte words, bounds it at 512.
     */
    public static final int MAX_THREADS = 256;

    private static final KThread[] table = new KThread[MAX_THREADS];
    private static final long[] gcLow = new long[MAX_THREADS];
    private static final long[] gcHigh = new long[MAX_THREADS];
    private static final long[] gcBlocks = new long[MAX_THREADS];
    private static int count;
    private static int nextId;
    private static long savedRsps;
    private static PageTable space;
    private static FrameAllocator frames;

    /** Sets up the table; the boot thread (running now) takes slot 0. */
    static KThread init(PageTable kernelSpace, FrameAllocator frameAllocator, long bootStackLow, long bootStackTop) {
        space = kernelSpace;
        frames = frameAllocator;
        for (int i = 0; i < MAX_THREADS; i++) {
            table[i] = null;
        }
        PhysAddr frame = frames.allocZeroed();
        if (frame.isNone()) {
            throw new IllegalStateException("no frame for the thread table");
        }
        savedRsps = frame.direct().value();
        RuntimeBlocks.reset();
        KThread boot = new KThread(0, "main", KThread.PRIORITY_NORMAL, null, null);
        boot.runtimeBlock = RuntimeBlocks.current();
        boot.slot = 0;
        boot.savedRspAt = savedRspAddr(boot);
        boot.stackLow = bootStackLow;
        boot.stackTop = bootStackTop;
        table[0] = boot;
        count = 1;
        nextId = 1;
        return boot;
    }

    /**
     * Creates a thread that runs entry.run(arg) and queues it; it may run before this returns
     * when it lands in a better queue than the caller's. Throws IllegalStateException when the
     * table is full or no memory is left for its stack.
     */
    public static KThread create(ThreadEntry entry, Object arg, String name, int priority) {
        KThread t = spawn(entry, arg, name, priority);
        Scheduler.admit(t);
        Scheduler.reschedIfNeeded();
        return t;
    }

    /**
     * Creates a thread that will run user code: like create, but the top of its kernel stack is
     * kept for its user registers (a TrapFrame, see KThread.userFrame), and the scheduler loads
     * user's address space and TLS base whenever it runs. entry builds the first user frame and
     * enters user mode (Cpu.enterUser). Not queued: the caller starts it with Threads.start once
     * it is fully set up.
     */
    public static KThread createUser(ThreadEntry entry, Object arg, String name, UserContext user) {
        KThread t = spawn(entry, arg, name, KThread.PRIORITY_NORMAL, user);
        return t;
    }

    /** Queues a thread made by createUser. */
    public static void start(KThread t) {
        Scheduler.admit(t);
        Scheduler.reschedIfNeeded();
    }

    static KThread spawn(ThreadEntry entry, Object arg, String name, int priority) {
        return spawn(entry, arg, name, priority, null);
    }

    /** A thread with its stack and first switch frame, not yet queued (the idle thread stays so). */
    private static KThread spawn(ThreadEntry entry, Object arg, String name, int priority, UserContext user) {
        KThread t;
        boolean on = Irq.save();
        try {
            t = new KThread(nextId++, name, priority, entry, arg);
            int slot = freeSlot();
            if (slot < 0) {
                throw new IllegalStateException("thread table full (" + MAX_THREADS + " threads)");
            }
            t.runtimeBlock = RuntimeBlocks.fresh(slot, frames);
            if (t.runtimeBlock == 0 || !ThreadStack.map(slot, space, frames)) {
                throw new IllegalStateException("out of memory for the stack of thread " + name);
            }
            t.slot = slot;
            t.savedRspAt = savedRspAddr(t);
            t.stackLow = ThreadStack.low(slot);
            t.stackTop = ThreadStack.top(slot);
            t.user = user;
            long rsp = SwitchFrame.build(user == null ? t.stackTop : t.userFrame(), Cpu.symbolAddress("exo_thread_trampoline"));
            if (user != null) {
                // fork and clone: the new user thread starts with its creator's FPU/SSE
                // registers, as on Linux (they are the creator's user state: the kernel
                // computes in general registers only); a kernel thread starts from power-up
                Cpu.fxsave(rsp + SwitchFrame.FXSAVE);
            }
            Memory.write64(savedRspAddr(t), rsp);
            table[slot] = t;
            count++;
        } finally {
            Irq.restore(on);
        }
        return t;
    }

    private static int freeSlot() {
        for (int i = 1; i < MAX_THREADS; i++) {
            if (table[i] == null) {
                return i;
            }
        }
        return -1;
    }

    /** Ends the calling thread (also what returning from its entry does). */
    public static void exit() {
        Scheduler.exitCurrent();
    }

    /** Waits until t has ended. */
    public static void join(KThread t) {
        boolean on = Irq.save();
        try {
            while (t.state != KThread.DEAD) {
                t.joiners.add(Scheduler.current());
                Scheduler.block();
            }
        } finally {
            Irq.restore(on);
        }
    }

    /** Frees a dead thread's stack and slot; runs on another thread's stack, interrupts off. */
    static void release(KThread t) {
        if (t.slot <= 0) {
            return;
        }
        ThreadStack.unmap(t.slot, space, frames);
        Memory.write64(savedRspAddr(t), 0);
        table[t.slot] = null;
        count--;
        t.slot = -1;
    }

    /** Where the context switch saves t's stack pointer. */
    @Inline   // on every switch
    static long savedRspAddr(KThread t) {
        return savedRsps + 8L * t.slot;
    }

    @Inline   // on every switch
    static long savedRsp(KThread t) {
        return Memory.read64(savedRspAddr(t));
    }

    public static int count() {
        return count;
    }

    /** The thread in a table slot, or null. */
    public static KThread inSlot(int slot) {
        return table[slot];
    }

    /** The live thread whose stack guard page holds addr, or null (panic reports). */
    public static KThread guardPageOwner(long addr) {
        int slot = ThreadStack.guardSlot(addr, MAX_THREADS);
        return slot < 0 ? null : table[slot];
    }

    // ---- GC roots (Platform's hooks; interrupts off, no allocation) ----------------------

    public static long currentStackTop() {
        return Scheduler.current().stackTop;
    }

    /** Takes a snapshot of the other live threads' stack ranges; returns how many. */
    public static int gcStackCount() {
        KThread running = Scheduler.current();
        int n = 0;
        for (int i = 0; i < MAX_THREADS; i++) {
            KThread t = table[i];
            if (t != null && t != running && t.state != KThread.DEAD) {
                gcLow[n] = savedRsp(t);
                gcHigh[n] = t.stackTop;
                n++;
            }
        }
        return n;
    }

    /**
     * Takes a snapshot of the live threads' runtime blocks (the running one's included: the
     * collector resets or keeps each one's allocation buffer); returns how many.
     */
    public static int gcBlockCount() {
        int n = 0;
        for (int i = 0; i < MAX_THREADS; i++) {
            KThread t = table[i];
            if (t != null && t.state != KThread.DEAD && t.runtimeBlock != 0) {
                gcBlocks[n++] = t.runtimeBlock;
            }
        }
        return n;
    }

    public static long gcBlock(int i) {
        return gcBlocks[i];
    }

    public static long gcStackLow(int i) {
        return gcLow[i];
    }

    public static long gcStackHigh(int i) {
        return gcHigh[i];
    }

    // ---- the table dump -----------------------------------------------------------------

    /** Writes the thread table, a line at a time, to out (the console, for the panic report). */
    public static void dump(Consumer<String> out) {
        out.accept("threads: " + count + " of " + MAX_THREADS + ", quantum " + Scheduler.quantumMs() + " ms, "
                + Scheduler.switches() + " switches, " + Scheduler.preemptions() + " preemptions");
        out.accept("   id name             state    queue   ema(us) prio dispatches preempted  cpu(ms) stack");
        KThread running = Scheduler.current();
        for (int i = 0; i < MAX_THREADS; i++) {
            KThread t = table[i];
            if (t != null) {
                out.accept(describe(t, t == running));
                if (t != running && (t.state == KThread.BLOCKED || t.state == KThread.SLEEPING)) {
                    out.accept("        " + returnAddresses(t));
                }
            }
        }
    }

    private static String describe(KThread t, boolean running) {
        String queue = t == Scheduler.idleThread() ? "-" : ThreeQueues.className(t.queueClass);
        return (running ? " *" : "  ") + Fmt.pad(t.id, 3) + " " + padRight(t.name, 16) + " "
                + padRight(t.stateName(), 8) + " " + padRight(queue, 7) + Fmt.pad(micros(t.emaBurst), 8) + " "
                + Fmt.pad(t.priority, 4) + Fmt.pad(t.dispatches, 11) + Fmt.pad(t.preemptions, 10)
                + Fmt.pad(micros(t.cpuCycles) / 1000, 9) + " " + Fmt.hex(t.stackLow) + "-" + Fmt.hex(t.stackTop);
    }

    static final int DUMP_RETURN_ADDRESSES = 12;

    /**
     * The words on a waiting thread's stack that point into kernel code, innermost first: its
     * call chain plus some stale values, for `addr2line -f -e build/boot/kernel-java.elf`
     * (what a thread that never wakes up waits in).
     */
    private static String returnAddresses(KThread t) {
        long textStart = Cpu.symbolAddress("__kernel_start");
        long textEnd = Cpu.symbolAddress("__text_end");
        StringBuilder b = new StringBuilder("waits in:");
        int found = 0;
        for (long a = savedRsp(t); a >= t.stackLow && a + 8 <= t.stackTop && found < DUMP_RETURN_ADDRESSES; a += 8) {
            long w = Memory.read64(a);
            if (Long.compareUnsigned(w, textStart) > 0 && Long.compareUnsigned(w, textEnd) < 0) {
                b.append(' ').append(Fmt.hex(w));
                found++;
            }
        }
        return b.toString();
    }

    static long micros(long cycles) {
        long hz = Clock.tscHz();
        return hz <= 0 ? 0 : cycles / (hz / 1_000_000 == 0 ? 1 : hz / 1_000_000);
    }

    private static String padRight(String s, int width) {
        StringBuilder b = new StringBuilder(s);
        while (b.length() < width) {
            b.append(' ');
        }
        return b.toString();
    }
}
