/*
 * The per-CPU area's layout: one page per CPU that the GS segment points at while the CPU runs
 * kernel code (IA32_GS_BASE; in user mode the user's GS is loaded and this address waits in
 * IA32_KERNEL_GS_BASE until swapgs). The syscall entry (syscall.S) reads the running thread's
 * kernel stack from here before it has any register to spare, and Java code finds its CPU's
 * index and data through Cpu.readGs64 instead of a global variable. The offsets reach the
 * assembly through the generated layout.h; exo.kernel.cpu.PerCpu sets the area up.
 */
package exo.kernel.arch.x86_64.trap;

public final class PerCpuArea {
    private PerCpuArea() {}

    /** The area's own address (so gs:SELF gives a plain pointer to it). */
    public static final int SELF = 0;
    /** This CPU's index, 0 for the boot CPU. */
    public static final int CPU_INDEX = 8;
    /** Top of the running thread's kernel stack: where a syscall from user mode lands. */
    public static final int KERNEL_RSP = 16;
    /** The user stack pointer, parked here by the syscall entry until it is on the kernel stack. */
    public static final int USER_RSP = 24;
    /** Address of this CPU's TSS (its rsp0 follows the running thread, as KERNEL_RSP does). */
    public static final int TSS = 32;
    /** The FS base loaded in this CPU (user TLS), so a switch writes the MSR only on change. */
    public static final int FS_BASE = 40;
    /** Physical address of the page-table root loaded in CR3. */
    public static final int CR3 = 48;
    /** The running thread's user part (a UserContext: the process layer's Task), or null in a
     *  kernel thread; the switch stores it so that Task.current() is one gs-relative load. */
    public static final int USER_CONTEXT = 56;
    /** The running thread (a sched.KThread), stored by the switch, so that
     *  Scheduler.current(), asked by every lock and system call, is one load. */
    public static final int THREAD = 64;
    /** The running thread's runtime block (exoc's struct exo_thread: its allocation buffer),
     *  which compiled code reaches through here (EXO_PERCPU_RUNTIME_BLOCK in exoc's exo.h,
     *  the same offset); the switch stores it (Scheduler.switchRuntimeBlock). */
    public static final int RUNTIME_BLOCK = 72;
    public static final int SIZE = 80;
}
