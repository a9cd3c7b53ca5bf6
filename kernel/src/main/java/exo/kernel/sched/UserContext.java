/*
 * What a thread that also runs user code carries besides its kernel stack: the page-table root
 * of its address space and its TLS base (FS), which the scheduler loads when the thread gets the
 * CPU (and only when they differ from what the CPU has loaded). The process layer
 * (exo.kernel.proc.Task) extends it with everything else a user thread is. Such a thread's
 * user registers, whenever it is in the kernel, are the trap frame at the top of its kernel
 * stack (KThread.userFrame): the syscall entry, a trap from user mode and the first entry into
 * user mode all put it there.
 */
package exo.kernel.sched;

public abstract class UserContext {
    /** Physical address of the address space's PML4 (what CR3 gets). */
    public long rootPhys;
    /** The FS base (arch_prctl ARCH_SET_FS, clone's CLONE_SETTLS). */
    public long fsBase;
}
