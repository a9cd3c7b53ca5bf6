/*
 * The scheduler's bookkeeping on the simulated machine: Scheduler.init adopts the running
 * code as "main" and creates the idle thread; thread creation maps a stack with a guard page
 * and builds the first switch frame; wake-ups from a better queue, the end of a time slice,
 * sleeps through the timer queue and exits lead to the right switches (Sim records each
 * Cpu.switchStacks and returns at once, as if the other thread had run and switched back), and
 * the GC's view of the stacks follows. The real switch runs in the boot tests.
 */
package exo.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.Cpu;
import exo.hw.Memory;
import exo.hw.Sim;
import exo.kernel.Platform;
import exo.kernel.arch.x86_64.trap.PerCpuArea;
import exo.kernel.arch.x86_64.trap.SwitchFrame;
import exo.kernel.cpu.CpuState;
import exo.kernel.mm.FrameAllocator;
import exo.kernel.mm.MemoryMap;
import exo.kernel.mm.PageTable;
import exo.kernel.mm.VirtAddr;
import exo.kernel.time.Clock;
import exo.kernel.time.Ticks;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SchedulerTest {
    static final long TRAMPOLINE = 0xFFFFFFFF80123450L;
    static final long BOOT_STACK_TOP = 0xFFFFFFFF80200000L;
    /** The runtime's boot block (exo_kernel_thread), which GS names before the scheduler starts. */
    static final long BOOT_RUNTIME_BLOCK = 0xFFFFFFFF80300000L;

    FrameAllocator frames;
    PageTable space;
    KThread main;

    void boot(int quantumMs) {
        Sim.reset();
        Scheduler.reset();
        Ticks.reset();
        Clock.setTscHz(1_000_000_000L);
        Sim.defineSymbol("boot_stack_bottom", BOOT_STACK_TOP - 0x10000);
        Sim.defineSymbol("boot_stack_top", BOOT_STACK_TOP);
        Sim.defineSymbol("exo_thread_trampoline", TRAMPOLINE);
        MemoryMap m = new MemoryMap();
        m.add(0x100000, 0x800000, MemoryMap.AVAILABLE);
        frames = new FrameAllocator(m);
        space = PageTable.create(frames);
        Cpu.writeGs64(PerCpuArea.RUNTIME_BLOCK, BOOT_RUNTIME_BLOCK);
        Scheduler.init(quantumMs, 100, space, frames);
        main = Scheduler.current();
        Cpu.sti();
    }

    @AfterEach
    void tearDown() {
        Scheduler.reset();
        Clock.reset();
    }

    static List<Long> switchTargets() {
        return Sim.calls("switchStacks");
    }

    @Test
    void initAdoptsTheBootThreadAndCreatesIdle() {
        boot(10);
        assertEquals("main", main.name);
        assertEquals(KThread.RUNNING, main.state());
        assertEquals(2, Threads.count());
        assertEquals(1, Scheduler.quantumTicks());
        assertTrue(CpuState.threadsStarted());
        assertEquals(BOOT_STACK_TOP, Platform.currentStackTop());
        // The idle thread is another stack for the GC, though never queued.
        assertEquals(1, Platform.otherStackCount());
        assertTrue(Scheduler.queues().isEmpty());
    }

    @Test
    void createMapsAGuardedStackAndBuildsTheFirstSwitchFrame() {
        boot(10);
        long free = frames.freeFrames();
        KThread t = Threads.create(arg -> { }, null, "t", KThread.PRIORITY_NORMAL);
        assertEquals(KThread.READY, t.state());
        assertEquals(ThreadStack.low(t.slot), t.stackLow());
        assertEquals(-1, space.translate(VirtAddr.of(ThreadStack.guard(t.slot))).value());
        for (long a = t.stackLow(); a < t.stackTop(); a += 4096) {
            assertNotEquals(-1, space.translate(VirtAddr.of(a)).value());
        }
        assertTrue(frames.freeFrames() <= free - ThreadStack.STACK_PAGES);
        long rsp = Threads.savedRsp(t);
        assertEquals(t.stackTop() - SwitchFrame.SIZE, rsp);
        assertEquals(TRAMPOLINE, SwitchFrame.returnAddress(rsp));
        assertEquals(SwitchFrame.MXCSR_DEFAULT, Memory.read32(rsp + SwitchFrame.FX_MXCSR));
        assertSame(t, Threads.guardPageOwner(ThreadStack.guard(t.slot) + 100));
        assertEquals(2, Platform.otherStackCount());
        assertTrue(switchTargets().isEmpty(), "a normal thread does not preempt main (normal too)");
    }

    @Test
    void eachThreadAllocatesThroughItsOwnRuntimeBlockWhichTheSwitchNames() {
        boot(10);
        assertEquals(BOOT_RUNTIME_BLOCK, main.runtimeBlock, "main keeps the runtime's boot block");
        KThread t = Threads.create(arg -> { }, null, "t", KThread.PRIORITY_HIGH);
        assertSame(t, Scheduler.current());
        assertEquals(t.runtimeBlock, Cpu.readGs64(PerCpuArea.RUNTIME_BLOCK), "the switch names t's block");
        assertEquals(t.runtimeBlock, Memory.read64(t.runtimeBlock), "self points at the block");
        for (int off = 8; off < RuntimeBlocks.BLOCK_BYTES; off += 8) {
            assertEquals(0, Memory.read64(t.runtimeBlock + off), "a new thread's buffer is empty");
        }
        Scheduler.yield();
        assertSame(main, Scheduler.current());
        assertEquals(BOOT_RUNTIME_BLOCK, Cpu.readGs64(PerCpuArea.RUNTIME_BLOCK));
        // The collector visits every live thread's block: main, idle, t.
        int n = Platform.threadCount();
        java.util.Set<Long> blocks = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            blocks.add(Platform.threadBlock(i));
        }
        assertEquals(3, n);
        assertEquals(3, blocks.size());
        assertTrue(blocks.contains(BOOT_RUNTIME_BLOCK) && blocks.contains(t.runtimeBlock));
    }

    @Test
    void aThreadInABetterQueuePreemptsItsCreator() {
        boot(10);
        KThread t = Threads.create(arg -> { }, null, "t", KThread.PRIORITY_HIGH);
        assertEquals(List.of(t.stackTop() - SwitchFrame.SIZE), switchTargets());
        assertEquals(List.of(Threads.savedRspAddr(main)), Sim.calls("switchStacks.save"));
        assertSame(t, Scheduler.current());
        assertEquals(KThread.READY, main.state());
        assertEquals(1, Scheduler.wakePreemptions());
        assertEquals(1, main.preemptions());
        assertEquals(t.stackTop(), Platform.currentStackTop());
    }

    @Test
    void theTimeSliceEndsAfterQuantumTicks() {
        boot(30);
        assertEquals(3, Scheduler.quantumTicks());
        KThread t = Threads.create(arg -> { }, null, "t", KThread.PRIORITY_NORMAL);
        for (long tick = 1; tick <= 2; tick++) {
            Sim.advanceTsc(10_000_000L); // main computes through each 10 ms tick
            Scheduler.tick(tick);
            Scheduler.preemptIfNeeded();
            assertSame(main, Scheduler.current(), "tick " + tick);
        }
        Sim.advanceTsc(10_000_000L);
        Scheduler.tick(3);
        Scheduler.preemptIfNeeded();
        assertSame(t, Scheduler.current());
        assertEquals(ThreeQueues.HOT, main.queueClass(), "a whole quantum of computing");
        assertEquals(1, Scheduler.preemptions());
        assertEquals(0, Scheduler.wakePreemptions());
        assertTrue(Scheduler.queues().isQueued(main));
    }

    @Test
    void aSleeperWakesAtItsDeadlineAndPreemptsTheIdleThread() {
        boot(1000);
        Scheduler.sleepMillis(20); // 2 ticks + the one under way
        assertEquals(KThread.SLEEPING, main.state());
        assertEquals(1, Scheduler.sleeping());
        assertSame(Scheduler.idleThread(), Scheduler.current());
        Scheduler.tick(2);
        Scheduler.preemptIfNeeded();
        assertSame(Scheduler.idleThread(), Scheduler.current());
        Scheduler.tick(3);
        assertEquals(0, Scheduler.sleeping());
        assertEquals(KThread.READY, main.state());
        Scheduler.preemptIfNeeded();
        assertSame(main, Scheduler.current());
    }

    @Test
    void aColdSleeperPreemptsAHotThread() {
        boot(1000);
        KThread hot = Threads.create(arg -> { }, null, "hot", KThread.PRIORITY_LOW);
        Scheduler.sleepTicks(1);
        assertSame(hot, Scheduler.current());
        Scheduler.tick(1);
        Scheduler.preemptIfNeeded();
        assertSame(main, Scheduler.current());
        assertEquals(1, Scheduler.wakePreemptions());
        assertEquals(1, hot.preemptions());
    }

    @Test
    void anExitedThreadsStackIsFreedByTheNextThread() {
        boot(10);
        long free = frames.freeFrames();
        KThread t = Threads.create(arg -> { }, null, "t", KThread.PRIORITY_HIGH);
        assertSame(t, Scheduler.current());
        // Sim's switch returns to the caller, so the exit "resumes": the kernel reports it.
        assertThrows(IllegalStateException.class, Threads::exit);
        assertSame(main, Scheduler.current());
        assertEquals(KThread.DEAD, t.state());
        assertEquals(-1, space.translate(VirtAddr.of(t.stackLow())).value());
        assertEquals(free, frames.freeFrames(), "the stack frames are back");
        assertEquals(2, Threads.count());
        assertFalse(Cpu.interruptsEnabled());
    }

    @Test
    void wakeOnlyWakesWaitingThreads() {
        boot(10);
        KThread t = Threads.create(arg -> { }, null, "t", KThread.PRIORITY_NORMAL);
        assertFalse(Scheduler.wake(t), "ready, not waiting");
        assertFalse(Scheduler.wake(main), "running");
    }

    /** A thread of the given priority, taken off its queue and blocked as if it waited. */
    static KThread blocked(String name, int priority) {
        KThread t = Threads.create(arg -> { }, null, name, priority);
        Scheduler.queues().remove(t);
        t.state = KThread.BLOCKED;
        return t;
    }

    static void wake(KThread t) {
        Cpu.cli();
        assertTrue(Scheduler.wake(t));
        Cpu.sti();
    }

    @Test
    void aWakerHandsTheCpuStraightToTheThreadItWoke() {
        boot(10);
        KThread reader = blocked("reader", KThread.PRIORITY_NORMAL);
        wake(reader);
        assertSame(main, Scheduler.current(), "same class: the wake-up alone does not preempt");
        Scheduler.handoffToWoken();
        assertEquals(List.of(Threads.savedRsp(reader)), switchTargets());
        assertSame(reader, Scheduler.current());
        assertEquals(1, Scheduler.handoffs());
        assertEquals(KThread.READY, main.state());
        assertTrue(Scheduler.queues().isQueued(main), "the giver waits in its queue");
        assertFalse(Scheduler.queues().isQueued(reader));
        assertEquals(1, main.preemptions(), "an involuntary switch for the giver");
        assertEquals(0, Scheduler.preemptions());
        Scheduler.handoffToWoken();
        assertEquals(1, switchTargets().size(), "one wake-up, one handoff");
    }

    @Test
    void noHandoffWithoutAWakeUpOrToAWorseClass() {
        boot(10);
        Scheduler.handoffToWoken();
        KThread hot = blocked("hot", KThread.PRIORITY_LOW);
        wake(hot);
        Scheduler.handoffToWoken();
        assertTrue(switchTargets().isEmpty());
        assertSame(main, Scheduler.current());
        assertEquals(0, Scheduler.handoffs());
        assertTrue(Scheduler.queues().isQueued(hot), "still queued for pick()");
    }

    @Test
    void noHandoffPastAThreadOfABetterClass() {
        boot(10);
        KThread cold = Threads.create(arg -> { }, null, "cold", KThread.PRIORITY_NORMAL);
        Scheduler.queues().remove(cold);
        cold.queueClass = ThreeQueues.COLD;   // as if its bursts had been short
        Scheduler.queues().enqueue(cold);
        KThread normal = blocked("normal", KThread.PRIORITY_NORMAL);
        wake(normal);
        Scheduler.handoffToWoken();
        assertTrue(switchTargets().isEmpty(), "the cold thread waits: pick() serves it first");
        assertEquals(0, Scheduler.handoffs());
    }
}
