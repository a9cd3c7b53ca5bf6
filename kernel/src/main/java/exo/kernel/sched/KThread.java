/*
 * One kernel thread: its identity (id, name, priority), what it runs (entry and argument), its
 * state, the scheduler's view of it (run-queue class, the exponential moving average of its CPU
 * bursts, the burst in progress), its stack, and statistics for the thread table dump.
 *
 * The links are intrusive, so that queueing a thread never allocates (the scheduler runs with
 * interrupts off and inside the timer interrupt): `next`/`prev`/`list` chain the thread in the
 * one ThreadList it waits in (a run queue, a wait queue, a join queue), and
 * `timerNext`/`timerPrev` in the TimerQueue while it sleeps. Created by Threads (the table),
 * driven by Scheduler; the policy fields are read by ThreeQueues and tests.
 */
package exo.kernel.sched;

import exo.kernel.arch.x86_64.trap.TrapFrame;
import exo.rt.IrqContext;

public final class KThread {
    public static final int NEW = 0;
    public static final int READY = 1;
    public static final int RUNNING = 2;
    public static final int BLOCKED = 3;
    public static final int SLEEPING = 4;
    public static final int DEAD = 5;

    private static final String[] STATE_NAMES = {"new", "ready", "running", "blocked", "sleeping", "dead"};

    /** Priorities choose the run queue a thread starts in; its bursts decide from then on. */
    public static final int PRIORITY_LOW = 0;
    public static final int PRIORITY_NORMAL = 1;
    public static final int PRIORITY_HIGH = 2;

    public final int id;
    public final String name;
    public final int priority;
    final ThreadEntry entry;
    final Object arg;

    int state = NEW;
    /** Slot in the thread table (which also places the stack and the saved stack pointer). */
    int slot = -1;
    /** Threads.savedRspAddr(this), kept here for the switch (no Threads initialisation test). */
    long savedRspAt;
    /** Run-queue class (ThreeQueues.COLD, NORMAL, HOT), from the burst average. */
    int queueClass;
    /** Exponential moving average of CPU bursts, in the scheduler's time unit (TSC cycles). */
    long emaBurst;
    /** CPU time of the burst in progress: since the thread last gave up the CPU by itself. */
    long burst;
    /** TSC when the thread last got the CPU. */
    long dispatchTsc;
    /** Tick at which a sleeping thread wakes. */
    long wakeTick;

    /** Stack bounds: [stackLow, stackTop); stackLow is above the guard page. */
    long stackLow;
    long stackTop;
    /** The thread's runtime block, where compiled code allocates (RuntimeBlocks). */
    long runtimeBlock;
    /** A CPU's idle thread (Scheduler.init): never queued, its time never counted as a burst. */
    boolean idle;
    /** Set for a thread that runs user code (Threads.createUser); null for kernel threads. */
    UserContext user;

    // Intrusive links: the ThreadList the thread is in, and the TimerQueue.
    KThread next;
    KThread prev;
    ThreadList list;
    KThread timerNext;
    KThread timerPrev;
    boolean inTimerQueue;

    /** Threads waiting in join() for this one to end. */
    final ThreadList joiners = new ThreadList();

    // Statistics.
    long dispatches;
    long preemptions;
    long cpuCycles;
    /** Timer ticks that interrupted this thread in the kernel, and in user mode (countTick). */
    long systemTicks;
    long userTicks;

    public KThread(int id, String name, int priority, ThreadEntry entry, Object arg) {
        this.id = id;
        this.name = name;
        this.priority = priority;
        this.entry = entry;
        this.arg = arg;
    }

    public int state() {
        return state;
    }

    public String stateName() {
        return STATE_NAMES[state];
    }

    public static String stateName(int state) {
        return STATE_NAMES[state];
    }

    public int queueClass() {
        return queueClass;
    }

    public long emaBurst() {
        return emaBurst;
    }

    public long dispatches() {
        return dispatches;
    }

    public long preemptions() {
        return preemptions;
    }

    public long cpuCycles() {
        return cpuCycles;
    }

    /**
     * The timer interrupted this thread, in user mode or in the kernel: the samples that split
     * its CPU time into user and system time, as Linux's tick accounting does (the entry paths
     * read no clock for it). Interrupts off.
     */
    @IrqContext
    public void countTick(boolean userMode) {
        if (userMode) {
            userTicks++;
        } else {
            systemTicks++;
        }
    }

    public long systemTicks() {
        return systemTicks;
    }

    public long userTicks() {
        return userTicks;
    }

    /**
     * TSC cycles this thread has run, the stint under way included when it is running (the
     * CPU-time clocks, getrusage and times read it without waiting for the next switch).
     */
    public long cpuCyclesNow(long nowTsc) {
        long ran = cpuCycles;
        if (state == RUNNING) {
            ran += Math.max(0, nowTsc - dispatchTsc);
        }
        return ran;
    }

    public long stackLow() {
        return stackLow;
    }

    public long stackTop() {
        return stackTop;
    }

    /** The user part of a user thread (the process layer's Task), or null. */
    public UserContext user() {
        return user;
    }

    /** Where a user thread's user registers are while it is in the kernel (a TrapFrame). */
    public long userFrame() {
        return stackTop - TrapFrame.SIZE;
    }

    public boolean isAlive() {
        return state != DEAD;
    }

    @Override
    public String toString() {
        return "thread " + id + " (" + name + ")";
    }
}
