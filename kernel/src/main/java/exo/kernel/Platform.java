/*
 * The platform hooks of exoc's runtime for the kernel target: exoc binds exo.rt.VM's natives
 * write, exit, nanoTime and currentTimeMillis to these static methods. Output of every file
 * descriptor goes to the console (serial + VGA). exit powers QEMU off through the isa-debug-exit
 * device (dev.DebugExit: status 0 is PASS, anything else FAIL); on a machine without that
 * device it halts for good.
 *
 * The threading hooks, which exoc binds because they are defined here: the garbage collector's
 * view of the thread stacks (currentStackTop, otherStack*), and `synchronized` (monitorEnter,
 * monitorExit), and the threads' runtime blocks (threadCount, threadBlock: each kernel thread
 * allocates through its own, see sched.RuntimeBlocks). Until the scheduler starts there is one
 * thread on the boot stack and monitors are no-ops. The heap's critical section
 * (enterCritical/exitCritical, around the allocation slow path and collections) keeps exoc's
 * default, interrupts off, which is right on one CPU. The stack hooks run inside a collection with
 * interrupts off: they must not allocate, block or throw, and must not trigger a class
 * initialiser (which could allocate), hence the CpuState.threadsStarted() test before Threads is touched.
 *
 * backHeap and unbackHeap (exo.rt.Mem's, which exoc binds here too) give the runtime's heap
 * window its memory (mm.KernelHeap); the allocator calls them inside its critical section.
 */
package exo.kernel;

import exo.hw.Cpu;
import exo.hw.Memory;
import exo.kernel.console.Console;
import exo.kernel.cpu.CpuState;
import exo.kernel.dev.DebugExit;
import exo.kernel.dev.Uart16550;
import exo.kernel.mm.KernelHeap;
import exo.kernel.sched.Threads;
import exo.kernel.sync.Monitors;
import exo.kernel.time.Clock;
import exo.rt.IrqContext;
import exo.rt.Mem;

public final class Platform {
    private Platform() {}

    public static void write(int fd, byte[] b, int off, int len) {
        Console.write(b, off, len);
    }

    /** Status 0 reports PASS, anything else FAIL; never returns. */
    public static void exit(int status) {
        DebugExit.exit(status == 0);
    }

    /**
     * The runtime's last words (exo_fatal, when even the heap may be unusable): len bytes at a
     * raw address, polled out of COM1, allocating nothing.
     */
    public static void writeRaw(long addr, long len) {
        for (long i = 0; i < len; i++) {
            Uart16550.writePolled(Uart16550.COM1, Memory.read8(addr + i));
        }
    }

    public static long nanoTime() {
        return Clock.nanoTime();
    }

    public static long currentTimeMillis() {
        return Clock.currentTimeMillis();
    }

    /** Top of the running thread's stack: the GC scans from its stack pointer up to here. */
    @IrqContext
    public static long currentStackTop() {
        // On an IST stack (a double fault or NMI report), scan that stack and not the range
        // between it and the thread's stack.
        long ist = CpuState.istStackTop();
        if (ist != 0) {
            return ist;
        }
        if (!CpuState.threadsStarted()) {
            return Cpu.symbolAddress("boot_stack_top");
        }
        return Threads.currentStackTop();
    }

    /** How many other threads' stacks the GC must scan (a snapshot for otherStackLow/High). */
    @IrqContext
    public static int otherStackCount() {
        return CpuState.threadsStarted() ? Threads.gcStackCount() : 0;
    }

    /** The saved stack pointer of the i-th other thread: its switch frame, registers included. */
    @IrqContext
    public static long otherStackLow(int i) {
        return Threads.gcStackLow(i);
    }

    @IrqContext
    public static long otherStackHigh(int i) {
        return Threads.gcStackHigh(i);
    }

    /** How many runtime blocks the collector visits (a snapshot for threadBlock). */
    @IrqContext
    public static int threadCount() {
        return CpuState.threadsStarted() ? Threads.gcBlockCount() : 1;
    }

    /** The i-th thread's runtime block (exoc's struct exo_thread: its allocation buffer). */
    @IrqContext
    public static long threadBlock(int i) {
        return CpuState.threadsStarted() ? Threads.gcBlock(i) : Mem.threadBlock();
    }

    /**
     * Memory behind [from, to) of the heap window before the runtime touches it. Before Boot
     * hands the heap its frames (KernelHeap.serving() is null) this promises without mapping:
     * early_heap.S backs each page on its first touch, and Boot has the runtime ask again.
     */
    @IrqContext
    public static boolean backHeap(long from, long to) {
        KernelHeap heap = KernelHeap.serving();
        return heap == null || heap.back(from, to);
    }

    /** The runtime no longer needs [from, to) of the heap window (after a collection). */
    @IrqContext
    public static void unbackHeap(long from, long to) {
        KernelHeap heap = KernelHeap.serving();
        if (heap != null) {
            heap.unback(from, to);
        }
    }

    public static void monitorEnter(Object o) {
        if (CpuState.threadsStarted()) {
            Monitors.enter(o);
        }
    }

    /* On the exception exit of a synchronized method exoc sets the exception aside first. */
    public static void monitorExit(Object o) {
        if (CpuState.threadsStarted()) {
            Monitors.exit(o);
        }
    }
}
