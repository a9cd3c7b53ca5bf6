/*
 * Per-CPU data. Each CPU has a page of raw per-CPU memory (layout: arch.x86_64.trap.PerCpuArea)
 * that GS points at in kernel mode; code finds its own CPU with index(), one gs-relative load,
 * and keeps per-CPU Java state in arrays indexed by it (the scheduler's running thread, for
 * one), never in a global "current" variable. Boot sets the boot CPU's area up before the
 * scheduler starts; the SMP bring-up will call setUp for each application processor.
 * Interrupts must be off (or the thread pinned) between index() and the use of what it finds.
 */
package exo.kernel.cpu;

import exo.hw.Cpu;
import exo.hw.Memory;
import exo.kernel.arch.x86_64.regs.ControlRegs;
import exo.kernel.arch.x86_64.trap.PerCpuArea;
import exo.rt.AllocOk;

@AllocOk("initialised by Boot (setUp for the boot CPU) before interrupts are on and before the scheduler starts")
public final class PerCpu {
    private PerCpu() {}

    public static final int MAX_CPUS = 64;
    private static int count;

    /** The areas set up. In a holder class so that PerCpu has no static initialiser: index()
     *  is called on every system call and lock operation, and would check it each time. */
    private static final class Areas {
        static final long[] virt = new long[MAX_CPUS];
    }

    /**
     * Makes areaVirt (a zeroed page, PerCpuArea.SIZE bytes at least) the running CPU's area
     * with the given index and tssVirt as its TSS, and points GS at it.
     */
    public static void setUp(int index, long areaVirt, long tssVirt) {
        if (index < 0 || index >= MAX_CPUS || Areas.virt[index] != 0) {
            throw new IllegalArgumentException("per-CPU area " + index + " is taken or out of range");
        }
        Memory.write64(areaVirt + PerCpuArea.SELF, areaVirt);
        Memory.write64(areaVirt + PerCpuArea.CPU_INDEX, index);
        Memory.write64(areaVirt + PerCpuArea.TSS, tssVirt);
        Memory.write64(areaVirt + PerCpuArea.CR3, Cpu.readCr3() & ~0xFFFL);
        // The running thread keeps allocating through the runtime block named by the area GS
        // points at until now (exoc's boot area for the boot CPU).
        // FIXME(SMP): an application processor's area gets its first thread's block instead.
        Memory.write64(areaVirt + PerCpuArea.RUNTIME_BLOCK, Cpu.readGs64(PerCpuArea.RUNTIME_BLOCK));
        Cpu.wrmsr(ControlRegs.MSR_GS_BASE, areaVirt);
        Cpu.wrmsr(ControlRegs.MSR_KERNEL_GS_BASE, 0);   // the user GS base until a program sets its own
        Areas.virt[index] = areaVirt;
        count = Math.max(count, index + 1);
    }

    /** The running CPU's index. */
    public static int index() {
        return (int) Cpu.readGs64(PerCpuArea.CPU_INDEX);
    }

    /** How many CPUs have an area (the highest index set up, plus one). */
    public static int count() {
        return count;
    }

    /** The running CPU's area. */
    public static long area() {
        return Cpu.readGs64(PerCpuArea.SELF);
    }

    /** Forgets every area (host tests). */
    public static void reset() {
        for (int i = 0; i < MAX_CPUS; i++) {
            Areas.virt[i] = 0;
        }
        count = 0;
    }
}
