/*
 * The interrupt descriptor table: 256 64-bit interrupt gates (IF cleared on entry) pointing at
 * the assembly stubs listed in the exo_trap_stubs table, all with the kernel code selector.
 * Double fault runs on IST1 and NMI on IST2 (stacks set up by Gdt). Every gate has DPL 0, so
 * user code cannot raise them with int n, except breakpoint (int3) and 0x80 (the legacy system
 * call vector), which are DPL 3. Two frames: the 4 KiB table, then the IDTR pseudo-descriptor.
 * Built and installed by Boot after the GDT.
 */
package exo.kernel.arch.x86_64.cpu;

import exo.hw.Cpu;
import exo.hw.Memory;
import exo.kernel.mm.FrameAllocator;
import exo.kernel.mm.PhysAddr;

public final class Idt {
    public static final int VECTORS = 256;
    public static final int VECTOR_NMI = 2;
    public static final int VECTOR_BREAKPOINT = 3;
    public static final int VECTOR_DOUBLE_FAULT = 8;
    public static final int VECTOR_SYSCALL = 0x80;

    private static final int IDTR_OFFSET = 4096 + 6;

    private final long table;

    private Idt(long table) {
        this.table = table;
    }

    /** An IDT whose gates point at the stubs of the assembly's exo_trap_stubs table. */
    public static Idt buildFromLinker(FrameAllocator frames) {
        return build(frames, Cpu.symbolAddress("exo_trap_stubs"));
    }

    /** An IDT whose gate v points at the 64-bit address stored at stubTable + 8 * v. */
    public static Idt build(FrameAllocator frames, long stubTable) {
        PhysAddr run = frames.allocRun(2, 1);
        if (run.isNone()) {
            throw new IllegalStateException("no frames for the IDT");
        }
        long phys = run.value();
        Idt idt = new Idt(PhysAddr.toVirt(phys));
        for (int v = 0; v < VECTORS; v++) {
            idt.setGate(v, Memory.read64(stubTable + 8L * v));
        }
        Memory.write16(idt.idtrAddress(), (short) (VECTORS * 16 - 1));
        Memory.write64(idt.idtrAddress() + 2, idt.table);
        return idt;
    }

    private void setGate(int vector, long handler) {
        int ist = vector == VECTOR_DOUBLE_FAULT ? Gdt.IST_DOUBLE_FAULT
                : vector == VECTOR_NMI ? Gdt.IST_NMI : 0;
        int dpl = vector == VECTOR_BREAKPOINT || vector == VECTOR_SYSCALL ? 3 : 0;
        long gate = table + 16L * vector;
        Memory.write64(gate, Descriptors.gateLow(handler, Gdt.KERNEL_CODE, ist, Descriptors.GATE_INTERRUPT, dpl));
        Memory.write64(gate + 8, Descriptors.gateHigh(handler));
    }

    public void install() {
        Cpu.lidt(idtrAddress());
    }

    public long tableAddress() {
        return table;
    }

    public long idtrAddress() {
        return table + IDTR_OFFSET;
    }

    public long gateLow(int vector) {
        return Memory.read64(table + 16L * vector);
    }

    public long gateHigh(int vector) {
        return Memory.read64(table + 16L * vector + 8);
    }
}
