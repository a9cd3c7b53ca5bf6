/*
 * The kernel's final GDT and its TSS, in one zeroed frame reached through the direct map:
 * GDT at offset 0 (null, kernel code 0x08, kernel data 0x10, user data 0x18, user code 0x20,
 * 16-byte TSS at 0x28), the GDTR pseudo-descriptor at 0x46 (so its base is 8-byte aligned) and
 * the TSS at 0x80. User data precedes user code because sysret derives both selectors from one
 * MSR field in that order. The TSS gets three 16 KiB stacks: rsp0 (ring 3 -> 0 transitions),
 * IST1 (double fault) and IST2 (NMI), so those two run on a good stack even when the kernel
 * stack overflowed. Built and installed by Boot; the boot assembly's temporary GDT uses the
 * same first two selectors, so the switch is seamless.
 * FIXME: the stacks have no guard pages yet.
 */
package exo.kernel.arch.x86_64.cpu;

import exo.hw.Cpu;
import exo.hw.Memory;
import exo.kernel.mm.FrameAllocator;
import exo.kernel.mm.PhysAddr;

public final class Gdt {
    public static final int KERNEL_CODE = 0x08;
    public static final int KERNEL_DATA = 0x10;
    public static final int USER_DATA = 0x18 | 3;
    public static final int USER_CODE = 0x20 | 3;
    public static final int TSS = 0x28;

    public static final int IST_DOUBLE_FAULT = 1;
    public static final int IST_NMI = 2;
    public static final long STACK_BYTES = 16 * 1024;

    private static final int ENTRIES = 7;
    private static final int GDTR_OFFSET = 0x46;
    private static final int TSS_OFFSET = 0x80;

    private final long page;

    private Gdt(long page) {
        this.page = page;
    }

    /** Builds GDT, TSS and stacks from fresh frames; does not load anything yet. */
    public static Gdt build(FrameAllocator frames) {
        PhysAddr frame = frames.allocZeroed();
        if (frame.isNone()) {
            throw new IllegalStateException("no frame for the GDT");
        }
        long phys = frame.value();
        Gdt gdt = new Gdt(PhysAddr.toVirt(phys));
        long tss = gdt.tssAddress();
        Tss.init(tss);
        Tss.setRsp0(tss, allocStack(frames));
        Tss.setIst(tss, IST_DOUBLE_FAULT, allocStack(frames));
        Tss.setIst(tss, IST_NMI, allocStack(frames));
        gdt.writeEntries();
        return gdt;
    }

    private void writeEntries() {
        long g = page;
        Memory.write64(g, 0);
        Memory.write64(g + KERNEL_CODE, Descriptors.code64(0));
        Memory.write64(g + KERNEL_DATA, Descriptors.data(0));
        Memory.write64(g + (USER_DATA & ~3), Descriptors.data(3));
        Memory.write64(g + (USER_CODE & ~3), Descriptors.code64(3));
        Memory.write64(g + TSS, Descriptors.tssLow(tssAddress(), Tss.SIZE - 1));
        Memory.write64(g + TSS + 8, Descriptors.tssHigh(tssAddress()));
        Memory.write16(g + GDTR_OFFSET, (short) (ENTRIES * 8 - 1));
        Memory.write64(g + GDTR_OFFSET + 2, g);
    }

    /** Top of a fresh 16 KiB stack (stacks grow down, the top is 16-byte aligned). */
    private static long allocStack(FrameAllocator frames) {
        PhysAddr run = frames.allocRun(STACK_BYTES / PhysAddr.PAGE_SIZE, 1);
        if (run.isNone()) {
            throw new IllegalStateException("no frames for a TSS stack");
        }
        long phys = run.value();
        return PhysAddr.toVirt(phys) + STACK_BYTES;
    }

    /** lgdt, reload every segment register, then ltr. */
    public void install() {
        Cpu.lgdt(page + GDTR_OFFSET);
        Cpu.reloadSegments(KERNEL_CODE, KERNEL_DATA);
        Cpu.ltr(TSS);
    }

    public long baseAddress() {
        return page;
    }

    public long gdtrAddress() {
        return page + GDTR_OFFSET;
    }

    public long tssAddress() {
        return page + TSS_OFFSET;
    }

    /** The 8-byte GDT entry at a selector (RPL bits ignored). */
    public long entry(int selector) {
        return Memory.read64(page + (selector & ~7));
    }
}
