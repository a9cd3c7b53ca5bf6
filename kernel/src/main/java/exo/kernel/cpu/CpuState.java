/*
 * What the running CPU is doing, as far as code below the trap layer needs to know: whether an
 * interrupt handler is running (blocking is not allowed then), whether kernel threads have
 * started (until then there is one thread, on the boot stack), and the top of the interrupt
 * stack (IST) a double fault or NMI report runs on, so that a collection during the report scans
 * that stack. Written by Traps, Scheduler.init and Panic; read by the scheduler, the monitors
 * and the runtime's stack hooks in Platform, which run inside a collection: this class has no
 * static initialiser, so reading it never allocates.
 * FIXME(SMP): these become fields of the per-CPU area.
 */
package exo.kernel.cpu;

public final class CpuState {
    private CpuState() {}

    private static boolean inInterrupt;
    private static boolean threadsStarted;
    private static long istStackTop;

    /** Is an interrupt handler running? Blocking calls are not allowed then. */
    public static boolean inInterrupt() {
        return inInterrupt;
    }

    public static void setInInterrupt(boolean on) {
        inInterrupt = on;
    }

    public static boolean threadsStarted() {
        return threadsStarted;
    }

    public static void setThreadsStarted(boolean on) {
        threadsStarted = on;
    }

    /** Top of the IST stack the code now runs on, or 0 on a thread's own stack. */
    public static long istStackTop() {
        return istStackTop;
    }

    public static void setIstStackTop(long top) {
        istStackTop = top;
    }
}
